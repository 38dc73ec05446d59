using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation;

/// <summary>An answer that disagrees with a fact the same attestation states. Immutable.</summary>
public sealed record Contradiction
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal Contradiction()
    {
    }

    /// <summary>The expectation answered.</summary>
    [JsonInclude]
    public string ExpectationId { get; internal init; } = string.Empty;

    /// <summary>What the answer claims.</summary>
    [JsonInclude]
    public AnswerStatus Claimed { get; internal init; }

    /// <summary>The fact's dotted path, for example <c>encryption.endToEnd</c>.</summary>
    [JsonInclude]
    public string Fact { get; internal init; } = string.Empty;

    /// <summary>The fact's JSON Pointer in the attestation.</summary>
    [JsonInclude]
    public string Pointer { get; internal init; } = string.Empty;

    /// <summary>The value the attestation states.</summary>
    [JsonInclude]
    public FactValue Stated { get; internal init; }

    /// <summary>What the check expects of the fact for the expectation to be met, for example <c>one of "optional", "default"</c>.</summary>
    [JsonInclude]
    public string Expected { get; internal init; } = string.Empty;
}
