using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Profiles;

public class ProfileResolverTests
{
    private const string Profile = """
        {
          "schemaVersion": "1.0",
          "id": "schools-2026",
          "version": "1.1.0",
          "title": "Schools",
          "base": "vtc-joint-statement-2020",
          "exclude": ["TRF-05", "EUC"],
          "modify": [
            { "id": "SEC-03", "level": "baseline", "weight": 2 },
            { "id": "KYA-03", "appliesTo": ["children", "education"] }
          ],
          "add": [
            {
              "id": "KYA-10", "principle": "KYA", "title": "Teachers can end a class for everyone",
              "rationale": "A class that cannot be ended keeps pupils in a room nobody supervises.", "remediation": "Give teachers an end-for-all control.",
              "sources": [{ "document": "letter-2020", "locator": "Principle 3 (Know your audience)" }], "basis": "explicit", "level": "expected", "weight": 1, "evidenceClass": "user-control", "notApplicable": "never",
              "checks": [ { "fact": "userControls.hostModerationControls", "equals": true } ]
            }
          ]
        }
        """;

    private static ReadResult<RuleSet> Resolve(string json)
    {
        var read = new ProfileReader().Read(json, "profile.json");
        read.Errors.Should().BeEmpty();
        return ProfileResolver.Resolve(read.Value!, BuiltInRuleSets.VtcJointStatement2020, "profile.json");
    }

    [Fact]
    public void Resolve_ExcludesModifiesAndAdds()
    {
        var ruleSet = Resolve(Profile).GetValueOrThrow();

        ruleSet.Id.Should().Be("vtc-joint-statement-2020");
        ruleSet.Version.Should().Be("2.0.0");
        ruleSet.Profile.Should().BeEquivalentTo(new
        {
            Id = "schools-2026",
            Version = "1.1.0",
            Title = "Schools",
            BaseDigest = RuleSetDigest.Compute(BuiltInRuleSets.VtcJointStatement2020),
        });
        ruleSet.Profile!.Changes.Select(c => (c.ExpectationId, c.Kind, c.From, c.To)).Should().Equal(
            ("SEC-03", TailoringChangeKind.LevelRaised, "enhanced", "baseline"),
            ("SEC-03", TailoringChangeKind.WeightRaised, "1", "2"),
            ("SEC-03", TailoringChangeKind.AudiencesChanged, null, null),
            ("KYA-03", TailoringChangeKind.AudiencesChanged, null, null),
            ("TRF-05", TailoringChangeKind.Excluded, null, null),
            ("EUC-01", TailoringChangeKind.Excluded, null, null),
            ("EUC-02", TailoringChangeKind.Excluded, null, null),
            ("EUC-03", TailoringChangeKind.Excluded, null, null),
            ("EUC-04", TailoringChangeKind.Excluded, null, null),
            ("EUC-05", TailoringChangeKind.Excluded, null, null),
            ("KYA-10", TailoringChangeKind.Added, null, null));
        ruleSet.Principles.Select(p => p.Id).Should().Equal("SEC", "PBD", "KYA", "TRF");
        ruleSet.Expectations.Select(e => e.Id).Should().NotContain(["TRF-05", "EUC-01", "EUC-05"]).And.EndWith("KYA-10");
        ruleSet.Expectations.Should().HaveCount(37 - 1 - 5 + 1);
        var sec03 = ruleSet.Expectations.Single(e => e.Id == "SEC-03");
        (sec03.Level, sec03.Weight).Should().Be((ExpectationLevel.Baseline, 2.0));
        sec03.RaisedFor.Should().BeEmpty("a raise to expected no longer raises a baseline expectation");
        ruleSet.Expectations.Single(e => e.Id == "KYA-03").AppliesTo.Should().HaveCount(2);
        RuleSetValidator.Validate(ruleSet).Should().BeEmpty();
    }

    [Fact]
    public void Include_KeepsOnlyWhatItNames()
    {
        var ruleSet = Resolve("""{ "schemaVersion": "1.0", "id": "p", "version": "1.0.0", "title": "T", "base": "vtc-joint-statement-2020", "include": ["SEC", "EUC-01"] }""").GetValueOrThrow();

        ruleSet.Expectations.Select(e => e.Id).Should().Equal("SEC-01", "SEC-02", "SEC-03", "SEC-04", "SEC-05", "SEC-06", "SEC-07", "SEC-08", "SEC-09", "SEC-10", "SEC-11", "SEC-12", "EUC-01");
        ruleSet.Principles.Select(p => p.Id).Should().Equal("SEC", "EUC");
    }

