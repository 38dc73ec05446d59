namespace PrivacyPrinciples.Attestations;

/// <summary>
/// Facts about which features the service has at all. They decide whether a "not applicable"
/// answer can stand: a service that records meetings cannot call the recording expectations
/// not applicable. A <see langword="null"/> property means the vendor did not say. Immutable.
/// </summary>
public sealed record FeatureFacts
{
    /// <summary>Meetings can be recorded.</summary>
    public bool? Recording { get; init; }

    /// <summary>Meetings can be transcribed or captioned by the service.</summary>
    public bool? Transcription { get; init; }

    /// <summary>Meetings can be streamed live to people outside the meeting.</summary>
    public bool? LiveStreaming { get; init; }

    /// <summary>People without an account can join meetings as guests.</summary>
    public bool? GuestAccess { get; init; }

    /// <summary>The service stores content (recordings, chat history, transcripts, shared files).</summary>
    public bool? StoresContent { get; init; }
}
