using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// The evaluation of one expectation: what was claimed, what was decided, the two axes and the
/// score, and the reasons and follow-up questions behind them. Immutable.
/// </summary>
public sealed record ExpectationResult
{
    private readonly IReadOnlyList<Audience> _raisedBy = [];
    private readonly IReadOnlyList<Reason> _reasons = [];
    private readonly IReadOnlyList<FollowUpQuestion> _followUps = [];
    private readonly IReadOnlyList<EvidencePurpose> _assuranceAspects = [];
    private readonly IReadOnlyList<EvidenceFinding> _evidence = [];

    /// <summary>The expectation's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The principle's identifier.</summary>
    public required string Principle { get; init; }

    /// <summary>The expectation's title.</summary>
    public required string Title { get; init; }

    /// <summary>The level applied, after any audience raised it.</summary>
    public required ExpectationLevel Level { get; init; }

    /// <summary>
    /// The level in the rule set as published, before a tailoring profile changed it or an audience
    /// raised it; for an expectation a profile added, the profile's level.
    /// </summary>
    public required ExpectationLevel BaseLevel { get; init; }

    /// <summary>
    /// The level in the rule set evaluated, after any tailoring profile and before any audience
    /// raised it; equal to <see cref="BaseLevel"/> when no profile changed it.
    /// </summary>
    public required ExpectationLevel TailoredLevel { get; init; }

    /// <summary>How far the expectation goes beyond its sources: explicit, derived or the rule set's own extension.</summary>
    public required ExpectationBasis Basis { get; init; }

    /// <summary>The declared audiences that raised the level; empty when none did.</summary>
    public IReadOnlyList<Audience> RaisedBy { get => _raisedBy; init => _raisedBy = value ?? []; }

    /// <summary>The weight in the principle score: the rule set's weight times the level factor.</summary>
    public required double Weight { get; init; }

    /// <summary>What the vendor claimed; <see langword="null"/> when not answered.</summary>
    public AnswerStatus? Status { get; init; }

    /// <summary>What the evaluator decided.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>
    /// Which of achieve, monitor and independent validation current, fitting evidence covers, in
    /// that order; empty when the claim rests on the vendor's word alone or earns no credit.
    /// </summary>
    public IReadOnlyList<EvidencePurpose> AssuranceAspects { get => _assuranceAspects; init => _assuranceAspects = value ?? []; }

    /// <summary>Implementation, 0–100; <see langword="null"/> when not applicable.</summary>
    public double? Implementation { get; init; }

    /// <summary>Assurance, 0–100; <see langword="null"/> when not applicable.</summary>
    public double? Assurance { get; init; }

    /// <summary>The score combining both axes, 0–100; <see langword="null"/> when not applicable.</summary>
    public double? Score { get; init; }

    /// <summary>Whether this is a gap: in scope and not <see cref="Outcome.Met"/>.</summary>
    [JsonPropertyName("gap")]
    public bool IsGap => Outcome is not (Outcome.Met or Outcome.NotApplicable);

    /// <summary>Whether this is a baseline expectation that is not met (it caps the rating).</summary>
    [JsonPropertyName("baselineGap")]
    public bool IsBaselineGap { get; init; }

    /// <summary>Whether an active waiver accepts this gap: it does not fail gates, but is still reported.</summary>
    [JsonPropertyName("waived")]
    public bool IsWaived { get; init; }

    /// <summary>Every piece of evidence the answer cites, in order, and what it earned.</summary>
    public IReadOnlyList<EvidenceFinding> Evidence { get => _evidence; init => _evidence = value ?? []; }

    /// <summary>Every step of the decision and the calculation, each pointing into the attestation.</summary>
    public IReadOnlyList<Reason> Reasons { get => _reasons; init => _reasons = value ?? []; }

    /// <summary>The questions a reviewer would send back.</summary>
    public IReadOnlyList<FollowUpQuestion> FollowUps { get => _followUps; init => _followUps = value ?? []; }
}
