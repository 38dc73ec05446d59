using System.IO;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// The evaluator keeps, per expectation and set of declared audiences, the result of an expectation
/// with no answer, and gives the same object to every attestation that leaves it unanswered. What it
/// evaluated before must never show in a report.
/// </summary>
public class SharedResultTests
{
    private static readonly Answer Claim = new()
    {
        Status = AnswerStatus.Implemented,
        Statement = "Calls are carried over TLS 1.3 with certificate pinning in every desktop and mobile client we ship.",
    };

    public static TheoryData<string> EvaluatedBefore => ["nothing", "a third party's assessment", "other audiences", "another answer set"];

    [Theory]
    [MemberData(nameof(EvaluatedBefore))]
    public void AReport_IsTheSameBytes_WhateverTheEvaluatorEvaluatedBefore(string before)
    {
        var attestation = WithGoodFacts(Audience.Business).With("SEC-01", Claim);
        var expected = Json(new AttestationEvaluator().Evaluate(attestation, EvaluationDate));

        var evaluator = new AttestationEvaluator();
        var earlier = before switch
        {
            "a third party's assessment" => attestation with { Assessment = new AssessmentInfo { By = AssessingParty.ThirdParty, Assessor = "Open Lens Reviews" } },
            "other audiences" => WithGoodFacts(Audience.Education, Audience.Health).With("SEC-01", Claim),
            "another answer set" => WithGoodFacts(Audience.Business).With("SEC-04", Claim),
            _ => null,
        };
        if (earlier is not null)
        {
            evaluator.Evaluate(earlier, EvaluationDate);
        }

        Json(evaluator.Evaluate(attestation, EvaluationDate)).Should().Be(expected);
        Json(evaluator.Evaluate(attestation, EvaluationDate)).Should().Be(expected, "the second evaluation takes the kept results");
    }

    [Fact]
    public void AThirdPartysReport_AsksItsOwnQuestions_AfterTheVendorsOwnAttestationWasEvaluated()
    {
        var evaluator = new AttestationEvaluator();
        var vendor = WithGoodFacts(Audience.Business);
        var assessed = vendor with { Assessment = new AssessmentInfo { By = AssessingParty.ThirdParty, Assessor = "Open Lens Reviews" } };
        evaluator.Evaluate(vendor, EvaluationDate);

        var report = evaluator.Evaluate(assessed, EvaluationDate);

        report.GetExpectation("SEC-04").FollowUps.Should().ContainSingle().Which.Question.Should().StartWith("The assessment by Open Lens Reviews does not cover SEC-04");
        Json(report).Should().Be(Json(new AttestationEvaluator().Evaluate(assessed, EvaluationDate)));
    }

    [Fact]
    public void AnUnansweredExpectation_IsOneObject_AcrossAttestationsWithTheSameAudiences()
    {
        var evaluator = new AttestationEvaluator();

        var first = evaluator.Evaluate(WithGoodFacts(Audience.Business).With("SEC-01", Claim), EvaluationDate);
        var second = evaluator.Evaluate(WithGoodFacts(Audience.Business).With("SEC-02", Claim), EvaluationDate);

        second.GetExpectation("SEC-04").Should().BeSameAs(first.GetExpectation("SEC-04"));
        second.GetExpectation("SEC-01").Should().NotBeSameAs(first.GetExpectation("SEC-01"), "an answered expectation is decided afresh");
    }

    private static string Json(EvaluationReport report)
    {
        using var text = new StringWriter();
        new JsonReportWriter().Write(report, text);
        return text.ToString();
    }
}
