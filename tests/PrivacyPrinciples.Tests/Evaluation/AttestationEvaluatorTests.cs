using System;
using System.Linq;
using System.Threading.Tasks;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Tests.Support;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

public class AttestationEvaluatorTests
{
    private static readonly AttestationEvaluator Evaluator = new();

    private static ExpectationResult Evaluate(Attestation attestation, string id) =>
        Evaluator.Evaluate(attestation, EvaluationDate).GetExpectation(id);

    [Fact]
    public void Evaluate_NotAnsweredNotApplicableAndNotImplemented_AreThreeDistinctOutcomes()
    {
        var attestation = Empty() with { Facts = new ServiceFacts { Features = new FeatureFacts { StoresContent = false } } };
        attestation = attestation
            .With("SEC-04", new Answer { Status = AnswerStatus.NotApplicable, Justification = "Calls are live only: no recording, chat history or shared file is ever kept on our servers." })
            .With("EUC-05", AnswerStatus.NotImplemented);

        var report = Evaluator.Evaluate(attestation, EvaluationDate);

        var notAnswered = report.GetExpectation("EUC-04");
        var notApplicable = report.GetExpectation("SEC-04");
        var notImplemented = report.GetExpectation("EUC-05");
        (notAnswered.Outcome, notAnswered.Status, notAnswered.Score).Should().Be((Outcome.NotAnswered, (AnswerStatus?)null, (double?)0));
        (notApplicable.Outcome, notApplicable.Status, notApplicable.Score).Should().Be((Outcome.NotApplicable, AnswerStatus.NotApplicable, (double?)null));
        (notImplemented.Outcome, notImplemented.Status, notImplemented.Score).Should().Be((Outcome.NotMet, AnswerStatus.NotImplemented, (double?)0));
        notAnswered.FollowUps.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = FollowUpKind.NoAnswer,
            Question = "No answer was given for EUC-04 (Optional processing is opt-in). Please state whether the service meets this expectation, and how.",
            Pointer = "/answers",
        });
        notApplicable.FollowUps.Should().BeEmpty();
        report.Coverage.Should().BeEquivalentTo(new { Answered = 2, NotAnswered = 33, NotApplicable = 3, ClaimedNotApplicable = 1, InScope = 34 });
    }

    [Fact]
    public void Evaluate_NotAnswered_CountsInTheDenominator()
    {
        var justTheOne = WithGoodFacts().With("EUC-05", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve), Evidence(EvidencePurpose.Monitor), Evidence(EvidencePurpose.Validate, independent: true));

        var report = Evaluator.Evaluate(justTheOne, EvaluationDate);

        // EUC-05 (enhanced, weight 1) scores 100; the four unanswered EUC expectations weigh 3 + 2 + 2 + 2.
        report.GetExpectation("EUC-05").Score.Should().Be(100);
        report.Principles.Single(p => p.Id == "EUC").Score.Should().Be(Math.Round(100.0 / 10, 2));
    }

    [Fact]
    public void Evaluate_NotApplicableWithoutJustification_IsAGapWithAQuestion()
    {
        var noRecording = new ServiceFacts { Features = new FeatureFacts { Recording = false, Transcription = false, LiveStreaming = false } };
        var result = Evaluate((Empty() with { Facts = noRecording }).With("EUC-01", new Answer { Status = AnswerStatus.NotApplicable, Justification = "  " }), "EUC-01");

        result.Outcome.Should().Be(Outcome.NotMet);
        result.Score.Should().Be(0);
        result.IsBaselineGap.Should().BeTrue();
        result.Reasons.Should().Contain(r => r.Code == "answer.notApplicable.unjustified" && r.Pointer == "/answers/EUC-01/status");
        result.Reasons.Should().Contain(r => r.Code == "check.holds" && r.Pointer == "/facts/features/recording");
        result.FollowUps.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = FollowUpKind.NotApplicableJustification,
            Question = "You state that EUC-01 (Everyone is told when recording, transcription or streaming runs) does not apply to Example Meet, but give no reason. Please explain why it is not applicable.",
            Pointer = "/answers/EUC-01",
        });
    }

    [Fact]
    public void Evaluate_JustifiedNotApplicable_LeavesTheDenominators()
    {
        var noGuests = GoodFacts with { Features = GoodFacts.Features with { GuestAccess = false } };
        var withAnswer = (WithGoodFacts() with { Facts = noGuests }).With("EUC-04", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve), Evidence(EvidencePurpose.Monitor), Evidence(EvidencePurpose.Validate, independent: true));
        var alsoNotApplicable = withAnswer.With("EUC-05", new Answer { Status = AnswerStatus.NotApplicable, Justification = "Everyone joins with an account their organisation issues; there is no guest access." });

        var before = Evaluator.Evaluate(withAnswer, EvaluationDate).Principles.Single(p => p.Id == "EUC").Score;
        var after = Evaluator.Evaluate(alsoNotApplicable, EvaluationDate).Principles.Single(p => p.Id == "EUC").Score;

        // EUC-04 (expected, weight 2) scores 100 of EUC's 3 + 2 + 2 + 2 + 1; without EUC-05, of 3 + 2 + 2 + 2.
        before.Should().Be(20);
        after.Should().Be(Math.Round(200.0 / 9, 2));
    }

    [Theory]
    [InlineData(new Audience[0], ExpectationLevel.Expected, false)]
    [InlineData(new[] { Audience.Business }, ExpectationLevel.Expected, false)]
    [InlineData(new[] { Audience.Health }, ExpectationLevel.Baseline, true)]
    [InlineData(new[] { Audience.Education, Audience.Health }, ExpectationLevel.Baseline, true)]
    public void Evaluate_DeclaredAudience_RaisesTheLevel(Audience[] audiences, ExpectationLevel level, bool gap)
    {
        var result = Evaluate(Empty(audiences).With("SEC-02", new Answer { Status = AnswerStatus.Partial, Scope = new ImplementationScope { Platforms = ["desktop"] } }), "SEC-02");

        result.Level.Should().Be(level);
        result.Weight.Should().Be(level == ExpectationLevel.Baseline ? 3 : 2);
        result.IsBaselineGap.Should().Be(gap, "a partial answer does not meet a baseline expectation");
        result.RaisedBy.Should().Equal(level == ExpectationLevel.Baseline ? audiences.Where(a => a is Audience.Health or Audience.Education).OrderBy(a => a) : []);
    }

    [Fact]
    public void Evaluate_RaisedLevel_SaysWhy()
    {
        var result = Evaluate(Empty(Audience.Health), "SEC-03");

        result.Reasons[0].Should().BeEquivalentTo(new
        {
            Code = "level.raised",
            Message = "The level is raised from enhanced to expected because the service serves health.",
            Pointer = "/audiences",
        });
    }

    [Fact]
    public void Evaluate_ChildrenAudience_BringsTheChildrenExpectationIntoScope()
    {
        Evaluate(Empty(), "KYA-03").Outcome.Should().Be(Outcome.NotApplicable);
        Evaluate(Empty(Audience.Children), "KYA-03").Should().BeEquivalentTo(new { Outcome = Outcome.NotAnswered, IsBaselineGap = true });
    }

    [Fact]
    public void Evaluate_ExpiredEvidence_DoesNotCount()
    {
        var expired = Evidence(EvidencePurpose.Validate, independent: true, issued: new DateTime(2025, 1, 1), expires: new DateTime(2026, 10, 31), id: "cert");

        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, expired), "SEC-07");

        result.AssuranceAspects.Should().BeEmpty();
        result.Score.Should().Be(50);
        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.Expired);
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.CurrentEvidence
            && f.Question == "Evidence 'cert' for SEC-07 (Security is tested regularly and independently) expired on 2026-10-31. Please provide current evidence."
            && f.Pointer == "/evidence/0");
    }

    [Fact]
    public void Evaluate_EvidenceExpiringOnTheEvaluationDate_StillCounts()
    {
        var lastDay = Evidence(EvidencePurpose.Validate, independent: true, expires: EvaluationDate);

        Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, lastDay), "SEC-07").AssuranceAspects.Should().Equal(EvidencePurpose.Validate);
    }

    [Fact]
    public void Evaluate_EvidenceOlderThanItsKindAllows_IsStale_WhateverItsExpiryDateSays()
    {
        // The built-in rule set counts a policy for 36 months after it is issued.
        var old = Evidence(EvidencePurpose.Achieve, kind: EvidenceKind.Policy, issued: new DateTime(2023, 10, 31), expires: new DateTime(2099, 12, 31), id: "old");
        var recent = Evidence(EvidencePurpose.Achieve, kind: EvidenceKind.Policy, issued: new DateTime(2023, 11, 1), id: "recent");

        Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, old), "SEC-07").Reasons.Should().Contain(r => r.Code == "evidence.stale"
            && r.Message == "Evidence 'old' was issued on 2023-10-31; the rule set counts a policy for 36 months after it is issued, whatever its expiry date, so it does not count.");
        Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, recent), "SEC-07").AssuranceAspects.Should().Equal(EvidencePurpose.Achieve);
    }

    [Fact]
    public void Evaluate_EvidenceDatedAfterTheEvaluation_DoesNotCount()
    {
        var future = Evidence(EvidencePurpose.Monitor, issued: new DateTime(2026, 12, 1));

        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, future), "SEC-07");

        result.AssuranceAspects.Should().BeEmpty();
        result.Reasons.Should().Contain(r => r.Code == "evidence.notYetIssued");
    }

    [Fact]
    public void Evaluate_AttestationDatedAfterTheEvaluation_JudgesItsEvidenceAgainstTheEvaluationDate()
    {
        // An attestation dated in the future makes nothing look fresh: evidence dated with it has not
        // been issued on the evaluation date, and evidence issued before then counts as it always would.
        var dated = WithGoodFacts() with { AttestedOn = new DateTime(2027, 6, 15) };
        var withIt = Evidence(EvidencePurpose.Monitor, issued: new DateTime(2027, 6, 1));
        var before = Evidence(EvidencePurpose.Monitor, issued: new DateTime(2026, 10, 1));

        var future = Evaluate(dated.With("SEC-07", AnswerStatus.Implemented, withIt), "SEC-07");
        var current = Evaluate(dated.With("SEC-07", AnswerStatus.Implemented, before), "SEC-07");

        future.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.NotYetIssued);
        future.Reasons.Should().Contain(r => r.Code == "evidence.notYetIssued" && r.Message.EndsWith("is dated 2027-06-01, after the evaluation date 2026-11-01, so it does not count.", StringComparison.Ordinal));
        future.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.CurrentEvidence);
        current.AssuranceAspects.Should().Equal(EvidencePurpose.Monitor);
    }

    [Fact]
    public void Evaluate_AttestationsOwnDate_ChangesNoScore()
    {
        var sample = new AttestationReader().ReadFile(System.IO.Path.Combine(PrivacyPrinciples.Testing.RepositoryPaths.Samples, "harbourlight-meetings.json")).GetValueOrThrow();

        var asAttested = Evaluator.Evaluate(sample, EvaluationDate);
        var postdated = Evaluator.Evaluate(sample with { AttestedOn = new DateTime(2027, 6, 15) }, EvaluationDate);

        postdated.Score.Should().Be(asAttested.Score);
        postdated.Expectations.Select(e => (e.Id, e.Score, e.Assurance)).Should().Equal(asAttested.Expectations.Select(e => (e.Id, e.Score, e.Assurance)));
    }

    [Fact]
    public void Evaluate_ValidationThatIsNotIndependent_CountsAsMonitoring()
    {
        var internalAudit = Evidence(EvidencePurpose.Validate, independent: false);

        var result = Evaluate(WithGoodFacts().With("SEC-08", AnswerStatus.Implemented, internalAudit), "SEC-08");

        result.AssuranceAspects.Should().Equal(EvidencePurpose.Monitor);
        result.Assurance.Should().Be(30);
        result.Score.Should().Be(65);
        result.Reasons.Should().Contain(r => r.Code == "evidence.notIndependent");
    }

    [Theory]
    [InlineData("Example Vendor")]
    [InlineData("Example Vendor Ltd.")]
    [InlineData("EXAMPLE-VENDOR")]
    [InlineData("Example Vendor internal audit team")]
    [InlineData("ExampleVendor assurance")]
    [InlineData("ExampleVendorSec Assurance")]
    [InlineData("Example\u00ADVendorSec Assurance")]
    [InlineData("Exam\u0301pleVendorSec Assurance")]
    [InlineData("Exam ple Vendor review board")]
    [InlineData("Our compliance team")]
    [InlineData("Internal Audit")]
    [InlineData("In-house security testing")]
    [InlineData("Self-assessed")]
    [InlineData("Chief Executive Officer")]
    [InlineData("The vendor")]
    [InlineData("Security team")]
    [InlineData("We")]
    [InlineData("Us")]
    [InlineData("Myself")]
    [InlineData("The board of directors")]
    [InlineData("Engineering managers")]
    [InlineData("The author of this attestation")]
    // A body the vendor forms of its staff, customers or advisers.
    [InlineData("Trust and Safety Council")]
    [InlineData("Customer Advisory Board")]
    // A person by an officer's title, of no organisation named.
    [InlineData("Dana Whitcombe, Chief Information Security Officer")]
    [InlineData("J. Smith, CISO")]
    // The vendor's initials, or its name misspelt by one letter.
    [InlineData("EV Assurance")]
    [InlineData("Exmaple Vendor Assurance")]
    [InlineData("Example Vender review")]
    // The service (Example Meet) under its own name, whole, however written.
    [InlineData("Example Meet Assurance Office")]
    [InlineData("Department of Example Meet security")]
    [InlineData("EXAMPLE-MEET certification board")]
    [InlineData("ExampleMeet Trust Review")]
    public void Evaluate_IndependentEvidenceIssuedByTheVendorItself_IsNotIndependentValidation(string issuer)
    {
        var audit = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.InternalAudit);
        audit = audit with { Item = audit.Item with { Issuer = issuer, Kind = EvidenceKind.IndependentAudit } };
        var genuine = audit with { Item = audit.Item with { Issuer = "Northgate Assurance LLP" } };

        var self = Evaluate(WithGoodFacts().With("SEC-08", AnswerStatus.Implemented, audit), "SEC-08");
        var independent = Evaluate(WithGoodFacts().With("SEC-08", AnswerStatus.Implemented, genuine), "SEC-08");

        independent.AssuranceAspects.Should().Equal(EvidencePurpose.Validate);
        self.AssuranceAspects.Should().NotContain(EvidencePurpose.Validate, "'{0}' is the vendor (Example Vendor, example-vendor)", issuer);
        self.Score.Should().BeLessThan(independent.Score!.Value);
        self.Reasons.Should().Contain(r => r.Code == "evidence.notIndependent" && r.Pointer.EndsWith("/issuer", StringComparison.Ordinal) && r.Message.Contains("is the vendor itself", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\u0415\u0445\u0430mple Vendor")]
    [InlineData("Northg\u2C9Fte Assurance LLP")]
    public void Evaluate_IndependentEvidenceWhoseIssuerIsDisguised_NamesNoIssuer(string issuer)
    {
        // Letters of another script inside a Latin name (Cyrillic, or Coptic, which folding does not read as Latin) name nobody a reviewer could ask.
        var audit = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.InternalAudit);
        audit = audit with { Item = audit.Item with { Issuer = issuer, Kind = EvidenceKind.IndependentAudit } };

        var result = Evaluate(WithGoodFacts().With("SEC-08", AnswerStatus.Implemented, audit), "SEC-08");

        result.AssuranceAspects.Should().NotContain(EvidencePurpose.Validate);
        result.Reasons.Should().Contain(r => r.Code == "evidence.noIssuer");
    }

    [Theory]
    [InlineData("Northgate Assurance LLP")]
    [InlineData("BrightExampleVendor Audit")]
    [InlineData("Vendor Assurance Partners LLP")]
    // A crowd reached through a platform it names ("… via an independent bounty platform", which
    // names none, is a crowd: ScoringIntegrityTests).
    [InlineData("Open researcher community via the Tidewater Bounty Platform")]
    [InlineData("Saltmere Certification Services")]
    [InlineData("Exemplar Vendors Audit")]
    [InlineData("Redwater Security Testing US LLP")]
    [InlineData("Meet Assurance Partners LLP")]
    [InlineData("Example Assurance")]
    [InlineData("One Trust")]
    [InlineData("Dana Whitcombe, Chief Information Security Officer, Northgate Assurance LLP")]
    [InlineData("EVN Assurance")]
    [InlineData("Payment Card Security Standards Council")]
    [InlineData("Exemplary Vendor Audits")]
    public void Evaluate_IndependentEvidenceIssuedByAnotherParty_IsIndependentValidation_WhateverWordsItSharesWithRoles(string issuer)
    {
        var audit = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.InternalAudit);
        audit = audit with { Item = audit.Item with { Issuer = issuer, Kind = EvidenceKind.IndependentAudit } };

        var result = Evaluate(WithGoodFacts().With("SEC-08", AnswerStatus.Implemented, audit), "SEC-08");

        result.AssuranceAspects.Should().Equal([EvidencePurpose.Validate], "'{0}' is not Example Vendor", issuer);
    }

    [Theory]
    // The service's full name, of two words or more, as a run of whole words: the vendor's own.
    [InlineData("Meet for Education", "Meet for Education Assurance Office", true)]
    [InlineData("Harbourlight Meetings", "Harbourlight Meetings Assurance Office", true)]
    [InlineData("Harbourlight Meetings", "Harbourlight Meeting assurance", true)]
    [InlineData("Harbourlight Meetings", "HarbourlightMeetings Trust Office", true)]
    // "&", "+" and "and" are one word of a name, whichever side writes which.
    [InlineData("Slate & Chalk Live", "Slate and Chalk Live Assurance Office", true)]
    [InlineData("Slate and Chalk Live", "Slate & Chalk Live Assurance Office", true)]
    [InlineData("Slate + Chalk Live", "Slate and Chalk Live review board", true)]
    [InlineData("Slate and Chalk Live", "Slate + Chalk Live Assurance Office", true)]
    [InlineData("Slate & Chalk Live", "SLATE AND CHALK LIVE TRUST OFFICE", true)]
    // Single words of it, or its initials, are no sign: an outside body may share a word with a product.
    [InlineData("Meet for Education", "Department of Education", false)]
    [InlineData("Meet for Education", "Education Assurance Partners LLP", false)]
    [InlineData("Harbourlight Meetings", "Meetings Assurance Partners LLP", false)]
    [InlineData("Harbourlight Meetings", "HM Assurance Ltd", false)]
    // A service's name of one word is no sign either (the vendor's name is tested on its own), nor
    // is one that "and" alone makes two.
    [InlineData("Huddle", "Huddle Security Review Ltd", false)]
    [InlineData("Slate & Chalk Live", "Chalk and Slate Live Assurance LLP", false)]
    public void Evaluate_IndependentEvidenceIssuedUnderTheServicesFullName_IsTheVendorsOwn(string service, string issuer, bool own)
    {
        var audit = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.IndependentAudit);
        audit = audit with { Item = audit.Item with { Issuer = issuer } };
        var attestation = (WithGoodFacts() with { Service = new ServiceInfo { Name = service } }).With("SEC-08", AnswerStatus.Implemented, audit);

        var result = Evaluate(attestation, "SEC-08");

        if (own)
        {
            result.AssuranceAspects.Should().NotContain(EvidencePurpose.Validate, "'{0}' is {1} under its own name", issuer, service);
            result.Reasons.Should().Contain(r => r.Code == "evidence.notIndependent" && r.Message.Contains($"its issuer, '{issuer}', is the vendor itself", StringComparison.Ordinal));
        }
        else
        {
            result.AssuranceAspects.Should().Equal([EvidencePurpose.Validate], "'{0}' is not {1}", issuer, service);
        }
    }

    [Fact]
    public void Evaluate_AssuranceFromAchieveMonitorValidate_AsksOnlyForWhatIsMissing()
    {
        var result = Evaluate(WithGoodFacts().With("SEC-08", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve)), "SEC-08");

        result.FollowUps.Should().ContainSingle().Which.Question.Should().Be(
            "Please provide supporting information showing how you monitor and validate SEC-08 (Staff and sub-processor access is limited, logged and trained): how it is monitored (monitoring, an internal review, an internal audit, or a bug bounty); how it is independently validated (an independent audit, a certification, or a penetration test, naming the independent party).");
    }

    [Fact]
    public void Evaluate_FullClaimContradictedByFacts_IsCreditedAsPartialAndQuestioned()
    {
        var attestation = Empty(Audience.Health).With("SEC-02", AnswerStatus.Implemented) with
        {
            Facts = new ServiceFacts { Encryption = new EncryptionFacts { EndToEnd = EndToEndEncryption.None } },
        };

        var report = Evaluator.Evaluate(attestation, EvaluationDate);
        var result = report.GetExpectation("SEC-02");

        result.Outcome.Should().Be(Outcome.Contradicted);
        result.Implementation.Should().Be(50);
        result.IsBaselineGap.Should().BeTrue();
        report.Contradictions.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            ExpectationId = "SEC-02",
            Claimed = AnswerStatus.Implemented,
            Fact = "encryption.endToEnd",
            Pointer = "/facts/encryption/endToEnd",
            Stated = FactValue.From("none"),
            Expected = "one of \"optional\", \"default\"",
        });
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.Contradiction
            && f.Question == "Your answer says SEC-02 (End-to-end encryption is available to every user, in group calls too) is implemented, but your facts state encryption.endToEnd is \"none\" (expected one of \"optional\", \"default\"). Please reconcile the two.");
    }

    [Fact]
    public void Evaluate_DenialContradictedByFacts_IsQuestionedButScoresTheSame()
    {
        var attestation = Empty().With("SEC-01", AnswerStatus.NotImplemented) with
        {
            Facts = new ServiceFacts { Encryption = new EncryptionFacts { InTransit = true } },
        };

        var report = Evaluator.Evaluate(attestation, EvaluationDate);

        report.GetExpectation("SEC-01").Should().BeEquivalentTo(new { Outcome = Outcome.NotMet, Score = 0.0 });
        report.Contradictions.Should().ContainSingle().Which.Claimed.Should().Be(AnswerStatus.NotImplemented);
        report.GetExpectation("SEC-01").FollowUps.Select(f => f.Kind).Should().Equal(FollowUpKind.Contradiction, FollowUpKind.ImplementationDate);
    }

    [Fact]
    public void Evaluate_PartialClaimWithFailingFact_IsConsistent()
    {
        var attestation = Empty().With("SEC-01", new Answer { Status = AnswerStatus.Partial, Statement = Statement("SEC-01"), Scope = new ImplementationScope { Description = "Not yet for dial-in." } }) with
        {
            Facts = new ServiceFacts { Encryption = new EncryptionFacts { InTransit = false } },
        };

        var report = Evaluator.Evaluate(attestation, EvaluationDate);

        report.GetExpectation("SEC-01").Outcome.Should().Be(Outcome.PartiallyMet);
        report.GetExpectation("SEC-01").Implementation.Should().Be(50);
        report.Contradictions.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_PartialClaimWithoutAStatementOfSubstance_IsUnverified_AndEarnsNoMoreThanAnHonestNotImplemented()
    {
        foreach (var statement in new string?[] { null, "Partly.", "Yes, partially implemented and compliant." })
        {
            var partial = Evaluate(Empty().With("PBD-02", new Answer { Status = AnswerStatus.Partial, Statement = statement }), "PBD-02");
            var honest = Evaluate(Empty().With("PBD-02", new Answer { Status = AnswerStatus.NotImplemented }), "PBD-02");

            partial.Outcome.Should().Be(Outcome.Unverified, "a bare \"partial\" is a claim without substance ({0})", statement ?? "no statement");
            partial.Implementation.Should().Be(0).And.Be(honest.Implementation);
            partial.Score.Should().BeLessThanOrEqualTo(honest.Score!.Value);
            partial.Reasons.Should().Contain(r => r.Code == ReasonCodes.Unverified && r.Pointer == "/answers/PBD-02/status");
        }
    }

    [Fact]
    public void Evaluate_BarePartialClaims_CountAsUnverified_WhichCapsTheRating()
    {
        var answered = Empty();
        foreach (var id in new[] { "PBD-01", "PBD-02", "TRF-01" })
        {
            answered = answered.With(id, new Answer { Status = AnswerStatus.Partial });
        }

        var report = Evaluator.Evaluate(answered, EvaluationDate);

        report.Coverage.Unverified.Should().Be(3);
    }

    [Fact]
    public void Evaluate_FactNotStated_IsInconclusiveNotAContradiction()
    {
        var result = Evaluate(Empty().With("SEC-01", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve)), "SEC-01");

        result.Outcome.Should().Be(Outcome.Unverified, "silence must never score better than an honest fact");
        result.Implementation.Should().Be(50);
        result.IsBaselineGap.Should().BeTrue();
        result.Reasons.Should().Contain(r => r.Code == "check.unknown" && r.Pointer == "/facts/encryption/inTransit");
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.MissingFacts
            && f.Question == "Your answer says SEC-01 (All call content is encrypted in transit) is implemented, but the attestation does not state encryption.inTransit, which the claim is checked against. Please state it in /facts.");
    }

    [Fact]
    public void Evaluate_AnyOfCheck_HoldsWhenOneAlternativeHolds()
    {
        var attestation = Empty().With("PBD-02", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve)) with
        {
            Facts = new ServiceFacts { MeetingDefaults = new MeetingDefaultsFacts { JoinAnnouncements = false, ParticipantListVisibleToAll = true } },
        };

        var result = Evaluate(attestation, "PBD-02");

        result.Outcome.Should().Be(Outcome.Met);
        result.Reasons.Where(r => r.Code.StartsWith("check.", StringComparison.Ordinal)).Select(r => r.Pointer)
            .Should().Equal("/facts/meetingDefaults/participantListVisibleToAll");
    }

    [Fact]
    public void Evaluate_PlannedDateInThePast_AsksWhetherItIsDone()
    {
        var result = Evaluate(Empty().With("PBD-07", new Answer { Status = AnswerStatus.Planned, PlannedFor = new DateTime(2026, 4, 30) }), "PBD-07");

        result.Outcome.Should().Be(Outcome.NotMet);
        result.FollowUps.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = FollowUpKind.ImplementationDate,
            Question = "You planned PBD-07 (Retention periods are defined and bounded) for 2026-04-30, which has passed. Please confirm whether it is now in place and, if not, give the new date.",
            Pointer = "/answers/PBD-07/plannedFor",
        });
    }

    [Fact]
    public void Evaluate_ImplementedClaimWhoseScopeNamesAPart_IsJudgedAsPartial_AndEarnsWhatThePartialClaimEarns()
    {
        // A scope names the part of the service a partial implementation covers: an "implemented"
        // claim that carries one earns no more than the honest "partial" answer it describes.
        var genuine = new AttestationReader().ReadFile(PrivacyPrinciples.Testing.RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Fixtures", "gaming", "genuine-complete.json")).GetValueOrThrow();
        var scopes = new[]
        {
            new ImplementationScope { Tiers = ["Enterprise"] },
            new ImplementationScope { Platforms = ["desktop"] },
            new ImplementationScope { Products = ["Rooms"] },
            new ImplementationScope { Description = "Enterprise tier only; Free accounts may skip the second factor." },
            new ImplementationScope { RequiresAdminAction = true },
        };

        foreach (var scope in scopes)
        {
            var claimed = Evaluator.Evaluate(genuine.With("SEC-05", genuine.Answers["SEC-05"] with { Scope = scope }), EvaluationDate).GetExpectation("SEC-05");
            var honest = Evaluator.Evaluate(genuine.With("SEC-05", genuine.Answers["SEC-05"] with { Status = AnswerStatus.Partial, Scope = scope }), EvaluationDate).GetExpectation("SEC-05");

            claimed.Outcome.Should().Be(Outcome.PartiallyMet, "the scope {0} limits the claim", scope);
            claimed.Score.Should().Be(honest.Score);
            claimed.IsBaselineGap.Should().BeTrue();
            claimed.Reasons.Should().Contain(r => r.Code == ReasonCodes.ScopeLimitsClaim && r.Pointer == "/answers/SEC-05/scope");
            claimed.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.MoreClarity && f.Pointer == "/answers/SEC-05/scope" && f.Question.Contains("answer partial", StringComparison.Ordinal));
        }

        // An administrator's action declared unneeded limits nothing.
        var unlimited = Evaluator.Evaluate(genuine.With("SEC-05", genuine.Answers["SEC-05"] with { Scope = new ImplementationScope { RequiresAdminAction = false } }), EvaluationDate).GetExpectation("SEC-05");
        unlimited.Outcome.Should().Be(Outcome.Met);
        unlimited.Reasons.Should().NotContain(r => r.Code == ReasonCodes.ScopeLimitsClaim);
    }

    [Fact]
    public void Evaluate_ImplementedClaimWhoseStatementLimitsItToSomePlans_IsJudgedAsPartial_AndEarnsWhatThePartialClaimEarns()
    {
        // The same limit said in the statement instead of a scope: "On the Enterprise plan, …".
        var genuine = new AttestationReader().ReadFile(PrivacyPrinciples.Testing.RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Fixtures", "gaming", "genuine-complete.json")).GetValueOrThrow();
        var answer = genuine.Answers["SEC-05"];
        var limited = answer with { Statement = "On the Business and Enterprise plans, " + answer.Statement };

        var claimed = Evaluator.Evaluate(genuine.With("SEC-05", limited), EvaluationDate).GetExpectation("SEC-05");
        var honest = Evaluator.Evaluate(genuine.With("SEC-05", limited with { Status = AnswerStatus.Partial }), EvaluationDate).GetExpectation("SEC-05");

        claimed.Outcome.Should().Be(Outcome.PartiallyMet);
        claimed.Score.Should().Be(honest.Score);
        claimed.Reasons.Should().Contain(r => r.Code == ReasonCodes.StatementLimitsClaim && r.Pointer == "/answers/SEC-05/statement"
            && r.Arguments.Any(a => a.Name == "phrase" && Equals(a.Value, "On the Business and Enterprise plans")));
        claimed.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.MoreClarity && f.Pointer == "/answers/SEC-05/statement" && f.Question.Contains("free ones included", StringComparison.Ordinal));

        // On every plan, it limits nothing.
        var everywhere = Evaluator.Evaluate(genuine.With("SEC-05", answer with { Statement = answer.Statement + " It applies on every plan, free ones included." }), EvaluationDate).GetExpectation("SEC-05");
        everywhere.Outcome.Should().Be(Outcome.Met);
        everywhere.Reasons.Should().NotContain(r => r.Code == ReasonCodes.StatementLimitsClaim);
    }

    [Fact]
    public void Evaluate_PartialWithoutScope_AsksForClarity()
    {
        var result = Evaluate(Empty().With("PBD-07", AnswerStatus.Partial), "PBD-07");

        result.FollowUps.Select(f => f.Kind).Should().Contain(FollowUpKind.MoreClarity);
        result.Reasons.Should().Contain(r => r.Code == "answer.scope.missing");
    }

    [Fact]
    public void Evaluate_AnswerToAnUnknownExpectation_IsNotedNotScored()
    {
        var report = Evaluator.Evaluate(Empty().With("SEC-99", AnswerStatus.Implemented), EvaluationDate);

        report.Notes.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "answer.unknownExpectation",
            Message = "The answer to 'SEC-99' was ignored: rule set vtc-joint-statement-2020 2.0.0 has no such expectation.",
            Pointer = "/answers/SEC-99",
        });
        report.Coverage.Answered.Should().Be(0);
    }

    [Fact]
    public void Evaluate_AttestationForAnotherRuleSetVersion_IsNoted()
    {
        var report = Evaluator.Evaluate(Empty() with { RuleSet = new RuleSetReference { Id = "vtc-joint-statement-2020", Version = "0.9.0" } }, EvaluationDate);

        report.Notes.Should().ContainSingle().Which.Code.Should().Be("attestation.ruleSet");
    }

    [Fact]
    public void Evaluate_DeprecatedExpectation_IsNeitherScoredNorAnswered()
    {
        var builtIn = BuiltInRuleSets.VtcJointStatement2020;
        var ruleSet = builtIn with
        {
            Version = "1.1.0",
            Expectations = [.. builtIn.Expectations.Select(e => e.Id == "TRF-06" ? e with { Lifecycle = ExpectationLifecycle.Deprecated, ReplacedBy = "TRF-02" } : e)],
        };

        var report = new AttestationEvaluator(ruleSet).Evaluate(Empty().With("TRF-06", AnswerStatus.Implemented), EvaluationDate);

        report.RuleSet.Origin.Should().Be(RuleSetOrigin.Custom);

        report.Expectations.Select(e => e.Id).Should().NotContain("TRF-06");
        report.Coverage.Expectations.Should().Be(36);
        report.Notes.Should().ContainSingle().Which.Message.Should().Be("The answer to 'TRF-06' was ignored: the expectation is deprecated and replaced by TRF-02.");
    }

    [Fact]
    public void Constructor_InvalidRuleSet_ThrowsWithEveryProblem()
    {
        var builtIn = BuiltInRuleSets.VtcJointStatement2020;
        var broken = builtIn with { Expectations = [.. builtIn.Expectations.Select(e => e with { Principle = "XYZ" })] };

        var act = () => new AttestationEvaluator(broken);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Rule set 'vtc-joint-statement-2020' is not valid:*ruleset-unknown-principle*")
            .And.ParamName.Should().Be("ruleSet");
    }

    [Fact]
    public void Evaluate_UsesTheClockOnlyWhenNoDateIsGiven()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.FromHours(-5)));
        var evaluator = new AttestationEvaluator(new EvaluationOptions { TimeProvider = clock });
        var dated = new AttestationEvaluator(new EvaluationOptions { EvaluationDate = new DateTime(2025, 1, 2, 13, 0, 0), TimeProvider = clock });

        evaluator.Evaluate(Empty()).EvaluatedOn.Should().Be(new DateTime(2026, 6, 16), "the UTC date is used, whatever the local time zone");
        dated.Evaluate(Empty()).EvaluatedOn.Should().Be(new DateTime(2025, 1, 2));
    }

    [Fact]
    public void Evaluate_FromManyThreads_GivesTheSameReport()
    {
        var attestation = new AttestationReader().ReadFile(System.IO.Path.Combine(PrivacyPrinciples.Testing.RepositoryPaths.Samples, "copperfield-video.json")).GetValueOrThrow();
        var expected = PrivacyPrinciplesJson.Serialize(Evaluator.Evaluate(attestation, EvaluationDate));

        var reports = new string[64];
        Parallel.For(0, reports.Length, i => reports[i] = PrivacyPrinciplesJson.Serialize(Evaluator.Evaluate(attestation, EvaluationDate)));

        reports.Should().AllBe(expected);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
