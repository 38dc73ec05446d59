namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about the default settings of a new meeting. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record MeetingDefaultsFacts
{
    /// <summary>Participants are announced when they join.</summary>
    public bool? JoinAnnouncements { get; init; }

    /// <summary>Every participant can see who is in the meeting.</summary>
    public bool? ParticipantListVisibleToAll { get; init; }

    /// <summary>Microphones are muted when a participant enters.</summary>
    public bool? AudioMutedOnEntry { get; init; }

    /// <summary>Cameras are off when a participant enters.</summary>
    public bool? VideoOffOnEntry { get; init; }

    /// <summary>A waiting room or host admission is on.</summary>
    public bool? WaitingRoom { get; init; }

    /// <summary>Recording starts without anyone starting it.</summary>
    public bool? RecordingStartsAutomatically { get; init; }

    /// <summary>Transcription starts without anyone starting it.</summary>
    public bool? TranscriptionStartsAutomatically { get; init; }
}