    [Fact]
    public void Report_NamesTheProfileAndRuleSetVersion()
    {
        var report = new AttestationEvaluator(Resolve(Profile).GetValueOrThrow()).Evaluate(TestAttestations.Empty(), TestAttestations.EvaluationDate);

        report.RuleSet.Should().BeEquivalentTo(new { Id = "vtc-joint-statement-2020", Version = "2.0.0", Origin = RuleSetOrigin.Tailored, Profile = new { Id = "schools-2026", Version = "1.1.0" } });
        report.RuleSet.Digest.Should().StartWith("sha256:").And.NotBe(RuleSetDigest.Compute(BuiltInRuleSets.VtcJointStatement2020));
        PrivacyPrinciplesJson.Serialize(report).Should().Contain("\"profile\": {\n      \"id\": \"schools-2026\",\n      \"version\": \"1.1.0\",");
    }

    [Fact]
    public void UnknownSelector_IsReportedInTheProfile()
    {
        var result = Resolve(Profile.Replace("\"exclude\": [\"TRF-05\", \"EUC\"]", "\"exclude\": [\"TRF-50\", \"EUC\"]"));

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "profile-unknown-id",
            Message = "'TRF-50' is neither an expectation nor a principle of vtc-joint-statement-2020 2.0.0; expected an id such as SEC-01 or SEC",
            Pointer = "/exclude/0",
        });
    }

    [Fact]
    public void ModifyingAnExcludedExpectation_IsRefused()
    {
        var result = Resolve(Profile.Replace("\"exclude\": [\"TRF-05\", \"EUC\"]", "\"exclude\": [\"TRF-05\", \"EUC\", \"SEC-03\"]"));

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "profile-unknown-id",
            Message = "'SEC-03' is left out by this profile's include or exclude, so it cannot be modified; expected an expectation the profile keeps, or 'SEC-03' taken out of include or exclude",
            Pointer = "/modify/0/id",
        });
    }

    [Fact]
    public void AddedExpectation_IsValidatedAndReportedWhereItIsInTheProfile()
    {
        var result = Resolve(Profile.Replace("\"principle\": \"KYA\"", "\"principle\": \"SCHOOLS\"").Replace("hostModerationControls", "hostModeration"));

        result.Errors.Select(e => (e.Code, e.Pointer)).Should().Equal(
            ("ruleset-unknown-principle", "/add/0/principle"),
            ("ruleset-unknown-fact", "/add/0/checks/0/fact"));
    }

    [Fact]
    public void AddedExpectationCollidingWithABaseOne_IsADuplicate()
    {
        var result = Resolve(Profile.Replace("\"id\": \"KYA-10\"", "\"id\": \"KYA-01\""));

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "ruleset-duplicate-id", Pointer = "/add/0/id" });
    }

    [Fact]
    public void ModifiedRaiseThatDoesNotRaise_IsReportedInTheModification()
    {
        var result = Resolve(Profile.Replace("{ \"id\": \"SEC-03\", \"level\": \"baseline\", \"weight\": 2 }", "{ \"id\": \"SEC-03\", \"raisedFor\": [ { \"audience\": \"health\", \"level\": \"enhanced\" } ] }"));

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "ruleset-level-raise", Pointer = "/modify/0/raisedFor/0/level" });
    }

    [Fact]
    public void ResolveFile_FindsARuleSetBaseRelativeToTheProfile()
    {
        var folder = Directory.CreateTempSubdirectory("profile-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "rules.json"), PrivacyPrinciplesJson.Serialize(BuiltInRuleSets.VtcJointStatement2020 with { Id = "local-rules" }));
            var path = Path.Combine(folder.FullName, "profile.json");
            File.WriteAllText(path, Profile.Replace("\"base\": \"vtc-joint-statement-2020\"", "\"base\": \"rules.json\""));

            new ProfileReader().ResolveFile(path).GetValueOrThrow().Id.Should().Be("local-rules");

            File.WriteAllText(path, Profile.Replace("\"base\": \"vtc-joint-statement-2020\"", "\"base\": \"missing.json\""));
            var missing = new ProfileReader().ResolveFile(path);
            missing.Errors[0].Should().BeEquivalentTo(new { Code = "profile-base", Pointer = "/base", Line = 6 });
            missing.Errors[1].Code.Should().Be("input-unreadable");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ResolveFile_AProfileAsTheBase_IsNamedAsAProfile_NotAnOutdatedRuleSet()
    {
        // Itself, or another profile, as the base was once "schemaVersion '1.0' is not supported;
        // rule-set format 2 adds evidenceKinds ...", as if it were a rule set of format 1.
        var folder = Directory.CreateTempSubdirectory("profile-");
        try
        {
            var self = Path.Combine(folder.FullName, "self.json");
            File.WriteAllText(self, Profile.Replace("\"base\": \"vtc-joint-statement-2020\"", "\"base\": \"self.json\""));
            var other = Path.Combine(folder.FullName, "other.json");
            File.WriteAllText(other, Profile.Replace("\"base\": \"vtc-joint-statement-2020\"", "\"base\": \"self.json\""));
            File.WriteAllText(self, Profile.Replace("\"base\": \"vtc-joint-statement-2020\"", "\"base\": \"other.json\""));

            var result = new ProfileReader().ResolveFile(other);
            result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "profile-base", Pointer = "/base", Line = 6 });
            result.Errors[0].Message.Should().StartWith("base 'self.json' is a tailoring profile, not a rule set;");

            File.WriteAllText(self, Profile.Replace("\"base\": \"vtc-joint-statement-2020\"", "\"base\": \"self.json\""));
            new ProfileReader().ResolveFile(self).Errors.Should().ContainSingle().Which.Message.Should().StartWith("base 'self.json' is a tailoring profile (this one), not a rule set;");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ProfileSchema_ValidatesAddedExpectationsWithTheRuleSetSchema()
    {
        var result = new ProfileReader().Read(Profile.Replace("\"level\": \"expected\", \"weight\": 1,", "\"level\": \"mandatory\", \"weight\": 1,"), "profile.json");

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "schema-enum", Pointer = "/add/0/level" });
    }
    [Fact]
    public void EveryProblemOfAProfile_IsListedAtOnce_NotOnlyTheFirst()
    {
        var profile = Profile
            .Replace("\"exclude\": [\"TRF-05\", \"EUC\"]", "\"exclude\": [\"TRF-50\", \"EUC\", \"SEC-03\"]")
            .Replace("\"principle\": \"KYA\"", "\"principle\": \"SCHOOLS\"")
            .Replace("\"document\": \"letter-2020\"", "\"document\": \"school-guide\"");

        var result = Resolve(profile);

        result.Errors.Select(e => (e.Code, e.Pointer)).Should().BeEquivalentTo(new[]
        {
            ("profile-unknown-id", "/exclude/0"),
            ("profile-unknown-id", "/modify/0/id"),
            ("ruleset-unknown-principle", "/add/0/principle"),
            ("ruleset-unknown-source", "/add/0/sources/0/document"),
        });
    }

    [Fact]
    public void Modify_ReplacesChecks_AndTheReportSaysSo()
    {
        var ruleSet = Resolve(Profile.Replace("{ \"id\": \"SEC-03\", \"level\": \"baseline\", \"weight\": 2 }", "{ \"id\": \"SEC-03\", \"level\": \"baseline\", \"weight\": 2, \"checks\": [ { \"fact\": \"encryption.endToEnd\", \"equals\": \"default\" } ] }")).GetValueOrThrow();

        var sec03 = ruleSet.Expectations.Single(e => e.Id == "SEC-03");
        sec03.Checks.Should().ContainSingle().Which.Fact.Should().Be("encryption.endToEnd");
        ruleSet.Profile!.Changes.Should().Contain(c => c.ExpectationId == "SEC-03" && c.Kind == TailoringChangeKind.ChecksReplaced);
    }

    [Fact]
    public void Add_MayCiteTheProfilesOwnSourceAndPrinciple_WhoseIdsMustNotRepeatTheBases()
    {
        var own = Profile
            .Replace("\"base\": \"vtc-joint-statement-2020\",", "\"base\": \"vtc-joint-statement-2020@2.0.0\", \"sources\": [ { \"id\": \"school-guide\", \"title\": \"A schools' guide\", \"publisher\": \"A schools' association\", \"published\": \"2026-01-15\" } ], \"principles\": [ { \"id\": \"SCH\", \"title\": \"Schools\", \"summary\": \"What schools add.\", \"weight\": 1 } ],")
            .Replace("\"principle\": \"KYA\"", "\"principle\": \"SCH\"")
            .Replace("\"document\": \"letter-2020\", \"locator\": \"Principle 3 (Know your audience)\"", "\"document\": \"school-guide\", \"locator\": \"Section 2, bullet on ending lessons\"");

        var ruleSet = Resolve(own).GetValueOrThrow();

        ruleSet.Sources.Select(x => x.Id).Should().Equal("letter-2020", "observations-2021", "school-guide");
        ruleSet.Principles.Select(x => x.Id).Should().EndWith("SCH");
        ruleSet.Expectations.Single(e => e.Id == "KYA-10").Principle.Should().Be("SCH");

        var clash = Resolve(own.Replace("\"id\": \"school-guide\"", "\"id\": \"letter-2020\"").Replace("\"document\": \"school-guide\"", "\"document\": \"letter-2020\""));
        clash.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "ruleset-duplicate-id", Pointer = "/sources/0/id" });
    }

    [Fact]
    public void AProfileCannotMakeAnExtensionAMust()
    {
        var result = Resolve(Profile.Replace("{ \"id\": \"KYA-03\", \"appliesTo\": [\"children\", \"education\"] }", "{ \"id\": \"KYA-03\", \"appliesTo\": [\"children\", \"education\"] }, { \"id\": \"SEC-12\", \"level\": \"baseline\" }"));

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "ruleset-extension-baseline", Pointer = "/modify/2/level" });
    }

    [Fact]
    public void ABaseNamingAVersionThatIsNotShipped_IsRefused_WithTheShippedOnes()
    {
        var read = new ProfileReader().Read(Profile.Replace("\"base\": \"vtc-joint-statement-2020\"", "\"base\": \"vtc-joint-statement-2020@9.9.9\""), "profile.json");
        var result = new ProfileReader().Resolve(read, new PrivacyPrinciples.Files.ConfinedFolder(System.IO.Path.GetTempPath()), string.Empty, "the profile's folder");

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "ruleset-unknown-version",
            Pointer = "/base",
            Message = "base 'vtc-joint-statement-2020@9.9.9' names a version of the built-in rule set vtc-joint-statement-2020 that is not shipped; expected one of vtc-joint-statement-2020@1.0.0, vtc-joint-statement-2020@2.0.0",
        });
    }

    [Fact]
    public void AnAnswerToAnExpectationTheProfileLeavesOut_IsNotedAsSuch_NotAsUnknown()
    {
        var ruleSet = Resolve(Profile).GetValueOrThrow();
        var attestation = TestAttestations.Empty().With("EUC-01", AnswerStatus.Implemented);

        var report = new AttestationEvaluator(ruleSet).Evaluate(attestation, TestAttestations.EvaluationDate);

        report.Notes.Should().ContainSingle(n => n.Code == "answer.leftOutByProfile").Which.Message.Should().Be(
            "The answer to 'EUC-01' was not scored: tailoring profile schools-2026 1.1.0 leaves the expectation out of vtc-joint-statement-2020 2.0.0.");
    }

    [Fact]
    public void ReportsKeepTheBaseLevelAndTheTailoredLevelApart()
    {
        var ruleSet = Resolve(Profile).GetValueOrThrow();

        var report = new AttestationEvaluator(ruleSet).Evaluate(TestAttestations.Empty(Audience.Health), TestAttestations.EvaluationDate);

        report.GetExpectation("SEC-03").Should().BeEquivalentTo(new { BaseLevel = ExpectationLevel.Enhanced, TailoredLevel = ExpectationLevel.Baseline, Level = ExpectationLevel.Baseline });
        report.GetExpectation("SEC-02").Should().BeEquivalentTo(new { BaseLevel = ExpectationLevel.Expected, TailoredLevel = ExpectationLevel.Expected, Level = ExpectationLevel.Baseline });
    }
}
