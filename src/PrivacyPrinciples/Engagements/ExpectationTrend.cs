using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>How one expectation changed since the previous round, counted over the vendors that answered both. Immutable.</summary>
public sealed record ExpectationTrend
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal ExpectationTrend()
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

    /// <summary>Vendors for which it improved.</summary>
    [JsonInclude]
    public int Improved { get; internal init; }

    /// <summary>Vendors for which it regressed.</summary>
    [JsonInclude]
    public int Regressed { get; internal init; }

    /// <summary>Vendors that answered it for the first time.</summary>
    [JsonInclude]
    public int NewlyAnswered { get; internal init; }

    /// <summary>Vendors that answered it before but not now.</summary>
    [JsonInclude]
    public int NoLongerAnswered { get; internal init; }

    /// <summary>Vendors that have still not answered it.</summary>
    [JsonInclude]
    public int StillMissing { get; internal init; }
}
