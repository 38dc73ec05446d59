namespace PrivacyPrinciples.Rules;

/// <summary>One of the principles a rule set groups its expectations under. Immutable.</summary>
public sealed record Principle
{
    /// <summary>A short identifier that expectations refer to, for example <c>SEC</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The principle's title, for example "Security".</summary>
    public required string Title { get; init; }

    /// <summary>What the principle asks, in a few sentences.</summary>
    public required string Summary { get; init; }

    /// <summary>The principle's weight in the overall score. The default value is 1.</summary>
    public double Weight { get; init; } = 1;
}
