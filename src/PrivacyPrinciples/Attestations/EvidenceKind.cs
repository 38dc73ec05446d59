using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>The kind of document or artefact a piece of evidence is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<EvidenceKind>))]
public enum EvidenceKind
{
    /// <summary>An internal or published policy.</summary>
    Policy,

    /// <summary>Product or help-centre documentation.</summary>
    Documentation,

    /// <summary>A design document or architecture description.</summary>
    Design,

    /// <summary>A default setting, shown by configuration or screenshots.</summary>
    DefaultSetting,

    /// <summary>A privacy impact assessment.</summary>
    PrivacyImpactAssessment,

    /// <summary>A contract or data processing agreement.</summary>
    Contract,

    /// <summary>Staff training records or curricula.</summary>
    Training,

    /// <summary>Ongoing monitoring: dashboards, alerts, internal metrics.</summary>
    Monitoring,

    /// <summary>A periodic internal review.</summary>
    InternalReview,

    /// <summary>An audit by the vendor's own audit function.</summary>
    InternalAudit,

    /// <summary>An audit by an independent third party.</summary>
    IndependentAudit,

    /// <summary>A certification (for example ISO/IEC 27001 or 27701).</summary>
    Certification,

    /// <summary>A penetration test report.</summary>
    PenetrationTest,

    /// <summary>A public bug bounty or vulnerability disclosure programme.</summary>
    BugBounty,

    /// <summary>A published transparency report.</summary>
    TransparencyReport,

    /// <summary>Anything else; describe it in the title.</summary>
    Other,
}
