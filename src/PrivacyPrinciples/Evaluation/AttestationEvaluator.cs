using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Decisions;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Evaluation.Scoring;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// Scores attestations against a rule set and explains every point: gathers what each
/// expectation needs from the attestation, decides an outcome with reasons and follow-up
/// questions, then scores the decisions (see <c>docs/scoring.md</c>).
/// </summary>
/// <remarks>
/// The rule set is validated and compiled once, in the constructor. After that the evaluator is
/// immutable and thread-safe: evaluate as many attestations as you like, from as many threads.
/// The class is sealed and has no interface: reports can only be made by the library, so another
/// implementation could only wrap this one, and a sealed class can gain members without breaking
/// anyone. To test code that evaluates, use a real evaluator with a small rule set.
/// </remarks>
public sealed class AttestationEvaluator
{
    [ThreadStatic]
    private static Assessment? t_scratch;

    private readonly EvaluationOptions _options;
    private readonly ExpectationPlan[] _active;
    private readonly string[] _activeIds;
    private readonly ExpectationTopic?[] _topics;
    private readonly WordSet _namingWords;
    private readonly ExpectationScores[] _scores;
    private readonly int[][] _byPrinciple;
    private readonly Dictionary<string, Expectation> _byId;
    private readonly RuleSetInfo _ruleSetInfo;
    private readonly Dictionary<string, string> _classOf;
    private readonly ExpectationLevel[] _baseLevels;
    private readonly HashSet<string> _leftOut;

    // For each expectation and set of declared audiences, its result when it has no answer: that
    // depends on nothing else (for the vendor's own attestation; a third party's questions name
    // it), and most expectations of a sparse attestation have none. Filled as met; a race only
    // writes an equal result twice.
    private readonly ExpectationResult?[][] _unanswered;

    // Already value lists, so every result shares them rather than wrapping them again.
    private static readonly IReadOnlyList<EvidencePurpose> AchieveOnly = ValueList<EvidencePurpose>.Of([EvidencePurpose.Achieve]);
    private static readonly IReadOnlyList<EvidencePurpose> AchieveMonitor = ValueList<EvidencePurpose>.Of([EvidencePurpose.Achieve, EvidencePurpose.Monitor]);
    private static readonly IReadOnlyList<EvidencePurpose> AllAspects = ValueList<EvidencePurpose>.Of([EvidencePurpose.Achieve, EvidencePurpose.Monitor, EvidencePurpose.Validate]);

    /// <summary>Creates an evaluator for the built-in rule set <see cref="BuiltInRuleSets.VtcJointStatement2020"/>, dating evaluations by the system clock.</summary>
    public AttestationEvaluator()
        : this(BuiltInRuleSets.VtcJointStatement2020, new EvaluationOptions())
    {
    }

    /// <summary>Creates an evaluator for the built-in rule set <see cref="BuiltInRuleSets.VtcJointStatement2020"/>.</summary>
    /// <param name="options">How to date evaluations; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its time provider is <see langword="null"/>.</exception>
    public AttestationEvaluator(EvaluationOptions options)
        : this(BuiltInRuleSets.VtcJointStatement2020, options)
    {
    }

    /// <summary>Creates an evaluator for a rule set, dating evaluations by the system clock.</summary>
    /// <param name="ruleSet">The rule set; it is validated completely.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule set is not valid; the message lists every problem.</exception>
    public AttestationEvaluator(RuleSet ruleSet)
        : this(ruleSet, new EvaluationOptions())
    {
    }

