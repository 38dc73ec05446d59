using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// What a report writer renders: the reports of one run and how to present them. Each report
/// already carries everything a writer needs (its source, where its answers sit, its rule set), so
/// <c>new ReportBatch([report])</c> is enough. Immutable.
/// </summary>
public sealed record ReportBatch
{
    private readonly IReadOnlyList<EvaluationReport> _reports = [];
    private readonly UnreadInput[] _unreadInputs = [];
    private readonly int _unreadInputsNotListed;

    /// <summary>Creates an empty batch: the settings a streaming writer needs before the first report.</summary>
    public ReportBatch()
    {
    }

    /// <summary>Creates a batch of reports.</summary>
    /// <param name="reports">The reports, in the order they should appear.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is <see langword="null"/>.</exception>
    public ReportBatch(IEnumerable<EvaluationReport> reports) =>
        _reports = (reports ?? throw new ArgumentNullException(nameof(reports))).ToArray();

    /// <summary>The reports, in the order they should appear.</summary>
    public IReadOnlyList<EvaluationReport> Reports { get => _reports; init => _reports = value ?? []; }

    /// <summary>
    /// The inputs of the batch that could not be read, in input order: the formats that describe a
    /// batch (Markdown, SARIF, JUnit, HTML) list them, so a skipped input is never silent there.
    /// JSON, CSV and text do not: they hold one report (or row) per evaluated attestation. Empty by
    /// default; when empty (and <see cref="UnreadInputsNotListed"/> is 0), every format writes the
    /// same bytes as before unread inputs existed.
    /// </summary>
    public IReadOnlyList<UnreadInput> UnreadInputs { get => _unreadInputs; init => _unreadInputs = value?.ToArray() ?? []; }

    /// <summary>
    /// How many more inputs could not be read than <see cref="UnreadInputs"/> lists (a producer lists
    /// only so many, for example the first lines of a stream of garbage); the formats that list
    /// unread inputs say how many more there were. The default value is 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int UnreadInputsNotListed
    {
        get => _unreadInputsNotListed;
        init => _unreadInputsNotListed = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The number of inputs not listed cannot be negative.");
    }

    /// <summary>Whether any input could not be read: listed in <see cref="UnreadInputs"/> or counted in <see cref="UnreadInputsNotListed"/>.</summary>
    internal bool HasUnreadInputs => _unreadInputs.Length > 0 || _unreadInputsNotListed > 0;

    /// <summary>
    /// The rule set that heads the batch (rule help in SARIF, titles in HTML and Markdown). When
    /// <see langword="null"/>, the rule set the first report was evaluated against, or for reports
    /// read back from JSON the built-in rule set they name; for an empty batch, the latest built-in rule set.
    /// </summary>
    public RuleSet? RuleSet { get; init; }

    /// <summary>Whether the batch came from one input document: JSON then writes one report object instead of an array.</summary>
    public bool AsSingleReport { get; init; }

    /// <summary>The producing tool's name, as SARIF and JUnit record it.</summary>
    public string ToolName { get; init; } = "PrivacyPrinciples";

    /// <summary>The producing tool's version. The default value is this package's version.</summary>
    public string ToolVersion { get; init; } = PackageVersion.Value;

    /// <summary>The rule set that heads the batch: <see cref="RuleSet"/>, else the reports' own.</summary>
    /// <exception cref="InvalidOperationException">Neither this batch nor its first report names a rule set this process knows.</exception>
    internal RuleSet HeadingRuleSet()
    {
        if (RuleSet is { } named)
        {
            return named;
        }

        if (Reports.Count == 0)
        {
            return BuiltInRuleSets.VtcJointStatement2020;
        }

        var first = Reports[0];
        return first.EvaluatedAgainst
            ?? (BuiltInRuleSets.TryGet(first.RuleSet.Id, first.RuleSet.Version, out var builtIn) && string.Equals(RuleSetInfo.Of(builtIn).Digest, first.RuleSet.Digest, StringComparison.Ordinal)
                ? builtIn
                : throw new InvalidOperationException($"The reports were evaluated against '{first.RuleSet.Id}' {first.RuleSet.Version}, which is not built in and was not evaluated in this process; set {nameof(ReportBatch)}.{nameof(RuleSet)} to it."));
    }

    /// <summary>Finds the span of a pointer's value (or property name) in a report's attestation; line 1, columns 1 to 2 when unknown.</summary>
    internal static SourceSpan LocateSpan(EvaluationReport report, string pointer, bool atName) =>
        report.Locations is { } locations && locations.TryLocateSpan(pointer, atName, out var span)
            ? span
            : new SourceSpan(1, 1, 1, 2);

    /// <summary>Finds the line and column of a pointer in a report's attestation, or (1, 1) when unknown.</summary>
    internal static (int Line, int Column) Locate(EvaluationReport report, string pointer) =>
        report.Locations is { } locations && locations.TryLocate(pointer, out var line, out var column)
            ? (line, column)
            : (1, 1);
}
