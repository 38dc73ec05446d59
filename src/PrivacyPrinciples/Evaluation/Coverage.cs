namespace PrivacyPrinciples.Evaluation;

/// <summary>How much of the rule set the attestation answered. Immutable.</summary>
public sealed record Coverage
{
    /// <summary>Active expectations in the rule set.</summary>
    public required int Expectations { get; init; }

    /// <summary>Expectations that count in the score (everything not applicable is out).</summary>
    public required int InScope { get; init; }

    /// <summary>Expectations with an answer.</summary>
    public required int Answered { get; init; }

    /// <summary>Applicable expectations without an answer.</summary>
    public required int NotAnswered { get; init; }

    /// <summary>Expectations decided not applicable, for either reason.</summary>
    public required int NotApplicable { get; init; }

    /// <summary>
    /// Expectations the vendor claimed not applicable and the claim stood; heavy use limits the
    /// rating (see <c>docs/scoring.md</c>). Those out of scope because of an audience are not counted.
    /// </summary>
    public int ClaimedNotApplicable { get; init; }

    /// <summary>Claims without the substance they need (<see cref="Outcome.Unverified"/>).</summary>
    public int Unverified { get; init; }

    /// <summary>Expectations a third-party assessor could not determine (<see cref="Outcome.Undetermined"/>); always 0 for a vendor's own attestation.</summary>
    public int Undetermined { get; init; }
}
