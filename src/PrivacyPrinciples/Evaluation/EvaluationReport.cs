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
    private readonly IReadOnlyList<BaselineGap> _baselineGaps = [];
    private readonly IReadOnlyList<PrincipleResult> _principles = [];
    private readonly IReadOnlyList<Contradiction> _contradictions = [];
    private readonly IReadOnlyList<Reason> _notes = [];
    private readonly IReadOnlyList<AppliedWaiver> _waivers = [];

    /// <summary>The report format version this library writes.</summary>
    public const string CurrentReportVersion = "2.0";

    /// <summary>The report format version.</summary>
    public string ReportVersion { get => _reportVersion; init => _reportVersion = value ?? CurrentReportVersion; }

    /// <summary>The rule set used.</summary>
    public required RuleSetInfo RuleSet { get; init; }

    /// <summary>The attestation evaluated.</summary>
    public required AttestationInfo Attestation { get; init; }

    /// <summary>The date evidence expiry and planned dates were judged against.</summary>
    public required DateTime EvaluatedOn { get; init; }

    /// <summary>The overall score, 0–100: the weighted mean of the principle scores.</summary>
    public required double Score { get; init; }

    /// <summary>The overall implementation, 0–100.</summary>
    public required double Implementation { get; init; }

    /// <summary>The overall assurance, 0–100.</summary>
    public required double Assurance { get; init; }

    /// <summary>The rating, capped at <see cref="Rating.Weak"/> when a baseline expectation is not met.</summary>
    public required Rating Rating { get; init; }

    /// <summary>The rating the score alone would give.</summary>
    public required Rating UncappedRating { get; init; }

    /// <summary>The baseline expectations not met; empty when the baseline gate passes.</summary>
    public IReadOnlyList<BaselineGap> BaselineGaps { get => _baselineGaps; init => _baselineGaps = value ?? []; }

    /// <summary>How much of the rule set was answered.</summary>
    public required Coverage Coverage { get; init; }

    /// <summary>The principles, in rule-set order, each with its expectations.</summary>
    public IReadOnlyList<PrincipleResult> Principles { get => _principles; init => _principles = value ?? []; }

    /// <summary>Answers that disagree with the attestation's own facts.</summary>
    public IReadOnlyList<Contradiction> Contradictions { get => _contradictions; init => _contradictions = value ?? []; }

    /// <summary>The waivers applied to this report, and what each did; empty when none were given.</summary>
    public IReadOnlyList<AppliedWaiver> Waivers { get => _waivers; init => _waivers = value ?? []; }

    /// <summary>Things noticed outside any expectation, such as answers to expectations the rule set does not have.</summary>
    public IReadOnlyList<Reason> Notes { get => _notes; init => _notes = value ?? []; }

    /// <summary>
    /// Where each answer sits in the file the attestation was read from, so writers can point at it
    /// (SARIF regions, line numbers); <see langword="null"/> when the attestation was not read from a
    /// document. Set by <see cref="AttestationEvaluator.Evaluate(ReadResult{Attestations.Attestation}, DateTime)"/>.
    /// Not part of the JSON report.
    /// </summary>
    [JsonIgnore]
    public SourceLocations? Locations { get; init; }

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
