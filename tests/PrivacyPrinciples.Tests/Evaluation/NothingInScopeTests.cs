using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// A rule set whose every expectation is for health services, applied to a service that serves none:
/// nothing is in scope, so there is nothing to score. The report says so instead of a 0 rated poor.
/// </summary>
public class NothingInScopeTests
{
    private static readonly RuleSet HealthCareOnly = BuiltInRuleSets.VtcJointStatement2020 with
    {
        Id = "health-care-only",
        Expectations = [.. BuiltInRuleSets.VtcJointStatement2020.Expectations.Select(e => e with { AppliesTo = [Audience.Health], RaisedFor = [] })],
    };

    private static readonly EvaluationReport Report = new AttestationEvaluator(HealthCareOnly).Evaluate(Empty(), EvaluationDate);

    [Fact]
    public void TheReport_HasNoScoreAndNoRating_AndANoteSaysWhy()
    {
        Report.Coverage.InScope.Should().Be(0);
        (Report.Score, Report.Implementation, Report.Assurance, Report.Rating, Report.UncappedRating).Should().Be((null, null, null, null, null));
        Report.Principles.Should().OnlyContain(p => p.Score == null);
        Report.Notes.Select(n => n.Code).Should().Equal(ReasonCodes.NothingInScope);
        Report.Notes[0].Message.Should().StartWith($"None of the {HealthCareOnly.Expectations.Count} expectations is in scope");
        Report.BaselineGatePassed.Should().BeTrue();
    }

    [Fact]
    public void TheSameServiceUnderTheBuiltInRuleSet_IsStillScoredAndRated()
    {
        var report = new AttestationEvaluator().Evaluate(Empty(), EvaluationDate);

        report.Score.Should().NotBeNull();
        report.Rating.Should().Be(Rating.Poor);
        report.Notes.Should().NotContain(n => n.Code == ReasonCodes.NothingInScope);
    }

    [Fact]
    public void TheJsonReport_LeavesTheScoreOut_ConformsToTheSchema_AndReadsBackTheSame()
    {
        var json = PrivacyPrinciplesJson.Serialize(Report);
        json.Should().NotContain("\"score\"").And.NotContain("\"rating\"").And.NotContain("\"uncappedRating\"");

        var read = new ReportReader().Read(json, "nothing-in-scope.json");
        read.Succeeded.Should().BeTrue(string.Join("\n", read.Errors));
        read.Value!.Single().Rating.Should().BeNull();
        PrivacyPrinciplesJson.Serialize(read.Value!.Single()).Should().Be(json);

        var path = Path.Combine(Path.GetTempPath(), $"nothing-in-scope-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, json);
            var ajv = NodeTools.Ajv(RepositoryPaths.Schema("report"), [path]);
            ajv.ExitCode.Should().Be(0, ajv.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EveryWriter_SaysNotRated_InsteadOfAScore()
    {
        Write(new TextReportWriter()).Should().Contain("Overall n/a · not rated");
        Write(new MarkdownReportWriter()).Should().Contain("**Score n/a** · rating **not rated**");
        Write(new HtmlReportWriter()).Should().Contain(">not rated<");
        Write(new CsvReportWriter()).Should().NotBeEmpty();
        Write(new JUnitReportWriter()).Should().NotBeEmpty();
        Write(new SarifReportWriter()).Should().NotBeEmpty();
    }

    [Fact]
    public void AComparison_WithAnUnratedSide_CarriesNoScoreForIt()
    {
        var rated = new AttestationEvaluator(HealthCareOnly).Evaluate(Empty(Audience.Health), EvaluationDate);

        var comparison = ReportComparer.Compare(Report, rated);

        (comparison.ScoreBefore, comparison.RatingBefore).Should().Be((null, null));
        comparison.ScoreAfter.Should().Be(rated.Score).And.NotBeNull();
        comparison.RatingAfter.Should().Be(rated.Rating);
    }

    private static string Write(ReportWriter writer)
    {
        var text = new StringWriter();
        writer.Write(Report, text);
        return text.ToString();
    }
}
