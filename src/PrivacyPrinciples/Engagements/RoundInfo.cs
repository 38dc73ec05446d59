using System;

namespace PrivacyPrinciples.Engagements;

/// <summary>Which round a report describes. Immutable.</summary>
public sealed record RoundInfo
{
    /// <summary>The round's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The round's title.</summary>
    public string? Title { get; init; }

    /// <summary>The answer deadline.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>The date evidence was judged against.</summary>
    public required DateTime EvaluatedOn { get; init; }
}
