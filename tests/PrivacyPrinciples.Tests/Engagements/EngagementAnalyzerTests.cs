using System;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Tests.Support;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Engagements;

/// <summary>A hand-built engagement over a four-expectation rule set, so every list can be checked exactly.</summary>
public class EngagementAnalyzerTests
{
    private const string Rules = """
        {
          "schemaVersion": "2.0", "id": "mini-rules", "version": "1.0.0", "title": "Mini rules",
          "evidenceKinds": [ { "kind": "policy", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "documentation", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "design", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "defaultSetting", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "privacyImpactAssessment", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "contract", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "training", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "monitoring", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "internalReview", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "internalAudit", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "independentAudit", "mayBeIndependent": true, "maxAgeMonths": 36 }, { "kind": "certification", "mayBeIndependent": true, "maxAgeMonths": 36 }, { "kind": "penetrationTest", "mayBeIndependent": true, "maxAgeMonths": 36 }, { "kind": "bugBounty", "mayBeIndependent": true, "maxAgeMonths": 36 }, { "kind": "transparencyReport", "mayBeIndependent": false, "maxAgeMonths": 36 }, { "kind": "other", "mayBeIndependent": false, "maxAgeMonths": 36 } ],
          "evidenceClasses": [ { "id": "any", "title": "Any measure", "achieve": ["policy", "documentation"], "monitor": ["monitoring"], "validate": ["independentAudit"] } ],
          "sources": [ { "id": "letter", "title": "A letter", "publisher": "A regulator", "published": "2020-07-21" } ],
          "principles": [
            { "id": "SEC", "title": "Security", "summary": "Safe.", "weight": 1 },
            { "id": "EUC", "title": "End-user control", "summary": "People decide.", "weight": 1 }
          ],
          "expectations": [
            { "id": "SEC-01", "principle": "SEC", "title": "Encrypted in transit", "rationale": "Why.", "remediation": "How.", "sources": [{ "document": "letter", "locator": "P1" }], "basis": "explicit", "level": "baseline", "weight": 1, "evidenceClass": "any", "notApplicable": "never",
              "checks": [ { "fact": "encryption.inTransit", "equals": true } ] },
            { "id": "SEC-02", "principle": "SEC", "title": "End-to-end encryption", "rationale": "Why.", "remediation": "How.", "sources": [{ "document": "letter", "locator": "P1" }], "basis": "explicit", "level": "expected", "weight": 1, "evidenceClass": "any", "notApplicable": "never",
              "checks": [ { "fact": "encryption.endToEnd", "in": ["optional", "default"] } ] },
            { "id": "EUC-01", "principle": "EUC", "title": "Recording notice", "rationale": "Why.", "remediation": "How.", "sources": [{ "document": "letter", "locator": "P5" }], "basis": "explicit", "level": "baseline", "weight": 1, "evidenceClass": "any", "notApplicable": "allowed",
              "checks": [ { "fact": "userControls.recordingIndicatorForAll", "equals": true } ] },
            { "id": "EUC-02", "principle": "EUC", "title": "Own media", "rationale": "Why.", "remediation": "How.", "sources": [{ "document": "letter", "locator": "P5" }], "basis": "explicit", "level": "expected", "weight": 1, "evidenceClass": "any", "notApplicable": "never",
              "checks": [ { "fact": "userControls.participantsControlOwnMedia", "equals": true } ] }
          ]
        }
        """;

    private static readonly RuleSet RuleSet = new RuleSetReader().Read(Rules, "mini.json").GetValueOrThrow();
    private static readonly AttestationEvaluator Evaluator = new(RuleSet);

