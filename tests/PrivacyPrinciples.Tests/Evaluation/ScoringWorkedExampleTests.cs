using System;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>The worked example of docs/scoring.md, number for number.</summary>
public class ScoringWorkedExampleTests
{
    private const string Attestation = """
        {
          "schemaVersion": "2.0",
          "vendor": { "id": "example-vendor", "name": "Example Vendor" },
          "service": { "name": "Example Classroom" },
          "attestedOn": "2026-10-01",
          "audiences": { "consumers": false, "business": false, "education": true, "health": false, "children": false, "government": false },
          "facts": { "audienceSafeguards": { "sensitiveContextsIdentified": true, "tailoredGuidance": true } },
          "evidence": [
            { "id": "schools-policy", "kind": "policy", "title": "Schools policy", "reference": "https://example.example/policies/schools", "issued": "2026-01-15" },
            { "id": "audit-2026", "kind": "independentAudit", "title": "Audit of school safeguards", "reference": "AUDIT-2026", "issued": "2026-02-01", "expires": "2027-02-01", "independent": true, "issuer": "Example Assurance LLP" },
            { "id": "teacher-guide", "kind": "documentation", "title": "Guide for teachers", "reference": "https://example.example/guides/teachers", "issued": "2026-03-01" },
            { "id": "old-cert", "kind": "certification", "title": "Old certificate", "reference": "OLD-CERT 2023", "issued": "2023-01-01", "expires": "2026-01-01", "independent": true, "issuer": "Example Certification Body" }
          ],
          "answers": {
            "KYA-01": { "status": "implemented", "statement": "Schools get a dedicated configuration: pupils cannot start meetings, recording is off, and lobbies admit only their own class.",
              "evidence": [ { "ref": "schools-policy", "shows": "achieve" }, { "ref": "audit-2026", "shows": "validate" } ] },
            "KYA-02": { "status": "partial", "statement": "Teachers get a privacy and safety guide with classroom settings explained step by step.", "scope": { "description": "Teachers only; none yet for parents." },
              "evidence": [ { "ref": "teacher-guide", "shows": "achieve" }, { "ref": "old-cert", "shows": "validate" } ] }
          }
        }
        """;

    private static readonly EvaluationReport Report = new AttestationEvaluator()
        .Evaluate(new AttestationReader().Read(Attestation, "worked-example.json").GetValueOrThrow(), new DateTime(2026, 11, 1));

    [Fact]
    public void KYA01_RaisedToBaseline_AchievedAndValidated_Scores85()
    {
        var result = Report.GetExpectation("KYA-01");

        result.Should().BeEquivalentTo(new
        {
            Level = ExpectationLevel.Baseline,
            BaseLevel = ExpectationLevel.Expected,
            RaisedBy = new[] { Audience.Education },
            Weight = 3.0,
            Outcome = Outcome.Met,
            AssuranceAspects = new[] { EvidencePurpose.Achieve, EvidencePurpose.Validate },
            Implementation = 100.0,
            Assurance = 70.0,
            Score = 85.0,
            IsBaselineGap = false,
        });
        result.Reasons[^1].Message.Should().Be("Score = implementation 100 × (0.5 + 0.5 × assurance 70 ÷ 100) = 85; weight 1 × 3 (baseline) = 3.");
    }

    [Fact]
    public void KYA02_RaisedToExpected_PartialWithExpiredCertificate_Scores35()
    {
        var result = Report.GetExpectation("KYA-02");

        result.Should().BeEquivalentTo(new
        {
            Level = ExpectationLevel.Expected,
            BaseLevel = ExpectationLevel.Enhanced,
            Weight = 2.0,
            Outcome = Outcome.PartiallyMet,
            AssuranceAspects = new[] { EvidencePurpose.Achieve },
            Implementation = 50.0,
            Assurance = 40.0,
            Score = 35.0,
        });
        result.Reasons.Should().Contain(r => r.Code == "evidence.expired" && r.Pointer == "/evidence/3/expires"
            && r.Message == "Evidence 'Old certificate' expired on 2026-01-01, before the evaluation date 2026-11-01, so it does not count.");
        result.FollowUps.Select(f => f.Kind).Should().Equal(FollowUpKind.CurrentEvidence, FollowUpKind.SupportingInformation);
    }

    [Fact]
    public void KYA03_ForChildrenOnly_IsNotApplicableAndLeavesTheDenominators()
    {
        var result = Report.GetExpectation("KYA-03");

        result.Outcome.Should().Be(Outcome.NotApplicable);
        result.Score.Should().BeNull();
        result.Implementation.Should().BeNull();
        result.Reasons[0].Should().BeEquivalentTo(new
        {
            Code = "applicability.audience",
            Message = "Applies only to services that serve children; this service states it does not, so the expectation leaves the denominators.",
            Pointer = "/audiences",
        });
    }

    [Fact]
    public void KnowYourAudience_IsTheWeightedMeanOfItsExpectations()
    {
        var principle = Report.Principles.Single(p => p.Id == "KYA");

        principle.Score.Should().Be(65);
        principle.Implementation.Should().Be(80);
        principle.Assurance.Should().Be(58);
    }

    [Fact]
    public void Overall_IsTheMeanOfThePrincipleScores_AndTheBaselineGateFails()
    {
        Report.Principles.Select(p => p.Score).Should().Equal(0, 0, 65, 0, 0);
        Report.Score.Should().Be(13);
        Report.Implementation.Should().Be(16);
        Report.Assurance.Should().Be(11.6);
        Report.UncappedRating.Should().Be(Rating.Poor);
        Report.Rating.Should().Be(Rating.Poor);
        Report.BaselineGatePassed.Should().BeFalse();
        Report.BaselineGaps.Select(g => g.ExpectationId).Should().Equal(
            "SEC-01", "SEC-02", "SEC-04", "SEC-05", "SEC-06", "SEC-10", "SEC-11", "PBD-03", "PBD-04", "TRF-03", "TRF-09", "EUC-01");
        Report.Coverage.Should().BeEquivalentTo(new { Expectations = 37, InScope = 36, Answered = 2, NotAnswered = 34, NotApplicable = 1, ClaimedNotApplicable = 0, Unverified = 0 });
    }
}
