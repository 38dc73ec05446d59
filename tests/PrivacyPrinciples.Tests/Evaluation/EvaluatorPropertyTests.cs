using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Tests.Support;
using static PrivacyPrinciples.Tests.Support.FactEdits;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Invariants of the scoring contract, checked on generated attestations.</summary>
public class EvaluatorPropertyTests
{
    private static readonly AttestationEvaluator Evaluator = new();
    private static readonly RuleSet Rules = BuiltInRuleSets.VtcJointStatement2020;
    private static readonly DateTime Date = TestAttestations.EvaluationDate;

    private static EvaluationReport Evaluate(Attestation attestation) => Evaluator.Evaluate(attestation, Date);

    [Fact]
    public void EveryScore_StaysWithinZeroToHundred()
    {
        AttestationGenerators.Attestation.Sample(attestation =>
        {
            var report = Evaluate(attestation);
            var numbers = new List<double?> { report.Score, report.Implementation, report.Assurance };
            numbers.AddRange(report.Principles.SelectMany(p => new[] { p.Score, p.Implementation, p.Assurance }));
            numbers.AddRange(report.Expectations.SelectMany(e => new[] { e.Score, e.Implementation, e.Assurance }));
            numbers.Should().OnlyContain(n => n == null || (n >= 0 && n <= 100));
        });
    }

    [Fact]
    public void ABetterStatus_NeverLowersAnyScore()
    {
        var gen = Gen.Select(AttestationGenerators.Attestation, Gen.Int[0, AttestationGenerators.Ids.Length - 1], Gen.Int[0, 3], Gen.Int[0, 3], AttestationGenerators.Answer);
        gen.Sample((attestation, index, first, second, plan) =>
        {
            var id = AttestationGenerators.Ids[index];
            var (worse, better) = (Math.Min(first, second), Math.Max(first, second));
            var answer = plan.For(id, [.. attestation.Evidence]) with { Status = AttestationGenerators.StatusOrder[worse] };

            var unanswered = attestation.WithAnswers(attestation.Answers.Where(p => p.Key != id));
            var lower = unanswered.With(id, answer);
            var higher = unanswered.With(id, answer with { Status = AttestationGenerators.StatusOrder[better] });

            // Answering never lowers a score, with one exception by design: the answer's citations
            // may make a narrow document cited under enough expectations it misses to be held to
            // its subject, and its citations elsewhere then earn nothing (evidence.offSubject). A
            // better status, with the same citations, never lowers one.
            var (before, answered) = (Evaluate(unanswered), Evaluate(lower));
            if (OffSubjectCitations(answered) <= OffSubjectCitations(before))
            {
                AssertNotLower(before, answered);
            }

            AssertNotLower(answered, Evaluate(higher));
        });
    }

    private static int FactsContradictedByStatements(EvaluationReport report) =>
        report.Notes.Count(n => n.Code == ReasonCodes.FactsContradictedByStatement);

    private static int OffSubjectCitations(EvaluationReport report) =>
        report.Expectations.Sum(e => e.Reasons.Count(r => r.Code == ReasonCodes.EvidenceOffSubject));

    [Fact]
    public void AddingCurrentFittingEvidence_NeverLowersAnyScore()
    {
        var gen = Gen.Select(AttestationGenerators.Attestation, Gen.Int[0, AttestationGenerators.Ids.Length - 1], Gen.Enum<EvidencePurpose>(), Gen.Int[0, 20]);
        gen.Sample((attestation, index, purpose, pick) =>
        {
            var id = AttestationGenerators.Ids[index];
            if (!attestation.Answers.TryGetValue(id, out var answer))
            {
                return;
            }

            var expectation = Rules.Expectations.Single(e => e.Id == id);
            var fitting = Rules.EvidenceClasses.Single(c => c.Id == expectation.EvidenceClass).KindsFor(purpose);
            var kind = fitting[pick % fitting.Count];
            var item = new Evidence
            {
                Id = "added",
                Kind = kind,
                Reference = "https://example.example/added-evidence",
                Issued = Date.AddDays(-30),
                Expires = Date.AddDays(30),
                Independent = purpose == EvidencePurpose.Validate,
                Issuer = "Example Assurance LLP",
            };
            var more = (attestation with { Evidence = [.. attestation.Evidence, item] })
                .With(id, answer with { Evidence = [.. answer.Evidence, new EvidenceCitation { Ref = "added", Shows = purpose }] });

            AssertNotLower(Evaluate(attestation), Evaluate(more));
        });
    }