    private static readonly Engagement Engagement = new()
    {
        SchemaVersion = "1.0",
        Id = "mini-engagement",
        Title = "Mini engagement",
        Deadline = new DateTime(2026, 9, 30),
        Invited =
        [
            new InvitedVendor { VendorId = "alpha", Name = "Alpha Video" },
            new InvitedVendor { VendorId = "bravo", Name = "Bravo Meet", Contact = "privacy@bravo.example" },
            new InvitedVendor { VendorId = "charlie", Name = "Charlie Calls" },
            new InvitedVendor { VendorId = "delta", Name = "Delta Rooms" },
        ],
        Rounds = [new EngagementRound { Id = "round-1" }, new EngagementRound { Id = "round-2", Deadline = new DateTime(2027, 1, 31) }],
    };

    private static readonly Cited Validated = Evidence(EvidencePurpose.Validate, independent: true);
    private static readonly Cited Described = Evidence(EvidencePurpose.Achieve);

    private static Attestation Vendor(string id, string name, DateTime attestedOn, ServiceFacts facts) =>
        Empty() with { Vendor = new VendorInfo { Id = id, Name = name }, Service = new ServiceInfo { Name = name }, AttestedOn = attestedOn, Facts = facts };

    private static readonly ServiceFacts Consistent = new()
    {
        Encryption = new EncryptionFacts { InTransit = true, EndToEnd = EndToEndEncryption.Optional },
        UserControls = new UserControlsFacts { RecordingIndicatorForAll = true, ParticipantsControlOwnMedia = true },
    };

    private static Attestation Alpha(bool improved) => Vendor("alpha", "Alpha Video", new DateTime(2026, 9, 1), Consistent)
        .With("SEC-01", AnswerStatus.Implemented, Described, Validated)
        .With("SEC-02", AnswerStatus.Implemented, Validated)
        .With("EUC-01", AnswerStatus.Implemented, Described)
        .With("EUC-02", AnswerStatus.Implemented, improved ? [Validated] : []);

    private static readonly Attestation Bravo = Vendor("bravo", "Bravo Meet", new DateTime(2026, 10, 5), Consistent with { Encryption = new EncryptionFacts { InTransit = true, EndToEnd = EndToEndEncryption.None } })
        .With("SEC-01", AnswerStatus.Implemented, Described, Validated)
        .With("SEC-02", AnswerStatus.Implemented)
        .With("EUC-01", AnswerStatus.Implemented, Described)
        .With("EUC-02", AnswerStatus.NotImplemented);

    private static Attestation Charlie(bool secondRound)
    {
        var charlie = Vendor("charlie", "Charlie Calls", new DateTime(2026, 9, 15), Consistent).With("SEC-01", AnswerStatus.Implemented, Described, Validated);
        return secondRound ? charlie.With("SEC-02", AnswerStatus.Implemented, Validated) : charlie;
    }

    private static readonly Attestation Echo = Vendor("echo", "Echo Uninvited", new DateTime(2026, 9, 20), Consistent)
        .With("SEC-01", AnswerStatus.NotImplemented)
        .With("SEC-02", new Answer { Status = AnswerStatus.Partial, Scope = new ImplementationScope { Platforms = ["desktop"] } })
        .With("EUC-01", new Answer { Status = AnswerStatus.NotApplicable, Justification = "The service cannot record, transcribe or stream." })
        .With("EUC-02", AnswerStatus.Implemented, Validated);

    private static RoundSubmissions Round(int index, params Attestation[] attestations) => new()
    {
        Round = Engagement.Rounds[index],
        EvaluatedOn = new DateTime(2026, 11, 1),
        Reports = [.. attestations.Select(a => Evaluator.Evaluate(a, new DateTime(2026, 11, 1)))],
    };

    private static readonly RoundSubmissions First = Round(0, Alpha(improved: false), Bravo, Charlie(secondRound: false), Echo);
    private static readonly RoundSubmissions Second = Round(1, Alpha(improved: true), Charlie(secondRound: true));

    internal static EngagementReport FirstRound => EngagementAnalyzer.Analyze(Engagement, RuleSet, [First, Second], "round-1");

    internal static EngagementReport SecondRound => EngagementAnalyzer.Analyze(Engagement, RuleSet, [First, Second]);

