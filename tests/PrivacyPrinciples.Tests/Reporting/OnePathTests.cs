using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Reporting;

/// <summary>
/// One path from file to report: what the reader produced goes into the evaluator, the report
/// carries its source, locations and rule set, and a writer needs the report and nothing else.
/// </summary>
public class OnePathTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "reporting", "lanternfish-classroom.json");

    [Fact]
    public void Evaluate_ReadResult_CarriesTheSourceAndTheLocations()
    {
        var read = new AttestationReader().ReadFile(Sample);

        var report = new AttestationEvaluator().Evaluate(read, EvaluationDate);

        report.Attestation.Source.Should().Be(Sample);
        report.Locations.Should().BeSameAs(read.Locations);
        PrivacyPrinciplesJson.Serialize(report).Should().Be(PrivacyPrinciplesJson.Serialize(new AttestationEvaluator().Evaluate(read.Value!, EvaluationDate) with { Attestation = report.Attestation }),
            "reading through the result changes only what the report says about its source");
    }

    [Fact]
    public void Evaluate_FailedRead_IsRefusedWithItsErrors()
    {
        var read = new AttestationReader().Read("{\"schemaVersion\": 7}", "broken.json");

        var act = () => new AttestationEvaluator().Evaluate(read, EvaluationDate);

        act.Should().Throw<ArgumentException>().WithParameterName("document")
            .Which.Message.Should().Contain("'broken.json' was not read").And.Contain(read.Errors[0].Code);
    }

    [Fact]
    public void Evaluate_AttestationInCode_HasNoSourceAndNoLocations()
    {
        var report = new AttestationEvaluator().Evaluate(WithGoodFacts(), EvaluationDate);

        (report.Attestation.Source, report.Locations).Should().Be((null, null));
    }

    [Fact]
    public void SarifWriter_GivenOnlyTheReport_PointsAtTheFileAndTheAnswersLines()
    {
        var report = new AttestationEvaluator().Evaluate(new AttestationReader().ReadFile(Sample), EvaluationDate);
        using var text = new StringWriter();

        new SarifReportWriter().Write(report, text);

        using var log = JsonDocument.Parse(text.ToString());
        var run = log.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength()
            .Should().Be(BuiltInRuleSets.VtcJointStatement2020.Expectations.Count(e => e.Lifecycle == ExpectationLifecycle.Active), "the rules come from the rule set the report was evaluated against");
        var locations = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation")).ToArray();
        locations.Should().NotBeEmpty();
        locations.Should().OnlyContain(l => l.GetProperty("region").GetProperty("startLine").GetInt32() > 1);
        locations.Select(l => l.GetProperty("artifactLocation").GetProperty("uri").GetString()).Distinct().Should().ContainSingle().Which.Should().EndWith("lanternfish-classroom.json");
    }

    [Fact]
    public void JsonWriter_GivenOneReport_WritesTheReportObjectAsTheSerialiserDoes()
    {
        var report = new AttestationEvaluator().Evaluate(WithGoodFacts(), EvaluationDate);
        using var text = new StringWriter();

        new JsonReportWriter().Write(report, text);

        text.ToString().Should().Be(PrivacyPrinciplesJson.Serialize(report));
    }

    [Fact]
    public void Batch_WithoutARuleSet_IsHeadedByTheRuleSetTheReportsUsed()
    {
        BuiltInRuleSets.TryGet(BuiltInRuleSets.VtcJointStatement2020.Id, "1.0.0", out var ruleSet).Should().BeTrue();
        var report = new AttestationEvaluator(ruleSet!).Evaluate(WithGoodFacts(), EvaluationDate);

        new ReportBatch([report]).HeadingRuleSet().Should().BeSameAs(ruleSet);
        (new ReportBatch([report]) { RuleSet = BuiltInRuleSets.VtcJointStatement2020 }).HeadingRuleSet().Should().BeSameAs(BuiltInRuleSets.VtcJointStatement2020);
    }

    [Fact]
    public void Batch_OfReportsReadBackFromJson_IsHeadedByTheBuiltInRuleSetTheyName()
    {
        var report = new AttestationEvaluator().Evaluate(WithGoodFacts(), EvaluationDate);
        var readBack = new ReportReader().Read(PrivacyPrinciplesJson.Serialize(report), "report.json").GetValueOrThrow();

        new ReportBatch(readBack).HeadingRuleSet().Should().BeSameAs(BuiltInRuleSets.VtcJointStatement2020);
    }

    [Fact]
    public void Batch_OfReadBackReportsOfAnUnknownRuleSet_AsksForTheRuleSet()
    {
        var custom = BuiltInRuleSets.VtcJointStatement2020 with { Id = "acme-rules", Title = "Acme rules" };
        var report = new AttestationEvaluator(custom).Evaluate(WithGoodFacts(), EvaluationDate);
        var readBack = new ReportReader().Read(PrivacyPrinciplesJson.Serialize(report), "report.json").GetValueOrThrow();

        var act = () => new SarifReportWriter().Write(new ReportBatch(readBack), new StringWriter());

        act.Should().Throw<InvalidOperationException>().WithMessage("*'acme-rules'*set ReportBatch.RuleSet*");
    }
}
