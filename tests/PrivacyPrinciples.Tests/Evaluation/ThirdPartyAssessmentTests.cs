using System;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Tests.Support;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>An assessment made by someone other than the vendor, who may record what could not be determined.</summary>
public class ThirdPartyAssessmentTests
{
    private static readonly AttestationEvaluator Evaluator = new();

    private static readonly AssessmentInfo ByAGuide = new() { By = AssessingParty.ThirdParty, Assessor = "Open Lens Reviews", Method = "From public documentation." };

    private static EvaluationReport Report(Attestation attestation) => Evaluator.Evaluate(attestation, EvaluationDate);

    private static Attestation Assessed(Attestation attestation) => attestation with { Assessment = ByAGuide };

    [Fact]
    public void AnUndeterminedAnswer_ScoresNothing_IsABaselineGap_AndAsksTheVendorToConfirm_NotToAnswer()
    {
        var report = Report(Assessed(WithGoodFacts()).With("SEC-01", new Answer { Status = AnswerStatus.Undetermined, Statement = "The public pages do not say how calls travel." }));
        var result = report.GetExpectation("SEC-01");

        (result.Outcome, result.Score, result.IsBaselineGap).Should().Be((Outcome.Undetermined, (double?)0, true));
        report.Coverage.Undetermined.Should().Be(1);
        result.Reasons.Should().Contain(r => r.Code == "answer.undetermined");
        result.FollowUps.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = FollowUpKind.Confirmation,
            Question = "The assessment by Open Lens Reviews could not establish whether Example Meet meets SEC-01 (All call content is encrypted in transit) from the information available to it. Please confirm whether it does, and how, with the facts and evidence that show it.",
            Pointer = "/answers/SEC-01/status",
        });
    }

    [Fact]
    public void UndeterminedIsNotNotAnswered_TheyAreCountedAndWordedApart()
    {
        var report = Report(Assessed(Empty()).With("SEC-01", new Answer { Status = AnswerStatus.Undetermined }));

        report.GetExpectation("SEC-01").Outcome.Should().Be(Outcome.Undetermined);
        report.GetExpectation("SEC-04").Outcome.Should().Be(Outcome.NotAnswered);
        report.Coverage.Should().BeEquivalentTo(new { Undetermined = 1, NotAnswered = report.Coverage.InScope - 1 });
        report.GetExpectation("SEC-04").FollowUps.Single().Question.Should().Be(
            "The assessment by Open Lens Reviews does not cover SEC-04 (Stored content is encrypted at rest). Please state whether the service meets this expectation, and how.");
    }

    [Fact]
    public void AFactTheAssessorCouldNotDetermine_LeavesAClaimUnverified_AndIsAskedToBeConfirmed()
    {
        var facts = GoodFacts with { Encryption = GoodFacts.Encryption with { InTransit = null } };
        var attestation = Assessed(WithGoodFacts() with { Facts = facts, UndeterminedFacts = ["encryption.inTransit"] })
            .With("SEC-01", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve));

        var result = Report(attestation).GetExpectation("SEC-01");

        result.Outcome.Should().Be(Outcome.Unverified);
        result.Reasons.Should().Contain(r => r.Code == "check.undetermined" && r.Message == "Fact encryption.inTransit could not be determined by the assessor, so the answer cannot be corroborated by it.");
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.Confirmation
            && f.Question == "The assessment by Open Lens Reviews found SEC-01 (All call content is encrypted in transit) in place but could not establish encryption.inTransit, which the finding is checked against. Please confirm it.");
        result.FollowUps.Should().NotContain(f => f.Kind == FollowUpKind.MissingFacts, "the fact was looked for, not left out");
    }

    [Fact]
    public void EveryQuestionOfAThirdPartyAssessment_SpeaksOfTheAssessment_NotOfTheVendorsOwnAnswers()
    {
        // Every kind of question: no answer, no reason, partial without scope, planned without date, contradictions, evidence.
        var facts = GoodFacts with
        {
            Encryption = GoodFacts.Encryption with { InTransit = false },
            Features = GoodFacts.Features with { Recording = false, Transcription = false },
        };
        var attestation = Assessed(WithGoodFacts() with { Facts = facts })
            .With("SEC-01", AnswerStatus.Implemented)
            .With("PBD-05", new Answer { Status = AnswerStatus.NotApplicable })
            .With("SEC-04", new Answer { Status = AnswerStatus.NotApplicable })
            .With("SEC-05", new Answer { Status = AnswerStatus.Partial, Statement = Statement("SEC-05") })
            .With("SEC-06", new Answer { Status = AnswerStatus.Planned })
            .With("PBD-07", new Answer { Status = AnswerStatus.Planned, PlannedFor = new DateTime(2026, 1, 1) })
            .With("PBD-03", AnswerStatus.NotImplemented);

        var questions = Report(attestation).Expectations.SelectMany(e => e.FollowUps).Select(f => f.Question).ToArray();

        questions.Should().NotBeEmpty();
        questions.Should().NotContain(q => q.StartsWith("You ", StringComparison.Ordinal) || q.StartsWith("Your ", StringComparison.Ordinal) || q.Contains("your facts", StringComparison.Ordinal) || q.Contains("No answer was given", StringComparison.Ordinal));
        questions.Should().Contain(q => q.StartsWith("The assessment by Open Lens Reviews says SEC-01", StringComparison.Ordinal) && q.Contains("its facts state encryption.inTransit is false", StringComparison.Ordinal));
        questions.Should().Contain(q => q.StartsWith("The assessment by Open Lens Reviews states that PBD-05", StringComparison.Ordinal) && q.Contains("but gives no reason", StringComparison.Ordinal));
        questions.Should().Contain(q => q.StartsWith("The assessment by Open Lens Reviews states that SEC-04", StringComparison.Ordinal) && q.Contains("but its facts state features.storesContent is true", StringComparison.Ordinal));
        questions.Should().Contain(q => q.StartsWith("The assessment by Open Lens Reviews records plans for PBD-07", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReportSaysWhoAssessed_AndAVendorsOwnAttestationSaysTheVendor()
    {
        Report(Assessed(Empty())).Attestation.Should().BeEquivalentTo(new { AssessedBy = AssessingParty.ThirdParty, Assessor = "Open Lens Reviews" });
        Report(Empty()).Attestation.Should().BeEquivalentTo(new { AssessedBy = AssessingParty.Vendor, Assessor = (string?)null });
    }

    [Fact]
    public void ClaimingToBeAThirdParty_NeverEarnsMoreThanAnsweringHonestly()
    {
        // Undetermined is worth what "not implemented" is: nothing. The label buys no credit.
        var honest = Report(WithGoodFacts().With("SEC-01", AnswerStatus.NotImplemented));
        var posing = Report(Assessed(WithGoodFacts()).With("SEC-01", new Answer { Status = AnswerStatus.Undetermined }));

        posing.Score.Should().Be(honest.Score);
        posing.BaselineGatePassed.Should().BeFalse();
    }

    public static TheoryData<string, string, string> RefusedAssessments => new()
    {
        {
            "\"assessment\": { \"by\": \"thirdParty\" },", "attestation-assessor", "/assessment"
        },
        {
            "\"answers\": { \"SEC-01\": { \"status\": \"undetermined\" } },", "attestation-undetermined", "/answers/SEC-01/status"
        },
        {
            "\"undeterminedFacts\": [\"encryption.inTransit\"],", "attestation-undetermined", "/undeterminedFacts"
        },
        {
            "\"assessment\": { \"by\": \"thirdParty\", \"assessor\": \"Open Lens Reviews\" }, \"facts\": { \"encryption\": { \"inTransit\": true } }, \"undeterminedFacts\": [\"encryption.inTransit\"],", "attestation-undetermined", "/undeterminedFacts/0"
        },
        {
            "\"assessment\": { \"by\": \"thirdParty\", \"assessor\": \"Open Lens Reviews\" }, \"undeterminedFacts\": [\"encryption.quantumSafe\"],", "attestation-undetermined", "/undeterminedFacts/0"
        },
    };

    [Theory]
    [MemberData(nameof(RefusedAssessments))]
    public void TheReader_RefusesWhatOnlyAThirdPartyMayRecord_AndAThirdPartyThatDoesNotSayWhoItIs(string insert, string code, string pointer)
    {
        var json = """
            {
              "schemaVersion": "2.0",
              "vendor": { "id": "example-vendor", "name": "Example Vendor" },
              "service": { "name": "Example Meet" },
              "attestedOn": "2026-10-01",
              INSERT
              "audiences": { "consumers": true, "business": false, "education": false, "health": false, "children": false, "government": false }
            }
            """.Replace("INSERT", insert, StringComparison.Ordinal);

        var read = new AttestationReader().Read(json, "assessment.json");

        read.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = code, Pointer = pointer });
    }

    [Fact]
    public void AnEngagement_KeepsTheVendorsOwnResponseApartFromAThirdPartysAssessment()
    {
        var engagement = new PrivacyPrinciples.Engagements.Engagement
        {
            SchemaVersion = "1.0",
            Id = "mini",
            Title = "Mini",
            Deadline = new DateTime(2026, 10, 31),
            Invited = [new PrivacyPrinciples.Engagements.InvitedVendor { VendorId = "example-vendor", Name = "Example Vendor" }],
            Rounds = [new PrivacyPrinciples.Engagements.EngagementRound { Id = "r1", Attestations = ["a.json"] }],
        };
        var assessed = Report(Assessed(WithGoodFacts()).With("SEC-01", new Answer { Status = AnswerStatus.Undetermined }));
        var round = new PrivacyPrinciples.Engagements.RoundSubmissions { Round = engagement.Rounds[0], EvaluatedOn = EvaluationDate, Reports = [assessed], Problems = [] };

        var report = PrivacyPrinciples.Engagements.EngagementAnalyzer.Analyze(engagement, PrivacyPrinciples.Rules.BuiltInRuleSets.VtcJointStatement2020, [round]);

        var response = report.Responses.Single();
        response.Status.Should().Be(PrivacyPrinciples.Engagements.ResponseStatus.AssessedByThirdParty, "a third party's assessment is not the vendor's response");
        response.Submissions.Single().Should().BeEquivalentTo(new { AssessedBy = AssessingParty.ThirdParty, Assessor = "Open Lens Reviews", Undetermined = 1 });
        var letter = report.Letters.Single();
        letter.Text.Should().Contain("We have not received a response from Example Vendor")
            .And.Contain("A third party has assessed your service from the information available to it (Open Lens Reviews assessed Example Meet on 2026-10-01).")
            .And.Contain("It could not establish 1 expectation; the questions below ask you to confirm it")
            .And.Contain("*(explicit)* The assessment by Open Lens Reviews could not establish whether Example Meet meets SEC-01", "every question names the basis of its expectation");
        letter.Questions.Should().Contain(q => q.Kind == FollowUpKind.Confirmation && q.ExpectationId == "SEC-01");
    }
}
