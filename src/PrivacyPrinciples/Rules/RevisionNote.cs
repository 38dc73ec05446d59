namespace PrivacyPrinciples.Rules;

/// <summary>Why one expectation (or the rule set as a whole) changed in a revision. Immutable.</summary>
public sealed record RevisionNote
{
    /// <summary>The expectation changed, or <see langword="null"/> for a change to the rule set as a whole.</summary>
    public string? Expectation { get; init; }

    /// <summary>What changed and why, in a sentence or two.</summary>
    public required string Note { get; init; }
}