    [Fact]
    public void StatingAFactThatHolds_NeverLowersAnyScore()
    {
        var gen = Gen.Select(AttestationGenerators.Attestation, Gen.Int[0, FactCatalog.All.Count - 1]);
        gen.Sample((attestation, index) =>
        {
            var fact = FactCatalog.All[index];
            if (!fact.Read(attestation.Facts).IsMissing)
            {
                return;
            }

            var stated = attestation with { Facts = With(attestation.Facts, fact.Path, Holding[fact.Path]) };

            // A fact that contradicts another stated fact does not hold, whatever its own checks say (next test).
            if (FactConsistency.Check(stated.Facts).Disputes.Count > FactConsistency.Check(attestation.Facts).Disputes.Count)
            {
                return;
            }

            AssertNotLower(Evaluate(attestation), Evaluate(stated));
        });
    }

    [Fact]
    public void AFactStatedAgainstAnother_NeverRaisesAnyScore_AboveEitherFactAlone()
    {
        var pairs = FactConsistency.Pairs.ToArray();
        var gen = Gen.Select(AttestationGenerators.Attestation, Gen.Int[0, pairs.Length - 1]);
        gen.Sample((attestation, index) =>
        {
            var (when, requires, _) = pairs[index];
            var (whenValue, requiresValue) = Disagreeing(when, requires);
            var neither = Without(Without(attestation.Facts, when), requires);
            var both = Evaluate(attestation with { Facts = With(With(neither, when, whenValue), requires, requiresValue) });
            foreach (var alone in new[] { With(neither, when, whenValue), With(neither, requires, requiresValue) })
            {
                var report = Evaluate(attestation with { Facts = alone });
                if (report.Score is not null)
                {
                    AssertNotLower(both, report);
                }
            }
        });
    }

    // The first values of the two facts that the consistency test finds contradict each other.
    private static (FactValue When, FactValue Requires) Disagreeing(string when, string requires)
    {
        foreach (var w in Candidates(when))
        {
            foreach (var r in Candidates(requires))
            {
                if (FactConsistency.Check(With(With(new ServiceFacts(), when, w), requires, r)).Disputes.Count > 0)
                {
                    return (w, r);
                }
            }
        }

        throw new InvalidOperationException($"{when} and {requires} never disagree.");

    }

    [Fact]
    public void AnAnswer_NeverScoresHigherThanTheSameAnswerWithMoreSubstance()
    {
        var gen = Gen.Select(AttestationGenerators.Attestation, Gen.Int[0, AttestationGenerators.Ids.Length - 1], AttestationGenerators.Answer);
        gen.Sample((attestation, index, plan) =>
        {
            var id = AttestationGenerators.Ids[index];
            var pool = attestation.Evidence.ToArray();
            var thin = attestation.With(id, plan.For(id, pool));
            var substantial = attestation.With(id, (plan with
            {
                Statement = AttestationGenerators.Text.Substantive,
                Justification = AttestationGenerators.Text.Substantive,

                // A scope is substance for a partial claim (what it covers), but limits any other:
                // an "implemented" claim with one is judged as partial. So only a partial claim gains one.
                Scope = plan.Scope || plan.Status == AnswerStatus.Partial,
            }).For(id, pool));

            // More substance never lowers a score, with one exception by design: a statement that
            // says the opposite of a stated fact ("cloud recordings are kept 30 days" beside
            // recording stated absent) leaves the fact deciding nothing (check.contradictedByStatement).
            var (before, after) = (Evaluate(thin), Evaluate(substantial));
            if (FactsContradictedByStatements(after) <= FactsContradictedByStatements(before))
            {
                AssertNotLower(before, after);
            }
        });
    }

    [Fact]
    public void TheOrderOfAnswersAndCitations_DoesNotChangeTheResult()
    {
        Gen.Select(AttestationGenerators.Attestation, Gen.Int).Sample((attestation, seed) =>
        {
            var random = new Random(seed);
            var shuffled = attestation.WithAnswers(attestation.Answers
                .OrderBy(_ => random.Next())
                .Select(p => new KeyValuePair<string, Answer>(p.Key, p.Value with { Evidence = [.. p.Value.Evidence.OrderBy(_ => random.Next())] })));

            Projection(Evaluate(shuffled)).Should().Be(Projection(Evaluate(attestation)));
        });
    }

