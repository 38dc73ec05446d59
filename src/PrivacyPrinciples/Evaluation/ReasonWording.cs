using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Scoring;
using static PrivacyPrinciples.Evaluation.ReasonTemplate;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// The English wording of every reason, in one table: each template names its arguments and makes
/// the sentence from them when a message is asked for. The sentences are those the JSON report
/// and <c>docs/scoring.md</c> show; a test holds every sample report to them byte for byte.
/// </summary>
internal static class ReasonWording
{
    // Applicability and level.
    public static readonly ReasonTemplate LevelRaised = new(["from", "to", "audiences"], v =>
        $"The level is raised from {Text(v[0])} to {Text(v[1])} because the service serves {Text(v[2])}.");

    public static readonly ReasonTemplate AudienceNotDeclared = new(["audiences"], v =>
        $"Applies only to services that serve {string.Join(" or ", ((IEnumerable<Audience>)v[0]!).Select(a => Text(a)))}; this service states it does not, so the expectation leaves the denominators.");

    public static readonly ReasonTemplate AudienceNamed = new(["audience", "word"], v =>
        $"The service's own name or description names the {Text(v[0])} audience (\"{Text(v[1])}\"), but the attestation states it does not serve it; it is evaluated as serving it, so the expectations {Text(v[0])} raises or makes apply are held to it.");

    // The answer and its status.
    public static readonly ReasonTemplate AnswerMissing = new("No answer was given; the expectation counts as zero until it is answered.");
    public static readonly ReasonTemplate AnswerIgnored = new("The answer given is not needed and is not scored.");
    public static readonly ReasonTemplate ClaimedImplemented = new("Claimed implemented.");
    public static readonly ReasonTemplate ClaimedPartial = new("Claimed partially implemented.");
    public static readonly ReasonTemplate ScopeLimitsClaim = new("Claimed implemented, but the answer's scope says the measure covers only part of the service, so it is judged as a partial implementation.");
    public static readonly ReasonTemplate StatementLimitsClaim = new(["phrase"], v =>
        $"Claimed implemented, but the statement limits the measure to some plans (\"{Text(v[0])}\"), so it is judged as a partial implementation.");
    public static readonly ReasonTemplate ClaimedNotImplemented = new("Claimed not implemented.");
    public static readonly ReasonTemplate Undetermined = new("The assessor could not determine whether the measure is in place; it counts as zero until the vendor confirms it.");
    public static readonly ReasonTemplate UnverifiedClaim = new("The claim of full implementation lacks the substance it needs, so it is unverified and credited as partial at most.");
    public static readonly ReasonTemplate UnverifiedPartial = new("The claim of partial implementation has no statement of substance saying what is done, so it is unverified and earns no implementation credit.");
    public static readonly ReasonTemplate NoScope = new("The partial implementation does not say which part of the service it covers.");
    public static readonly ReasonTemplate Scope = new(["scope"], v => "Scope: " + Text(v[0]) + ".");
    public static readonly ReasonTemplate PlannedNoDate = new("Claimed planned, without a date; planned measures earn no implementation credit.");
    public static readonly ReasonTemplate PlannedDate = new(["plannedFor"], v => $"Claimed planned for {Text(v[0])}; planned measures earn no implementation credit.");
    public static readonly ReasonTemplate PlannedOverdue = new(["plannedFor", "evaluatedOn"], v =>
        $"Claimed planned for {Text(v[0])}, which is before the evaluation date {Text(v[1])}; planned measures earn no implementation credit.");

    // The statement.
    public static readonly ReasonTemplate NoStatement = new("The answer does not say how the measure is achieved.");
    public static readonly ReasonTemplate WeakStatement = new(["problem"], v => (string)v[0]! switch
    {
        Problems.Placeholder => "The statement is a placeholder, so it does not say how the measure is achieved.",
        Problems.RepeatsTitle => "The statement repeats the expectation or the rule set's own text, so it does not say how the measure is achieved.",
        Problems.Boilerplate => "The statement is the same text as the answers to other expectations, so it does not say how this measure is achieved.",
        Problems.Disguised => "The statement mixes letters of other scripts into its words, or reverses the order in which it is shown, so it does not read as it is written.",
        Problems.OffTopic => "The statement uses none of the words of what the expectation is about, so it does not say how the measure is achieved.",
        Problems.NotInPlace => "The claim is that the measure is implemented, but the statement says it is not in place yet (planned, on a roadmap, or not done yet).",
        Problems.NothingInPlace => "The claim is that the measure is partly in place, but the statement says only that it is not in place, and names no part that is.",
        _ => "The statement is too brief to say how the measure is achieved.",
    });