    /// <summary>Creates an evaluator for a rule set.</summary>
    /// <param name="ruleSet">The rule set; it is validated completely.</param>
    /// <param name="options">How to date evaluations; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/>, <paramref name="options"/> or its time provider is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule set is not valid; the message lists every problem.</exception>
    public AttestationEvaluator(RuleSet ruleSet, EvaluationOptions options)
    {
        RuleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));

        // A built-in rule set was validated as it was loaded (and fails loudly if it is not valid):
        // validating it again would only repeat, at every start, work that has already passed.
        var errors = BuiltInRuleSets.IsBuiltInInstance(ruleSet) ? [] : RuleSetValidator.Validate(ruleSet);
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                string.Join(Environment.NewLine, [$"Rule set '{ruleSet.Id}' is not valid:", .. errors.Select(e => "  " + e)]),
                nameof(ruleSet));
        }

        _options = (options ?? throw new ArgumentNullException(nameof(options))).Copy();

        // Everything that does not depend on the attestation is worked out here, once.
        var kindRules = new EvidenceKindRule[ruleSet.EvidenceKinds.Count];
        foreach (var rule in ruleSet.EvidenceKinds)
        {
            kindRules[(int)rule.Kind] = rule;
        }

        var classes = ruleSet.EvidenceClasses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var ruleSetText = ExpectationText.OfRuleSet(ruleSet);
        var topics = ExpectationTopic.OfRuleSet(ruleSet);
        _active = ruleSet.Expectations
            .Select((e, i) => (Expectation: e, Topic: topics[i]))
            .Where(e => e.Expectation.Lifecycle == ExpectationLifecycle.Active)
            .Select(e => new ExpectationPlan(e.Expectation, classes[e.Expectation.EvidenceClass], kindRules, ruleSetText, e.Topic))
            .ToArray();
        _activeIds = [.. _active.Select(p => p.Expectation.Id)];
        _topics = [.. _active.Select(p => p.Topic)];
        _namingWords = Substance.WordsNamingExpectations(ruleSet.Expectations);
        _unanswered = [.. _active.Select(_ => new ExpectationResult?[1 << EnumCount<Audience>.Value])];
        _scores = _active.Select(p => new ExpectationScores(p.Expectation)).ToArray();
        _byPrinciple = ruleSet.Principles
            .Select(p => Enumerable.Range(0, _active.Length).Where(i => _active[i].Expectation.Principle == p.Id).ToArray())
            .ToArray();
        _byId = ruleSet.Expectations.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _classOf = ruleSet.Expectations.ToDictionary(e => e.Id, e => e.EvidenceClass, StringComparer.Ordinal);
        _ruleSetInfo = RuleSetInfo.Of(ruleSet);

        // A tailored rule set keeps the base rule set's level beside its own, and knows what it left out.
        var tailoring = ruleSet.Profile?.Changes ?? [];
        _baseLevels = _active.Select(p => BaseLevel(p.Expectation, tailoring)).ToArray();
        _leftOut = new HashSet<string>(tailoring.Where(c => c.Kind == TailoringChangeKind.Excluded).Select(c => c.ExpectationId), StringComparer.Ordinal);
    }

    /// <summary>The rule set attestations are evaluated against.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Evaluates an attestation on the configured evaluation date (or today's, from the configured clock).</summary>
    /// <param name="attestation">The attestation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attestation"/> is <see langword="null"/>.</exception>
    public EvaluationReport Evaluate(Attestation attestation) => Evaluate(attestation, _options.Today());

    /// <summary>Evaluates an attestation as of a given date.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <param name="evaluationDate">The date evidence expiry and planned dates are judged against (time of day is ignored).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attestation"/> is <see langword="null"/>.</exception>
    public EvaluationReport Evaluate(Attestation attestation, DateTime evaluationDate) => Evaluate(attestation, evaluationDate, source: null, locations: null);

    /// <summary>
    /// Evaluates an attestation as a reader produced it, on the configured evaluation date: the report
    /// names the document (<see cref="AttestationInfo.Source"/>) and carries where each answer sits in
    /// it (<see cref="EvaluationReport.Locations"/>), so every writer points at the right file and line.
    /// </summary>
    /// <param name="document">What <see cref="AttestationReader"/> read; it must have succeeded.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The document was not read successfully; the message lists its errors.</exception>
    public EvaluationReport Evaluate(ReadResult<Attestation> document) => Evaluate(document, _options.Today());

    /// <summary>Evaluates an attestation as a reader produced it, as of a given date; see <see cref="Evaluate(ReadResult{Attestation})"/>.</summary>
    /// <param name="document">What <see cref="AttestationReader"/> read; it must have succeeded.</param>
    /// <param name="evaluationDate">The date evidence expiry and planned dates are judged against (time of day is ignored).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The document was not read successfully; the message lists its errors.</exception>
    public EvaluationReport Evaluate(ReadResult<Attestation> document, DateTime evaluationDate)
    {
        _ = document ?? throw new ArgumentNullException(nameof(document));
        if (!document.Succeeded)
        {
            throw new ArgumentException(
                string.Join(Environment.NewLine, [$"'{document.Source}' was not read, so it cannot be evaluated:", .. document.Errors.Select(e => "  " + e)]),
                nameof(document));
        }

        return Evaluate(document.Value, evaluationDate, document.Source, document.Locations);
    }

    private EvaluationReport Evaluate(Attestation attestation, DateTime evaluationDate, string? source, SourceLocations? locations)
    {
        _ = attestation ?? throw new ArgumentNullException(nameof(attestation));
        var date = evaluationDate.Date;
        _ = attestation.Audiences ?? throw new ArgumentException("The attestation states no audiences.", nameof(attestation));

        // An audience the service's own words name is served, whatever /audiences says (see AudienceNames).
        var undeclared = AudienceNames.Undeclared(attestation);
        var audienceMask = AudienceNames.Mask(attestation, undeclared);
        using var context = new AttestationContext(attestation, date, audienceMask, _activeIds, _namingWords);
        context.HoldsClaimsToTopics = HoldsClaimsToTopics(context);
        context.EvidenceMisses = EvidenceSubject.Misses(context, _topics);
        // The scratch space is the thread's own: taken while in use, so a nested call makes its own.
        var assessment = t_scratch ?? new Assessment();
        t_scratch = null;
        var results = new ExpectationResult[_active.Length];
        var inScope = 0;
        var answered = 0;
        var notAnswered = 0;
        var notApplicable = 0;
        var claimedNotApplicable = 0;
        var applicable = 0;
        var unverified = 0;
        var undetermined = 0;
        var gaps = 0;
        for (var i = 0; i < _active.Length; i++)
        {
            var plan = _active[i];
            var input = new DecisionInput(plan, InputGatherer.Gather(i, plan.Expectation, plan.Audiences, context));
            var shareable = input.Answer is null && context.Assessor is null;
            var result = shareable ? Volatile.Read(ref _unanswered[i][audienceMask]) : null;
            if (result is null)
            {
                result = Decide(i, input, context, assessment);
                if (shareable)
                {
                    Volatile.Write(ref _unanswered[i][audienceMask], result);
                }
            }

            results[i] = result;
            var applies = input.Audience.Applies;
            inScope += result.Outcome != Outcome.NotApplicable ? 1 : 0;
            answered += result.Status is null ? 0 : 1;
            notAnswered += result.Outcome == Outcome.NotAnswered ? 1 : 0;
            notApplicable += result.Outcome == Outcome.NotApplicable ? 1 : 0;
            claimedNotApplicable += result.Outcome == Outcome.NotApplicable && applies ? 1 : 0;
            applicable += applies ? 1 : 0;
            unverified += result.Outcome == Outcome.Unverified ? 1 : 0;
            undetermined += result.Outcome == Outcome.Undetermined ? 1 : 0;
            gaps += result.IsBaselineGap ? 1 : 0;
        }

        var coverage = new Coverage
        {
            Expectations = results.Length,
            InScope = inScope,
            Answered = answered,
            NotAnswered = notAnswered,
            NotApplicable = notApplicable,
            ClaimedNotApplicable = claimedNotApplicable,
            Unverified = unverified,
            Undetermined = undetermined,
        };
        var heavyNotApplicable = ScoringPolicy.HeavyNotApplicable(claimedNotApplicable, applicable);
        var report = Report(context, results, coverage, gaps, heavyNotApplicable, assessment.Contradictions, undeclared, source, locations);
        assessment.Contradictions.Clear();
        t_scratch = assessment;
        return report;
    }

    // Decides expectation i into the scratch assessment and scores it.
    private ExpectationResult Decide(int i, in DecisionInput input, AttestationContext context, Assessment assessment)
    {
        var plan = input.Plan;
        ExpectationAssessor.Assess(input, assessment);
        var level = input.Audience.Level;
        var calculation = _scores[i].Calculate(level, assessment.InScope, assessment.Credit, assessment.Aspects);
        var reasons = new Reason[assessment.Reasons.Count + 1];
        assessment.Reasons.CopyTo(reasons);
        reasons[reasons.Length - 1] = calculation.Explanation;
        return new ExpectationResult
        {
            Id = plan.Expectation.Id,
            Principle = plan.Expectation.Principle,
            Title = plan.Expectation.Title,
            Level = level,
            BaseLevel = _baseLevels[i],
            TailoredLevel = plan.Expectation.Level,
            Basis = plan.Expectation.Basis,
            RaisedBy = input.Audience.RaisedBy,
            Weight = calculation.Weight,
            Status = assessment.Status,
            Outcome = assessment.Outcome,
            AssuranceAspects = AspectList(assessment.Aspects),
            Implementation = calculation.Implementation,
            Assurance = calculation.Assurance,
            Score = calculation.Score,
            IsBaselineGap = level == ExpectationLevel.Baseline && assessment.InScope && assessment.Outcome != Outcome.Met,
            Evidence = assessment.Evidence.Count == 0 ? [] : assessment.Evidence.ToArray(),
            Reasons = reasons,
            FollowUps = assessment.FollowUps.Count == 0 ? [] : context.Assessor is null ? assessment.FollowUps.ToArray() : ForThirdParty(assessment.FollowUps, context.Assessor),
        };
    }

    private EvaluationReport Report(AttestationContext context, ExpectationResult[] results, Coverage coverage, int gapCount, bool heavyNotApplicable, List<Contradiction> contradictions, IReadOnlyList<AudienceNames.Named> undeclared, string? source, SourceLocations? locations)
    {
        var attestation = context.Attestation;
        var principles = new PrincipleResult[_byPrinciple.Length];
        var totals = default(WeightedTotals);
        for (var p = 0; p < principles.Length; p++)
        {
            var principle = ScorePrinciple(RuleSet.Principles[p], _byPrinciple[p], results);
            principles[p] = principle;
            totals.Add(principle.Score, principle.Implementation, principle.Assurance, principle.Weight);
        }

        var gaps = gapCount == 0 ? [] : new BaselineGap[gapCount];
        for (int i = 0, g = 0; g < gapCount; i++)
        {
            if (results[i].IsBaselineGap)
            {
                gaps[g++] = new BaselineGap { ExpectationId = results[i].Id, Title = results[i].Title, Outcome = results[i].Outcome };
            }
        }

        // Nothing in scope (every expectation not applicable) leaves nothing to score: no score and
        // no rating, rather than a 0 that reads as poor or a rating a gate could pass on.
        var overall = totals.Score;
        Rating? uncapped = overall is { } value ? ScoringPolicy.RatingFor(value) : null;
        return new EvaluationReport
        {
            RuleSet = _ruleSetInfo,
            Attestation = new AttestationInfo
            {
                Source = source,
                AssessedBy = attestation.IsThirdPartyAssessment ? AssessingParty.ThirdParty : AssessingParty.Vendor,
                Assessor = attestation.IsThirdPartyAssessment ? attestation.Assessment!.Assessor : null,
                VendorId = attestation.Vendor.Id,
                Vendor = attestation.Vendor.Name,
                Service = attestation.Service.Name,
                Tier = attestation.Service.Tier,
                AttestedOn = attestation.AttestedOn.Date,
                Audiences = Audiences(context.AudienceMask),
            },
            EvaluatedOn = context.EvaluatedOn,
            Score = overall,
            Implementation = totals.Implementation,
            Assurance = totals.Assurance,
            Rating = uncapped is { } rating ? ScoringPolicy.Cap(rating, gapCount > 0, heavyNotApplicable, Inconsistent(coverage, contradictions, context.Disputes)) : null,
            UncappedRating = uncapped,
            BaselineGaps = gaps,
            Coverage = coverage,
            Principles = principles,
            Contradictions = contradictions.Count == 0 ? [] : contradictions.ToArray(),
            Notes = Notes(attestation, results, coverage, heavyNotApplicable && overall is not null, Inconsistent(coverage, contradictions, context.Disputes) && uncapped > ScoringPolicy.InconsistencyCap, context.Disputes, context.StatementDisputes, undeclared),
            Locations = locations,
            EvaluatedAgainst = RuleSet,
        };
    }

    private static ExpectationLevel BaseLevel(Expectation expectation, IReadOnlyList<TailoringChange> tailoring)
    {
        foreach (var change in tailoring)
        {
            if (change.Kind is TailoringChangeKind.LevelRaised or TailoringChangeKind.LevelLowered
                && string.Equals(change.ExpectationId, expectation.Id, StringComparison.Ordinal)
                && change.From is string from)
            {
                foreach (var level in new[] { ExpectationLevel.Enhanced, ExpectationLevel.Expected, ExpectationLevel.Baseline })
                {
                    if (string.Equals(FactCatalog.JsonName(level), from, StringComparison.Ordinal))
                    {
                        return level;
                    }
                }
            }
        }

        return expectation.Level;
    }

    // The questions go to the vendor either way; in a third-party assessment they speak of the assessment, not of "your answer".
    private static FollowUpQuestion[] ForThirdParty(List<FollowUpQuestion> questions, string assessor)
    {
        var reworded = new FollowUpQuestion[questions.Count];
        for (var i = 0; i < reworded.Length; i++)
        {
            reworded[i] = ForThirdParty(questions[i], assessor);
        }

        return reworded;
    }

    private static FollowUpQuestion ForThirdParty(FollowUpQuestion question, string assessor) =>
        new(question.Kind, question.Pointer, () => FollowUpQuestions.ForThirdParty(question.Question, assessor));

    private static PrincipleResult ScorePrinciple(Principle principle, int[] members, ExpectationResult[] results)
    {
        var expectations = new ExpectationResult[members.Length];
        var totals = default(WeightedTotals);
        for (var i = 0; i < members.Length; i++)
        {
            var result = results[members[i]];
            expectations[i] = result;
            totals.Add(result.Score, result.Implementation, result.Assurance, result.Weight);
        }

        return new PrincipleResult
        {
            Id = principle.Id,
            Title = principle.Title,
            Weight = principle.Weight,
            Score = totals.Score,
            Implementation = totals.Implementation,
            Assurance = totals.Assurance,
            Expectations = expectations,
        };
    }

    // The declared audiences, distinct and in order, from their bit mask.
    private static Audience[] Audiences(int mask)
    {
        var count = 0;
        for (var m = mask; m != 0; m &= m - 1)
        {
            count++;
        }

        var audiences = new Audience[count];
        for (int bit = 0, i = 0; i < count; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                audiences[i++] = (Audience)bit;
            }
        }

        return audiences;
    }

    private static IReadOnlyList<EvidencePurpose> AspectList(Aspects aspects) => aspects switch
    {
        Aspects.None => [],
        Aspects.Achieve => AchieveOnly,
        Aspects.Achieve | Aspects.Monitor => AchieveMonitor,
        Aspects.All => AllAspects,
        _ => OtherAspectList(aspects),
    };

    // The rarer sets of aspects, in order: a method of their own, since the lambda's closure would
    // otherwise be made on every call of AspectList, whichever arm it takes.
    private static IReadOnlyList<EvidencePurpose> OtherAspectList(Aspects aspects) =>
        [.. new[] { EvidencePurpose.Achieve, EvidencePurpose.Monitor, EvidencePurpose.Validate }.Where(p => (aspects & (Aspects)(1 << (int)p)) != 0)];


    // Facts that contradict each other are inconsistent even where no answer reads them.
    private static bool Inconsistent(Coverage coverage, List<Contradiction> contradictions, IReadOnlyList<FactDispute> disputes) =>
        coverage.Unverified > 0 || contradictions.Count > 0 || disputes.Count > 0;

    // Whether words against a stated fact decided any answer (see StatedAgainst).
    private static bool Decides(IReadOnlyList<StatementDispute> statedAgainst, ExpectationResult[] results) =>
        statedAgainst.Count > 0 && results.Any(r => r.Reasons.Any(x => x.Code == ReasonCodes.FactContradictedByStatement));

    private Reason[] Notes(Attestation attestation, ExpectationResult[] results, Coverage coverage, bool heavyNotApplicable, bool inconsistencyCapped, IReadOnlyList<FactDispute> disputes, IReadOnlyList<StatementDispute> statedAgainst, IReadOnlyList<AudienceNames.Named> undeclared)
    {
        var mismatch = attestation.RuleSet is { } reference && (reference.Id != RuleSet.Id || (reference.Version is not null && reference.Version != RuleSet.Version));
        var unused = InputGatherer.UnusedAnswers(_byId, attestation);
        var reused = EvidenceReuse.Find(attestation, results, _classOf);
        var nothingInScope = coverage.InScope == 0;
        if (!mismatch && unused is null && reused is null && !heavyNotApplicable && !inconsistencyCapped && !nothingInScope && disputes.Count == 0 && !Decides(statedAgainst, results) && undeclared.Count == 0)
        {
            return [];
        }

        var notes = new List<Reason>();
        if (nothingInScope)
        {
            notes.Add(new Reason(ReasonCodes.NothingInScope, ReasonWording.NothingInScope, "/answers", coverage.Expectations, coverage.ClaimedNotApplicable));
        }

        if (inconsistencyCapped)
        {
            notes.Add(new Reason(ReasonCodes.InconsistencyCap, ReasonWording.InconsistencyCap, "/answers", coverage.Unverified, results.Sum(r => r.Reasons.Count(x => x.Code == ReasonCodes.Contradicted)), ScoringPolicy.InconsistencyCap, disputes.Count));
        }

        foreach (var dispute in disputes)
        {
            notes.Add(new Reason(ReasonCodes.FactsInconsistent, ReasonWording.FactsInconsistent, dispute.Fact.Pointer, dispute.Fact.Path, dispute.Stated, dispute.Other.Path, dispute.Expected, dispute.OtherStated));
        }

        foreach (var against in statedAgainst)
        {
            // Noted where it decided an answer: words against a fact no answer reads change no number.
            if (!results.Any(r => r.Reasons.Any(x => x.Code == ReasonCodes.FactContradictedByStatement && x.Pointer == against.Fact.Pointer)))
            {
                continue;
            }

            notes.Add(new Reason(ReasonCodes.FactsContradictedByStatement, ReasonWording.FactsContradictedByStatement, against.Fact.Pointer, against.Fact.Path, against.Stated, against.Source, against.Words));
        }

        foreach (var named in undeclared)
        {
            notes.Add(new Reason(ReasonCodes.AudienceNamed, ReasonWording.AudienceNamed, named.Pointer, named.Audience, named.Word));
        }

        if (heavyNotApplicable)
        {
            notes.Add(new Reason(ReasonCodes.NotApplicableHeavy, ReasonWording.NotApplicableHeavy, "/answers", coverage.ClaimedNotApplicable, ScoringPolicy.NotApplicableShare, ScoringPolicy.NotApplicableCap));
        }

        notes.AddRange(reused ?? []);
        if (mismatch)
        {
            notes.Add(new Reason(ReasonCodes.RuleSetMismatch, ReasonWording.RuleSetMismatch, "/ruleSet", attestation.RuleSet!.Id, attestation.RuleSet.Version, RuleSet.Id, RuleSet.Version));
        }

        foreach (var (id, pointer, deprecated) in unused ?? [])
        {
            notes.Add(deprecated is null && _leftOut.Contains(id)
                ? new Reason(ReasonCodes.LeftOutExpectation, ReasonWording.LeftOutExpectation, pointer, id, RuleSet.Profile!.Id, RuleSet.Profile.Version, RuleSet.Id, RuleSet.Version)
                : deprecated is null
                ? new Reason(ReasonCodes.UnknownExpectation, ReasonWording.UnknownExpectation, pointer, id, RuleSet.Id, RuleSet.Version)
                : new Reason(ReasonCodes.DeprecatedExpectation, ReasonWording.DeprecatedExpectation, pointer, id, deprecated.ReplacedBy));
        }

        return [.. notes];
    }

    // Whether many of the claims' statements use none of their expectations' topic words (see
    // ExpectationTopic.AreHeld): only then is each claim held to its topic.
    private bool HoldsClaimsToTopics(AttestationContext context)
    {
        var (claims, misses) = (0, 0);
        for (var i = 0; i < _active.Length; i++)
        {
            if (context.AnswerTo(i) is { Status: AnswerStatus.Implemented or AnswerStatus.Partial, Statement: not null } && _active[i].Topic is { } topic)
            {
                claims++;
                misses += context.Statements.MissesTopic(i, topic) ? 1 : 0;
            }
        }

        return ExpectationTopic.AreHeld(misses, claims);
    }
}
