using System;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>The worked example of docs/scoring.md, number for number.</summary>
public class ScoringWorkedExampleTests
{
    private const string Attestation = """
        {
          "schemaVersion": "1.0",
          "vendor": { "id": "example-vendor", "name": "Example Vendor" },
          "service": { "name": "Example Classroom" },
          "attestedOn": "2026-10-01",
          "audiences": ["education"],
          "facts": { "audienceSafeguards": { "sensitiveContextsIdentified": true, "tailoredGuidance": true } },
          "answers": {
            "KYA-01": { "status": "implemented", "statement": "Schools get a dedicated configuration.",
              "evidence": [
                { "kind": "policy", "shows": "achieve", "reference": "SCHOOLS-POLICY", "issued": "2026-01-15" },
                { "kind": "independentAudit", "shows": "validate", "independent": true, "reference": "AUDIT-2026", "issued": "2026-02-01", "expires": "2027-02-01" }
              ] },
            "KYA-02": { "status": "partial", "statement": "Guidance for teachers.", "scope": { "description": "Teachers only; none yet for parents." },
              "evidence": [
                { "kind": "documentation", "shows": "achieve", "reference": "TEACHER-GUIDE", "issued": "2026-03-01" },
                { "kind": "certification", "shows": "validate", "independent": true, "reference": "OLD-CERT", "issued": "2023-01-01", "expires": "2026-01-01" }
              ] }
          }
        }
        """;

    private static readonly EvaluationReport Report = new AttestationEvaluator()
        .Evaluate(new AttestationReader().Read(Attestation, "worked-example.json").GetValueOrThrow(), new DateTime(2026, 11, 1));

    [Fact]
    public void KYA01_RaisedToBaseline_ValidatedImplementation_Scores100()
    {
        var result = Report.Expectation("KYA-01");

        result.Should().BeEquivalentTo(new
        {
            Level = ExpectationLevel.Baseline,
            BaseLevel = ExpectationLevel.Expected,
            RaisedBy = new[] { Audience.Education },
            Weight = 3.0,
            Outcome = Outcome.Met,
            AssuranceLevel = AssuranceLevel.Validated,
            Implementation = 100.0,
            Assurance = 100.0,
            Score = 100.0,
            BaselineGap = false,
        });
        result.Reasons[^1].Message.Should().Be("Score = implementation 100 × (0.5 + 0.5 × assurance 100 ÷ 100) = 100; weight 1 × 3 (baseline) = 3.");
    }

    [Fact]
    public void KYA02_RaisedToExpected_PartialWithExpiredCertificate_Scores37Point5()
    {
        var result = Report.Expectation("KYA-02");

        result.Should().BeEquivalentTo(new
        {
            Level = ExpectationLevel.Expected,
            BaseLevel = ExpectationLevel.Enhanced,
            Weight = 2.0,
            Outcome = Outcome.PartiallyMet,
            AssuranceLevel = AssuranceLevel.Described,
            Implementation = 50.0,
            Assurance = 50.0,
            Score = 37.5,
        });
        result.Reasons.Should().Contain(r => r.Code == "evidence.expired" && r.Pointer == "/answers/KYA-02/evidence/1/expires"
            && r.Message == "Evidence 'OLD-CERT' expired on 2026-01-01, before the evaluation date 2026-11-01, so it does not count.");
        result.FollowUps.Select(f => f.Kind).Should().Equal(FollowUpKind.CurrentEvidence, FollowUpKind.SupportingInformation);
    }

    [Fact]
    public void KYA03_ForChildrenOnly_IsNotApplicableAndLeavesTheDenominators()
    {
        var result = Report.Expectation("KYA-03");

        result.Outcome.Should().Be(Outcome.NotApplicable);
        result.Score.Should().BeNull();
        result.Implementation.Should().BeNull();
        result.Reasons[0].Should().BeEquivalentTo(new
        {
            Code = "applicability.audience",
            Message = "Applies only to services that declare children; this service does not, so the expectation leaves the denominators.",
            Pointer = "/audiences",
        });
    }

    [Fact]
    public void KnowYourAudience_IsTheWeightedMeanOfItsExpectations()
    {
        var principle = Report.Principles.Single(p => p.Id == "KYA");

        principle.Score.Should().Be(75);
        principle.Implementation.Should().Be(80);
        principle.Assurance.Should().Be(80);
    }

    [Fact]
    public void Overall_IsTheMeanOfThePrincipleScores_AndTheBaselineGateFails()
    {
        Report.Principles.Select(p => p.Score).Should().Equal(0, 0, 75, 0, 0);
        Report.Score.Should().Be(15);
        Report.Implementation.Should().Be(16);
        Report.Assurance.Should().Be(16);
        Report.UncappedRating.Should().Be(Rating.Poor);
        Report.Rating.Should().Be(Rating.Poor);
        Report.BaselineGatePassed.Should().BeFalse();
        Report.BaselineGaps.Select(g => g.ExpectationId).Should().Equal(
            "SEC-01", "SEC-02", "SEC-04", "SEC-05", "SEC-06", "PBD-03", "PBD-04", "TRF-01", "TRF-03", "EUC-01");
        Report.Coverage.Should().BeEquivalentTo(new { Expectations = 30, InScope = 29, Answered = 2, NotAnswered = 27, NotApplicable = 1 });
    }
}
