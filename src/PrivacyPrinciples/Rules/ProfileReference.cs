namespace PrivacyPrinciples.Rules;

/// <summary>The tailoring profile a rule set was resolved from. Immutable.</summary>
public sealed record ProfileReference
{
    /// <summary>The profile's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The profile's version.</summary>
    public required string Version { get; init; }

    /// <summary>The profile's title.</summary>
    public required string Title { get; init; }
}
