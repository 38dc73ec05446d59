namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about safeguards for particular audiences. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record AudienceSafeguardsFacts
{
    /// <summary>The sensitive contexts the service is used in are identified, each with enhanced safeguards.</summary>
    public bool? SensitiveContextsIdentified { get; init; }

    /// <summary>Privacy and security guidance is tailored to specific user groups (for example teachers, clinicians).</summary>
    public bool? TailoredGuidance { get; init; }

    /// <summary>The service has an age-appropriate design for children.</summary>
    public bool? AgeAppropriateDesign { get; init; }

    /// <summary>Children are profiled.</summary>
    public bool? ChildrenProfiled { get; init; }

    /// <summary>Children are shown advertising.</summary>
    public bool? AdvertisingToChildren { get; init; }
}
