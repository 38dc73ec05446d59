using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation;

/// <summary>An answer that disagrees with a fact the same attestation states. Immutable.</summary>
public sealed record Contradiction
{
    /// <summary>The expectation answered.</summary>
    public required string ExpectationId { get; init; }

    /// <summary>What the answer claims.</summary>
    public required AnswerStatus Claimed { get; init; }

    /// <summary>The fact's dotted path, for example <c>encryption.endToEnd</c>.</summary>
    public required string Fact { get; init; }

    /// <summary>The fact's JSON Pointer in the attestation.</summary>
    public required string Pointer { get; init; }

    /// <summary>The value the attestation states.</summary>
    public required FactValue Stated { get; init; }

    /// <summary>What the check expects of the fact for the expectation to be met, for example <c>one of "optional", "default"</c>.</summary>
    public required string Expected { get; init; }
}