    [Fact]
    public void Responses_ClassifyAnsweredLatePartialAndNoResponse()
    {
        FirstRound.Responses.Select(r => (r.VendorId, r.IsInvited, r.Status, r.IsLate)).Should().Equal(
            ("alpha", true, ResponseStatus.Answered, false),
            ("bravo", true, ResponseStatus.AnsweredLate, true),
            ("charlie", true, ResponseStatus.Partial, false),
            ("delta", true, ResponseStatus.NoResponse, false),
            ("echo", false, ResponseStatus.Answered, false));
    }

    // Round 1 as it would be had Delta (who sent nothing) sent a broken file, Alpha a broken one beside
    // its good one, and an uninvited vendor only a broken one.
    private static InputError Broken(string file) => new() { Code = "json-syntax", Message = "expected ',' or '}' after a property value", Source = "round-1/" + file, Pointer = "/answers/SEC-01", Line = 12, Column = 7 };

    internal static EngagementReport WithUnreadable
    {
        get
        {
            InputError[] delta = [Broken("delta.json"), Broken("delta.json") with { Code = "schema-required", Message = "'service' is required", Pointer = "", Line = 1, Column = 1 }];
            var round = First with
            {
                Problems = [Broken("alpha-draft.json"), .. delta, Broken("foxtrot.json")],
                UnreadableResponses =
                [
                    new UnreadableResponse { VendorId = "alpha", Source = "round-1/alpha-draft.json", Errors = [Broken("alpha-draft.json")] },
                    new UnreadableResponse { VendorId = "delta", Source = "round-1/delta.json", Errors = delta },
                    new UnreadableResponse { VendorId = "foxtrot", Source = "round-1/foxtrot.json", Errors = [Broken("foxtrot.json")] },
                ],
            };
            return EngagementAnalyzer.Analyze(Engagement, RuleSet, [round]);
        }
    }

    [Fact]
    public void Responses_AnInvitedVendorWhoseOnlyResponseCannotBeRead_IsUnreadable_NotSilent()
    {
        // Regression (engage-23): Delta sent a file; reporting it as "no response" misled the regulator.
        var report = WithUnreadable;

        report.Responses.Select(r => (r.VendorId, r.Status, r.Unreadable.Count)).Should().Equal(
            ("alpha", ResponseStatus.Answered, 1),
            ("bravo", ResponseStatus.AnsweredLate, 0),
            ("charlie", ResponseStatus.Partial, 0),
            ("delta", ResponseStatus.Unreadable, 1),
            ("echo", ResponseStatus.Answered, 0));
        report.Responses[3].Unreadable[0].Errors.Select(e => e.Code).Should().Equal("json-syntax", "schema-required");
        report.Responses[3].IsLate.Should().BeFalse("a file that cannot be read has no date to be late by");
        report.Problems.Should().HaveCount(4, "every unread input is still listed, and an uninvited vendor's broken file only there");
    }

    [Fact]
    public void Classify_AResponseThatCanBeRead_DecidesTheStatus_AndAnUnreadableOneOutranksAThirdPartysAssessment()
    {
        EngagementAnalyzer.Classify([], unreadable: 1, deadline: null).Should().Be(ResponseStatus.Unreadable);
        EngagementAnalyzer.Classify([], unreadable: 0, deadline: null).Should().Be(ResponseStatus.NoResponse);
        var assessed = Evaluator.Evaluate(Bravo with { Assessment = new AssessmentInfo { By = AssessingParty.ThirdParty, Assessor = "A consumer guide" } }, new DateTime(2026, 11, 1));
        EngagementAnalyzer.Classify([assessed], unreadable: 1, deadline: null).Should().Be(ResponseStatus.Unreadable, "the vendor did respond");
        EngagementAnalyzer.Classify([assessed], unreadable: 0, deadline: null).Should().Be(ResponseStatus.AssessedByThirdParty);
        var own = Evaluator.Evaluate(Alpha(improved: false), new DateTime(2026, 11, 1));
        EngagementAnalyzer.Classify([own], unreadable: 1, deadline: new DateTime(2026, 9, 30)).Should().Be(ResponseStatus.Answered);
    }

