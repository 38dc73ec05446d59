using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Rules;

/// <summary>Raises an expectation to <see cref="Level"/> when a service declares <see cref="Audience"/>. Immutable.</summary>
public sealed record LevelRaise
{
    /// <summary>The audience that raises the level.</summary>
    public required Audience Audience { get; init; }

    /// <summary>The level the expectation is raised to; it must be above the expectation's own level.</summary>
    public required ExpectationLevel Level { get; init; }
}
