using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Serialization;

public class RuleSetReaderTests
{
    // A small valid rule set; each test breaks one thing.
    private const string Valid = """
        {
          "schemaVersion": "2.0", "evidenceKinds": [ { "kind": "policy", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "documentation", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "design", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "defaultSetting", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "privacyImpactAssessment", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "contract", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "training", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "monitoring", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "internalReview", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "internalAudit", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "independentAudit", "mayBeIndependent": true, "maxAgeMonths": 24 }, { "kind": "certification", "mayBeIndependent": true, "maxAgeMonths": 24 }, { "kind": "penetrationTest", "mayBeIndependent": true, "maxAgeMonths": 24 }, { "kind": "bugBounty", "mayBeIndependent": true, "maxAgeMonths": 24 }, { "kind": "transparencyReport", "mayBeIndependent": false, "maxAgeMonths": 24 }, { "kind": "other", "mayBeIndependent": false, "maxAgeMonths": 24 } ], "evidenceClasses": [ { "id": "any", "title": "Any measure", "achieve": ["policy", "documentation"], "monitor": ["monitoring"], "validate": ["independentAudit"] } ],
          "id": "example-rules",
          "version": "1.2.0",
          "title": "Example rules",
          "sources": [
            { "id": "letter", "title": "A letter", "publisher": "A regulator", "published": "2020-07-21" }
          ],
          "principles": [
            { "id": "SEC", "title": "Security", "summary": "Keep it safe.", "weight": 1 },
            { "id": "EUC", "title": "Control", "summary": "People decide.", "weight": 2 }
          ],
          "expectations": [
            {
              "id": "SEC-01", "principle": "SEC", "title": "Encrypted", "rationale": "Why.", "remediation": "How.",
              "sources": [{ "document": "letter", "locator": "Principle 1" }], "basis": "explicit",
              "level": "expected", "weight": 1, "evidenceClass": "any", "notApplicable": "never",
              "raisedFor": [ { "audience": "health", "level": "baseline" } ],
              "checks": [ { "fact": "encryption.endToEnd", "in": ["optional", "default"] } ]
            },
            {
              "id": "EUC-01", "principle": "EUC", "title": "Told", "rationale": "Why.", "remediation": "How.",
              "sources": [{ "document": "letter", "locator": "Principle 5" }], "basis": "explicit",
              "level": "baseline", "weight": 1.5, "evidenceClass": "any", "notApplicable": "allowed",
              "checks": [ { "anyOf": [ { "fact": "userControls.recordingIndicatorForAll", "equals": true }, { "fact": "securityOperations.criticalPatchDays", "atMost": 30 } ] } ]
            }
          ]
        }
        """;

    private static ReadResult<RuleSet> Read(string json) => new RuleSetReader().Read(json, "rules.json");

