namespace PrivacyPrinciples.Engagements;

/// <summary>How one vendor changed since the previous round. Immutable.</summary>
public sealed record VendorTrend
{
    /// <summary>The vendor id.</summary>
    public required string VendorId { get; init; }

    /// <summary>The vendor's name.</summary>
    public required string Name { get; init; }

    /// <summary>The service compared.</summary>
    public required string Service { get; init; }

    /// <summary>The overall score in the previous round.</summary>
    public required double ScoreBefore { get; init; }

    /// <summary>The overall score now.</summary>
    public required double ScoreAfter { get; init; }

    /// <summary>Expectations that improved.</summary>
    public required int Improved { get; init; }

    /// <summary>Expectations that regressed.</summary>
    public required int Regressed { get; init; }

    /// <summary>Expectations answered for the first time.</summary>
    public required int NewlyAnswered { get; init; }

    /// <summary>Expectations no longer answered.</summary>
    public required int NoLongerAnswered { get; init; }

    /// <summary>Expectations still not answered.</summary>
    public required int StillMissing { get; init; }
}
