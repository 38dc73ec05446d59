namespace PrivacyPrinciples.Attestations;

/// <summary>
/// An answer's use of a piece of evidence declared in <see cref="Attestation.Evidence"/>: which
/// one, and which of the regulators' three questions it answers for this expectation. Immutable.
/// </summary>
/// <remarks>
/// One penetration test can validate several security measures; citing it is cheap, so whether it
/// fits each expectation is the rule set's call (<see cref="Rules.EvidenceClass"/>), not the
/// vendor's.
/// </remarks>
public sealed record EvidenceCitation
{
    /// <summary>The <see cref="Evidence.Id"/> of the evidence cited.</summary>
    public required string Ref { get; init; }

    /// <summary>Whether it shows, for this expectation, how the measure is achieved, monitored or validated.</summary>
    public required EvidencePurpose Shows { get; init; }
}
