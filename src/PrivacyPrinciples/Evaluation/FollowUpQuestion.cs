using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>A question a reviewer would send back to the vendor, with the place in the attestation it is about. Immutable.</summary>
public sealed record FollowUpQuestion
{
    private readonly string _pointer = string.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal FollowUpQuestion()
    {
    }

    /// <summary>What kind of request it is.</summary>
    [JsonInclude]
    public FollowUpKind Kind { get; internal init; }

    /// <summary>The question, addressed to the vendor.</summary>
    [JsonInclude]
    public string Question { get; internal init; } = string.Empty;

    /// <summary>The JSON Pointer into the attestation the question is about.</summary>
    [JsonInclude]
    public string Pointer { get => _pointer; internal init => _pointer = value ?? string.Empty; }
}
