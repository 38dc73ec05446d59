using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Comparison;

/// <summary>How one principle's score changed. Immutable.</summary>
public sealed record PrincipleChange
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal PrincipleChange()
    {
    }

    /// <summary>The principle.</summary>
    [JsonInclude]
    public string Id { get; internal init; } = string.Empty;

    /// <summary>Its title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;

    /// <summary>The score before, when the principle had one.</summary>
    [JsonInclude]
    public double? Before { get; internal init; }

    /// <summary>The score now, when the principle has one.</summary>
    [JsonInclude]
    public double? After { get; internal init; }

    /// <summary>After minus before, when both exist.</summary>
    [JsonInclude]
    public double? Delta { get; internal init; }
}
