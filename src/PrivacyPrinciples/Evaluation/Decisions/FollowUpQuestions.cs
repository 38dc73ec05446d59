using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// The wording of every follow-up question, in one place. They follow the regulators' December
/// 2020 follow-up: ask for clarity and for supporting information showing how each measure is
/// achieved, monitored and validated. Each method returns the wording to run when the question is
/// read (see <see cref="FollowUpQuestion.Question"/>), not the sentence: evaluating builds no text
/// nobody reads. What a wording needs is taken when it is made, never read later from scratch space.
/// </summary>
internal static class FollowUpQuestions
{
    // The phrases that address the author of the answers. In a third-party assessment the questions
    // still go to the vendor, so ForThirdParty turns each into one about the assessment.
    private const string NoAnswerGiven = "No answer was given for ";
    private const string YouState = "You state that ";
    private const string ButGiveNoReason = "but give no reason";
    private const string YouDescribe = "You describe ";
    private const string YouPlan = "You plan to implement ";
    private const string YouPlanned = "You planned ";
    private const string YourAnswerSays = "Your answer says ";
    private const string YourFactsState = "your facts state ";

    /// <summary>A question reworded for a third-party assessment: what the assessment says, asked of the vendor.</summary>
    public static string ForThirdParty(string question, string assessor)
    {
        var assessment = "The assessment by " + assessor;
        return question
            .Replace(NoAnswerGiven, assessment + " does not cover ")
            .Replace(YouState, assessment + " states that ")
            .Replace(ButGiveNoReason, "but gives no reason")
            .Replace(YouDescribe, assessment + " describes ")
            .Replace(YouPlan, assessment + " records plans to implement ")
            .Replace(YouPlanned, assessment + " records plans for ")
            .Replace(YourAnswerSays, assessment + " says ")
            .Replace(YourFactsState, "its facts state ");
    }

    public static Func<string> Undetermined(string subject, string service, string assessor) => () =>
        $"The assessment by {assessor} could not establish whether {service} meets {subject} from the information available to it. Please confirm whether it does, and how, with the facts and evidence that show it.";

    public static Func<string> UndeterminedFacts(string subject, CheckObservation[] undetermined, string assessor)
    {
        return () =>
            $"The assessment by {assessor} found {subject} in place but could not establish {Facts(undetermined)}, which the finding is checked against. Please confirm {(undetermined.Length > 1 ? "them" : "it")}.";
    }

    public static Func<string> NoAnswer(string subject) => () =>
        NoAnswerGiven + $"{subject}. Please state whether the service meets this expectation, and how.";

    public static Func<string> NotApplicable(string subject, string service) => () =>
        YouState + $"{subject} does not apply to {service}, " + ButGiveNoReason + ". Please explain why it is not applicable.";

    public static Func<string> Scope(string subject) => () =>
        YouDescribe + $"{subject} as partially implemented. Please clarify which tiers, products and platforms it covers, and whether an administrator must turn it on.";

    public static Func<string> ScopeLimitsClaim(string subject, string service) => () =>
        YouDescribe + $"{subject} as implemented, but limit it to part of {service}. Please confirm whether it covers every tier, product and platform without an administrator turning it on; if it does not, answer partial and say what is not covered.";

    public static Func<string> StatementLimitsClaim(string subject, string service, string phrase) => () =>
        YouDescribe + $"{subject} as implemented, but your statement limits it to some plans of {service} (\"{phrase}\"). Please confirm whether it covers every plan, free ones included; if it does not, answer partial and give the plans it covers as its scope.";

    public static Func<string> PlannedNoDate(string subject) => () =>
        YouPlan + $"{subject}. Please give the date by which it will be in place.";

    public static Func<string> PlannedOverdue(string subject, DateTime planned) => () =>
        YouPlanned + $"{subject} for {Date(planned)}, which has passed. Please confirm whether it is now in place and, if not, give the new date.";

    public static Func<string> NoStatement(string subject, string service) => () =>
        $"Please describe how {subject} is achieved in {service}.";

    public static Func<string> BaselineNotMet(string subject) => () =>
        $"{subject} is a baseline expectation. Please explain how, and by when, you will meet it.";

    public static Func<string> SupportingInformation(string subject, Aspects missing, Rules.EvidenceClass evidenceClass) => () =>
        SupportingInformationText(subject, missing, evidenceClass);

    private static string SupportingInformationText(string subject, Aspects missing, Rules.EvidenceClass evidenceClass)
    {
        var verbs = new List<string>();
        var examples = new List<string>();
        if ((missing & Aspects.Achieve) != 0)
        {
            verbs.Add("achieve");
            examples.Add("how it is achieved (" + Kinds(evidenceClass.Achieve) + ")");
        }

        if ((missing & Aspects.Monitor) != 0)
        {
            verbs.Add("monitor");
            examples.Add("how it is monitored (" + Kinds(evidenceClass.Monitor) + ")");
        }

        if ((missing & Aspects.Validate) != 0)
        {
            verbs.Add("validate");
            examples.Add("how it is independently validated (" + Kinds(evidenceClass.Validate) + ", naming the independent party)");
        }

        return $"Please provide supporting information showing how you {Join(verbs, "and")} {subject}: {string.Join("; ", examples)}.";
    }

