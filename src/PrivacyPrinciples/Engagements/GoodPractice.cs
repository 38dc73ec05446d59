using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>An expectation several vendors meet with independent validation. Immutable.</summary>
public sealed record GoodPractice
{
    private readonly IReadOnlyList<string> _vendors = ValueList<string>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal GoodPractice()
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

    /// <summary>How many responding vendors meet it with independent validation.</summary>
    [JsonInclude]
    public int Count { get; internal init; }

    /// <summary>How many responding vendors have it in scope.</summary>
    [JsonInclude]
    public int Of { get; internal init; }

    /// <summary>The vendor ids, in order.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Vendors { get => _vendors; internal init => _vendors = ValueList<string>.Of(value); }
}
