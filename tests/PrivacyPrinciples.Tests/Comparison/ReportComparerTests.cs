using System;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Waivers;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Comparison;

/// <summary>Two evaluations compared directly, not only through <c>diff</c> and the regression gate.</summary>
public class ReportComparerTests
{
    private static readonly AttestationEvaluator Evaluator = new();

    private static EvaluationReport Evaluate(Attestation attestation) => Evaluator.Evaluate(attestation, EvaluationDate);

    [Fact]
    public void AReportComparedWithItself_HasNothingButUnchangedAndStillMissing()
    {
        var report = Evaluate(WithGoodFacts(Audience.Business).With("SEC-01", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve)));

        var comparison = ReportComparer.Compare(report, report);

        comparison.Expectations.Select(e => e.Change).Distinct().Should().BeEquivalentTo([ChangeKind.Unchanged, ChangeKind.StillMissing]);
        comparison.Regressions.Should().BeEmpty();
        comparison.ScoreAfter.Should().Be(comparison.ScoreBefore);
    }

    [Fact]
    public void AnAnswerThatGetsWorse_IsARegression_UnlessItIsWaived_AndTheOtherWayItIsAnImprovement()
    {
        var good = Evaluate(WithGoodFacts(Audience.Business).With("SEC-04", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve)));
        var worse = Evaluate(WithGoodFacts(Audience.Business).With("SEC-04", AnswerStatus.NotImplemented));

        var regressed = ReportComparer.Compare(good, worse);
        regressed.Expectations.Single(e => e.Id == "SEC-04").Change.Should().Be(ChangeKind.Regressed);
        regressed.Regressions.Select(e => e.Id).Should().Equal("SEC-04");

        ReportComparer.Compare(worse, good).Expectations.Single(e => e.Id == "SEC-04").Change.Should().Be(ChangeKind.Improved);

        var waived = WaiverApplier.Apply(worse, new WaiverSet
        {
            SchemaVersion = WaiverSet.CurrentSchemaVersion,
            Waivers = [new Waiver { ExpectationId = "SEC-04", Justification = "Encryption at rest lands with the storage migration in March.", Approver = "Chief Information Security Officer", Expires = EvaluationDate.AddMonths(4) }],
        });
        ReportComparer.Compare(good, waived).Regressions.Should().BeEmpty("a waived gap does not fail the regression gate");
    }

    [Fact]
    public void Answering_AndNoLongerAnswering_AreTheirOwnChanges()
    {
        var unanswered = Evaluate(WithGoodFacts(Audience.Business));
        var answered = Evaluate(WithGoodFacts(Audience.Business).With("SEC-01", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve)));

        ReportComparer.Compare(unanswered, answered).Expectations.Single(e => e.Id == "SEC-01").Change.Should().Be(ChangeKind.NewlyAnswered);
        var dropped = ReportComparer.Compare(answered, unanswered);
        dropped.Expectations.Single(e => e.Id == "SEC-01").Change.Should().Be(ChangeKind.NoLongerAnswered);
        dropped.Regressions.Select(e => e.Id).Should().Contain("SEC-01");
    }

    [Fact]
    public void ReportsOnTwoVersionsOfTheRuleSet_NameWhatTheNewerOneAdded()
    {
        BuiltInRuleSets.TryGet("vtc-joint-statement-2020@1.0.0", out var first).Should().BeTrue();
        var attestation = WithGoodFacts(Audience.Business).With("SEC-01", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve));

        var comparison = ReportComparer.Compare(new AttestationEvaluator(first!).Evaluate(attestation, EvaluationDate), Evaluate(attestation));

        comparison.Expectations.Where(e => e.Change == ChangeKind.Added).Select(e => e.Id)
            .Should().BeEquivalentTo(["SEC-10", "SEC-11", "SEC-12", "PBD-08", "TRF-07", "TRF-08", "TRF-09"]);
        comparison.Count(ChangeKind.Removed).Should().Be(0);
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        var report = Evaluate(Empty(Audience.Business));

        FluentActions.Invoking(() => ReportComparer.Compare(null!, report)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportComparer.Compare(report, null!)).Should().Throw<ArgumentNullException>();
    }
}
