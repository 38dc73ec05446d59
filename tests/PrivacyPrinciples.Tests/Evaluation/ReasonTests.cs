using System;
using System.IO;
using System.Linq;
using System.Reflection;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Reasons as data: a public code, named arguments, and the English wording applied only when asked.</summary>
public class ReasonTests
{
    private static readonly AttestationEvaluator Evaluator = new();

    [Fact]
    public void ExpiredEvidence_CarriesItsArgumentsAndIsWordedFromThem()
    {
        var expired = Evidence(EvidencePurpose.Validate, independent: true, issued: new DateTime(2025, 1, 1), expires: new DateTime(2026, 10, 31), id: "cert");

        var reason = Evaluator.Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, expired), EvaluationDate)
            .GetExpectation("SEC-07").Reasons.Single(r => r.Code == ReasonCodes.EvidenceExpired);

        reason.Arguments.Should().Equal(new ReasonArgument("evidence", "cert"), new ReasonArgument("expires", "2026-10-31"), new ReasonArgument("evaluatedOn", "2026-11-01"));
        reason.Message.Should().Be("Evidence 'cert' expired on 2026-10-31, before the evaluation date 2026-11-01, so it does not count.");
        reason.Pointer.Should().Be("/evidence/0/expires");
    }

    [Fact]
    public void Calculation_CarriesTheNumbersOfItsArithmetic()
    {
        var reason = Evaluator.Evaluate(WithGoodFacts(), EvaluationDate).GetExpectation("SEC-01").Reasons.Single(r => r.Code == ReasonCodes.Calculation);

        reason.Arguments.Select(a => a.Name).Should().Equal("implementation", "assurance", "score", "weight", "levelFactor", "level", "weighted");
        reason.Arguments.Single(a => a.Name == "level").Value.Should().Be("baseline");
        reason.Message.Should().StartWith("Score = implementation 0 × (0.5 + 0.5 × assurance 0 ÷ 100) = 0; weight ");
    }

    [Fact]
    public void ReasonReadBackFromJson_HasTheSameMessageAndNoArguments()
    {
        var report = Evaluator.Evaluate(WithGoodFacts(), EvaluationDate);
        var readBack = new ReportReader().Read(PrivacyPrinciplesJson.Serialize(report), "report.json").GetValueOrThrow().Single();

        var original = report.Expectations.SelectMany(e => e.Reasons).ToArray();
        var read = readBack.Expectations.SelectMany(e => e.Reasons).ToArray();

        read.Should().Equal(original, "a reason is equal to another with the same code, pointer and message");
        read.Should().OnlyContain(r => r.Arguments.Count == 0);
        original.Should().Contain(r => r.Arguments.Count > 0);
    }

    [Fact]
    public void ToString_IsTheCodeTheMessageAndThePointer()
    {
        var reason = Evaluator.Evaluate(WithGoodFacts(), EvaluationDate).GetExpectation("SEC-01").Reasons[0];

        reason.ToString().Should().Be($"{reason.Code}: {reason.Message} (at {reason.Pointer})");
    }

    [Fact]
    public void EveryCode_IsPublicDocumentedAndListedInTheScoringGuide()
    {
        var codes = typeof(ReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        var guide = File.ReadAllText(RepositoryPaths.Combine("docs", "scoring.md"));

        codes.Should().HaveCount(53).And.OnlyHaveUniqueItems();
        codes.Should().OnlyContain(code => guide.Contains("`" + code + "`", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryReasonOfTheSamples_HasAPublicCode()
    {
        var codes = typeof(ReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        var used = Directory.GetFiles(RepositoryPaths.Samples, "*.json")
            .Select(path => Evaluator.Evaluate(new AttestationReader().ReadFile(path), EvaluationDate))
            .SelectMany(r => r.Expectations.SelectMany(e => e.Reasons).Concat(r.Notes))
            .Select(r => r.Code)
            .ToHashSet();

        used.Should().BeSubsetOf(codes);
    }
}
