namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about protecting access to meetings. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record MeetingSecurityFacts
{
    /// <summary>Meeting identifiers and links cannot practically be guessed.</summary>
    public bool? UnguessableMeetingIds { get; init; }

    /// <summary>New meetings require a passcode by default.</summary>
    public bool? PasscodesByDefault { get; init; }

    /// <summary>Hosts can lock a meeting so nobody else can join.</summary>
    public bool? HostCanLockMeetings { get; init; }
}
