using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// How one kind of <see cref="Reason"/> is worded: the names of its arguments and the sentence
/// made from their values. Every template is in <see cref="ReasonWording"/>.
/// </summary>
internal sealed class ReasonTemplate
{
    private readonly string[] _names;
    private readonly Func<object?[], string> _render;

    public ReasonTemplate(string[] names, Func<object?[], string> render)
    {
        _names = names;
        _render = render;
    }

    /// <summary>A sentence with no arguments.</summary>
    public ReasonTemplate(string sentence)
        : this([], _ => sentence)
    {
    }

    /// <summary>A reason read back from a JSON report: its one value is the message itself.</summary>
    public static ReasonTemplate Verbatim { get; } = new([], values => (string)values[0]!);

    public string Render(object?[] values) => _render(values);

    public IReadOnlyList<ReasonArgument> Arguments(object?[] values)
    {
        if (_names.Length == 0)
        {
            return [];
        }

        var arguments = new ReasonArgument[_names.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = new ReasonArgument(_names[i], Text(values[i]));
        }

        return Array.AsReadOnly(arguments);
    }

    /// <summary>A value as an argument's text: invariant, and enumerations by their JSON names.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateTime date => Date(date),
        double number => Number(number),
        int count => count.ToString(CultureInfo.InvariantCulture),
        ExpectationLevel level => FactCatalog.JsonName(level),
        Audience audience => FactCatalog.JsonName(audience),
        EvidenceKind kind => FactCatalog.JsonName(kind),
        EvidencePurpose purpose => FactCatalog.JsonName(purpose),
        Rating rating => FactCatalog.JsonName(rating),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string Date(DateTime date) => IsoDateJsonConverter.Text(date);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
