using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Tests.Waivers;

/// <summary>Waivers applied directly, not only through the tool: what each one's state is, and that scores never move.</summary>
public class WaiverApplierTests
{
    private static readonly DateTime Date = new(2026, 11, 1);

    private static readonly EvaluationReport Report = new AttestationEvaluator().Evaluate(
        new AttestationReader().ReadFile(Path.Combine(RepositoryPaths.Samples, "tinpot-talk.json")).GetValueOrThrow(), Date);

    private static Waiver For(string id, DateTime expires) =>
        new() { ExpectationId = id, Justification = "Accepted until the new client ships; tracked in the risk register.", Approver = "Head of Security", Expires = expires };

    [Fact]
    public void EachWaiver_GetsTheStateItsDatesAndItsExpectationGiveIt()
    {
        var gaps = Report.Expectations.Where(e => e.IsGap).Select(e => e.Id).ToArray();
        var met = Report.Expectations.First(e => !e.IsGap).Id;
        gaps.Should().HaveCountGreaterThanOrEqualTo(4, "the sample is full of gaps");

        var applied = WaiverApplier.Apply(Report, new WaiverSet
        {
            SchemaVersion = WaiverSet.CurrentSchemaVersion,
            Waivers =
            [
                For(gaps[0], Date),
                For(gaps[1], Date.AddDays(-1)),
                For(gaps[2], Date.AddMonths(WaiverApplier.MaximumHorizonMonths)),
                For(gaps[3], Date.AddMonths(WaiverApplier.MaximumHorizonMonths).AddDays(1)),
                For(met, Date.AddMonths(1)),
                For("ZZZ-99", Date.AddMonths(1)),
            ],
        });

        applied.Waivers.Select(w => w.State).Should().Equal(
            WaiverState.Active, WaiverState.Expired, WaiverState.Active, WaiverState.BeyondHorizon, WaiverState.NotNeeded, WaiverState.UnknownExpectation);
        applied.Expectations.Where(e => e.IsWaived).Select(e => e.Id).Should().BeEquivalentTo([gaps[0], gaps[2]]);
        applied.BaselineGaps.Where(g => g.IsWaived).Select(g => g.ExpectationId).Should().OnlyContain(id => id == gaps[0] || id == gaps[2]);
    }

    [Fact]
    public void AWaiver_NeverChangesAScoreARatingOrAnOutcome()
    {
        var everyGap = Report.Expectations.Where(e => e.IsGap).Select(e => For(e.Id, Date.AddMonths(6))).ToList();

        var applied = WaiverApplier.Apply(Report, new WaiverSet { SchemaVersion = WaiverSet.CurrentSchemaVersion, Waivers = everyGap });

        applied.Expectations.Should().OnlyContain(e => e.IsWaived == e.IsGap);
        applied.Score.Should().Be(Report.Score);
        applied.Rating.Should().Be(Report.Rating);
        applied.BaselineGatePassed.Should().Be(Report.BaselineGatePassed);
        applied.Expectations.Select(e => (e.Id, e.Outcome, e.Score)).Should().Equal(Report.Expectations.Select(e => (e.Id, e.Outcome, e.Score)));
        PrivacyPrinciplesJson.Serialize(WaiverApplier.Apply(applied, new WaiverSet { SchemaVersion = WaiverSet.CurrentSchemaVersion, Waivers = [] }))
            .Should().Be(PrivacyPrinciplesJson.Serialize(Report), "applying no waivers undoes nothing and adds nothing");
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        FluentActions.Invoking(() => WaiverApplier.Apply(null!, new WaiverSet { SchemaVersion = WaiverSet.CurrentSchemaVersion, Waivers = [] })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => WaiverApplier.Apply(Report, null!)).Should().Throw<ArgumentNullException>();
    }
}
