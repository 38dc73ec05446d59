using System;

namespace PrivacyPrinciples.Rules;

/// <summary>A public document a rule set is drawn from. Immutable.</summary>
public sealed record SourceDocument
{
    /// <summary>An identifier that citations refer to, for example <c>letter-2020</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>Who published it.</summary>
    public required string Publisher { get; init; }

    /// <summary>The publication date (time of day is ignored).</summary>
    public required DateTime Published { get; init; }
}
