namespace PrivacyPrinciples.Engagements;

/// <summary>When an observation is common enough to report. Immutable.</summary>
public sealed record ObservationOptions
{
    /// <summary>The default of <see cref="MinimumVendors"/>.</summary>
    public const int DefaultMinimumVendors = 2;

    /// <summary>The default of <see cref="MinimumShare"/>.</summary>
    public const double DefaultMinimumShare = 0.33;

    /// <summary>Good practices need at least this many vendors meeting the expectation with independent validation; <see langword="null"/> means <see cref="DefaultMinimumVendors"/>.</summary>
    public int? MinimumVendors { get; init; }

    /// <summary>Areas for improvement need at least this share of the responders for which the expectation is in scope; <see langword="null"/> means <see cref="DefaultMinimumShare"/>.</summary>
    public double? MinimumShare { get; init; }
}
