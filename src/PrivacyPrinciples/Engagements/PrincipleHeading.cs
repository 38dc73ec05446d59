namespace PrivacyPrinciples.Engagements;

/// <summary>A principle as a column heading. Immutable.</summary>
public sealed record PrincipleHeading
{
    /// <summary>The principle's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The principle's title.</summary>
    public required string Title { get; init; }
}
