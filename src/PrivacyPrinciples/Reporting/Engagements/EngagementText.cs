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
        ResponseStatus.Unreadable => "response unreadable",
        ResponseStatus.Partial => response.IsLate ? "partial, late" : "partial",
        _ => "answered",
    };

    /// <summary>Whether the vendor itself responded: answered, late, partial, or with a file that could not be read; a third party's assessment is not a response.</summary>
    public static bool Responded(VendorResponse response) => response.Status is ResponseStatus.Answered or ResponseStatus.AnsweredLate or ResponseStatus.Partial or ResponseStatus.Unreadable;

    /// <summary>
    /// Why one unreadable response could not be read, in one line: its first error as compilers
    /// print it (<c>file:line:column: error code: message (at pointer)</c>), and how many more
    /// there are (every one is listed with the inputs that could not be read).
    /// </summary>
    public static string Why(UnreadableResponse response)
    {
        var first = response.Errors.Count == 0 ? response.Source : response.Errors[0].ToString();
        var more = response.Errors.Count - 1;
        return more <= 0 ? first : first + (more == 1 ? "; and 1 more error" : "; and " + more.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more errors");
    }

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
