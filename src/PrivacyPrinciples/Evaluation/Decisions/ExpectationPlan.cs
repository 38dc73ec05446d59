using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Scoring;
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
    private static readonly int AudienceCount = CountOf<Audience>();
    private static readonly int LevelCount = CountOf<ExpectationLevel>();
    private static readonly int CreditCount = CountOf<ImplementationCredit>();
    private const int AspectsCount = (int)Aspects.All + 1;

    private readonly AudienceVariant?[] _audienceVariants;
    private readonly Calculation?[] _calculations;
    private readonly Reason?[] _assuranceReasons;
    private readonly FollowUpQuestion?[] _supportingInformation;
    private readonly EvidenceKindRule[] _kindRules;
    private readonly string?[] _evidenceItemPointers = new string?[16];
    private readonly Reason?[] _weakStatements;

    /// <param name="expectation">The expectation.</param>
    /// <param name="evidenceClass">Its evidence class.</param>
    /// <param name="kindRules">The rule set's rule for each evidence kind, indexed by the kind's value.</param>
    public ExpectationPlan(Expectation expectation, EvidenceClass evidenceClass, EvidenceKindRule[] kindRules)
    {
        Expectation = expectation;
        EvidenceClass = evidenceClass;
        _kindRules = kindRules;
        Check = CompiledCheck.All(expectation.Checks);
        NotApplicableCheck = expectation.NotApplicableWhen.Count > 0 ? CompiledCheck.All(expectation.NotApplicableWhen) : null;
        Subject = $"{expectation.Id} ({expectation.Title})";
        AnswerPointer = JsonPointer.Append("/answers", expectation.Id);
        StatusPointer = AnswerPointer + "/status";
        EvidencePointer = AnswerPointer + "/evidence";
        _audienceVariants = new AudienceVariant?[1 << AudienceCount];
        _calculations = new Calculation?[LevelCount * (1 + (CreditCount * AspectsCount))];
        _assuranceReasons = new Reason?[AspectsCount];
        _supportingInformation = new FollowUpQuestion?[AspectsCount];

        AnswerMissing = new Reason { Code = ReasonCodes.AnswerMissing, Message = "No answer was given; the expectation counts as zero until it is answered.", Pointer = "/answers" };
        NoAnswer = new FollowUpQuestion { Kind = FollowUpKind.NoAnswer, Question = FollowUpQuestions.NoAnswer(Subject), Pointer = "/answers" };
        AnswerIgnored = new Reason { Code = ReasonCodes.AnswerIgnored, Message = "The answer given is not needed and is not scored.", Pointer = AnswerPointer };
        Unjustified = new Reason { Code = ReasonCodes.Unjustified, Message = "Claimed not applicable without a justification that says why, so it is treated as not met.", Pointer = StatusPointer };
        Refused = new Reason { Code = ReasonCodes.NotApplicableRefused, Message = "Claimed not applicable, but the rule set says this expectation applies to every service, so it is treated as not met.", Pointer = StatusPointer };
        NotApplicableUnverified = new Reason { Code = ReasonCodes.NotApplicableUnverified, Message = "Claimed not applicable, but the facts that would show it are not stated, so the claim is unverified and counts as not met.", Pointer = StatusPointer };
        ContradictedNotApplicable = new Reason { Code = ReasonCodes.Contradicted, Message = "The claim that the expectation does not apply contradicts the attestation's own facts, so it counts as not met.", Pointer = StatusPointer };
        UnverifiedClaim = new Reason { Code = ReasonCodes.Unverified, Message = "The claim of full implementation lacks the substance it needs, so it is unverified and credited as partial at most.", Pointer = StatusPointer };
        BaselineEvidenceMissing = new Reason { Code = ReasonCodes.BaselineEvidence, Message = "A baseline expectation is met only with current evidence, fitting it, of how it is achieved; there is none.", Pointer = EvidencePointer };
        BaselineEvidenceQuestion = new FollowUpQuestion { Kind = FollowUpKind.SupportingInformation, Question = FollowUpQuestions.BaselineEvidence(Subject, evidenceClass), Pointer = EvidencePointer };
        ClaimedImplemented = new Reason { Code = ReasonCodes.Status, Message = "Claimed implemented.", Pointer = StatusPointer };
        ClaimedPartial = new Reason { Code = ReasonCodes.Status, Message = "Claimed partially implemented.", Pointer = StatusPointer };
        ClaimedUndetermined = new Reason { Code = ReasonCodes.Undetermined, Message = "The assessor could not determine whether the measure is in place; it counts as zero until the vendor confirms it.", Pointer = StatusPointer };
        ClaimedNotImplemented = new Reason { Code = ReasonCodes.Status, Message = "Claimed not implemented.", Pointer = StatusPointer };
        NoScope = new Reason { Code = ReasonCodes.NoScope, Message = "The partial implementation does not say which part of the service it covers.", Pointer = AnswerPointer };
        ScopeQuestion = new FollowUpQuestion { Kind = FollowUpKind.MoreClarity, Question = FollowUpQuestions.Scope(Subject), Pointer = AnswerPointer };
        PlannedNoDate = new Reason { Code = ReasonCodes.PlannedNoDate, Message = "Claimed planned, without a date; planned measures earn no implementation credit.", Pointer = StatusPointer };
        PlannedNoDateQuestion = new FollowUpQuestion { Kind = FollowUpKind.ImplementationDate, Question = FollowUpQuestions.PlannedNoDate(Subject), Pointer = AnswerPointer };
        BaselineNotMet = new FollowUpQuestion { Kind = FollowUpKind.ImplementationDate, Question = FollowUpQuestions.BaselineNotMet(Subject), Pointer = StatusPointer };
        NoStatement = new Reason { Code = ReasonCodes.NoStatement, Message = "The answer does not say how the measure is achieved.", Pointer = AnswerPointer };
        _weakStatements = new Reason?[CountOf<SubstanceVerdict>()];
        ContradictedClaim = new Reason { Code = ReasonCodes.Contradicted, Message = "The claim of full implementation contradicts the attestation's own facts, so it is credited as partial at most.", Pointer = StatusPointer };
        ContradictedDenial = new Reason { Code = ReasonCodes.Contradicted, Message = "The answer says the measure is not in place, but the attestation's own facts say it is.", Pointer = StatusPointer };
    }

    public Expectation Expectation { get; }

    public CompiledCheck Check { get; }

    /// <summary>The conditions a "not applicable" answer must meet; <see langword="null"/> when the expectation's checks play that part.</summary>
    public CompiledCheck? NotApplicableCheck { get; }

    /// <summary>Which kinds of evidence fit this expectation, for which purpose.</summary>
    public EvidenceClass EvidenceClass { get; }

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

    /// <summary>Bit <c>1 &lt;&lt; (int)audience</c> for each declared audience: the key of <see cref="For"/>.</summary>
    public static int MaskOf(AudienceDeclarations declared)
    {
        var mask = 0;
        for (var bit = 0; bit < AudienceCount; bit++)
        {
            if (declared.Serves((Audience)bit))
            {
                mask |= 1 << bit;
            }
        }

        return mask;
    }

    /// <summary>The pointer of the answer's <paramref name="index"/>-th evidence item, for example <c>/answers/SEC-01/evidence/0</c>.</summary>
    public string EvidenceItemPointer(int index) =>
        index >= _evidenceItemPointers.Length ? JsonPointer.Append(EvidencePointer, index)
        : Volatile.Read(ref _evidenceItemPointers[index]) ?? Cache(ref _evidenceItemPointers[index], JsonPointer.Append(EvidencePointer, index));

    /// <summary>The level, raises and applicability for a set of declared audiences.</summary>
    public AudienceVariant For(int audienceMask) =>
        Volatile.Read(ref _audienceVariants[audienceMask]) ?? Cache(ref _audienceVariants[audienceMask], new AudienceVariant(Expectation, audienceMask));

    /// <summary>The rule set's rule for evidence of <paramref name="kind"/>.</summary>
    public EvidenceKindRule KindRule(EvidenceKind kind) => _kindRules[(int)kind];

    /// <summary>The reason stating what the evidence covers, and the points it earns.</summary>
    public Reason AssuranceReason(Aspects aspects) =>
        Volatile.Read(ref _assuranceReasons[(int)aspects]) ?? Cache(ref _assuranceReasons[(int)aspects], new Reason
        {
            Code = ReasonCodes.Assurance,
            Message = ScoringPolicy.ExplainAssurance(aspects),
            Pointer = EvidencePointer,
        });

    /// <summary>The reason a statement without substance gets.</summary>
    public Reason WeakStatement(SubstanceVerdict verdict) =>
        Volatile.Read(ref _weakStatements[(int)verdict]) ?? Cache(ref _weakStatements[(int)verdict], verdict == SubstanceVerdict.Missing ? NoStatement : new Reason
        {
            Code = ReasonCodes.WeakStatement,
            Message = verdict switch
            {
                SubstanceVerdict.Placeholder => "The statement is a placeholder, so it does not say how the measure is achieved.",
                SubstanceVerdict.RepeatsTitle => "The statement repeats the expectation, so it does not say how the measure is achieved.",
                SubstanceVerdict.Boilerplate => "The statement is the same text as the answers to other expectations, so it does not say how this measure is achieved.",
                _ => "The statement is too brief to say how the measure is achieved.",
            },
            Pointer = AnswerPointer + "/statement",
        });

    /// <summary>The request for the supporting information that current evidence does not cover.</summary>
    public FollowUpQuestion SupportingInformation(Aspects missing) =>
        Volatile.Read(ref _supportingInformation[(int)missing]) ?? Cache(ref _supportingInformation[(int)missing], new FollowUpQuestion
        {
            Kind = FollowUpKind.SupportingInformation,
            Question = FollowUpQuestions.SupportingInformation(Subject, missing, EvidenceClass),
            Pointer = EvidencePointer,
        });

    /// <summary>The numbers and the explanation of the arithmetic for one decision.</summary>
    public Calculation Calculate(ExpectationLevel level, bool inScope, ImplementationCredit credit, Aspects aspects)
    {
        var index = inScope ? LevelCount + ((((int)level * CreditCount) + (int)credit) * AspectsCount) + (int)aspects : (int)level;
        return Volatile.Read(ref _calculations[index]) ?? Cache(ref _calculations[index], ScoringPolicy.Calculate(Expectation, level, inScope, credit, aspects));
    }

    // The enumerations' values run from 0 without gaps, so they index the caches directly.
    private static int CountOf<TEnum>()
        where TEnum : struct, Enum =>
