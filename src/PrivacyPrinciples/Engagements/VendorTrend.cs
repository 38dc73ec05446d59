using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>How one vendor changed since the previous round. Immutable.</summary>
public sealed record VendorTrend
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal VendorTrend()
    {
    }

    /// <summary>The vendor id.</summary>
    [JsonInclude]
    public string VendorId { get; internal init; } = string.Empty;

    /// <summary>The vendor's name.</summary>
    [JsonInclude]
    public string Name { get; internal init; } = string.Empty;

    /// <summary>The service compared.</summary>
    [JsonInclude]
    public string Service { get; internal init; } = string.Empty;

    /// <summary>The overall score in the previous round; <see langword="null"/> when nothing was in scope.</summary>
    [JsonInclude]
    public double? ScoreBefore { get; internal init; }

    /// <summary>The overall score now; <see langword="null"/> when nothing is in scope.</summary>
    [JsonInclude]
    public double? ScoreAfter { get; internal init; }

    /// <summary>Expectations that improved.</summary>
    [JsonInclude]
    public int Improved { get; internal init; }

    /// <summary>Expectations that regressed.</summary>
    [JsonInclude]
    public int Regressed { get; internal init; }

    /// <summary>Expectations answered for the first time.</summary>
    [JsonInclude]
    public int NewlyAnswered { get; internal init; }

    /// <summary>Expectations no longer answered.</summary>
    [JsonInclude]
    public int NoLongerAnswered { get; internal init; }

    /// <summary>Expectations still not answered.</summary>
    [JsonInclude]
    public int StillMissing { get; internal init; }
}
