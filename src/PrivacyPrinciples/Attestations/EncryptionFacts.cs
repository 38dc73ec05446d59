namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about encryption. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record EncryptionFacts
{
    /// <summary>All call content (audio, video, chat, files) is encrypted in transit.</summary>
    public bool? InTransit { get; init; }

    /// <summary>Whether meetings can be, or are by default, end-to-end encrypted.</summary>
    public EndToEndEncryption? EndToEnd { get; init; }

    /// <summary>Stored content (recordings, chat, transcripts) is encrypted at rest.</summary>
    public bool? AtRest { get; init; }
}
