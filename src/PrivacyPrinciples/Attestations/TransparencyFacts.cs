namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about what the vendor tells people. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record TransparencyFacts
{
    /// <summary>A privacy policy covering the service is published where anyone can read it without an account.</summary>
    public bool? PrivacyPolicyPublished { get; init; }

    /// <summary>The privacy notice is layered: a short summary with detail behind it.</summary>
    public bool? LayeredPrivacyNotice { get; init; }

    /// <summary>Just-in-time notices appear when a feature collects or uses data.</summary>
    public bool? JustInTimeNotices { get; init; }

    /// <summary>Third parties and sub-processors are listed with their purposes.</summary>
    public bool? SubprocessorsDisclosed { get; init; }

    /// <summary>Storage and processing locations and cross-border transfers are disclosed.</summary>
    public bool? DataLocationsDisclosed { get; init; }

    /// <summary>A transparency report on government and law-enforcement requests is published.</summary>
    public bool? TransparencyReport { get; init; }

    /// <summary>Users are told in plain words how standard (in-transit) encryption differs from end-to-end encryption.</summary>
    public bool? EncryptionDifferenceExplained { get; init; }

    /// <summary>Secondary uses of personal information are explained upfront, in plain words, where people decide, not only in the privacy policy.</summary>
    public bool? SecondaryUseNoticeUpfront { get; init; }

    /// <summary>Material changes to privacy practices are notified in advance.</summary>
    public bool? ChangesNotifiedInAdvance { get; init; }
}
