namespace PrivacyPrinciples.Engagements;

/// <summary>How one expectation changed since the previous round, counted over the vendors that answered both. Immutable.</summary>
public sealed record ExpectationTrend
{
    /// <summary>The expectation.</summary>
    public required string ExpectationId { get; init; }

    /// <summary>Its principle.</summary>
    public required string Principle { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Vendors for which it improved.</summary>
    public required int Improved { get; init; }

    /// <summary>Vendors for which it regressed.</summary>
    public required int Regressed { get; init; }

    /// <summary>Vendors that answered it for the first time.</summary>
    public required int NewlyAnswered { get; init; }

    /// <summary>Vendors that answered it before but not now.</summary>
    public required int NoLongerAnswered { get; init; }

    /// <summary>Vendors that have still not answered it.</summary>
    public required int StillMissing { get; init; }
}