    public static Func<string> BaselineEvidence(string subject, Rules.EvidenceClass evidenceClass) => () =>
        $"{subject} is a baseline expectation, and nothing current shows how it is achieved. Please provide evidence such as {Kinds(evidenceClass.Achieve)}.";

    public static Func<string> Statement(string subject, string service, SubstanceVerdict verdict) => () => verdict switch
    {
        SubstanceVerdict.Placeholder => $"The statement for {subject} is a placeholder. Please describe how it is achieved in {service}.",
        SubstanceVerdict.RepeatsTitle => $"The statement for {subject} repeats the expectation or the rule set's own text. Please describe how it is achieved in {service}.",
        SubstanceVerdict.Boilerplate => $"The statement for {subject} is the same text as the answers to other expectations. Please describe how this measure in particular is achieved in {service}.",
        SubstanceVerdict.TooShort => $"The statement for {subject} is too brief to show how it is achieved. Please describe how it is achieved in {service}.",
        SubstanceVerdict.OffTopic => $"The statement for {subject} does not mention what the expectation is about. Please describe how it is achieved in {service}.",
        SubstanceVerdict.NotInPlace => $"Your answer says {subject} is implemented, but its statement says the measure is not in place yet. Please describe what is in place in {service} today, and answer partial or planned, with a date, for the rest.",
        SubstanceVerdict.NothingInPlace => $"Your answer says {subject} is partly implemented, but its statement says only that the measure is not in place. Please describe which part is in place in {service} today, or answer not implemented or planned, with a date.",
        SubstanceVerdict.Disguised => $"The statement for {subject} does not read as it is written: letters of other scripts sit inside its words, or control characters reverse it. Please describe in plain text how it is achieved in {service}.",
        _ => $"Please describe how {subject} is achieved in {service}.",
    };

    public static Func<string> MissingFacts(string subject, CheckObservation[] unknown)
    {
        return () =>
            $"{YourAnswerSays}{subject} is implemented, but the attestation does not state {Facts(unknown)}, which the claim is checked against. Please state {(unknown.Length > 1 ? "them" : "it")} in /facts.";
    }

    public static Func<string> NotApplicableFacts(string subject, CheckObservation[] unknown)
    {
        return () =>
            $"{YouState}{subject} does not apply, but the attestation does not state {Facts(unknown)}, which would show it. Please state {(unknown.Length > 1 ? "them" : "it")} in /facts.";
    }

    public static Func<string> DisputedFacts(string subject, List<Attestations.FactDispute> disputes) => () =>
        $"{YourAnswerSays}{subject} is implemented, but the facts it is checked against contradict other facts the attestation states: {Disputed(disputes)}. Please correct /facts so that they agree.";

    public static Func<string> NotApplicableDisputed(string subject, List<Attestations.FactDispute> disputes) => () =>
        $"{YouState}{subject} does not apply, but the facts that would show it contradict other facts the attestation states: {Disputed(disputes)}. Please correct /facts so that they agree.";

    public static Func<string> NotApplicableStatedAgainst(string subject, List<StatementDispute> disputes) => () =>
        $"{YouState}{subject} does not apply, but the attestation's own words say the opposite of the facts that would show it: {SaidAgainst(disputes)}. Please correct /facts or the words so that they agree.";

    public static Func<string> StatedAgainstFacts(string subject, List<StatementDispute> disputes) => () =>
        $"{YourAnswerSays}{subject} is implemented, but the attestation's own words say the opposite of the facts it is checked against: {SaidAgainst(disputes)}. Please correct /facts or the words so that they agree.";

    public static Func<string> NotApplicableRefused(string subject, string service) => () =>
        $"{subject} applies to every video-teleconferencing service, so it cannot be answered as not applicable. Please state whether {service} meets it, and how.";

    public static Func<string> NotApplicableUnsupported(string subject, string service, SubstanceVerdict verdict) => () => verdict == SubstanceVerdict.Missing
        ? NotApplicable(subject, service)()
        : $"{YouState}{subject} does not apply to {service}, but the justification does not say why. Please explain why it is not applicable.";

    public static Func<string> ContradictedNotApplicable(string subject, CheckObservation[] failing)
    {
        return () =>
            $"{YouState}{subject} does not apply, but {YourFactsState}{Describe(failing)}. Please reconcile the two.";
    }

    public static Func<string> Unfit(string subject, string title, Attestations.EvidenceKind kind, Attestations.EvidencePurpose purpose, IReadOnlyList<Attestations.EvidenceKind> fitting) => () =>
        fitting.Count == 0
            ? $"{Name(title)} ({EvidenceKindText.Name(kind)}) cannot show how {subject} is {EvidenceKindText.Participle(purpose)}, and nothing can for this expectation. Please cite it for what it shows."
            : $"{Name(title)} ({EvidenceKindText.Name(kind)}) cannot show how {subject} is {EvidenceKindText.Participle(purpose)}. Please provide evidence that can: {Kinds(fitting)}.";

