using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// The evaluation of one attestation against one rule set: scores per expectation, per principle
/// and overall, the rating, the baseline gate, contradictions, and the follow-up questions. Every
/// number can be traced to its inputs through the reasons. Immutable.
/// </summary>
/// <remarks>The JSON form is described by <c>schemas/report.schema.json</c>.</remarks>
public sealed record EvaluationReport
{
    private readonly string _reportVersion = CurrentReportVersion;
    private readonly IReadOnlyList<BaselineGap> _baselineGaps = ValueList<BaselineGap>.Empty;
    private readonly IReadOnlyList<PrincipleResult> _principles = ValueList<PrincipleResult>.Empty;
    private readonly IReadOnlyList<Contradiction> _contradictions = ValueList<Contradiction>.Empty;
    private readonly IReadOnlyList<Reason> _notes = ValueList<Reason>.Empty;
    private readonly IReadOnlyList<AppliedWaiver> _waivers = ValueList<AppliedWaiver>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal EvaluationReport()
    {
    }

    /// <summary>The report format version this library writes.</summary>
    public const string CurrentReportVersion = "2.0";

    /// <summary>The report format version.</summary>
    [JsonInclude]
    public string ReportVersion { get => _reportVersion; internal init => _reportVersion = value ?? CurrentReportVersion; }

    /// <summary>The rule set used.</summary>
    [JsonInclude]
    public RuleSetInfo RuleSet { get; internal init; } = null!;

    /// <summary>The attestation evaluated.</summary>
    [JsonInclude]
    public AttestationInfo Attestation { get; internal init; } = null!;

    /// <summary>The date evidence expiry and planned dates were judged against.</summary>
    [JsonInclude]
    public DateTime EvaluatedOn { get; internal init; }

    /// <summary>
    /// The overall score, 0–100: the weighted mean of the principle scores; <see langword="null"/>
    /// when nothing is in scope (every expectation is not applicable), so there is nothing to score.
    /// </summary>
    [JsonInclude]
    public double? Score { get; internal init; }

    /// <summary>The overall implementation, 0–100; <see langword="null"/> when nothing is in scope.</summary>
    [JsonInclude]
    public double? Implementation { get; internal init; }

    /// <summary>The overall assurance, 0–100; <see langword="null"/> when nothing is in scope.</summary>
    [JsonInclude]
    public double? Assurance { get; internal init; }

    /// <summary>
    /// The rating, capped at <see cref="Rating.Weak"/> when a baseline expectation is not met;
    /// <see langword="null"/> when nothing is in scope. A gate that asks for a rating or a score
    /// fails on a report that has none.
    /// </summary>
    [JsonInclude]
    public Rating? Rating { get; internal init; }

    /// <summary>The rating the score alone would give; <see langword="null"/> when nothing is in scope.</summary>
    [JsonInclude]
    public Rating? UncappedRating { get; internal init; }

    /// <summary>The baseline expectations not met; empty when the baseline gate passes.</summary>
    [JsonInclude]
    public IReadOnlyList<BaselineGap> BaselineGaps { get => _baselineGaps; internal init => _baselineGaps = ValueList<BaselineGap>.Of(value); }

    /// <summary>How much of the rule set was answered.</summary>
    [JsonInclude]
    public Coverage Coverage { get; internal init; } = null!;

    /// <summary>The principles, in rule-set order, each with its expectations.</summary>
    [JsonInclude]
    public IReadOnlyList<PrincipleResult> Principles { get => _principles; internal init => _principles = ValueList<PrincipleResult>.Of(value); }

    /// <summary>Answers that disagree with the attestation's own facts.</summary>
    [JsonInclude]
    public IReadOnlyList<Contradiction> Contradictions { get => _contradictions; internal init => _contradictions = ValueList<Contradiction>.Of(value); }

    /// <summary>The waivers applied to this report, and what each did; empty when none were given.</summary>
    [JsonInclude]
    public IReadOnlyList<AppliedWaiver> Waivers { get => _waivers; internal init => _waivers = ValueList<AppliedWaiver>.Of(value); }

    /// <summary>Things noticed outside any expectation, such as answers to expectations the rule set does not have.</summary>
    [JsonInclude]
    public IReadOnlyList<Reason> Notes { get => _notes; internal init => _notes = ValueList<Reason>.Of(value); }

    /// <summary>
    /// Where each answer sits in the file the attestation was read from, so writers can point at it
    /// (SARIF regions, line numbers); <see langword="null"/> when the attestation was not read from a
    /// document. Set by <see cref="AttestationEvaluator.Evaluate(ReadResult{Attestations.Attestation}, DateTime)"/>.
    /// Not part of the JSON report.
    /// </summary>
    [JsonIgnore]
    public SourceLocations? Locations { get; internal init; }

    /// <summary>The rule set this report was evaluated against in this process, for writers' rule help; null for a report read back from JSON.</summary>
    internal RuleSet? EvaluatedAgainst { get; init; }

    /// <summary>Whether every baseline expectation is met.</summary>
    [JsonIgnore]
    public bool BaselineGatePassed => BaselineGaps.Count == 0;

    /// <summary>Every expectation, in catalogue order.</summary>
    [JsonIgnore]
    public IEnumerable<ExpectationResult> Expectations => Principles.SelectMany(p => p.Expectations);

    /// <summary>Gets an expectation's result.</summary>
    /// <param name="id">The expectation's identifier.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">The report has no such expectation.</exception>
    public ExpectationResult GetExpectation(string id) =>
        TryGetExpectation(id, out var result) ? result : throw new KeyNotFoundException($"The report has no expectation '{id}'.");

    /// <summary>Finds an expectation's result.</summary>
    /// <param name="id">The expectation's identifier.</param>
    /// <param name="result">The result, when found.</param>
    /// <returns>Whether the report has the expectation.</returns>
    public bool TryGetExpectation(string id, [NotNullWhen(true)] out ExpectationResult? result)
    {
        result = Expectations.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
        return result is not null;
    }
}
