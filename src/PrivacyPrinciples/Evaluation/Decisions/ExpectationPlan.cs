using System;
using System.Collections.Generic;
using System.Threading;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// One expectation compiled for evaluation: its check, its pointers, and every reason, question
/// and calculation whose wording does not depend on the attestation, made once. Reasons and
/// questions are immutable records, so reports share them; only wording that quotes the
/// attestation (dates, evidence titles, justifications, the service's name) is written per report.
/// </summary>
/// <remarks>
/// Thread-safe. The variants that depend on the declared audiences or on the decision are built
/// on first use and cached; two threads may build the same one, and either copy is correct.
/// </remarks>
internal sealed class ExpectationPlan
{
    private const int AspectsCount = (int)Aspects.All + 1;

    private readonly Reason?[] _assuranceReasons;
    private readonly FollowUpQuestion?[] _supportingInformation;
    private readonly EvidenceKindRule[] _kindRules;
    private readonly string?[] _evidenceItemPointers = new string?[16];
    private readonly Reason?[] _weakStatements;

    /// <param name="expectation">The expectation.</param>
    /// <param name="evidenceClass">Its evidence class.</param>
    /// <param name="kindRules">The rule set's rule for each evidence kind, indexed by the kind's value.</param>
    /// <param name="ruleSetText">The runs of the rule set's own text, shared by its plans (see <see cref="RuleSetText"/>).</param>
    /// <param name="topic">What the expectation is about (see <see cref="Topic"/>).</param>
    public ExpectationPlan(Expectation expectation, EvidenceClass evidenceClass, EvidenceKindRule[] kindRules, ExpectationText? ruleSetText, ExpectationTopic? topic)
    {
        Expectation = expectation;
        EvidenceClass = evidenceClass;
        _kindRules = kindRules;
        Check = CompiledCheck.All(expectation.Checks);
        NotApplicableCheck = expectation.NotApplicableWhen.Count > 0 ? CompiledCheck.All(expectation.NotApplicableWhen) : null;
        Subject = $"{expectation.Id} ({expectation.Title})";
        TitleWords = Substance.TitleWords(expectation.Title);
        RuleSetText = ruleSetText;
        Topic = topic;
        Encryption = EncryptionAbsence.Of(expectation);
        AnswerPointer = JsonPointer.Append("/answers", expectation.Id);
        StatusPointer = AnswerPointer + "/status";
        EvidencePointer = AnswerPointer + "/evidence";
        Audiences = new AudienceVariants(expectation);
        _assuranceReasons = new Reason?[AspectsCount];
        _supportingInformation = new FollowUpQuestion?[AspectsCount];

        AnswerMissing = new Reason(ReasonCodes.AnswerMissing, ReasonWording.AnswerMissing, "/answers");
        NoAnswer = new FollowUpQuestion(FollowUpKind.NoAnswer, "/answers", FollowUpQuestions.NoAnswer(Subject));
        AnswerIgnored = new Reason(ReasonCodes.AnswerIgnored, ReasonWording.AnswerIgnored, AnswerPointer);
        Unjustified = new Reason(ReasonCodes.Unjustified, ReasonWording.Unjustified, StatusPointer);
        Refused = new Reason(ReasonCodes.NotApplicableRefused, ReasonWording.NotApplicableRefused, StatusPointer);
        NotApplicableUnverified = new Reason(ReasonCodes.NotApplicableUnverified, ReasonWording.NotApplicableUnverified, StatusPointer);
        ContradictedNotApplicable = new Reason(ReasonCodes.Contradicted, ReasonWording.ContradictedNotApplicable, StatusPointer);
        UnverifiedClaim = new Reason(ReasonCodes.Unverified, ReasonWording.UnverifiedClaim, StatusPointer);
        UnverifiedPartial = new Reason(ReasonCodes.Unverified, ReasonWording.UnverifiedPartial, StatusPointer);
        BaselineEvidenceMissing = new Reason(ReasonCodes.BaselineEvidence, ReasonWording.BaselineEvidenceMissing, EvidencePointer);
        BaselineEvidenceQuestion = new FollowUpQuestion(FollowUpKind.SupportingInformation, EvidencePointer, FollowUpQuestions.BaselineEvidence(Subject, evidenceClass));
        ClaimedImplemented = new Reason(ReasonCodes.Status, ReasonWording.ClaimedImplemented, StatusPointer);
        ClaimedPartial = new Reason(ReasonCodes.Status, ReasonWording.ClaimedPartial, StatusPointer);
        ClaimedUndetermined = new Reason(ReasonCodes.Undetermined, ReasonWording.Undetermined, StatusPointer);
        ClaimedNotImplemented = new Reason(ReasonCodes.Status, ReasonWording.ClaimedNotImplemented, StatusPointer);
        NoScope = new Reason(ReasonCodes.NoScope, ReasonWording.NoScope, AnswerPointer);
        ScopeQuestion = new FollowUpQuestion(FollowUpKind.MoreClarity, AnswerPointer, FollowUpQuestions.Scope(Subject));
        PlannedNoDate = new Reason(ReasonCodes.PlannedNoDate, ReasonWording.PlannedNoDate, StatusPointer);
        PlannedNoDateQuestion = new FollowUpQuestion(FollowUpKind.ImplementationDate, AnswerPointer, FollowUpQuestions.PlannedNoDate(Subject));
        BaselineNotMet = new FollowUpQuestion(FollowUpKind.ImplementationDate, StatusPointer, FollowUpQuestions.BaselineNotMet(Subject));
        NoStatement = new Reason(ReasonCodes.NoStatement, ReasonWording.NoStatement, AnswerPointer);
        _weakStatements = new Reason?[EnumCount<SubstanceVerdict>.Value];
        ContradictedClaim = new Reason(ReasonCodes.Contradicted, ReasonWording.ContradictedClaim, StatusPointer);
        ContradictedDenial = new Reason(ReasonCodes.Contradicted, ReasonWording.ContradictedDenial, StatusPointer);
    }

