using System.Text.Json.Serialization;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Comparison;

/// <summary>How one expectation changed between two evaluations. Immutable.</summary>
public sealed record ExpectationChange
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal ExpectationChange()
    {
    }

    /// <summary>The expectation.</summary>
    [JsonInclude]
    public string Id { get; internal init; } = string.Empty;

    /// <summary>Its principle.</summary>
    [JsonInclude]
    public string Principle { get; internal init; } = string.Empty;

    /// <summary>Its title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;

    /// <summary>The kind of change.</summary>
    [JsonInclude]
    public ChangeKind Change { get; internal init; }

    /// <summary>The outcome before; <see langword="null"/> when the expectation was not evaluated then.</summary>
    [JsonInclude]
    public Outcome? Before { get; internal init; }

    /// <summary>The outcome now; <see langword="null"/> when the expectation is not evaluated now.</summary>
    [JsonInclude]
    public Outcome? After { get; internal init; }

    /// <summary>The score before, when there was one.</summary>
    [JsonInclude]
    public double? ScoreBefore { get; internal init; }

    /// <summary>The score now, when there is one.</summary>
    [JsonInclude]
    public double? ScoreAfter { get; internal init; }

    /// <summary>Whether an active waiver accepts the expectation's gap now.</summary>
    [JsonPropertyName("waived")]
    [JsonInclude]
    public bool IsWaived { get; internal init; }
}
