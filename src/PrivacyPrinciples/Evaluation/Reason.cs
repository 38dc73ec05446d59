namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// One step of an explanation: a stable code, a sentence, and the place in the attestation it
/// came from as a JSON Pointer (empty for the whole attestation). Immutable.
/// </summary>
public sealed record Reason
{
    private readonly string _pointer = string.Empty;

    /// <summary>A stable code such as <c>evidence.expired</c>; the codes are listed in <c>docs/scoring.md</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The explanation.</summary>
    public required string Message { get; init; }

    /// <summary>The JSON Pointer into the attestation the reason is about.</summary>
    public string Pointer { get => _pointer; init => _pointer = value ?? string.Empty; }
}