    public Expectation Expectation { get; }

    /// <summary>What each set of declared audiences makes of the expectation, read while gathering.</summary>
    public AudienceVariants Audiences { get; }

    public CompiledCheck Check { get; }

    /// <summary>The conditions a "not applicable" answer must meet; <see langword="null"/> when the expectation's checks play that part.</summary>
    public CompiledCheck? NotApplicableCheck { get; }

    /// <summary>Which kinds of evidence fit this expectation, for which purpose.</summary>
    public EvidenceClass EvidenceClass { get; }

    /// <summary>The words of the expectation's title, which a statement repeating them does not count as its own.</summary>
    public WordSet TitleWords { get; }

    /// <summary>The runs of words of every expectation's title, rationale, remediation and guidance in the rule set, which a statement copying them does not count as its own, whichever expectation it answers.</summary>
    public ExpectationText? RuleSetText { get; }

    /// <summary>What the expectation is about: a claim's statement that uses none of it is off topic; <see langword="null"/> when its words are all generic.</summary>
    public ExpectationTopic? Topic { get; }

    /// <summary>The encryption the expectation's checks require: an "implemented" claim whose statement says it is absent is not in place.</summary>
    public EncryptionSubjects Encryption { get; }

    /// <summary>How questions and reasons name the expectation: <c>SEC-01 (Title)</c>.</summary>
    public string Subject { get; }

    /// <summary>The answer's JSON Pointer, for example <c>/answers/SEC-01</c> (also when there is no answer).</summary>
    public string AnswerPointer { get; }

    public string StatusPointer { get; }

    public string EvidencePointer { get; }

    public Reason AnswerMissing { get; }

    public FollowUpQuestion NoAnswer { get; }

    public Reason AnswerIgnored { get; }

