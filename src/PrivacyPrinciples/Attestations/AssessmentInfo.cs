namespace PrivacyPrinciples.Attestations;

/// <summary>Who assessed the service and how. Immutable.</summary>
public sealed record AssessmentInfo
{
    /// <summary>The vendor itself, or a third party.</summary>
    public required AssessingParty By { get; init; }

    /// <summary>For a third party, who it is, for example the guide or research group; required then.</summary>
    public string? Assessor { get; init; }

    /// <summary>How the assessment was made, for example "from the vendor's public documentation, read in October 2026".</summary>
    public string? Method { get; init; }
}
