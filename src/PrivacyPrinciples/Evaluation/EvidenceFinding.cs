using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation;

/// <summary>One piece of evidence an answer cites, and what it earned. Immutable.</summary>
public sealed record EvidenceFinding
{
    /// <summary>The evidence's identifier in the attestation.</summary>
    public required string Ref { get; init; }

    /// <summary>What the answer says it shows.</summary>
    public required EvidencePurpose Shows { get; init; }

    /// <summary>What the evaluator made of it.</summary>
    public required EvidenceVerdict Verdict { get; init; }

    /// <summary>
    /// When counted, the aspect of assurance it covers; it differs from <see cref="Shows"/> when
    /// validation that is not independent counts as monitoring. <see langword="null"/> otherwise.
    /// </summary>
    public EvidencePurpose? CountsAs { get; init; }
}
