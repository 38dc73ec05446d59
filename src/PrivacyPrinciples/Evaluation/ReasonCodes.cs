namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// The stable codes of <see cref="Reason"/>, with the names of the <see cref="Reason.Arguments"/>
/// each carries; <c>docs/scoring.md</c> explains what each means for the score. A code never
/// changes meaning; new codes may be added in a minor version.
/// </summary>
public static class ReasonCodes
{
    /// <summary>The audiences the service declares raise the expectation's level. Arguments: <c>from</c>, <c>to</c>, <c>audiences</c>.</summary>
    public const string LevelRaised = "level.raised";

    /// <summary>The expectation applies only to audiences the service does not declare, so it leaves the denominators. Arguments: <c>audiences</c>.</summary>
    public const string AudienceNotDeclared = "applicability.audience";

    /// <summary>The service's own name, tier or description names an audience the attestation states it does not serve; it is evaluated as served. A report note, at the audience's pointer (<c>/audiences/health</c>). Arguments: <c>audience</c>, <c>word</c>.</summary>
    public const string AudienceNamed = "applicability.audienceNamed";

    /// <summary>No answer was given; the expectation counts as zero.</summary>
    public const string AnswerMissing = "answer.missing";

    /// <summary>An answer was given to an expectation that does not apply; it is not scored.</summary>
    public const string AnswerIgnored = "answer.ignored";

    /// <summary>The status the answer claims: implemented, partially implemented or not implemented.</summary>
    public const string Status = "answer.status";

    /// <summary>"Not applicable", with a justification of substance; the expectation leaves the denominators. Arguments: <c>justification</c>.</summary>
    public const string Justified = "answer.notApplicable.justified";

    /// <summary>"Not applicable" without a justification of substance; treated as not met. Arguments, when a justification was given: <c>problem</c> (<c>placeholder</c>, <c>repeatsTitle</c>, <c>boilerplate</c>, <c>disguised</c>, <c>offTopic</c>, <c>notInPlace</c> or <c>tooBrief</c>).</summary>
    public const string Unjustified = "answer.notApplicable.unjustified";

    /// <summary>"Not applicable" for an expectation the rule set applies to every service; treated as not met.</summary>
    public const string NotApplicableRefused = "answer.notApplicable.refused";

    /// <summary>"Not applicable" without the facts that would show it; unverified, counts as not met.</summary>
    public const string NotApplicableUnverified = "answer.notApplicable.unverified";

    /// <summary>A note: too many expectations were claimed not applicable, so the rating is capped. Arguments: <c>claimedNotApplicable</c>, <c>share</c>, <c>cap</c>.</summary>
    public const string NotApplicableHeavy = "rating.notApplicableCap";

    /// <summary>A note: nothing in the rule set is in scope (every expectation is not applicable), so the report has no score and no rating. Arguments: <c>expectations</c>, <c>claimedNotApplicable</c>.</summary>
    public const string NothingInScope = "rating.nothingInScope";

    /// <summary>A note: unverified claims, contradictions or facts that contradict each other cap the rating. Arguments: <c>unverified</c>, <c>contradictions</c>, <c>cap</c>, <c>disputes</c>.</summary>
    public const string InconsistencyCap = "rating.inconsistencyCap";

    /// <summary>A note: a claim's statement or the service's description says the opposite of a stated fact, so the fact corroborates no answer. At the fact's pointer. Arguments: <c>fact</c>, <c>stated</c>, <c>source</c>, <c>words</c>.</summary>
    public const string FactsContradictedByStatement = "facts.contradictedByStatement";

    /// <summary>A note: two stated facts cannot both hold, so neither corroborates any answer. Arguments: <c>fact</c>, <c>stated</c>, <c>other</c>, <c>expected</c>, <c>otherStated</c>.</summary>
    public const string FactsInconsistent = "facts.inconsistent";

    /// <summary>The part of the service a partial implementation covers. Arguments: <c>scope</c>.</summary>
    public const string Scope = "answer.scope";

    /// <summary>
    /// An answer claimed implemented whose scope names the part of the service it covers (tiers,
    /// products, platforms, a description, or an administrator's action): by the answer's own
    /// account the measure is partly in place, and it is judged as a partial implementation.
    /// </summary>
    public const string ScopeLimitsClaim = "answer.scope.limitsClaim";

