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

    /// <summary>Expectations decided not applicable.</summary>
    public required int NotApplicable { get; init; }
}
