using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Rules;

public class BuiltInRuleSetsTests
{
    private static readonly RuleSet RuleSet = BuiltInRuleSets.VtcJointStatement2020;

    // The catalogue of expectations in the domain brief (shared/DOMAIN.md): id, level, and the
    // audiences that raise it. Stable ids are part of the public contract.
    public static readonly TheoryData<string, ExpectationLevel, string> Catalogue = new()
    {
        { "SEC-01", ExpectationLevel.Baseline, "" },
        { "SEC-02", ExpectationLevel.Expected, "health:baseline education:baseline" },
        { "SEC-03", ExpectationLevel.Enhanced, "health:expected" },
        { "SEC-04", ExpectationLevel.Baseline, "" },
        { "SEC-05", ExpectationLevel.Baseline, "" },
        { "SEC-06", ExpectationLevel.Baseline, "" },
        { "SEC-07", ExpectationLevel.Expected, "" },
        { "SEC-08", ExpectationLevel.Expected, "" },
        { "SEC-09", ExpectationLevel.Expected, "" },
        { "PBD-01", ExpectationLevel.Expected, "" },
        { "PBD-02", ExpectationLevel.Expected, "" },
        { "PBD-03", ExpectationLevel.Expected, "education:baseline" },
        { "PBD-04", ExpectationLevel.Expected, "education:baseline health:baseline" },
        { "PBD-05", ExpectationLevel.Expected, "" },
        { "PBD-06", ExpectationLevel.Expected, "" },
        { "PBD-07", ExpectationLevel.Expected, "" },
        { "KYA-01", ExpectationLevel.Expected, "health:baseline education:baseline children:baseline" },
        { "KYA-02", ExpectationLevel.Enhanced, "education:expected health:expected" },
        { "KYA-03", ExpectationLevel.Baseline, "" },
        { "TRF-01", ExpectationLevel.Baseline, "" },
        { "TRF-02", ExpectationLevel.Expected, "" },
        { "TRF-03", ExpectationLevel.Baseline, "" },
        { "TRF-04", ExpectationLevel.Expected, "government:baseline" },
        { "TRF-05", ExpectationLevel.Enhanced, "" },
        { "TRF-06", ExpectationLevel.Expected, "" },
        { "EUC-01", ExpectationLevel.Baseline, "" },
        { "EUC-02", ExpectationLevel.Expected, "" },
        { "EUC-03", ExpectationLevel.Expected, "" },
        { "EUC-04", ExpectationLevel.Expected, "" },
        { "EUC-05", ExpectationLevel.Enhanced, "" },
    };

    [Fact]
    public void VtcJointStatement2020_HasTheIdAndVersionOfTheContract()
    {
        RuleSet.Id.Should().Be("vtc-joint-statement-2020");
        RuleSet.Version.Should().Be("1.0.0");
        RuleSet.SchemaVersion.Should().Be("2.0");
    }

    [Fact]
    public void VtcJointStatement2020_HasTheFivePrinciplesInOrder()
    {
        RuleSet.Principles.Select(p => (p.Id, p.Title)).Should().Equal(
            ("SEC", "Security"),
            ("PBD", "Privacy-by-design and default"),
            ("KYA", "Know your audience"),
            ("TRF", "Transparency and fairness"),
            ("EUC", "End-user control"));
    }

    [Fact]
    public void VtcJointStatement2020_HasExactlyTheCatalogueIdsInOrder()
    {
        RuleSet.Expectations.Select(e => e.Id).Should().Equal(Catalogue.Select(row => (string)row[0]));
    }

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Expectation_HasTheCataloguedLevelAndRaises(string id, ExpectationLevel level, string raises)
    {
        var expectation = RuleSet.Expectations.Single(e => e.Id == id);

        expectation.Level.Should().Be(level);
        string.Join(" ", expectation.RaisedFor.Select(r => FactCatalog.JsonName(r.Audience) + ":" + FactCatalog.JsonName(r.Level))).Should().Be(raises);
        expectation.Principle.Should().Be(id.Substring(0, 3));
        expectation.Lifecycle.Should().Be(ExpectationLifecycle.Active);
    }

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Expectation_ExplainsItselfAndCitesASource(string id, ExpectationLevel level, string raises)
    {
        _ = (level, raises);
        var expectation = RuleSet.Expectations.Single(e => e.Id == id);

        expectation.Title.Should().NotBeNullOrWhiteSpace();
        expectation.Rationale.Length.Should().BeGreaterThan(80, "the rationale says why the regulators expect it");
        expectation.Remediation.Length.Should().BeGreaterThan(40);
        expectation.Guidance.Should().NotBeNullOrWhiteSpace();
        expectation.Source.Document.Should().BeOneOf("letter-2020", "observations-2021");
        expectation.Source.Locator.Should().NotBeNullOrWhiteSpace();
        expectation.Checks.Should().NotBeEmpty("every expectation can be corroborated or contradicted by the facts");
        expectation.Weight.Should().Be(1);
    }

    [Fact]
    public void ChildrenExpectation_AppliesOnlyToServicesForChildren()
    {
        RuleSet.Expectations.Where(e => e.AppliesTo.Count > 0).Select(e => (e.Id, string.Join(",", e.AppliesTo)))
            .Should().Equal(("KYA-03", nameof(Audience.Children)));
    }

    [Fact]
    public void VtcJointStatement2020_IsValid()
    {
        RuleSetValidator.Validate(RuleSet).Should().BeEmpty();
    }

    [Fact]
    public void VtcJointStatement2020_CitesTheLetterAndTheObservations()
    {
        RuleSet.Sources.Select(s => (s.Id, s.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Should().Equal(("letter-2020", "2020-07-21"), ("observations-2021", "2021-10-27"));
    }

    [Fact]
    public void GetJson_PassesTheFullReaderWithSchema_AndGivesTheRuleSetTheFastLoadGives()
    {
        var read = new RuleSetReader().Read(BuiltInRuleSets.GetJson(BuiltInRuleSets.VtcJointStatement2020Id), "built-in");

        read.Errors.Should().BeEmpty();
        PrivacyPrinciplesJson.Serialize(read.Value!).Should().Be(PrivacyPrinciplesJson.Serialize(RuleSet));
    }

    [Fact]
    public void TryGet_FindsOnlyKnownIds()
    {
        BuiltInRuleSets.TryGet("vtc-joint-statement-2020", out var found).Should().BeTrue();
        found.Should().BeSameAs(RuleSet);
        BuiltInRuleSets.TryGet("vtc-joint-statement-2021", out _).Should().BeFalse();
    }
}
