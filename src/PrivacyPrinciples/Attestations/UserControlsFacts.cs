namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about the controls people have. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record UserControlsFacts
{
    /// <summary>Every participant sees a notice while recording, transcription or streaming runs.</summary>
    public bool? RecordingIndicatorForAll { get; init; }

    /// <summary>Participants control their own microphone, camera and screen sharing.</summary>
    public bool? ParticipantsControlOwnMedia { get; init; }

    /// <summary>Hosts can remove and mute participants and lock the meeting.</summary>
    public bool? HostModerationControls { get; init; }

    /// <summary>Users can download their data themselves.</summary>
    public bool? SelfServiceDataExport { get; init; }

    /// <summary>Users can delete their data themselves.</summary>
    public bool? SelfServiceDeletion { get; init; }

    /// <summary>How optional processing is switched on.</summary>
    public OptionalProcessingConsent? OptionalProcessing { get; init; }

    /// <summary>Guests and participants without an account have the same privacy controls as hosts over their own data and media.</summary>
    public bool? ControlsForGuests { get; init; }
}
