using System;
using System.Collections.Generic;
using System.Linq;
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
/// </remarks>
public sealed class AttestationEvaluator : IAttestationEvaluator
{
    private readonly EvaluationOptions _options;
    private readonly (Expectation Expectation, CompiledCheck Check)[] _active;

    // Two constructors with an optional options argument (RS0026) shipped before the API was
    // tracked; they do not overlap ((options) against (ruleSet, options)), so they stay.
#pragma warning disable RS0026
    /// <summary>Creates an evaluator for the built-in rule set <see cref="BuiltInRuleSets.VtcJointStatement2020"/>.</summary>
    /// <param name="options">How to date evaluations; copied. When <see langword="null"/>, the defaults.</param>
    public AttestationEvaluator(EvaluationOptions? options = null)
        : this(BuiltInRuleSets.VtcJointStatement2020, options)
    {
    }

    /// <summary>Creates an evaluator for a rule set.</summary>
    /// <param name="ruleSet">The rule set; it is validated completely.</param>
    /// <param name="options">How to date evaluations; copied. When <see langword="null"/>, the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The rule set is not valid; the message lists every problem.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public AttestationEvaluator(RuleSet ruleSet, EvaluationOptions? options = null)
#pragma warning restore RS0026
    {
        RuleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        var errors = RuleSetValidator.Validate(ruleSet);
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                string.Join(Environment.NewLine, [$"Rule set '{ruleSet.Id}' is not valid:", .. errors.Select(e => "  " + e)]),
                nameof(ruleSet));
        }

        _options = (options ?? new EvaluationOptions()).Copy();
        _active = ruleSet.Expectations
            .Where(e => e.Lifecycle == ExpectationLifecycle.Active)
            .Select(e => (e, CompiledCheck.All(e.Checks)))
            .ToArray();
    }

    /// <inheritdoc/>
    public RuleSet RuleSet { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="attestation"/> is <see langword="null"/>.</exception>
    public EvaluationReport Evaluate(Attestation attestation) => Evaluate(attestation, _options.Today());

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="attestation"/> is <see langword="null"/>.</exception>
    public EvaluationReport Evaluate(Attestation attestation, DateTime evaluationDate)
    {
        _ = attestation ?? throw new ArgumentNullException(nameof(attestation));
        var date = evaluationDate.Date;
        var results = new List<(ExpectationResult Result, Assessment Assessment)>(_active.Length);
        foreach (var (expectation, check) in _active)
        {
            var input = InputGatherer.Gather(expectation, attestation, date);
            var assessment = ExpectationAssessor.Assess(input, check, _options.EvidenceValidityMonths);
            var unscored = new ExpectationResult
            {
                Id = expectation.Id,
                Principle = expectation.Principle,
                Title = expectation.Title,
                Level = input.Level,
                BaseLevel = expectation.Level,
                RaisedBy = input.RaisedBy,
                Weight = 0,
                Status = assessment.Status,
                Outcome = assessment.Outcome,
                AssuranceLevel = assessment.Assurance,
                BaselineGap = input.Level == ExpectationLevel.Baseline && assessment.InScope && assessment.Outcome != Outcome.Met,
                FollowUps = assessment.FollowUps.ToArray(),
            };
            results.Add((ScoringPolicy.ScoreExpectation(unscored, assessment, expectation, input.Level), assessment));
        }

        return Report(attestation, date, results);
    }

    private EvaluationReport Report(Attestation attestation, DateTime date, List<(ExpectationResult Result, Assessment Assessment)> results)
    {
        var principles = RuleSet.Principles.Select(p => ScorePrinciple(p, results.Select(r => r.Result).Where(r => r.Principle == p.Id).ToArray())).ToArray();
        var scored = principles.Where(p => p.Score is not null).ToArray();
        var score = Mean(scored, p => p.Score!.Value);
        var gaps = results
            .Where(r => r.Result.BaselineGap)
            .Select(r => new BaselineGap { ExpectationId = r.Result.Id, Title = r.Result.Title, Outcome = r.Result.Outcome })
            .ToArray();
        var uncapped = ScoringPolicy.RatingFor(score);

        return new EvaluationReport
        {
            RuleSet = new RuleSetInfo { Id = RuleSet.Id, Version = RuleSet.Version, Title = RuleSet.Title, Profile = RuleSet.Profile },
            Attestation = new AttestationInfo
            {
                VendorId = attestation.Vendor.Id,
                Vendor = attestation.Vendor.Name,
                Service = attestation.Service.Name,
                Tier = attestation.Service.Tier,
                AttestedOn = attestation.AttestedOn.Date,
                Audiences = attestation.Audiences.Distinct().OrderBy(a => a).ToArray(),
            },
            EvaluatedOn = date,
            Score = score,
            Implementation = Mean(scored, p => p.Implementation!.Value),
            Assurance = Mean(scored, p => p.Assurance!.Value),
            Rating = ScoringPolicy.Cap(uncapped, gaps.Length > 0),
            UncappedRating = uncapped,
            BaselineGaps = gaps,
            Coverage = new Coverage
            {
                Expectations = results.Count,
                InScope = results.Count(r => r.Assessment.InScope),
                Answered = results.Count(r => r.Result.Status is not null),
                NotAnswered = results.Count(r => r.Result.Outcome == Outcome.NotAnswered),
                NotApplicable = results.Count(r => r.Result.Outcome == Outcome.NotApplicable),
            },
            Principles = principles,
            Contradictions = results.SelectMany(r => r.Assessment.Contradictions).ToArray(),
            Notes = Notes(attestation).ToArray(),
        };

        double Mean(PrincipleResult[] items, Func<PrincipleResult, double> value) =>
            Score.WeightedMean(items.Select(p => (value(p), p.Weight)).ToArray()) ?? 0;
    }

    private static PrincipleResult ScorePrinciple(Principle principle, ExpectationResult[] expectations)
    {
        var inScope = expectations.Where(e => e.Score is not null).ToArray();
        return new PrincipleResult
        {
            Id = principle.Id,
            Title = principle.Title,
            Weight = principle.Weight,
            Score = Score.WeightedMean(inScope.Select(e => (e.Score!.Value, e.Weight)).ToArray()),
            Implementation = Score.WeightedMean(inScope.Select(e => (e.Implementation!.Value, e.Weight)).ToArray()),
            Assurance = Score.WeightedMean(inScope.Select(e => (e.Assurance!.Value, e.Weight)).ToArray()),
            Expectations = expectations,
        };
    }

    private IEnumerable<Reason> Notes(Attestation attestation)
    {
        if (attestation.RuleSet is { } reference && (reference.Id != RuleSet.Id || (reference.Version is not null && reference.Version != RuleSet.Version)))
        {
            yield return new Reason
            {
                Code = ReasonCodes.RuleSetMismatch,
                Message = $"The attestation was written against {reference.Id} {reference.Version} but is evaluated against {RuleSet.Id} {RuleSet.Version}.",
                Pointer = "/ruleSet",
            };
        }

        foreach (var (id, pointer, deprecated) in InputGatherer.UnusedAnswers(RuleSet, attestation))
        {
            yield return deprecated is null
                ? new Reason { Code = ReasonCodes.UnknownExpectation, Message = $"The answer to '{id}' was ignored: rule set {RuleSet.Id} {RuleSet.Version} has no such expectation.", Pointer = pointer }
                : new Reason
                {
                    Code = ReasonCodes.DeprecatedExpectation,
                    Message = deprecated.ReplacedBy is null
                        ? $"The answer to '{id}' was ignored: the expectation is deprecated."
                        : $"The answer to '{id}' was ignored: the expectation is deprecated and replaced by {deprecated.ReplacedBy}.",
                    Pointer = pointer,
                };
        }
    }
}
