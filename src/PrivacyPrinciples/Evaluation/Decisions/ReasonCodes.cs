namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>The stable codes of <see cref="Reason"/>, documented in docs/scoring.md.</summary>
internal static class ReasonCodes
{
    public const string LevelRaised = "level.raised";
    public const string AudienceNotDeclared = "applicability.audience";
    public const string AnswerMissing = "answer.missing";
    public const string AnswerIgnored = "answer.ignored";
    public const string Status = "answer.status";
    public const string Justified = "answer.notApplicable.justified";
    public const string Unjustified = "answer.notApplicable.unjustified";

    public const string NotApplicableRefused = "answer.notApplicable.refused";

    public const string NotApplicableUnverified = "answer.notApplicable.unverified";

    public const string NotApplicableHeavy = "rating.notApplicableCap";

    public const string InconsistencyCap = "rating.inconsistencyCap";
    public const string Scope = "answer.scope";
    public const string NoScope = "answer.scope.missing";
    public const string PlannedDate = "answer.planned.date";
    public const string PlannedNoDate = "answer.planned.noDate";
    public const string PlannedOverdue = "answer.planned.overdue";
    public const string NoStatement = "answer.statement.missing";

    public const string WeakStatement = "answer.statement.insubstantial";

    public const string Unverified = "answer.unverified";

    public const string Undetermined = "answer.undetermined";

    public const string FactUndetermined = "check.undetermined";
    public const string CheckHolds = "check.holds";
    public const string CheckFails = "check.fails";
    public const string CheckUnknown = "check.unknown";
    public const string Contradicted = "check.contradicted";
    public const string EvidenceCounted = "evidence.counted";
    public const string EvidenceExpired = "evidence.expired";
    public const string EvidenceStale = "evidence.stale";
    public const string EvidenceNotYetIssued = "evidence.notYetIssued";
    public const string EvidenceNotIndependent = "evidence.notIndependent";

    public const string EvidenceUnfit = "evidence.unfit";

    public const string EvidenceCannotBeIndependent = "evidence.cannotBeIndependent";

    public const string EvidenceNoIssuer = "evidence.noIssuer";

    public const string EvidenceNoReference = "evidence.noReference";

    public const string EvidenceUnknown = "evidence.unknown";

    public const string EvidenceReused = "evidence.reused";

    public const string BaselineEvidence = "assurance.baselineEvidence";
    public const string Assurance = "assurance.level";
    public const string Calculation = "score.calculation";
    public const string UnknownExpectation = "answer.unknownExpectation";
    public const string LeftOutExpectation = "answer.leftOutByProfile";
    public const string DeprecatedExpectation = "answer.deprecatedExpectation";
    public const string RuleSetMismatch = "attestation.ruleSet";
}
