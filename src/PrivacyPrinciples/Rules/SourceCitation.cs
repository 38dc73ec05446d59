namespace PrivacyPrinciples.Rules;

/// <summary>Where in a source document an expectation comes from. Immutable.</summary>
public sealed record SourceCitation
{
    /// <summary>The identifier of a <see cref="SourceDocument"/> of the same rule set.</summary>
    public required string Document { get; init; }

    /// <summary>The place in the document, for example "Principle 1 (Security)".</summary>
    public required string Locator { get; init; }
}