    [Fact]
    public void EveryAggregate_RecomputesFromThePublishedNumbers()
    {
        AttestationGenerators.Attestation.Sample(attestation =>
        {
            var report = Evaluate(attestation);
            foreach (var principle in report.Principles)
            {
                var inScope = principle.Expectations.Where(e => e.Score is not null).ToArray();
                var weights = inScope.Sum(e => e.Weight);
                principle.Score.Should().Be(weights == 0 ? null : Math.Round(inScope.Sum(e => e.Score!.Value * e.Weight) / weights, 2, MidpointRounding.AwayFromZero));
            }

            var scored = report.Principles.Where(p => p.Score is not null).ToArray();
            report.Score.Should().Be(Math.Round(scored.Sum(p => p.Score!.Value * p.Weight) / scored.Sum(p => p.Weight), 2, MidpointRounding.AwayFromZero));
        });
    }

    [Fact]
    public void TheRating_IsTheUncappedRatingLoweredOnlyByTheDocumentedCaps()
    {
        AttestationGenerators.Attestation.Sample(attestation =>
        {
            var report = Evaluate(attestation);
            // The built-in rule set always has something in scope, so every report is rated.
            report.Rating.Should().NotBeNull();
            ((int)report.Rating!.Value).Should().BeLessThanOrEqualTo((int)report.UncappedRating!.Value);
            if (report.BaselineGaps.Count > 0)
            {
                report.Rating.Should().BeOneOf(Rating.Poor, Rating.Weak);
            }

            if (report.Coverage.Unverified > 0 || report.Contradictions.Count > 0)
            {
                report.Rating.Should().NotBe(Rating.Exemplary, "exemplary needs every claim supported and consistent");
            }

            if (report.BaselineGaps.Count == 0 && report.Coverage.Unverified == 0 && report.Contradictions.Count == 0 && report.Notes.All(n => !n.Code.StartsWith("rating.", StringComparison.Ordinal)))
            {
                report.Rating.Should().Be(report.UncappedRating);
            }
        });
    }

    // The value of each fact that every condition reading it (checks and "not applicable" conditions) accepts.
    private static readonly Dictionary<string, FactValue> Holding = FactCatalog.All.ToDictionary(
        f => f.Path,
        f => f.Read(TestAttestations.GoodFacts) is { IsMissing: false } good && !f.Path.StartsWith("features.", StringComparison.Ordinal) ? good : FactValue.From(false),
        StringComparer.Ordinal);

    private static void AssertNotLower(EvaluationReport before, EvaluationReport after)
    {
        after.Score!.Value.Should().BeGreaterThanOrEqualTo(before.Score!.Value);
        after.Implementation!.Value.Should().BeGreaterThanOrEqualTo(before.Implementation!.Value);
        after.Assurance!.Value.Should().BeGreaterThanOrEqualTo(before.Assurance!.Value);
        after.BaselineGaps.Select(g => g.ExpectationId).Should().BeSubsetOf(before.BaselineGaps.Select(g => g.ExpectationId));
        foreach (var (b, a) in before.Principles.Zip(after.Principles))
        {
            (a.Score ?? 0).Should().BeGreaterThanOrEqualTo(b.Score ?? 0, a.Id);
            (a.Assurance ?? 0).Should().BeGreaterThanOrEqualTo(b.Assurance ?? 0, a.Id);
        }

        foreach (var (b, a) in before.Expectations.Zip(after.Expectations))
        {
            (a.Score ?? 0).Should().BeGreaterThanOrEqualTo(b.Score ?? 0, a.Id);
            (a.Implementation ?? 0).Should().BeGreaterThanOrEqualTo(b.Implementation ?? 0, a.Id);
            (a.Assurance ?? 0).Should().BeGreaterThanOrEqualTo(b.Assurance ?? 0, a.Id);
        }
    }

    private static string Projection(EvaluationReport report) => string.Join("|",
        new[] { report.Score, report.Implementation, report.Assurance }.Select(n => n?.ToString(CultureInfo.InvariantCulture))
            .Concat([report.Rating.ToString(), string.Join(",", report.BaselineGaps.Select(g => g.ExpectationId))])
            .Concat(report.Expectations.Select(e => $"{e.Id}:{e.Outcome}:{string.Join("+", e.AssuranceAspects)}:{e.Score?.ToString(CultureInfo.InvariantCulture)}:{e.FollowUps.Count}")));
}