    // Not applicable.
    public static readonly ReasonTemplate Unjustified = new("Claimed not applicable without a justification that says why, so it is treated as not met.");
    public static readonly ReasonTemplate UnjustifiedWeak = new(["problem"], v => (string)v[0]! switch
    {
        Problems.Placeholder => "Claimed not applicable, but the justification does not say why (a placeholder), so it is treated as not met.",
        Problems.RepeatsTitle => "Claimed not applicable, but the justification does not say why (it repeats the expectation or the rule set's own text), so it is treated as not met.",
        Problems.Boilerplate => "Claimed not applicable, but the justification does not say why (text repeated across answers), so it is treated as not met.",
        Problems.Disguised => "Claimed not applicable, but the justification does not read as it is written (letters of other scripts inside its words, or its order reversed), so it is treated as not met.",
        Problems.OffTopic => "Claimed not applicable, but the justification does not say why (it is about something else), so it is treated as not met.",
        _ => "Claimed not applicable, but the justification does not say why (too brief), so it is treated as not met.",
    });

    public static readonly ReasonTemplate Justified = new(["justification"], v => $"Claimed not applicable, with a justification: \"{Text(v[0])}\". The expectation leaves the denominators.");
    public static readonly ReasonTemplate NotApplicableRefused = new("Claimed not applicable, but the rule set says this expectation applies to every service, so it is treated as not met.");
    public static readonly ReasonTemplate NotApplicableUnverified = new("Claimed not applicable, but the facts that would show it are not stated, so the claim is unverified and counts as not met.");

    // Facts.
    public static readonly ReasonTemplate CheckUnknown = new(["fact"], v => $"Fact {Text(v[0])} is not stated, so the answer cannot be corroborated by it.");
    public static readonly ReasonTemplate CheckHolds = new(["fact", "stated", "expected"], v => $"Fact {Text(v[0])} is {Text(v[1])}, as the expectation requires ({Text(v[2])}).");
    public static readonly ReasonTemplate CheckFails = new(["fact", "stated", "expected"], v => $"Fact {Text(v[0])} is {Text(v[1])}; meeting the expectation requires {Text(v[2])}.");
    public static readonly ReasonTemplate FactDisputed = new(["fact", "stated", "other", "otherStated"], v =>
        $"Fact {Text(v[0])} is stated as {Text(v[1])}, which cannot hold with fact {Text(v[2])} stated as {Text(v[3])}, so it corroborates nothing until the two are reconciled.");
    public static readonly ReasonTemplate FactsInconsistent = new(["fact", "stated", "other", "expected", "otherStated"], v =>
        $"Fact {Text(v[0])} is {Text(v[1])}, which needs {Text(v[2])} to be {Text(v[3])}, but it is {Text(v[4])}; at least one of them is wrong, so neither counts for any answer until they are reconciled.");
    public static readonly ReasonTemplate FactContradictedByStatement = new(["fact", "stated", "source", "words"], v =>
        $"Fact {Text(v[0])} is stated as {Text(v[1])}, but {SaidBy(v[2])} says \"{Text(v[3])}\", so it corroborates nothing until the two are reconciled.");
    public static readonly ReasonTemplate FactsContradictedByStatement = new(["fact", "stated", "source", "words"], v =>
        $"Fact {Text(v[0])} is {Text(v[1])}, but {SaidBy(v[2])} says \"{Text(v[3])}\"; one of them is wrong, so the fact counts for no answer until they are reconciled.");
    public static readonly ReasonTemplate NotApplicableContradictedByStatement = new("Claimed not applicable, but the attestation's own words say the opposite of the facts that would show it, so the claim is unverified and counts as not met.");
    public static readonly ReasonTemplate NotApplicableDisputed = new("Claimed not applicable, but the facts that would show it contradict other stated facts, so the claim is unverified and counts as not met.");
    public static readonly ReasonTemplate FactUndetermined = new(["fact"], v => $"Fact {Text(v[0])} could not be determined by the assessor, so the answer cannot be corroborated by it.");
    public static readonly ReasonTemplate ContradictedClaim = new("The claim of full implementation contradicts the attestation's own facts, so it is credited as partial at most.");
    public static readonly ReasonTemplate ContradictedDenial = new("The answer says the measure is not in place, but the attestation's own facts say it is.");
    public static readonly ReasonTemplate ContradictedNotApplicable = new("The claim that the expectation does not apply contradicts the attestation's own facts, so it counts as not met.");

