using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>An expectation commonly missing, contradicted or weakly supported across vendors. Immutable.</summary>
public sealed record ImprovementArea
{
    private readonly IReadOnlyList<string> _vendors = ValueList<string>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal ImprovementArea()
    {
    }

    /// <summary>The expectation.</summary>
    [JsonInclude]
    public string ExpectationId { get; internal init; } = string.Empty;

    /// <summary>Its principle.</summary>
    [JsonInclude]
    public string Principle { get; internal init; } = string.Empty;

    /// <summary>Its title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;

    /// <summary>What is lacking.</summary>
    [JsonInclude]
    public ImprovementKind Kind { get; internal init; }

    /// <summary>How many responding vendors show it.</summary>
    [JsonInclude]
    public int Count { get; internal init; }

    /// <summary>How many responding vendors have the expectation in scope.</summary>
    [JsonInclude]
    public int Of { get; internal init; }

    /// <summary>The vendor ids, in order.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Vendors { get => _vendors; internal init => _vendors = ValueList<string>.Of(value); }
}
