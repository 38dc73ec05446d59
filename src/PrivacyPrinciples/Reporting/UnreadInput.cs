using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// An input of a batch that could not be read (malformed JSON, a schema error, another kind of
/// document, too large, missing…), so the batch has no report for it. Report writers that describe
/// a batch list it, so that whoever reads only the report (a SARIF upload, a JUnit test tab, an HTML
/// page) still learns that it was skipped and why. Immutable.
/// </summary>
public sealed record UnreadInput
{
    private readonly string _source = string.Empty;
    private readonly InputError[] _errors = [];

    /// <summary>The file (as the caller named it, with <c>/</c> separators) or another name for the input, such as <c>&lt;stdin&gt;</c>.</summary>
    public required string Source { get => _source; init => _source = value ?? string.Empty; }

    /// <summary>The 1-based line of the NDJSON stream <see cref="Source"/> that held the input; <see langword="null"/> for a whole document.</summary>
    public int? Line { get; init; }

    /// <summary>What is wrong with it, in the order found; the first is the one a format with room for only one shows.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<InputError> Errors
    {
        get => _errors;
        init => _errors = (value ?? throw new ArgumentNullException(nameof(value))).ToArray();
    }

    /// <summary>The input as messages name it: the source, and <c>:line</c> for a line of a stream (<c>votes.ndjson:3</c>).</summary>
    internal string Name => Line is int line ? Source + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : Source;

    /// <summary>The first error that says where in the input it is, for formats that locate one position.</summary>
    internal InputError? Located => Errors.FirstOrDefault(e => e.Line is not null);
}