    public Reason Unjustified { get; }

    public Reason Refused { get; }

    public Reason NotApplicableUnverified { get; }

    public Reason ContradictedNotApplicable { get; }

    public Reason UnverifiedClaim { get; }

    public Reason UnverifiedPartial { get; }

    public Reason BaselineEvidenceMissing { get; }

    public FollowUpQuestion BaselineEvidenceQuestion { get; }

    public Reason ClaimedImplemented { get; }

    public Reason ClaimedPartial { get; }

    public Reason ClaimedNotImplemented { get; }

    public Reason ClaimedUndetermined { get; }

    public Reason NoScope { get; }

    public FollowUpQuestion ScopeQuestion { get; }

    public Reason PlannedNoDate { get; }

    public FollowUpQuestion PlannedNoDateQuestion { get; }

    public FollowUpQuestion BaselineNotMet { get; }

    public Reason NoStatement { get; }

    public Reason ContradictedClaim { get; }

    public Reason ContradictedDenial { get; }

    /// <summary>The pointer of the answer's <paramref name="index"/>-th evidence item, for example <c>/answers/SEC-01/evidence/0</c>.</summary>
    public string EvidenceItemPointer(int index) =>
        index >= _evidenceItemPointers.Length ? JsonPointer.Append(EvidencePointer, index)
        : Volatile.Read(ref _evidenceItemPointers[index]) ?? Cache(ref _evidenceItemPointers[index], JsonPointer.Append(EvidencePointer, index));

    /// <summary>The rule set's rule for evidence of <paramref name="kind"/>.</summary>
    public EvidenceKindRule KindRule(EvidenceKind kind) => _kindRules[(int)kind];

    /// <summary>The reason stating what the evidence covers, and the points it earns.</summary>
    public Reason AssuranceReason(Aspects aspects) =>
        Volatile.Read(ref _assuranceReasons[(int)aspects]) ?? Cache(ref _assuranceReasons[(int)aspects], new Reason(
            ReasonCodes.Assurance,
            ReasonWording.Assurance,
            EvidencePointer,
            AspectPoints.Of(aspects),
            Purposes(aspects),
            Purposes(Aspects.All & ~aspects)));

    // The purposes an aspect set covers, in the order the regulators name them.
    private static EvidencePurpose[] Purposes(Aspects aspects)
    {
        var purposes = new List<EvidencePurpose>(3);
        if ((aspects & Aspects.Achieve) != 0)
        {
            purposes.Add(EvidencePurpose.Achieve);
        }

        if ((aspects & Aspects.Monitor) != 0)
        {
            purposes.Add(EvidencePurpose.Monitor);
        }

        if ((aspects & Aspects.Validate) != 0)
        {
            purposes.Add(EvidencePurpose.Validate);
        }

        return [.. purposes];
    }

    /// <summary>The reason a statement without substance gets.</summary>
    public Reason WeakStatement(SubstanceVerdict verdict) =>
        Volatile.Read(ref _weakStatements[(int)verdict]) ?? Cache(ref _weakStatements[(int)verdict], verdict == SubstanceVerdict.Missing
            ? NoStatement
            : new Reason(ReasonCodes.WeakStatement, ReasonWording.WeakStatement, AnswerPointer + "/statement", Substance.Problem(verdict)));

    /// <summary>The request for the supporting information that current evidence does not cover.</summary>
    public FollowUpQuestion SupportingInformation(Aspects missing) =>
        Volatile.Read(ref _supportingInformation[(int)missing]) ?? Cache(ref _supportingInformation[(int)missing], new FollowUpQuestion(FollowUpKind.SupportingInformation, EvidencePointer, FollowUpQuestions.SupportingInformation(Subject, missing, EvidenceClass)));

    private static T Cache<T>(ref T? slot, T value)
        where T : class
    {
        Volatile.Write(ref slot, value);
        return value;
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => FactCatalog.JsonName(value);
}
