using System.Text.Json.Serialization;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Engagements;

/// <summary>One question in a follow-up letter. Immutable.</summary>
public sealed record LetterQuestion
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal LetterQuestion()
    {
    }

    /// <summary>The expectation it is about.</summary>
    [JsonInclude]
    public string ExpectationId { get; internal init; } = string.Empty;

    /// <summary>The expectation's principle.</summary>
    [JsonInclude]
    public string Principle { get; internal init; } = string.Empty;

    /// <summary>How far the expectation goes beyond the regulators' texts, so the vendor can tell a must from the rule set's own good practice.</summary>
    [JsonInclude]
    public ExpectationBasis Basis { get; internal init; }

    /// <summary>The service it is about, when the vendor sent several attestations.</summary>
    [JsonInclude]
    public string? Service { get; internal init; }

    /// <summary>The kind of request.</summary>
    [JsonInclude]
    public FollowUpKind Kind { get; internal init; }

    /// <summary>The question.</summary>
    [JsonInclude]
    public string Question { get; internal init; } = string.Empty;
}