#if NET
        Enum.GetNames<TEnum>().Length;
#else
        Enum.GetNames(typeof(TEnum)).Length;
#endif

    private static T Cache<T>(ref T? slot, T value)
        where T : class
    {
        Volatile.Write(ref slot, value);
        return value;
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => FactCatalog.JsonName(value);

    /// <summary>What the declared audiences make of one expectation.</summary>
    internal sealed class AudienceVariant
    {
        public AudienceVariant(Expectation expectation, int mask)
        {
            bool Declared(Audience audience) => (mask & (1 << (int)audience)) != 0;

            var raises = expectation.RaisedFor.Where(r => Declared(r.Audience) && r.Level > expectation.Level).ToArray();
            Level = raises.Length == 0 ? expectation.Level : raises.Max(r => r.Level);
            RaisedBy = new ReadOnlyCollection<Audience>(raises.Where(r => r.Level == Level).Select(r => r.Audience).Distinct().OrderBy(a => a).ToArray());
            Applies = expectation.AppliesTo.Count == 0 || expectation.AppliesTo.Any(Declared);
            if (RaisedBy.Count > 0)
            {
                LevelRaised = new Reason
                {
                    Code = ReasonCodes.LevelRaised,
                    Message = $"The level is raised from {Name(expectation.Level)} to {Name(Level)} because the service serves {string.Join(", ", RaisedBy.Select(a => Name(a)))}.",
                    Pointer = "/audiences",
                };
            }

            if (!Applies)
            {
                NotDeclared = new Reason
                {
                    Code = ReasonCodes.AudienceNotDeclared,
                    Message = $"Applies only to services that serve {string.Join(" or ", expectation.AppliesTo.Select(a => Name(a)))}; this service states it does not, so the expectation leaves the denominators.",
                    Pointer = "/audiences",
                };
            }
        }

        /// <summary>The level after the declared audiences raised it.</summary>
        public ExpectationLevel Level { get; }

        /// <summary>The audiences that raised it to <see cref="Level"/>, in order; shared by reports, so read-only.</summary>
        public IReadOnlyList<Audience> RaisedBy { get; }

        /// <summary>False when the expectation is for audiences the service does not declare.</summary>
        public bool Applies { get; }

        public Reason? LevelRaised { get; }

        public Reason? NotDeclared { get; }
    }
}
