using PrivacyPrinciples.Evaluation;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Comparison;

/// <summary>How one expectation changed between two evaluations. Immutable.</summary>
public sealed record ExpectationChange
{
    /// <summary>The expectation.</summary>
    public required string Id { get; init; }

    /// <summary>Its principle.</summary>
    public required string Principle { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>The kind of change.</summary>
    public required ChangeKind Change { get; init; }

    /// <summary>The outcome before; <see langword="null"/> when the expectation was not evaluated then.</summary>
    public Outcome? Before { get; init; }

    /// <summary>The outcome now; <see langword="null"/> when the expectation is not evaluated now.</summary>
    public Outcome? After { get; init; }

    /// <summary>The score before, when there was one.</summary>
    public double? ScoreBefore { get; init; }

    /// <summary>The score now, when there is one.</summary>
    public double? ScoreAfter { get; init; }

    /// <summary>Whether an active waiver accepts the expectation's gap now.</summary>
    [JsonPropertyName("waived")]
    public bool IsWaived { get; init; }
}