    [Fact]
    public void Letters_AVendorWhoseResponseCannotBeRead_IsThankedAndToldWhatToFix()
    {
        var letter = WithUnreadable.Letters.Single(l => l.VendorId == "delta");

        letter.Status.Should().Be(ResponseStatus.Unreadable);
        letter.Questions.Should().BeEmpty();
        letter.Text.Should().Be(
            "# Mini engagement: follow-up to Delta Rooms\n\n"
            + "Thank you for your response in round-1. We could not read it, so it has not been evaluated:\n\n"
            + "- delta.json: expected ',' or '}' after a property value (line 12, column 7, at /answers/SEC-01; json-syntax); and 1 more problem\n\n"
            + "Please correct it and send it again (the round's deadline: 2026-09-30). 'privacy-principles validate' lists every problem in an attestation, with its line and column.\n");
    }

    [Fact]
    public void Matrix_HasEachResponderScorePerPrinciple()
    {
        var report = FirstRound;

        report.Principles.Select(p => p.Id).Should().Equal("SEC", "EUC");
        var alpha = report.Responses[0].Submissions.Single();
        alpha.Principles.Keys.Should().Equal("SEC", "EUC");
        // SEC-01 (baseline, weight 3): achieve and validate, 85; SEC-02 (expected, weight 2): validate only, 65.
        alpha.Principles["SEC"].Should().Be(77);
        report.Responses[3].Submissions.Should().BeEmpty();
    }

    [Fact]
    public void GoodPractices_AreWhatSeveralVendorsMeetWithIndependentValidation()
    {
        FirstRound.GoodPractices.Select(g => (g.ExpectationId, g.Count, g.Of, string.Join(",", g.Vendors))).Should().Equal(
            ("SEC-01", 3, 4, "alpha,bravo,charlie"));
    }

    [Fact]
    public void AreasForImprovement_AreWhatIsCommonlyMissingContradictedOrWeaklySupported()
    {
        FirstRound.AreasForImprovement.Select(a => (a.Kind, a.ExpectationId, a.Count, a.Of, string.Join(",", a.Vendors))).Should().Equal(
            (ImprovementKind.Missing, "EUC-02", 2, 4, "bravo,charlie"),
            (ImprovementKind.Missing, "EUC-01", 1, 3, "charlie"),
            (ImprovementKind.WeaklySupported, "SEC-02", 2, 4, "bravo,echo"),
            (ImprovementKind.WeaklySupported, "EUC-01", 2, 3, "alpha,bravo"));
    }

    [Fact]
    public void AreasForImprovement_FollowTheMinimumShare()
    {
        // Denials contradicted by facts count too: echo denies SEC-01 and bravo EUC-02 although their facts say they are in place.
        var stricter = Engagement with { Observations = new ObservationOptions { MinimumShare = 0.25, MinimumVendors = 1 } };

        var report = EngagementAnalyzer.Analyze(stricter, RuleSet, [First]);

        report.AreasForImprovement.Where(a => a.Kind == ImprovementKind.Contradicted).Select(a => (a.ExpectationId, string.Join(",", a.Vendors)))
            .Should().Equal(("SEC-01", "echo"), ("SEC-02", "bravo"), ("EUC-02", "bravo"));
        report.GoodPractices.Select(g => (g.ExpectationId, g.Count)).Should().Equal(("SEC-01", 3), ("SEC-02", 1), ("EUC-02", 1));
    }

    [Fact]
    public void FirstRound_HasNothingToCompare()
    {
        FirstRound.PreviousRound.Should().BeNull();
        FirstRound.Changes.Should().BeEmpty();
        FirstRound.VendorChanges.Should().BeEmpty();
    }