    public static Func<string> NotIndependentKind(string subject, string title, Attestations.EvidenceKind kind) => () =>
        $"{Name(title)} for {subject} is marked independent, but {EvidenceKindText.Name(kind)} cannot be independent. Please cite independent validation: an audit, certification or test by a named outside party.";

    public static Func<string> Publicity(string subject, string title, string publicity) => () =>
        $"{Name(title)} for {subject} is marked independent, but it is publicity ('{publicity}'), not an audit, certification or test. Please cite the report of the independent work itself and name the party that did it.";

    public static Func<string> SelfAssessment(string subject, string title, string self) => () =>
        $"{Name(title)} for {subject} is marked independent, but it is a self-assessment ('{self}'). Please cite the report of an independent party's work instead and name that party.";

    public static Func<string> NoIssuer(string subject, string title) => () =>
        $"{Name(title)} for {subject} is marked independent but does not name who issued it. Please name the independent party.";

    public static Func<string> CrowdIssuer(string subject, string title, string crowd) => () =>
        $"{Name(title)} for {subject} is marked independent, but its issuer, '{crowd}', is a crowd or community rather than a party. Please name the independent party that ran or checked the work (the firm, or the platform that runs the programme).";

    public static Func<string> KindOfPartyIssuer(string subject, string title, string kind) => () =>
        $"{Name(title)} for {subject} is marked independent, but its issuer, '{kind}', says only what kind of party issued it. Please give the name of the firm, laboratory or platform that ran or checked the work, as a reviewer could look it up.";

    public static Func<string> NoReference(string subject, string title) => () =>
        $"{Name(title)} for {subject} does not say where a reviewer can find it. Please give a URL, a full title, or a document number with a title that says which document it is.";

    public static Func<string> SameDocument(string subject, string title, string sameAs) => () =>
        $"{Name(title)} for {subject} is the same document as '{sameAs}', which the answer also cites, and counts once. Please cite separate evidence, each with its own reference, for each aspect of assurance you claim.";

    public static Func<string> OffSubject(string subject, string title, int misses) => () =>
        $"{Name(title)} for {subject} says nothing of this measure in its title or reference, and is cited under {misses.ToString(CultureInfo.InvariantCulture)} expectations it does not name. Please cite evidence about this measure, or a title and reference that show which part of the document covers it.";

    public static Func<string> Expired(string subject, string title, DateTime expired) => () =>
        $"{Name(title)} for {subject} expired on {Date(expired)}. Please provide current evidence.";

    public static Func<string> Stale(string subject, string title, DateTime issued, int months, Attestations.EvidenceKind kind) => () =>
        $"{Name(title)} for {subject} was issued on {Date(issued)}, more than {months.ToString(CultureInfo.InvariantCulture)} months ago, the most the rule set accepts for {EvidenceKindText.Name(kind)} whatever its expiry date. Please provide current evidence.";

    public static Func<string> NotYetIssued(string subject, string title, DateTime issued) => () =>
        $"{Name(title)} for {subject} is dated {Date(issued)}, after this review. Please confirm its date.";

    public static Func<string> ContradictedClaim(string subject, CheckObservation[] failing)
    {
        return () =>
            $"{YourAnswerSays}{subject} is implemented, but {YourFactsState}{Describe(failing)}. Please reconcile the two.";
    }

    public static Func<string> ContradictedDenial(string subject, string status, IEnumerable<CheckObservation> holdingNow)
    {
        var holding = holdingNow.ToArray(); // the observations are scratch space, reused by the next decision
        return () =>
            $"{YourAnswerSays}{subject} is {status}, but {YourFactsState}{Describe(holding)}, which would meet it. Please reconcile the two.";
    }

    private static string Facts(IEnumerable<CheckObservation> unknown) =>
        Join(unknown.Select(o => o.Fact.Path).Distinct().ToList(), "and");

    private static string Disputed(List<Attestations.FactDispute> disputes) =>
        Join(disputes.Select(d => $"{d.Fact.Path} is {d.Stated}, which needs {d.Other.Path} to be {d.Expected}, yet it is {d.OtherStated}").ToList(), "and");

    private static string SaidAgainst(List<StatementDispute> disputes) =>
        Join(disputes.Select(d => $"{d.Fact.Path} is {d.Stated}, yet {(d.Pointer.StartsWith("/answers/", StringComparison.Ordinal) ? "the statement of " + d.Source : "the service's description")} ({d.Pointer}) says \"{d.Words}\"").ToList(), "and");

    private static string Kinds(IReadOnlyList<Attestations.EvidenceKind> kinds) =>
        Join(kinds.Select(k => EvidenceKindText.Name(k)).ToList(), "or");

    private static string Describe(IEnumerable<CheckObservation> observations) =>
        Join(observations.Select(o => $"{o.Fact.Path} is {o.Stated} (expected {o.Expected})").ToList(), "and");

    private static string Join(List<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => items[0] + " " + conjunction + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[items.Count - 1],
    };

    // Only a question names the evidence this way, so the name is made only when it is read.
    private static string Name(string title) => "Evidence '" + title + "'";

    private static string Date(DateTime date) => IsoDateJsonConverter.Text(date);
}
