using System;
using System.Collections.Generic;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// A vendor's answer to one expectation: what is claimed and how it is supported. Immutable.
/// </summary>
public sealed record Answer
{
    private readonly IReadOnlyList<EvidenceCitation> _evidence = [];

    /// <summary>What is claimed.</summary>
    public required AnswerStatus Status { get; init; }

    /// <summary>
    /// The vendor's own words about how the expectation is met. A claim of full implementation
    /// needs a statement of substance: blank text, placeholders, the expectation's title or text
    /// repeated across answers do not count (see <c>docs/scoring.md</c>).
    /// </summary>
    public string? Statement { get; init; }

    /// <summary>For <see cref="AnswerStatus.Partial"/>: which part of the service is covered.</summary>
    public ImplementationScope? Scope { get; init; }

    /// <summary>For <see cref="AnswerStatus.Planned"/>: the date by which it will be implemented.</summary>
    public DateTime? PlannedFor { get; init; }

    /// <summary>For <see cref="AnswerStatus.NotApplicable"/>: why the expectation does not apply, with the same substance a statement needs.</summary>
    public string? Justification { get; init; }

    /// <summary>
    /// Notes for whoever fills in the attestation, such as the rule set's guidance that
    /// <see cref="Rules.AttestationTemplate"/> writes; the evaluator ignores them.
    /// </summary>
    public string? Guidance { get; init; }

    /// <summary>The evidence cited, in the order given: each names a piece of the attestation's <see cref="Attestation.Evidence"/> and what it shows here.</summary>
    public IReadOnlyList<EvidenceCitation> Evidence { get => _evidence; init => _evidence = value ?? []; }
}
