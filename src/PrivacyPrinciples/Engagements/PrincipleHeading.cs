using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>A principle as a column heading. Immutable.</summary>
public sealed record PrincipleHeading
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal PrincipleHeading()
    {
    }

    /// <summary>The principle's identifier.</summary>
    [JsonInclude]
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The principle's title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;
}