    /// <summary>
    /// An answer claimed implemented whose statement limits the measure to some of the service's
    /// plans ("On the Enterprise plan, …", "available only on paid plans"): by the answer's own
    /// account the measure is partly in place, and it is judged as a partial implementation.
    /// Arguments: <c>phrase</c> (the statement's words that limit it).
    /// </summary>
    public const string StatementLimitsClaim = "answer.statement.limitsClaim";

    /// <summary>A partial implementation that does not say what it covers.</summary>
    public const string NoScope = "answer.scope.missing";

    /// <summary>Planned for a date still to come; no implementation credit. Arguments: <c>plannedFor</c>.</summary>
    public const string PlannedDate = "answer.planned.date";

    /// <summary>Planned without a date; no implementation credit.</summary>
    public const string PlannedNoDate = "answer.planned.noDate";

    /// <summary>Planned for a date already past; no implementation credit. Arguments: <c>plannedFor</c>, <c>evaluatedOn</c>.</summary>
    public const string PlannedOverdue = "answer.planned.overdue";

    /// <summary>The answer does not say how the measure is achieved.</summary>
    public const string NoStatement = "answer.statement.missing";

    /// <summary>The statement lacks substance. Arguments: <c>problem</c> (<c>placeholder</c>, <c>repeatsTitle</c>, <c>boilerplate</c>, <c>disguised</c>, <c>offTopic</c>, <c>notInPlace</c>, <c>nothingInPlace</c> or <c>tooBrief</c>).</summary>
    public const string WeakStatement = "answer.statement.insubstantial";

    /// <summary>A claim of full implementation without the substance it needs; credited as partial at most.</summary>
    public const string Unverified = "answer.unverified";

    /// <summary>A third-party assessor could not determine whether the measure is in place; counts as zero.</summary>
    public const string Undetermined = "answer.undetermined";

    /// <summary>A fact the check needs could not be determined by a third-party assessor. Arguments: <c>fact</c>.</summary>
    public const string FactUndetermined = "check.undetermined";

    /// <summary>A fact the check needs is stated, but contradicts another stated fact, so it decides nothing. Arguments: <c>fact</c>, <c>stated</c>, <c>other</c>, <c>otherStated</c>.</summary>
    public const string FactDisputed = "check.disputed";

    /// <summary>A fact the check needs is stated, but a claim's statement or the service's description says the opposite, so it decides nothing. Arguments: <c>fact</c>, <c>stated</c>, <c>source</c> (the expectation id whose answer's statement says it, or <c>service description</c>), <c>words</c> (the words that say it, normalised).</summary>
    public const string FactContradictedByStatement = "check.contradictedByStatement";

    /// <summary>A stated fact meets what the expectation requires. Arguments: <c>fact</c>, <c>stated</c>, <c>expected</c>.</summary>
    public const string CheckHolds = "check.holds";

    /// <summary>A stated fact does not meet what the expectation requires. Arguments: <c>fact</c>, <c>stated</c>, <c>expected</c>.</summary>
    public const string CheckFails = "check.fails";

    /// <summary>A fact the check needs is not stated. Arguments: <c>fact</c>.</summary>
    public const string CheckUnknown = "check.unknown";

    /// <summary>The answer contradicts the attestation's own facts.</summary>
    public const string Contradicted = "check.contradicted";

    /// <summary>Evidence that is current and fits counts. Arguments: <c>evidence</c>, <c>kind</c>, <c>issued</c>, <c>countsAs</c>.</summary>
    public const string EvidenceCounted = "evidence.counted";

    /// <summary>Evidence that expired before the evaluation date does not count. Arguments: <c>evidence</c>, <c>expires</c>, <c>evaluatedOn</c>.</summary>
    public const string EvidenceExpired = "evidence.expired";

    /// <summary>Evidence older than the rule set accepts for its kind does not count. Arguments: <c>evidence</c>, <c>issued</c>, <c>kind</c>, <c>maxAgeMonths</c>.</summary>
    public const string EvidenceStale = "evidence.stale";

    /// <summary>Evidence dated after the evaluation date does not count. Arguments: <c>evidence</c>, <c>issued</c>, <c>evaluatedOn</c>.</summary>
    public const string EvidenceNotYetIssued = "evidence.notYetIssued";

