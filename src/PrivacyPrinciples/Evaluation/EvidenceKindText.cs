using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation;

/// <summary>Evidence kinds and purposes as reasons and questions word them.</summary>
internal static class EvidenceKindText
{
    public static string Name(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Policy => "a policy",
        EvidenceKind.Documentation => "documentation",
        EvidenceKind.Design => "a design document",
        EvidenceKind.DefaultSetting => "a default setting",
        EvidenceKind.PrivacyImpactAssessment => "a privacy impact assessment",
        EvidenceKind.Contract => "a contract",
        EvidenceKind.Training => "training records",
        EvidenceKind.Monitoring => "monitoring",
        EvidenceKind.InternalReview => "an internal review",
        EvidenceKind.InternalAudit => "an internal audit",
        EvidenceKind.IndependentAudit => "an independent audit",
        EvidenceKind.Certification => "a certification",
        EvidenceKind.PenetrationTest => "a penetration test",
        EvidenceKind.BugBounty => "a bug bounty",
        EvidenceKind.TransparencyReport => "a transparency report",
        _ => "other evidence",
    };

    /// <summary>"achieved", "monitored" or "independently validated".</summary>
    public static string Participle(EvidencePurpose purpose) => purpose switch
    {
        EvidencePurpose.Achieve => "achieved",
        EvidencePurpose.Monitor => "monitored",
        _ => "independently validated",
    };
}
