namespace PrivacyPrinciples.Evaluation;

/// <summary>A question a reviewer would send back to the vendor, with the place in the attestation it is about. Immutable.</summary>
public sealed record FollowUpQuestion
{
    private readonly string _pointer = string.Empty;

    /// <summary>What kind of request it is.</summary>
    public required FollowUpKind Kind { get; init; }

    /// <summary>The question, addressed to the vendor.</summary>
    public required string Question { get; init; }

    /// <summary>The JSON Pointer into the attestation the question is about.</summary>
    public string Pointer { get => _pointer; init => _pointer = value ?? string.Empty; }
}
