using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>How much of the rule set the attestation answered. Immutable.</summary>
public sealed record Coverage
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal Coverage()
    {
    }

    /// <summary>Active expectations in the rule set.</summary>
    [JsonInclude]
    public int Expectations { get; internal init; }

    /// <summary>Expectations that count in the score (everything not applicable is out).</summary>
    [JsonInclude]
    public int InScope { get; internal init; }

    /// <summary>Expectations with an answer.</summary>
    [JsonInclude]
    public int Answered { get; internal init; }

    /// <summary>Applicable expectations without an answer.</summary>
    [JsonInclude]
    public int NotAnswered { get; internal init; }

    /// <summary>Expectations decided not applicable, for either reason.</summary>
    [JsonInclude]
    public int NotApplicable { get; internal init; }

    /// <summary>
    /// Expectations the vendor claimed not applicable and the claim stood; heavy use limits the
    /// rating (see <c>docs/scoring.md</c>). Those out of scope because of an audience are not counted.
    /// </summary>
    [JsonInclude]
    public int ClaimedNotApplicable { get; internal init; }

    /// <summary>Claims without the substance they need (<see cref="Outcome.Unverified"/>).</summary>
    [JsonInclude]
    public int Unverified { get; internal init; }

    /// <summary>Expectations a third-party assessor could not determine (<see cref="Outcome.Undetermined"/>); always 0 for a vendor's own attestation.</summary>
    [JsonInclude]
    public int Undetermined { get; internal init; }
}