    // Evidence: the evidence argument is the item's title, or its id when it has none.
    public static readonly ReasonTemplate EvidenceUnknown = new(["evidence"], v => $"Evidence '{Text(v[0])}' is not declared in the attestation, so it does not count.");
    public static readonly ReasonTemplate EvidenceNotYetIssued = new(["evidence", "issued", "evaluatedOn"], v =>
        $"Evidence '{Text(v[0])}' is dated {Text(v[1])}, after the evaluation date {Text(v[2])}, so it does not count.");

    public static readonly ReasonTemplate EvidenceExpired = new(["evidence", "expires", "evaluatedOn"], v =>
        $"Evidence '{Text(v[0])}' expired on {Text(v[1])}, before the evaluation date {Text(v[2])}, so it does not count.");

    public static readonly ReasonTemplate EvidenceStale = new(["evidence", "issued", "kind", "maxAgeMonths"], v =>
        $"Evidence '{Text(v[0])}' was issued on {Text(v[1])}; the rule set counts {EvidenceKindText.Name((EvidenceKind)v[2]!)} for {Months((int)v[3]!)} after it is issued, whatever its expiry date, so it does not count.");

    public static readonly ReasonTemplate EvidenceNoReference = new(["evidence"], v =>
        $"Evidence '{Text(v[0])}' gives no reference a reviewer could follow (a URL, a full title, or a document number beside a title that says which document it is), so it does not count.");

    public static readonly ReasonTemplate EvidenceSameDocument = new(["evidence", "sameAs"], v =>
        $"Evidence '{Text(v[0])}' is the same document as '{Text(v[1])}' (the same reference), which this answer also cites; one document is one piece of evidence, weighed once in an answer as '{Text(v[1])}', so this citation does not count.");

    public static readonly ReasonTemplate EvidenceOffSubject = new(["evidence", "misses"], v =>
        $"Evidence '{Text(v[0])}' names nothing of what this expectation is about in its title, id or reference, and the attestation cites it under {Text(v[1])} expectations it does not name: a document cited for its presence, not its subject, so it does not count here.");

    public static readonly ReasonTemplate EvidencePublicity = new(["evidence", "publicity"], v =>
        $"Evidence '{Text(v[0])}' is marked independent, but its title, address or issuer names publicity ('{Text(v[1])}'), not work that can validate a measure, so it does not count.");

    public static readonly ReasonTemplate EvidenceSelfAssessment = new(["evidence", "selfAssessment"], v =>
        $"Evidence '{Text(v[0])}' is marked independent, but its title or address says it is a self-assessment ('{Text(v[1])}'), which the party assessed made of itself, so it does not count.");

    public static readonly ReasonTemplate EvidenceCannotBeIndependent = new(["evidence", "kind"], v =>
        $"Evidence '{Text(v[0])}' is marked independent, but the rule set does not accept {EvidenceKindText.Name((EvidenceKind)v[1]!)} as independent, so it does not count.");

