namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about privacy governance, collection, retention and use of data. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record DataPracticesFacts
{
    /// <summary>A privacy programme exists and privacy impact assessments are run for new features.</summary>
    public bool? PrivacyImpactAssessments { get; init; }

    /// <summary>When a privacy impact assessment finds a risk that cannot be mitigated, the regulator is consulted.</summary>
    public bool? RegulatorConsultation { get; init; }

    /// <summary>The service tracks participants' attention (for example whether the meeting window has focus).</summary>
    public bool? AttentionTracking { get; init; }

    /// <summary>Retention periods are defined for content and telemetry.</summary>
    public bool? RetentionPeriodsDefined { get; init; }

    /// <summary>How many days recordings, chat and transcripts are kept by default.</summary>
    public int? ContentRetentionDays { get; init; }

    /// <summary>Personal information about users (not only meeting content) is used beyond providing the service: product improvement, analytics, advertising or model training.</summary>
    public bool? PersonalInformationSecondaryUse { get; init; }

    /// <summary>Meeting content is used for advertising.</summary>
    public bool? ContentUsedForAdvertising { get; init; }

    /// <summary>Personal information or content is sold.</summary>
    public bool? ContentSold { get; init; }

    /// <summary>Whether meeting content is used to train models.</summary>
    public ModelTrainingUse? ModelTraining { get; init; }
}
