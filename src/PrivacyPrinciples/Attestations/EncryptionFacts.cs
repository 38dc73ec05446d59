namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about encryption. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record EncryptionFacts
{
    /// <summary>All call content (audio, video, chat, files) is encrypted in transit.</summary>
    public bool? InTransit { get; init; }

    /// <summary>Whether meetings can be, or are by default, end-to-end encrypted.</summary>
    public EndToEndEncryption? EndToEnd { get; init; }

    /// <summary>Which users can have end-to-end encrypted meetings, when end-to-end encryption is offered.</summary>
    public EndToEndTiers? EndToEndTiers { get; init; }

    /// <summary>End-to-end encryption works in calls with more than two participants, not only one-to-one.</summary>
    public bool? EndToEndMultiParty { get; init; }

    /// <summary>Sensitive one-to-one calls (for example telehealth consultations) are end-to-end encrypted by default.</summary>
    public bool? EndToEndDefaultForSensitiveCalls { get; init; }

    /// <summary>Stored content (recordings, chat, transcripts) is encrypted at rest.</summary>
    public bool? AtRest { get; init; }
}