    public static readonly ReasonTemplate EvidenceNoIssuer = new(["evidence"], v => $"Evidence '{Text(v[0])}' is marked independent but names no issuer, so it does not count.");
    public static readonly ReasonTemplate EvidenceCrowdIssuer = new(["evidence", "issuer"], v =>
        $"Evidence '{Text(v[0])}' is marked independent, but its issuer, '{Text(v[1])}', is a crowd or community, not a party a reviewer could ask, so it names no issuer and does not count.");
    public static readonly ReasonTemplate EvidenceKindOfPartyIssuer = new(["evidence", "issuer"], v =>
        $"Evidence '{Text(v[0])}' is marked independent, but its issuer, '{Text(v[1])}', says only what kind of party issued it, not which one, so it names no issuer and does not count.");
    public static readonly ReasonTemplate EvidenceUnfit = new(["evidence", "kind", "shows"], v =>
        $"Evidence '{Text(v[0])}' is {EvidenceKindText.Name((EvidenceKind)v[1]!)}, which the rule set does not accept as showing how this expectation is {EvidenceKindText.Participle((EvidencePurpose)v[2]!)}, so it does not count.");

    public static readonly ReasonTemplate EvidenceKindNotValidation = new(["evidence", "kind"], v =>
        $"Evidence '{Text(v[0])}' is independent, but the rule set does not take {EvidenceKindText.Name((EvidenceKind)v[1]!)} as validation of this expectation, so it counts as monitoring.");

    public static readonly ReasonTemplate EvidenceNotIndependent = new(["evidence"], v => $"Evidence '{Text(v[0])}' validates the measure but is not independent, so it counts as monitoring.");
    public static readonly ReasonTemplate EvidenceSelfIssued = new(["evidence", "issuer"], v => $"Evidence '{Text(v[0])}' is marked independent, but its issuer, '{Text(v[1])}', is the vendor itself, so it is not independent validation (it counts as monitoring where the rule set takes its kind as such).");
    public static readonly ReasonTemplate EvidenceIssuedByAssessor = new(["evidence", "issuer"], v => $"Evidence '{Text(v[0])}' is marked independent, but its issuer, '{Text(v[1])}', made this assessment, so it is not independent validation of the assessment's findings (it counts as monitoring where the rule set takes its kind as such).");
    public static readonly ReasonTemplate EvidenceCounted = new(["evidence", "kind", "issued", "countsAs"], v =>
        $"Evidence '{Text(v[0])}' ({EvidenceKindText.Name((EvidenceKind)v[1]!)}, issued {Text(v[2])}) is current and shows how the measure is {EvidenceKindText.Participle((EvidencePurpose)v[3]!)}.");

    public static readonly ReasonTemplate EvidenceReused = new(["evidence", "expectations", "evidenceClasses"], v =>
    {
        var expectations = (IReadOnlyCollection<string>)v[1]!;
        var classes = (IReadOnlyCollection<string>)v[2]!;
        return $"Evidence '{Text(v[0])}' is cited for {Text(expectations.Count)} expectations of {Text(classes.Count)} kinds ({string.Join(", ", classes)}): {string.Join(", ", expectations)}. The rule set refuses it for some of them, as one document rarely shows such different measures; each citation counts only where it fits.";
    });

    // Assurance and the score.
    public static readonly ReasonTemplate BaselineEvidenceMissing = new("A baseline expectation is met only with current evidence, fitting it, of how it is achieved; there is none.");
    public static readonly ReasonTemplate Assurance = new(["assurance", "shown", "missing"], v =>
    {
        var shown = (IReadOnlyList<EvidencePurpose>)v[1]!;
        if (shown.Count == 0)
        {
            return "No current evidence that fits the expectation: the claim rests on the vendor's word, assurance 0.";
        }

        var missing = (IReadOnlyList<EvidencePurpose>)v[2]!;
        var text = $"Assurance {Text(v[0])}: current evidence that fits shows {string.Join(" and ", shown.Select(Aspect))}";
        return missing.Count == 0 ? text + "." : text + $"; nothing shows {string.Join(" or ", missing.Select(Aspect))}.";
    });

    public static readonly ReasonTemplate Calculation = new(["implementation", "assurance", "score", "weight", "levelFactor", "level", "weighted"], v =>
        $"Score = implementation {Text(v[0])} × ({Number(1 - ScoringPolicy.AssuranceShare)} + {Number(ScoringPolicy.AssuranceShare)} × assurance {Text(v[1])} ÷ 100) = {Text(v[2])}; weight {Text(v[3])} × {Text(v[4])} ({Text(v[5])}) = {Text(v[6])}.");

