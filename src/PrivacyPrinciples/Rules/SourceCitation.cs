namespace PrivacyPrinciples.Rules;

/// <summary>Where in a source document an expectation comes from. Immutable.</summary>
public sealed record SourceCitation
{
    /// <summary>The identifier of a <see cref="SourceDocument"/> of the same rule set.</summary>
    public required string Document { get; init; }

    /// <summary>
    /// The place in the document: the section, then the paragraph or bullet, named by its topic,
    /// for example "Principles › Security, paragraph on standard safeguards (end-to-end
    /// encryption, two-factor authentication, strong passwords)". Topics rather than ordinals,
    /// because the signatories' published copies number their paragraphs differently.
    /// </summary>
    public required string Locator { get; init; }
}
