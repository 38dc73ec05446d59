using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Engagements;

/// <summary>One question in a follow-up letter. Immutable.</summary>
public sealed record LetterQuestion
{
    /// <summary>The expectation it is about.</summary>
    public required string ExpectationId { get; init; }

    /// <summary>The expectation's principle.</summary>
    public required string Principle { get; init; }

    /// <summary>How far the expectation goes beyond the regulators' texts, so the vendor can tell a must from the rule set's own good practice.</summary>
    public required ExpectationBasis Basis { get; init; }

    /// <summary>The service it is about, when the vendor sent several attestations.</summary>
    public string? Service { get; init; }

    /// <summary>The kind of request.</summary>
    public required FollowUpKind Kind { get; init; }

    /// <summary>The question.</summary>
    public required string Question { get; init; }
}
