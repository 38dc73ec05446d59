using PrivacyPrinciples.Engagements;

namespace PrivacyPrinciples.Reporting.Engagements;

/// <summary>The words engagement reports use, the same in every human-readable format.</summary>
internal static class EngagementText
{
    /// <summary>A vendor's response status, as a reader says it.</summary>
    public static string Status(VendorResponse response) => response.Status switch
    {
        ResponseStatus.AnsweredLate => "answered late",
        ResponseStatus.NoResponse => "no response",
        ResponseStatus.AssessedByThirdParty => "no response; assessed by a third party",
        ResponseStatus.Partial => response.IsLate ? "partial, late" : "partial",
        _ => "answered",
    };

    /// <summary>Whether the vendor itself responded: answered, late or partial; a third party's assessment is not a response.</summary>
    public static bool Responded(VendorResponse response) => response.Status is ResponseStatus.Answered or ResponseStatus.AnsweredLate or ResponseStatus.Partial;

    /// <summary>Who made one submission: <c>vendor</c>, or the third party's name.</summary>
    public static string By(SubmissionSummary submission) =>
        submission.AssessedBy == Attestations.AssessingParty.ThirdParty ? "third party: " + (submission.Assessor ?? "unnamed") : "vendor";

    /// <summary>What an area for improvement is, completing "… at N of M responding vendors".</summary>
    public static string Describe(ImprovementKind kind) => kind switch
    {
        ImprovementKind.Missing => "not answered or not met",
        ImprovementKind.Contradicted => "contradicted by the vendors' own facts",
        _ => "claimed without evidence that it is monitored or validated",
    };
}