    public static readonly ReasonTemplate CalculationNotApplicable = new(["weight", "levelFactor", "level", "weighted"], v =>
        $"Not applicable: no score, and the weight {Text(v[0])} × {Text(v[1])} ({Text(v[2])}) = {Text(v[3])} leaves the principle's denominators.");

    // Notes on the whole attestation.
    public static readonly ReasonTemplate InconsistencyCap = new(["unverified", "contradictions", "cap", "disputes"], v =>
        $"The attestation has {Count((int)v[0]!, "unverified claim", "unverified claims")}{((int)v[3]! == 0 ? " and " : ", ")}{Count((int)v[1]!, "contradiction", "contradictions")}{((int)v[3]! == 0 ? string.Empty : " and " + Count((int)v[3]!, "pair of facts that contradict each other", "pairs of facts that contradict each other"))}; an exemplary rating needs every claim supported and consistent with the facts, so the rating is capped at {Text(v[2])}.");

    public static readonly ReasonTemplate NotApplicableHeavy = new(["claimedNotApplicable", "share", "cap"], v =>
        $"{Text(v[0])} expectations were claimed not applicable, more than {((double)v[1]! * 100).ToString("0", CultureInfo.InvariantCulture)}% of those that apply to the service; the rating is capped at {Text(v[2])}.");

    public static readonly ReasonTemplate NothingInScope = new(["expectations", "claimedNotApplicable"], v =>
        $"None of the {Text(v[0])} expectations is in scope ({Text(v[1])} by the vendor's claim of not applicable, the rest by audience or tailoring), so there is nothing to score: the attestation has no score and no rating.");

    public static readonly ReasonTemplate RuleSetMismatch = new(["answeredRuleSet", "answeredVersion", "ruleSet", "version"], v =>
        $"The attestation was written against {Text(v[0])} {Text(v[1])} but is evaluated against {Text(v[2])} {Text(v[3])}.");

    public static readonly ReasonTemplate LeftOutExpectation = new(["expectation", "profile", "profileVersion", "ruleSet", "version"], v =>
        $"The answer to '{Text(v[0])}' was not scored: tailoring profile {Text(v[1])} {Text(v[2])} leaves the expectation out of {Text(v[3])} {Text(v[4])}.");

    public static readonly ReasonTemplate UnknownExpectation = new(["expectation", "ruleSet", "version"], v =>
        $"The answer to '{Text(v[0])}' was ignored: rule set {Text(v[1])} {Text(v[2])} has no such expectation.");

    public static readonly ReasonTemplate DeprecatedExpectation = new(["expectation", "replacedBy"], v => v[1] is null
        ? $"The answer to '{Text(v[0])}' was ignored: the expectation is deprecated."
        : $"The answer to '{Text(v[0])}' was ignored: the expectation is deprecated and replaced by {Text(v[1])}.");

    private static string Aspect(EvidencePurpose purpose) => purpose switch
    {
        EvidencePurpose.Achieve => $"how it is achieved ({Number(ScoringPolicy.AchievePoints)})",
        EvidencePurpose.Monitor => $"how it is monitored ({Number(ScoringPolicy.MonitorPoints)})",
        _ => $"independent validation ({Number(ScoringPolicy.ValidatePoints)})",
    };

    private static string Months(int months) => months.ToString(CultureInfo.InvariantCulture) + (months == 1 ? " month" : " months");

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    /// <summary>The values of the <c>problem</c> argument: why a statement or justification lacks substance.</summary>
    public static class Problems
    {
        public const string Placeholder = "placeholder";
        public const string RepeatsTitle = "repeatsTitle";
        public const string Boilerplate = "boilerplate";
        public const string TooBrief = "tooBrief";
        public const string Disguised = "disguised";
        public const string OffTopic = "offTopic";
        public const string NotInPlace = "notInPlace";
        public const string NothingInPlace = "nothingInPlace";
    }

    // Who says the opposite of a fact: an answer's statement, by its expectation id, or the service's description.
    private static string SaidBy(object? source) =>
        Text(source) == "service description" ? "the service's description" : "the statement of " + Text(source);
}
