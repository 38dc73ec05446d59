using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// The wording of every follow-up question, in one place. They follow the regulators' December
/// 2020 follow-up: ask for clarity and for supporting information showing how each measure is
/// achieved, monitored and validated.
/// </summary>
internal static class FollowUpQuestions
{
    public static string NoAnswer(string subject) =>
        $"No answer was given for {subject}. Please state whether the service meets this expectation, and how.";

    public static string NotApplicable(string subject, string service) =>
        $"You state that {subject} does not apply to {service}, but give no reason. Please explain why it is not applicable.";

    public static string Scope(string subject) =>
        $"You describe {subject} as partially implemented. Please clarify which tiers, products and platforms it covers, and whether an administrator must turn it on.";

    public static string PlannedNoDate(string subject) =>
        $"You plan to implement {subject}. Please give the date by which it will be in place.";

    public static string PlannedOverdue(string subject, DateTime planned) =>
        $"You planned {subject} for {Date(planned)}, which has passed. Please confirm whether it is now in place and, if not, give the new date.";

    public static string NoStatement(string subject, string service) =>
        $"Please describe how {subject} is achieved in {service}.";

    public static string BaselineNotMet(string subject) =>
        $"{subject} is a baseline expectation. Please explain how, and by when, you will meet it.";

    public static string SupportingInformation(string subject, EvidenceAssessor.Aspects missing)
    {
        var verbs = new List<string>();
        var examples = new List<string>();
        if (missing.HasFlag(EvidenceAssessor.Aspects.Achieve))
        {
            verbs.Add("achieve");
            examples.Add("how it is achieved (a policy, design document or default setting)");
        }

        if (missing.HasFlag(EvidenceAssessor.Aspects.Monitor))
        {
            verbs.Add("monitor");
            examples.Add("how it is monitored (internal metrics, reviews or an internal audit)");
        }

        if (missing.HasFlag(EvidenceAssessor.Aspects.Validate))
        {
            verbs.Add("validate");
            examples.Add("how it is independently validated (an independent audit, certification, penetration test or bug bounty)");
        }

        return $"Please provide supporting information showing how you {Join(verbs, "and")} {subject}: {string.Join("; ", examples)}.";
    }

    public static string Expired(string subject, string evidence, DateTime expired) =>
        $"{evidence} for {subject} expired on {Date(expired)}. Please provide current evidence.";

    public static string Stale(string subject, string evidence, DateTime issued, int months) =>
        $"{evidence} for {subject} was issued on {Date(issued)}, more than {months.ToString(CultureInfo.InvariantCulture)} months ago, and has no expiry date. Please provide current evidence.";

    public static string NotYetIssued(string subject, string evidence, DateTime issued) =>
        $"{evidence} for {subject} is dated {Date(issued)}, after this review. Please confirm its date.";

    public static string ContradictedClaim(string subject, IEnumerable<CheckObservation> failing) =>
        $"Your answer says {subject} is implemented, but your facts state {Describe(failing)}. Please reconcile the two.";

    public static string ContradictedDenial(string subject, string status, IEnumerable<CheckObservation> holding) =>
        $"Your answer says {subject} is {status}, but your facts state {Describe(holding)}, which would meet it. Please reconcile the two.";

    private static string Describe(IEnumerable<CheckObservation> observations) =>
        Join(observations.Select(o => $"{o.Fact.Path} is {o.Stated} (expected {o.Expected})").ToList(), "and");

    private static string Join(List<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => items[0] + " " + conjunction + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[items.Count - 1],
    };

    private static string Date(DateTime date) => IsoDateJsonConverter.Text(date);
}