    private static InputError Single(string json)
    {
        var result = Read(json);
        result.Succeeded.Should().BeFalse();
        return result.Errors.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Read_ValidRuleSet_BindsChecksAsData()
    {
        var result = Read(Valid);

        result.Errors.Should().BeEmpty();
        var ruleSet = result.Value!;
        ruleSet.Expectations.Should().HaveCount(2);
        ruleSet.Principles[1].Weight.Should().Be(2);
        var check = ruleSet.Expectations[0].Checks.Single();
        check.Fact.Should().Be("encryption.endToEnd");
        check.In.Should().Equal(FactValue.From("optional"), FactValue.From("default"));
        ruleSet.Expectations[1].Checks.Single().AnyOf![1].AtMost.Should().Be(30);
    }

    [Fact]
    public void Read_ValidRuleSet_RoundTripsThroughJson()
    {
        var first = Read(Valid).Value!;
        var again = Read(PrivacyPrinciplesJson.Serialize(first));

        again.Errors.Should().BeEmpty();
        PrivacyPrinciplesJson.Serialize(again.Value!).Should().Be(PrivacyPrinciplesJson.Serialize(first));
    }

    [Fact]
    public void Read_DuplicateExpectationId()
    {
        var error = Single(Valid.Replace("\"id\": \"EUC-01\"", "\"id\": \"SEC-01\""));

        error.Should().BeEquivalentTo(new { Code = "ruleset-duplicate-id", Message = "expectation id 'SEC-01' is defined more than once; expected unique ids", Pointer = "/expectations/1/id", Line = 22, Column = 13 });
    }

    [Fact]
    public void Read_DuplicatePrincipleId()
    {
        var result = Read(Valid.Replace("{ \"id\": \"EUC\", \"title\": \"Control\"", "{ \"id\": \"SEC\", \"title\": \"Control\""));

        result.Errors.Select(e => (e.Code, e.Pointer, e.Message)).Should().Equal(
            ("ruleset-duplicate-id", "/principles/1/id", "principle id 'SEC' is defined more than once; expected unique ids"),
            ("ruleset-unknown-principle", "/expectations/1/principle", "principle 'EUC' is not defined by this rule set; expected one of 'SEC'"));
    }

    [Fact]
    public void Read_UnknownPrinciple_AlsoLeavesItsOwnPrincipleEmpty()
    {
        var result = Read(Valid.Replace("\"principle\": \"EUC\"", "\"principle\": \"XYZ\""));

        result.Errors.Select(e => (e.Code, e.Pointer, e.Message)).Should().Equal(
            ("ruleset-empty-principle", "/principles/1", "principle 'EUC' has no active expectation; expected at least one"),
            ("ruleset-unknown-principle", "/expectations/1/principle", "principle 'XYZ' is not defined by this rule set; expected one of 'SEC', 'EUC'"));
    }

    [Fact]
    public void Read_UnknownSourceDocument()
    {
        var error = Single(Valid.Replace("\"document\": \"letter\", \"locator\": \"Principle 5\"", "\"document\": \"leter\", \"locator\": \"Principle 5\""));

        error.Should().BeEquivalentTo(new { Code = "ruleset-unknown-source", Message = "source document 'leter' is not defined by this rule set; expected one of 'letter'", Pointer = "/expectations/1/sources/0/document" });
    }

    [Fact]
    public void Read_UnknownAudience_IsASchemaError()
    {
        var error = Single(Valid.Replace("\"audience\": \"health\"", "\"audience\": \"hospitals\""));

        error.Should().BeEquivalentTo(new { Code = "schema-enum", Pointer = "/expectations/0/raisedFor/0/audience" });
        error.Message.Should().Be("expected one of \"consumers\", \"business\", \"education\", \"health\", \"children\", \"government\" but found \"hospitals\"");
    }

    [Theory]
    [InlineData("0", "expected a number greater than 0 but found 0", "schema-range")]
    [InlineData("-2", "expected a number greater than 0 but found -2", "schema-range")]
    [InlineData("101", "expected a number at most 100 but found 101", "schema-range")]
    [InlineData("\"heavy\"", "expected a number but found the string \"heavy\"", "schema-type")]
    public void Read_BadWeight(string weight, string message, string code)
    {
        var error = Single(Valid.Replace("\"weight\": 1.5", "\"weight\": " + weight));

        error.Should().BeEquivalentTo(new { Code = code, Message = message, Pointer = "/expectations/1/weight" });
    }

    [Fact]
    public void Read_MissingWeight_IsRequired()
    {
        var error = Single(Valid.Replace(", \"weight\": 1.5", string.Empty));

        error.Should().BeEquivalentTo(new { Code = "schema-required", Message = "required property 'weight' is missing; expected weight: A positive weight, at most 100", Pointer = "/expectations/1" });
    }

    [Fact]
    public void Read_CheckNamingAFactTheModelLacks()
    {
        var error = Single(Valid.Replace("\"fact\": \"encryption.endToEnd\"", "\"fact\": \"encryption.endToEndd\""));

        error.Should().BeEquivalentTo(new
        {
            Code = "ruleset-unknown-fact",
            Message = "fact 'encryption.endToEndd' is not in the attestation model (did you mean 'encryption.endToEnd'?); expected a fact path from docs/attestation-format.md",
            Pointer = "/expectations/0/checks/0/fact",
            Line = 19,
        });
    }

    [Fact]
    public void Read_CheckComparingAChoiceWithAnImpossibleValue()
    {
        var error = Single(Valid.Replace("[\"optional\", \"default\"]", "[\"optional\", \"always\"]"));

        error.Should().BeEquivalentTo(new
        {
            Code = "ruleset-check-value",
            Message = "fact 'encryption.endToEnd' cannot be \"always\"; expected one of 'none', 'optional', 'default'",
            Pointer = "/expectations/0/checks/0/in/1",
        });
    }

    [Fact]
    public void Read_CheckComparingAFlagWithANumber()
    {
        var error = Single(Valid.Replace("recordingIndicatorForAll\", \"equals\": true", "recordingIndicatorForAll\", \"equals\": 1"));

        error.Should().BeEquivalentTo(new
        {
            Code = "ruleset-check-value",
            Message = "fact 'userControls.recordingIndicatorForAll' is true or false; expected a value of that type but found 1",
            Pointer = "/expectations/1/checks/0/anyOf/0/equals",
        });
    }

    [Fact]
    public void Read_CheckUsingANumericOperatorOnAFlag()
    {
        var error = Single(Valid.Replace("\"securityOperations.criticalPatchDays\", \"atMost\": 30", "\"securityOperations.breachNotificationProcess\", \"atMost\": 30"));

        error.Should().BeEquivalentTo(new
        {
            Code = "ruleset-check-value",
            Message = "'atMost' compares numbers but fact 'securityOperations.breachNotificationProcess' is true or false; expected equals or in",
            Pointer = "/expectations/1/checks/0/anyOf/1/atMost",
        });
    }

    [Theory]
    [InlineData("{ \"fact\": \"encryption.endToEnd\" }", "the check names a fact but no operator; expected one of equals, in, atMost, atLeast")]
    [InlineData("{ \"equals\": true }", "the check has an operator but no fact; expected 'fact' with a fact path")]
    [InlineData("{ \"fact\": \"encryption.endToEnd\", \"equals\": \"default\", \"in\": [\"default\"] }", "the check has 2 operators; expected exactly one of equals, in, atMost, atLeast")]
    [InlineData("{ }", "the check says nothing; expected a fact with one of equals, in, atMost, atLeast, or anyOf, or allOf")]
    [InlineData("{ \"fact\": \"encryption.endToEnd\", \"equals\": \"default\", \"allOf\": [ { \"fact\": \"encryption.atRest\", \"equals\": true } ] }", "the check mixes several forms; expected exactly one of: a fact with one operator, anyOf, allOf")]
    public void Read_CheckOfTheWrongForm(string check, string message)
    {
        var error = Single(Valid.Replace("{ \"fact\": \"encryption.endToEnd\", \"in\": [\"optional\", \"default\"] }", check));

        error.Should().BeEquivalentTo(new { Code = "ruleset-check-form", Message = message, Pointer = "/expectations/0/checks/0" });
    }

    [Fact]
    public void Read_LevelRaiseThatDoesNotRaise()
    {
        var error = Single(Valid.Replace("{ \"audience\": \"health\", \"level\": \"baseline\" }", "{ \"audience\": \"health\", \"level\": \"enhanced\" }"));

        error.Should().BeEquivalentTo(new
        {
            Code = "ruleset-level-raise",
            Message = "audience 'health' raises the level to 'enhanced', which is not above the expectation's own level 'expected'; expected a higher level",
            Pointer = "/expectations/0/raisedFor/0/level",
        });
    }

    [Fact]
    public void Read_SameAudienceRaisingTwice()
    {
        var error = Single(Valid.Replace("[ { \"audience\": \"health\", \"level\": \"baseline\" } ]", "[ { \"audience\": \"health\", \"level\": \"baseline\" }, { \"audience\": \"health\", \"level\": \"baseline\" } ]"));

        error.Should().BeEquivalentTo(new { Code = "ruleset-level-raise", Message = "audience 'health' raises the level more than once; expected one entry per audience", Pointer = "/expectations/0/raisedFor/1/audience" });
    }

    [Fact]
    public void Read_ReplacedByOnAnActiveExpectation()
    {
        var error = Single(Valid.Replace("\"level\": \"baseline\", \"weight\": 1.5,", "\"level\": \"baseline\", \"weight\": 1.5, \"replacedBy\": \"SEC-01\","));

        error.Should().BeEquivalentTo(new { Code = "ruleset-replaced-by", Message = "only a deprecated expectation can name a replacement; expected lifecycle 'deprecated' or no replacedBy", Pointer = "/expectations/1/replacedBy" });
    }

    [Fact]
    public void Read_ReplacedByAnUnknownExpectation()
    {
        var json = Valid.Replace("\"level\": \"expected\", \"weight\": 1,", "\"level\": \"expected\", \"weight\": 1, \"lifecycle\": \"deprecated\", \"replacedBy\": \"SEC-09\",")
            .Replace("{ \"id\": \"SEC\", \"title\": \"Security\", \"summary\": \"Keep it safe.\", \"weight\": 1 },", "{ \"id\": \"SEC\", \"title\": \"Security\", \"summary\": \"Keep it safe.\", \"weight\": 1 },");

        Read(json).Errors.Select(e => (e.Code, e.Pointer, e.Message)).Should().Equal(
            ("ruleset-empty-principle", "/principles/0", "principle 'SEC' has no active expectation; expected at least one"),
            ("ruleset-replaced-by", "/expectations/0/replacedBy", "'SEC-09' is not an expectation of this rule set; expected the id of the expectation that replaces this one"));
    }

    [Fact]
    public void Read_BadVersion()
    {
        var error = Single(Valid.Replace("\"version\": \"1.2.0\"", "\"version\": \"one\""));

        error.Should().BeEquivalentTo(new { Code = "schema-pattern", Message = "\"one\" is not valid here: expected a semantic version such as 1.0.0", Pointer = "/version" });
    }

    [Fact]
    public void Validate_RuleSetBuiltInCode_ReportsPointersIntoTheModel()
    {
        var ruleSet = Read(Valid).Value! with { Principles = [] };

        RuleSetValidator.Validate(ruleSet).Select(e => (e.Code, e.Pointer)).Should().Equal(
            ("ruleset-unknown-principle", "/expectations/0/principle"),
            ("ruleset-unknown-principle", "/expectations/1/principle"));
    }

    [Fact]
    public void Validate_WeightOfARuleSetBuiltInCode_MustBeFinite()
    {
        var ruleSet = Read(Valid).Value!;
        ruleSet = ruleSet with { Expectations = [ruleSet.Expectations[0] with { Weight = double.NaN }, ruleSet.Expectations[1]] };

        RuleSetValidator.Validate(ruleSet).Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "ruleset-weight",
            Message = "expected a positive finite weight but found NaN",
            Pointer = "/expectations/0/weight",
        });
    }

    [Fact]
    public void Read_EvidenceKindLeftOut_IsRefused_SoNoKindIsAcceptedByDefault()
    {
        var error = Single(Valid.Replace("{ \"kind\": \"other\", \"mayBeIndependent\": false, \"maxAgeMonths\": 24 } ]", "]").Replace("{ \"kind\": \"transparencyReport\", \"mayBeIndependent\": false, \"maxAgeMonths\": 24 }, ]", "{ \"kind\": \"transparencyReport\", \"mayBeIndependent\": false, \"maxAgeMonths\": 24 } ]"));

        error.Should().BeEquivalentTo(new { Code = "ruleset-evidence", Message = "evidence kinds 'other' are not listed; expected every kind once, so none is accepted by default", Pointer = "/evidenceKinds" });
    }

    [Fact]
    public void Read_UnknownEvidenceClass_ListsTheClasses()
    {
        var error = Single(Valid.Replace("\"weight\": 1.5, \"evidenceClass\": \"any\"", "\"weight\": 1.5, \"evidenceClass\": \"anything\""));

        error.Should().BeEquivalentTo(new { Code = "ruleset-evidence", Message = "'anything' is not an evidence class of this rule set; expected one of 'any'", Pointer = "/expectations/1/evidenceClass" });
    }

    [Fact]
    public void Read_NotApplicableConditionsOnAnExpectationThatIsNeverNotApplicable_AreRefused()
    {
        var error = Single(Valid.Replace("\"notApplicable\": \"never\",", "\"notApplicable\": \"never\", \"notApplicableWhen\": [ { \"fact\": \"features.recording\", \"equals\": false } ],"));

        error.Should().BeEquivalentTo(new { Code = "ruleset-check-form", Pointer = "/expectations/0/notApplicableWhen" });
    }

    [Fact]
    public void Read_FormatOneRuleSet_SaysWhatFormatTwoAdds()
    {
        var error = Single(Valid.Replace("\"schemaVersion\": \"2.0\"", "\"schemaVersion\": \"1.0\""));

        error.Code.Should().Be("schema-version");
        error.Message.Should().StartWith("schemaVersion '1.0' is not supported; expected 2.x (for example \"2.0\"); rule-set format 2 adds evidenceKinds, evidenceClasses");
    }

    [Fact]
    public void Read_BuiltInIdAndVersionWithOtherContent_IsRefused()
    {
        var json = BuiltInRuleSets.GetJson(BuiltInRuleSets.VtcJointStatement2020Id).Replace("All call content is encrypted in transit", "Call content is encrypted in transit where practical");

        var result = Read(json);

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "ruleset-builtin-conflict",
            Message = "'vtc-joint-statement-2020' 2.0.0 is a built-in rule set, and this content differs from it (other levels, weights, checks or wording); a changed rule set needs its own id or version, or a tailoring profile, so reports never pass it off as the built-in one",
            Pointer = "/version",
            Line = 5,
        });
    }

    [Fact]
    public void Read_BuiltInRuleSetFromAFile_IsRecognisedAsTheBuiltInOne()
    {
        var read = Read(BuiltInRuleSets.GetJson(BuiltInRuleSets.VtcJointStatement2020Id));

        read.Errors.Should().BeEmpty();
        BuiltInRuleSets.IsBuiltIn(read.Value!).Should().BeTrue();
        RuleSetDigest.Compute(read.Value!).Should().Be(RuleSetDigest.Compute(BuiltInRuleSets.VtcJointStatement2020));
    }
}
