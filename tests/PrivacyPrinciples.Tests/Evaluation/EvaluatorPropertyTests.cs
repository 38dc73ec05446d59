using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Invariants of the scoring contract, checked on generated attestations.</summary>
public class EvaluatorPropertyTests
{
    private static readonly AttestationEvaluator Evaluator = new();
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
        var gen = Gen.Select(AttestationGenerators.Attestation, Gen.Int[0, AttestationGenerators.Ids.Length - 1], Gen.Int[0, 3], Gen.Int[0, 3], AttestationGenerators.Evidence.Array[0, 3]);
        gen.Sample((attestation, index, first, second, evidence) =>
        {
            var id = AttestationGenerators.Ids[index];
            var (worse, better) = (Math.Min(first, second), Math.Max(first, second));
            var answer = new Answer { Status = AttestationGenerators.StatusOrder[worse], Statement = "How.", Evidence = evidence };

            var unanswered = attestation.WithAnswers(attestation.Answers.Where(p => p.Key != id));
            var lower = unanswered.With(id, answer);
            var higher = unanswered.With(id, answer with { Status = AttestationGenerators.StatusOrder[better] });

            AssertNotLower(Evaluate(unanswered), Evaluate(lower));
            AssertNotLower(Evaluate(lower), Evaluate(higher));
        });
    }

    [Fact]
    public void OneMoreValidPieceOfEvidence_NeverLowersAnyScore()
    {
        var gen = Gen.Select(AttestationGenerators.Attestation, Gen.Int[0, AttestationGenerators.Ids.Length - 1], AttestationGenerators.Evidence);
        gen.Sample((attestation, index, extra) =>
        {
            var id = AttestationGenerators.Ids[index];
            if (!attestation.Answers.TryGetValue(id, out var answer))
            {
                return;
            }

            var current = extra with { Issued = Date.AddDays(-30), Expires = Date.AddDays(30) };
            var more = attestation.With(id, answer with { Evidence = [.. answer.Evidence, current] });

            AssertNotLower(Evaluate(attestation), Evaluate(more));
        });
    }

    [Fact]
    public void TheOrderOfAnswersAndEvidence_DoesNotChangeTheResult()
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
    public void ABaselineGap_AlwaysCapsTheRating()
    {
        AttestationGenerators.Attestation.Sample(attestation =>
        {
            var report = Evaluate(attestation);
            if (report.BaselineGaps.Count > 0)
            {
                report.Rating.Should().BeOneOf(Rating.Poor, Rating.Weak);
            }
            else
            {
                report.Rating.Should().Be(report.UncappedRating);
            }
        });
    }

    private static void AssertNotLower(EvaluationReport before, EvaluationReport after)
    {
        after.Score.Should().BeGreaterThanOrEqualTo(before.Score);
        after.Implementation.Should().BeGreaterThanOrEqualTo(before.Implementation);
        after.Assurance.Should().BeGreaterThanOrEqualTo(before.Assurance);
        ((int)after.Rating).Should().BeGreaterThanOrEqualTo((int)before.Rating);
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
        new[] { report.Score, report.Implementation, report.Assurance }.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat([report.Rating.ToString(), string.Join(",", report.BaselineGaps.Select(g => g.ExpectationId))])
            .Concat(report.Expectations.Select(e => $"{e.Id}:{e.Outcome}:{e.AssuranceLevel}:{e.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{e.FollowUps.Count}")));
}