    /// <summary>Evidence cited as validation counts as monitoring (not independent, or not a kind that validates this expectation). Arguments: <c>evidence</c>, and <c>kind</c> when it is independent.</summary>
    public const string EvidenceNotIndependent = "evidence.notIndependent";

    /// <summary>Evidence of a kind the rule set does not accept for what it is cited to show does not count. Arguments: <c>evidence</c>, <c>kind</c>, <c>shows</c>.</summary>
    public const string EvidenceUnfit = "evidence.unfit";

    /// <summary>Evidence marked independent, of a kind the rule set never accepts as independent, does not count. Arguments: <c>evidence</c>, <c>kind</c>.</summary>
    public const string EvidenceCannotBeIndependent = "evidence.cannotBeIndependent";

    /// <summary>Evidence marked independent that names no issuer, names a crowd or community instead of a party, or says only what kind of party issued it ("Bug bounty platform"), does not count. Arguments: <c>evidence</c>, and <c>issuer</c> when it names a crowd or a kind of party.</summary>
    public const string EvidenceNoIssuer = "evidence.noIssuer";

    /// <summary>Evidence without a reference a reviewer could follow does not count. Arguments: <c>evidence</c>.</summary>
    public const string EvidenceNoReference = "evidence.noReference";

    /// <summary>A citation of evidence the attestation does not declare does not count. Arguments: <c>evidence</c> (the cited id).</summary>
    public const string EvidenceUnknown = "evidence.unknown";

    /// <summary>A citation of a document the answer also cites otherwise (the same evidence for another purpose, or evidence declared under another id with the same reference) does not count: a document is weighed once in an answer. Arguments: <c>evidence</c>, <c>sameAs</c> (the citation of the document that is weighed).</summary>
    public const string EvidenceSameDocument = "evidence.sameDocument";

    /// <summary>A citation of a narrow document (one that says how a measure is achieved, such as a policy or help page; not monitoring, a review, an audit, a certification, a test, a bug bounty or a privacy impact assessment) whose title, id and reference name nothing of what the expectation is about does not count, when the attestation cites the document under several expectations it does not name. Arguments: <c>evidence</c>, <c>misses</c> (how many expectations citing it it does not name).</summary>
    public const string EvidenceOffSubject = "evidence.offSubject";

    /// <summary>A note: one piece of evidence is cited for expectations of different kinds and refused for some. Arguments: <c>evidence</c>, <c>expectations</c>, <c>evidenceClasses</c>.</summary>
    public const string EvidenceReused = "evidence.reused";

    /// <summary>A baseline expectation without current, fitting evidence of how it is achieved is not met.</summary>
    public const string BaselineEvidence = "assurance.baselineEvidence";

    /// <summary>The assurance points the current, fitting evidence earns. Arguments: <c>assurance</c>, <c>shown</c>, <c>missing</c>.</summary>
    public const string Assurance = "assurance.level";

    /// <summary>The arithmetic of the expectation's score and weight. Arguments: <c>implementation</c>, <c>assurance</c>, <c>score</c>, <c>weight</c>, <c>levelFactor</c>, <c>level</c>, <c>weighted</c>; or, when not applicable, <c>weight</c>, <c>levelFactor</c>, <c>level</c>, <c>weighted</c>.</summary>
    public const string Calculation = "score.calculation";

    /// <summary>A note: an answer to an expectation the rule set does not have was ignored. Arguments: <c>expectation</c>, <c>ruleSet</c>, <c>version</c>.</summary>
    public const string UnknownExpectation = "answer.unknownExpectation";

    /// <summary>A note: an answer to an expectation a tailoring profile leaves out was not scored. Arguments: <c>expectation</c>, <c>profile</c>, <c>profileVersion</c>, <c>ruleSet</c>, <c>version</c>.</summary>
    public const string LeftOutExpectation = "answer.leftOutByProfile";

    /// <summary>A note: an answer to a deprecated expectation was ignored. Arguments: <c>expectation</c>, <c>replacedBy</c> (empty when none).</summary>
    public const string DeprecatedExpectation = "answer.deprecatedExpectation";

    /// <summary>A note: the attestation names another rule set or version than the one it is evaluated against. Arguments: <c>answeredRuleSet</c>, <c>answeredVersion</c>, <c>ruleSet</c>, <c>version</c>.</summary>
    public const string RuleSetMismatch = "attestation.ruleSet";
}
