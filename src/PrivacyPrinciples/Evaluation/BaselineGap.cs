using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>A baseline expectation that is not met. Any gap caps the rating. Immutable.</summary>
public sealed record BaselineGap
{
    /// <summary>The expectation's identifier.</summary>
    public required string ExpectationId { get; init; }

    /// <summary>The expectation's title.</summary>
    public required string Title { get; init; }

    /// <summary>What was decided instead of <see cref="Outcome.Met"/>.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>Whether an active waiver accepts this gap: it still caps the rating, but does not fail gates.</summary>
    [JsonPropertyName("waived")]
    public bool IsWaived { get; init; }
}
