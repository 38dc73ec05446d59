using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// The evaluation of one expectation: what was claimed, what was decided, the two axes and the
/// score, and the reasons and follow-up questions behind them. Immutable.
/// </summary>
public sealed record ExpectationResult
{
    private readonly IReadOnlyList<Audience> _raisedBy = ValueList<Audience>.Empty;
    private readonly IReadOnlyList<Reason> _reasons = ValueList<Reason>.Empty;
    private readonly IReadOnlyList<FollowUpQuestion> _followUps = ValueList<FollowUpQuestion>.Empty;
    private readonly IReadOnlyList<EvidencePurpose> _assuranceAspects = ValueList<EvidencePurpose>.Empty;
    private readonly IReadOnlyList<EvidenceFinding> _evidence = ValueList<EvidenceFinding>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal ExpectationResult()
    {
    }

    /// <summary>The expectation's identifier.</summary>
    [JsonInclude]
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The principle's identifier.</summary>
    [JsonInclude]
    public string Principle { get; internal init; } = string.Empty;

    /// <summary>The expectation's title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;

    /// <summary>The level applied, after any audience raised it.</summary>
    [JsonInclude]
    public ExpectationLevel Level { get; internal init; }

    /// <summary>
    /// The level in the rule set as published, before a tailoring profile changed it or an audience
    /// raised it; for an expectation a profile added, the profile's level.
    /// </summary>
    [JsonInclude]
    public ExpectationLevel BaseLevel { get; internal init; }

    /// <summary>
    /// The level in the rule set evaluated, after any tailoring profile and before any audience
    /// raised it; equal to <see cref="BaseLevel"/> when no profile changed it.
    /// </summary>
    [JsonInclude]
    public ExpectationLevel TailoredLevel { get; internal init; }

    /// <summary>How far the expectation goes beyond its sources: explicit, derived or the rule set's own extension.</summary>
    [JsonInclude]
    public ExpectationBasis Basis { get; internal init; }

    /// <summary>The declared audiences that raised the level; empty when none did.</summary>
    [JsonInclude]
    public IReadOnlyList<Audience> RaisedBy { get => _raisedBy; internal init => _raisedBy = ValueList<Audience>.Of(value); }

    /// <summary>The weight in the principle score: the rule set's weight times the level factor.</summary>
    [JsonInclude]
    public double Weight { get; internal init; }

    /// <summary>What the vendor claimed; <see langword="null"/> when not answered.</summary>
    [JsonInclude]
    public AnswerStatus? Status { get; internal init; }

    /// <summary>What the evaluator decided.</summary>
    [JsonInclude]
    public Outcome Outcome { get; internal init; }

    /// <summary>
    /// Which of achieve, monitor and independent validation current, fitting evidence covers, in
    /// that order; empty when the claim rests on the vendor's word alone or earns no credit.
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<EvidencePurpose> AssuranceAspects { get => _assuranceAspects; internal init => _assuranceAspects = ValueList<EvidencePurpose>.Of(value); }

    /// <summary>Implementation, 0–100; <see langword="null"/> when not applicable.</summary>
    [JsonInclude]
    public double? Implementation { get; internal init; }

    /// <summary>Assurance, 0–100; <see langword="null"/> when not applicable.</summary>
    [JsonInclude]
    public double? Assurance { get; internal init; }

    /// <summary>The score combining both axes, 0–100; <see langword="null"/> when not applicable.</summary>
    [JsonInclude]
    public double? Score { get; internal init; }

    /// <summary>Whether this is a gap: in scope and not <see cref="Outcome.Met"/>.</summary>
    [JsonPropertyName("gap")]
    public bool IsGap => Outcome is not (Outcome.Met or Outcome.NotApplicable);

    /// <summary>Whether this is a baseline expectation that is not met (it caps the rating).</summary>
    [JsonPropertyName("baselineGap")]
    [JsonInclude]
    public bool IsBaselineGap { get; internal init; }

    /// <summary>Whether an active waiver accepts this gap: it does not fail gates, but is still reported.</summary>
    [JsonPropertyName("waived")]
    [JsonInclude]
    public bool IsWaived { get; internal init; }

    /// <summary>Every piece of evidence the answer cites, in order, and what it earned.</summary>
    [JsonInclude]
    public IReadOnlyList<EvidenceFinding> Evidence { get => _evidence; internal init => _evidence = ValueList<EvidenceFinding>.Of(value); }

    /// <summary>Every step of the decision and the calculation, each pointing into the attestation.</summary>
    [JsonInclude]
    public IReadOnlyList<Reason> Reasons { get => _reasons; internal init => _reasons = ValueList<Reason>.Of(value); }

    /// <summary>The questions a reviewer would send back.</summary>
    [JsonInclude]
    public IReadOnlyList<FollowUpQuestion> FollowUps { get => _followUps; internal init => _followUps = ValueList<FollowUpQuestion>.Of(value); }
}
