using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>A baseline expectation that is not met. Any gap caps the rating. Immutable.</summary>
public sealed record BaselineGap
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal BaselineGap()
    {
    }

    /// <summary>The expectation's identifier.</summary>
    [JsonInclude]
    public string ExpectationId { get; internal init; } = string.Empty;

    /// <summary>The expectation's title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;

    /// <summary>What was decided instead of <see cref="Outcome.Met"/>.</summary>
    [JsonInclude]
    public Outcome Outcome { get; internal init; }

    /// <summary>Whether an active waiver accepts this gap: it still caps the rating, but does not fail gates.</summary>
    [JsonPropertyName("waived")]
    [JsonInclude]
    public bool IsWaived { get; internal init; }
}
