using System.Collections.Generic;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// One thing the regulators expect of a video-teleconferencing service, with its stable
/// identifier, principle, level, weight, sources, basis and the checks that corroborate claims. Immutable.
/// </summary>
public sealed record Expectation
{
    private readonly IReadOnlyList<LevelRaise> _raisedFor = [];
    private readonly IReadOnlyList<Audience> _appliesTo = [];
    private readonly IReadOnlyList<Condition> _checks = [];
    private readonly IReadOnlyList<Condition> _notApplicableWhen = [];
    private readonly IReadOnlyList<SourceCitation> _sources = [];

    /// <summary>The stable identifier, for example <c>SEC-01</c>. Never renumbered; deprecate instead.</summary>
    public required string Id { get; init; }

    /// <summary>The identifier of the <see cref="Rules.Principle"/> it belongs to.</summary>
    public required string Principle { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>Why the regulators expect it.</summary>
    public required string Rationale { get; init; }

    /// <summary>What a vendor that falls short should do.</summary>
    public required string Remediation { get; init; }

    /// <summary>What a good answer contains; used in templates.</summary>
    public string? Guidance { get; init; }

    /// <summary>
    /// Where it comes from: one citation per source document that asks for it (the 2020 letter,
    /// the 2021 observations, or both), each with a precise locator. At least one.
    /// </summary>
    public required IReadOnlyList<SourceCitation> Sources { get => _sources; init => _sources = value ?? []; }

    /// <summary>
    /// How far it goes beyond its sources: asked for, derived from what they ask, or the rule set's
    /// own extension (never baseline). The rationale says which part, if any, is the rule set's own.
    /// </summary>
    public required ExpectationBasis Basis { get; init; }

    /// <summary>The level before any audience raises it.</summary>
    public required ExpectationLevel Level { get; init; }

    /// <summary>The weight within its principle, before the level factor. The default value is 1.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Audiences that raise the level when a service declares them.</summary>
    public IReadOnlyList<LevelRaise> RaisedFor { get => _raisedFor; init => _raisedFor = value ?? []; }

    /// <summary>When not empty, the expectation applies only to services declaring one of these audiences.</summary>
    public IReadOnlyList<Audience> AppliesTo { get => _appliesTo; init => _appliesTo = value ?? []; }

    /// <summary>
    /// Checks on the attestation's facts. A claim of full implementation is met only when they
    /// hold: a failing check contradicts it, and a fact they read that is not stated leaves it
    /// unverified. A "not applicable" claim that a failing check contradicts is not accepted.
    /// </summary>
    public IReadOnlyList<Condition> Checks { get => _checks; init => _checks = value ?? []; }

    /// <summary>
    /// The identifier of the rule set's <see cref="Rules.EvidenceClass"/> that says which kinds of
    /// evidence can show how this expectation is achieved, monitored and validated.
    /// </summary>
    public required string EvidenceClass { get; init; }

    /// <summary>Whether a service may answer that the expectation does not apply to it.</summary>
    public required NotApplicablePolicy NotApplicable { get; init; }

    /// <summary>
    /// When <see cref="NotApplicable"/> is <see cref="NotApplicablePolicy.Allowed"/>: conditions on
    /// the attestation's facts that must hold for a "not applicable" answer to stand (for example,
    /// the service does not record). A failing condition contradicts the answer; one whose fact is
    /// not stated leaves it unverified. When empty, the expectation's <see cref="Checks"/> play
    /// that part: a "not applicable" answer they fail is contradicted.
    /// </summary>
    public IReadOnlyList<Condition> NotApplicableWhen { get => _notApplicableWhen; init => _notApplicableWhen = value ?? []; }

    /// <summary>Whether the expectation is in force. The default value is <see cref="ExpectationLifecycle.Active"/>.</summary>
    public ExpectationLifecycle Lifecycle { get; init; } = ExpectationLifecycle.Active;

    /// <summary>For a deprecated expectation, the identifier of the one that replaces it.</summary>
    public string? ReplacedBy { get; init; }
}