    [Fact]
    public void SecondRound_SaysWhatChangedPerExpectationAndVendor()
    {
        var report = SecondRound;

        report.PreviousRound!.Id.Should().Be("round-1");
        report.Changes.Select(c => (c.ExpectationId, c.Improved, c.Regressed, c.NewlyAnswered, c.NoLongerAnswered, c.StillMissing)).Should().Equal(
            ("SEC-02", 0, 0, 1, 0, 0),
            ("EUC-01", 0, 0, 0, 0, 1),
            ("EUC-02", 1, 0, 0, 0, 1));
        report.VendorChanges.Select(v => (v.VendorId, v.Improved, v.NewlyAnswered, v.StillMissing)).Should().Equal(
            ("alpha", 1, 0, 0),
            ("charlie", 0, 1, 2));
        report.Responses.Single(r => r.VendorId == "bravo").Status.Should().Be(ResponseStatus.NoResponse);
    }

    [Fact]
    public void Letters_OnePerInvitedVendor_InTheRegulatorsSpirit()
    {
        var letters = FirstRound.Letters;

        letters.Select(l => (l.VendorId, l.Status)).Should().Equal(
            ("alpha", ResponseStatus.Answered), ("bravo", ResponseStatus.AnsweredLate), ("charlie", ResponseStatus.Partial), ("delta", ResponseStatus.NoResponse));
        letters[3].Text.Should().Contain("We have not received a response from Delta Rooms in round-1, whose deadline was 2026-09-30. We strongly encourage you to engage with us");
        letters[3].Questions.Should().BeEmpty();
        letters[1].Text.Should().StartWith("# Mini engagement: follow-up to Bravo Meet\n\nTo: privacy&#64;bravo.example\n\n", "an address from the engagement file is shown, never turned into a link");
        letters[1].Text.Should().Contain("It reached us after the deadline of 2026-09-30.").And.Contain("would benefit from more clarity and additional supporting information");
        letters[1].Questions.Select(q => q.Kind).Should().Contain(FollowUpKind.Contradiction);
        letters[2].Text.Should().Contain("It leaves 3 expectations unanswered; please answer them.");
        letters[2].Questions.Count(q => q.Kind == FollowUpKind.NoAnswer).Should().Be(3);
    }

    [Fact]
    public void Analyze_UnknownRound_IsRefused()
    {
        var act = () => EngagementAnalyzer.Analyze(Engagement, RuleSet, [First, Second], "round-9");

        act.Should().Throw<ArgumentException>().WithMessage("The engagement has no round 'round-9'; it has round-1, round-2.*");
    }

    [Fact]
    public void Report_WritesAsJsonWithoutTheFullReports()
    {
        var json = PrivacyPrinciplesJson.Serialize(FirstRound);

        json.Should().Contain("\"status\": \"answeredLate\"").And.Contain("\"goodPractices\": [").And.NotContain("\"reasons\"");
    }

    [Fact]
    public void Report_WritesAnUnreadableResponseAsJson_WithItsErrors_AndLeavesItOutWhereThereIsNone()
    {
        var json = System.Text.Json.JsonDocument.Parse(PrivacyPrinciplesJson.Serialize(WithUnreadable)).RootElement;

        var delta = json.GetProperty("responses")[3];
        delta.GetProperty("status").GetString().Should().Be("unreadable");
        var unreadable = delta.GetProperty("unreadable").EnumerateArray().Single();
        unreadable.GetProperty("vendorId").GetString().Should().Be("delta");
        unreadable.GetProperty("source").GetString().Should().Be("round-1/delta.json");
        var error = unreadable.GetProperty("errors")[0];
        (error.GetProperty("code").GetString(), error.GetProperty("pointer").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32())
            .Should().Be(("json-syntax", "/answers/SEC-01", 12, 7));
        json.GetProperty("letters")[3].GetProperty("status").GetString().Should().Be("unreadable");
        json.GetProperty("responses")[1].TryGetProperty("unreadable", out _).Should().BeFalse("a report without an unreadable response keeps the shape it had");
        PrivacyPrinciplesJson.Serialize(FirstRound).Should().NotContain("\"unreadable\"");
    }
}
