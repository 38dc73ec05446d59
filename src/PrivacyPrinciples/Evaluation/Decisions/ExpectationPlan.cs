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
    private static readonly int AssuranceCount = CountOf<AssuranceLevel>();

    private readonly AudienceVariant?[] _audienceVariants;
    private readonly Calculation?[] _calculations;
    private readonly Reason?[] _assuranceReasons;
    private readonly FollowUpQuestion?[] _supportingInformation;
    private readonly string?[] _evidenceItemPointers = new string?[16];

    public ExpectationPlan(Expectation expectation)
    {
        Expectation = expectation;
        Check = CompiledCheck.All(expectation.Checks);
        Subject = $"{expectation.Id} ({expectation.Title})";
        AnswerPointer = JsonPointer.Append("/answers", expectation.Id);
        StatusPointer = AnswerPointer + "/status";
        EvidencePointer = AnswerPointer + "/evidence";
        _audienceVariants = new AudienceVariant?[1 << AudienceCount];
        _calculations = new Calculation?[LevelCount * (1 + (CreditCount * AssuranceCount))];
        _assuranceReasons = new Reason?[AssuranceCount];
        _supportingInformation = new FollowUpQuestion?[8];

        AnswerMissing = new Reason { Code = ReasonCodes.AnswerMissing, Message = "No answer was given; the expectation counts as zero until it is answered.", Pointer = "/answers" };
        NoAnswer = new FollowUpQuestion { Kind = FollowUpKind.NoAnswer, Question = FollowUpQuestions.NoAnswer(Subject), Pointer = "/answers" };
        AnswerIgnored = new Reason { Code = ReasonCodes.AnswerIgnored, Message = "The answer given is not needed and is not scored.", Pointer = AnswerPointer };
        Unjustified = new Reason { Code = ReasonCodes.Unjustified, Message = "Claimed not applicable without a justification, so it is treated as not met.", Pointer = StatusPointer };
        ClaimedImplemented = new Reason { Code = ReasonCodes.Status, Message = "Claimed implemented.", Pointer = StatusPointer };
        ClaimedPartial = new Reason { Code = ReasonCodes.Status, Message = "Claimed partially implemented.", Pointer = StatusPointer };
        ClaimedNotImplemented = new Reason { Code = ReasonCodes.Status, Message = "Claimed not implemented.", Pointer = StatusPointer };
        NoScope = new Reason { Code = ReasonCodes.NoScope, Message = "The partial implementation does not say which part of the service it covers.", Pointer = AnswerPointer };
        ScopeQuestion = new FollowUpQuestion { Kind = FollowUpKind.MoreClarity, Question = FollowUpQuestions.Scope(Subject), Pointer = AnswerPointer };
        PlannedNoDate = new Reason { Code = ReasonCodes.PlannedNoDate, Message = "Claimed planned, without a date; planned measures earn no implementation credit.", Pointer = StatusPointer };
        PlannedNoDateQuestion = new FollowUpQuestion { Kind = FollowUpKind.ImplementationDate, Question = FollowUpQuestions.PlannedNoDate(Subject), Pointer = AnswerPointer };
        BaselineNotMet = new FollowUpQuestion { Kind = FollowUpKind.ImplementationDate, Question = FollowUpQuestions.BaselineNotMet(Subject), Pointer = StatusPointer };
        NoStatement = new Reason { Code = ReasonCodes.NoStatement, Message = "The answer does not say how the measure is achieved.", Pointer = AnswerPointer };
        ContradictedClaim = new Reason { Code = ReasonCodes.Contradicted, Message = "The claim of full implementation contradicts the attestation's own facts, so it is credited as partial at most.", Pointer = StatusPointer };
        ContradictedDenial = new Reason { Code = ReasonCodes.Contradicted, Message = "The answer says the measure is not in place, but the attestation's own facts say it is.", Pointer = StatusPointer };
    }

    public Expectation Expectation { get; }

    public CompiledCheck Check { get; }

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

    public Reason ClaimedImplemented { get; }

    public Reason ClaimedPartial { get; }

    public Reason ClaimedNotImplemented { get; }

    public Reason NoScope { get; }

    public FollowUpQuestion ScopeQuestion { get; }

    public Reason PlannedNoDate { get; }

    public FollowUpQuestion PlannedNoDateQuestion { get; }

    public FollowUpQuestion BaselineNotMet { get; }

    public Reason NoStatement { get; }

    public Reason ContradictedClaim { get; }

    public Reason ContradictedDenial { get; }

    /// <summary>Bit <c>1 &lt;&lt; (int)audience</c> for each declared audience: the key of <see cref="For"/>.</summary>
    public static int MaskOf(IReadOnlyList<Audience> declared)
    {
        var mask = 0;
        for (var i = 0; i < declared.Count; i++)
        {
            var bit = (int)declared[i];
            if (bit >= 0 && bit < AudienceCount)
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

    /// <summary>The reason stating the assurance level, on the answer's evidence.</summary>
    public Reason AssuranceReason(AssuranceLevel level) =>
        Volatile.Read(ref _assuranceReasons[(int)level]) ?? Cache(ref _assuranceReasons[(int)level], new Reason
        {
            Code = ReasonCodes.Assurance,
            Message = level == AssuranceLevel.Asserted ? "No current evidence: the claim is asserted only." : $"Assurance is {Name(level)}: the strongest current evidence.",
            Pointer = EvidencePointer,
        });

    /// <summary>The request for the supporting information that current evidence does not cover.</summary>
    public FollowUpQuestion SupportingInformation(EvidenceAssessor.Aspects missing) =>
        Volatile.Read(ref _supportingInformation[(int)missing]) ?? Cache(ref _supportingInformation[(int)missing], new FollowUpQuestion
        {
            Kind = FollowUpKind.SupportingInformation,
            Question = FollowUpQuestions.SupportingInformation(Subject, missing),
            Pointer = EvidencePointer,
        });

    /// <summary>The numbers and the explanation of the arithmetic for one decision.</summary>
    public Calculation Calculate(ExpectationLevel level, bool inScope, ImplementationCredit credit, AssuranceLevel assurance)
    {
        var index = inScope ? LevelCount + ((((int)level * CreditCount) + (int)credit) * AssuranceCount) + (int)assurance : (int)level;
        return Volatile.Read(ref _calculations[index]) ?? Cache(ref _calculations[index], ScoringPolicy.Calculate(Expectation, level, inScope, credit, assurance));
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
                    Message = $"The level is raised from {Name(expectation.Level)} to {Name(Level)} because the service declares {string.Join(", ", RaisedBy.Select(a => Name(a)))}.",
                    Pointer = "/audiences",
                };
            }

            if (!Applies)
            {
                NotDeclared = new Reason
                {
                    Code = ReasonCodes.AudienceNotDeclared,
                    Message = $"Applies only to services that declare {string.Join(" or ", expectation.AppliesTo.Select(a => Name(a)))}; this service does not, so the expectation leaves the denominators.",
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
