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
        { "SEC-10", ExpectationLevel.Baseline, "" },
        { "SEC-11", ExpectationLevel.Baseline, "" },
        { "SEC-12", ExpectationLevel.Expected, "" },
        { "PBD-01", ExpectationLevel.Expected, "" },
        { "PBD-02", ExpectationLevel.Expected, "" },
        { "PBD-03", ExpectationLevel.Expected, "education:baseline" },
        { "PBD-04", ExpectationLevel.Expected, "education:baseline health:baseline" },
        { "PBD-05", ExpectationLevel.Expected, "" },
        { "PBD-06", ExpectationLevel.Expected, "" },
        { "PBD-07", ExpectationLevel.Expected, "" },
        { "PBD-08", ExpectationLevel.Expected, "" },
        { "KYA-01", ExpectationLevel.Expected, "health:baseline education:baseline children:baseline" },
        { "KYA-02", ExpectationLevel.Enhanced, "education:expected health:expected" },
        { "KYA-03", ExpectationLevel.Baseline, "" },
        { "TRF-01", ExpectationLevel.Expected, "" },
        { "TRF-02", ExpectationLevel.Expected, "" },
        { "TRF-03", ExpectationLevel.Baseline, "" },
        { "TRF-04", ExpectationLevel.Expected, "government:baseline" },
        { "TRF-05", ExpectationLevel.Enhanced, "" },
        { "TRF-06", ExpectationLevel.Expected, "" },
        { "TRF-07", ExpectationLevel.Expected, "" },
        { "TRF-08", ExpectationLevel.Expected, "" },
        { "TRF-09", ExpectationLevel.Baseline, "" },
        { "EUC-01", ExpectationLevel.Baseline, "" },
        { "EUC-02", ExpectationLevel.Expected, "" },
        { "EUC-03", ExpectationLevel.Expected, "" },
        { "EUC-04", ExpectationLevel.Expected, "" },
        { "EUC-05", ExpectationLevel.Enhanced, "" },
    };

    // What the issue behind version 2.0.0 found each expectation to be, read against the letter and the 2021 observations.
    public static readonly TheoryData<string, ExpectationBasis, string> Provenance = new()
    {
        { "SEC-01", ExpectationBasis.Explicit, "letter-2020 observations-2021" },
        { "SEC-02", ExpectationBasis.Explicit, "letter-2020 observations-2021" },
        { "SEC-03", ExpectationBasis.Explicit, "observations-2021" },
        { "SEC-04", ExpectationBasis.Derived, "letter-2020" },
        { "SEC-05", ExpectationBasis.Explicit, "letter-2020" },
        { "SEC-06", ExpectationBasis.Derived, "letter-2020" },
        { "SEC-07", ExpectationBasis.Explicit, "observations-2021" },
        { "SEC-08", ExpectationBasis.Explicit, "observations-2021" },
        { "SEC-09", ExpectationBasis.Derived, "letter-2020 observations-2021" },
        { "SEC-10", ExpectationBasis.Explicit, "letter-2020" },
        { "SEC-11", ExpectationBasis.Derived, "letter-2020" },
        { "SEC-12", ExpectationBasis.Extension, "letter-2020" },
        { "PBD-01", ExpectationBasis.Explicit, "letter-2020 observations-2021" },
        { "PBD-02", ExpectationBasis.Explicit, "letter-2020 observations-2021" },
        { "PBD-03", ExpectationBasis.Explicit, "letter-2020 observations-2021" },
        { "PBD-04", ExpectationBasis.Explicit, "letter-2020 observations-2021" },
        { "PBD-05", ExpectationBasis.Derived, "letter-2020" },
        { "PBD-06", ExpectationBasis.Explicit, "letter-2020" },
        { "PBD-07", ExpectationBasis.Derived, "letter-2020" },
        { "PBD-08", ExpectationBasis.Explicit, "letter-2020" },
        { "KYA-01", ExpectationBasis.Explicit, "letter-2020" },
        { "KYA-02", ExpectationBasis.Explicit, "observations-2021" },
        { "KYA-03", ExpectationBasis.Derived, "letter-2020" },
        { "TRF-01", ExpectationBasis.Explicit, "letter-2020 observations-2021" },
        { "TRF-02", ExpectationBasis.Explicit, "letter-2020" },
        { "TRF-03", ExpectationBasis.Explicit, "letter-2020" },
        { "TRF-04", ExpectationBasis.Explicit, "letter-2020 observations-2021" },
        { "TRF-05", ExpectationBasis.Extension, "letter-2020" },
        { "TRF-06", ExpectationBasis.Extension, "letter-2020" },
        { "TRF-07", ExpectationBasis.Explicit, "observations-2021" },
        { "TRF-08", ExpectationBasis.Explicit, "observations-2021" },
        { "TRF-09", ExpectationBasis.Derived, "letter-2020" },
        { "EUC-01", ExpectationBasis.Explicit, "letter-2020" },
        { "EUC-02", ExpectationBasis.Explicit, "letter-2020" },
        { "EUC-03", ExpectationBasis.Explicit, "letter-2020" },
        { "EUC-04", ExpectationBasis.Explicit, "letter-2020" },
        { "EUC-05", ExpectationBasis.Explicit, "letter-2020" },
    };

    public static TheoryData<string> Versions() => [.. BuiltInRuleSets.VersionsOf(BuiltInRuleSets.VtcJointStatement2020Id)];

    [Fact]
    public void EveryShippedVersion_HasThePinnedDigestOfItsEmbeddedFile()
    {
        foreach (var ruleSet in BuiltInRuleSets.All)
        {
            BuiltInRuleSets.TryGetDigest(ruleSet.Id, ruleSet.Version, out var pinned).Should().BeTrue();
            pinned.Should().Be(RuleSetDigest.Compute(ruleSet), $"{ruleSet.Id} {ruleSet.Version}: a shipped version's content never changes; a new one gets a new version and its own pinned digest");
        }
    }

    [Fact]
    public void VtcJointStatement2020_HasTheIdAndVersionOfTheContract()
    {
        RuleSet.Id.Should().Be("vtc-joint-statement-2020");
        RuleSet.Version.Should().Be("2.0.0");
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
    public void Expectation_ExplainsItself(string id, ExpectationLevel level, string raises)
    {
        _ = (level, raises);
        var expectation = RuleSet.Expectations.Single(e => e.Id == id);

        expectation.Title.Should().NotBeNullOrWhiteSpace();
        expectation.Rationale.Length.Should().BeGreaterThan(80, "the rationale says why the regulators expect it");
        expectation.Remediation.Length.Should().BeGreaterThan(40);
        expectation.Guidance.Should().NotBeNullOrWhiteSpace();
        expectation.Checks.Should().NotBeEmpty("every expectation can be corroborated or contradicted by the facts");
        expectation.Weight.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Provenance))]
    public void Expectation_CitesThePassagesItComesFrom_WithItsBasis(string id, ExpectationBasis basis, string documents)
    {
        var expectation = RuleSet.Expectations.Single(e => e.Id == id);

        expectation.Basis.Should().Be(basis);
        string.Join(" ", expectation.Sources.Select(s => s.Document)).Should().Be(documents);
        foreach (var citation in expectation.Sources)
        {
            // Section, then the paragraph or bullet: a principle-wide locator is not precise enough.
            citation.Locator.Should().MatchRegex("^(This letter|[A-Z][^,]* › [^,]*), ", "the locator names the section first");
            citation.Locator.Should().MatchRegex("(paragraph|bullet) on ", "the locator names the paragraph or bullet by its topic");
        }
    }

    [Fact]
    public void EveryExpectationOfEveryVersion_HasASourceALocatorABasisAndALevel_AndNoExtensionIsBaseline()
    {
        foreach (var ruleSet in BuiltInRuleSets.All)
        {
            foreach (var e in ruleSet.Expectations)
            {
                var where = $"{ruleSet.Version} {e.Id}";
                e.Sources.Should().NotBeEmpty(where);
                e.Sources.Should().OnlyContain(s => ruleSet.Sources.Any(d => d.Id == s.Document) && s.Locator.Trim().Length > 0, where);
                System.Enum.IsDefined(e.Basis).Should().BeTrue(where);
                System.Enum.IsDefined(e.Level).Should().BeTrue(where);
                if (e.Basis == ExpectationBasis.Extension)
                {
                    e.Level.Should().NotBe(ExpectationLevel.Baseline, where);
                    e.RaisedFor.Should().NotContain(r => r.Level == ExpectationLevel.Baseline, where);
                }
            }
        }
    }

    [Fact]
    public void AnExtension_WhoseLevelIsBaseline_IsRefusedByValidation()
    {
        var extension = RuleSet.Expectations.First(e => e.Basis == ExpectationBasis.Extension);
        var raisedToBaseline = RuleSet with { Expectations = [.. RuleSet.Expectations.Select(e => e.Id == extension.Id ? e with { Level = ExpectationLevel.Baseline, RaisedFor = [] } : e)] };
        var raisedForHealth = RuleSet with { Expectations = [.. RuleSet.Expectations.Select(e => e.Id == extension.Id ? e with { RaisedFor = [new LevelRaise { Audience = Audience.Health, Level = ExpectationLevel.Baseline }] } : e)] };

        RuleSetValidator.Validate(raisedToBaseline).Should().ContainSingle(e => e.Code == InputErrorCodes.ExtensionBaseline);
        RuleSetValidator.Validate(raisedForHealth).Should().ContainSingle(e => e.Code == InputErrorCodes.ExtensionBaseline && e.Pointer.EndsWith("/raisedFor/0/level"));
    }

    [Fact]
    public void TheRationales_ParaphraseTheirSources_AndSayWhichThresholdsAreTheRuleSetsOwn()
    {
        foreach (var e in RuleSet.Expectations)
        {
            // Paraphrase: nothing is quoted.
            (e.Title + e.Rationale + e.Remediation + e.Guidance).Should().NotContainAny(["\"", "“", "”"], e.Id);
        }

        foreach (var id in new[] { "SEC-07", "SEC-09", "PBD-07" })
        {
            RuleSet.Expectations.Single(e => e.Id == id).Rationale.Should().Contain("rule set's own", $"{id} checks a threshold the texts leave open");
        }

        foreach (var extension in RuleSet.Expectations.Where(e => e.Basis == ExpectationBasis.Extension))
        {
            extension.Rationale.Should().Contain("rule set's own", $"{extension.Id} says it goes beyond the texts");
        }
    }

    [Fact]
    public void OnlyTheChildrenAndTheSensitiveAuthenticationExpectations_ApplyToSomeAudiencesOnly()
    {
        RuleSet.Expectations.Where(e => e.AppliesTo.Count > 0).Select(e => (e.Id, string.Join(",", e.AppliesTo)))
            .Should().Equal(("SEC-11", "Education,Health"), ("KYA-03", nameof(Audience.Children)));
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

    [Theory]
    [MemberData(nameof(Versions))]
    public void GetJson_PassesTheFullReaderWithSchema_AndGivesTheRuleSetTheFastLoadGives(string version)
    {
        var read = new RuleSetReader().Read(BuiltInRuleSets.GetJson(BuiltInRuleSets.VtcJointStatement2020Id, version), "built-in");

        read.Errors.Should().BeEmpty();
        BuiltInRuleSets.TryGet(BuiltInRuleSets.VtcJointStatement2020Id, version, out var builtIn).Should().BeTrue();
        PrivacyPrinciplesJson.Serialize(read.Value!).Should().Be(PrivacyPrinciplesJson.Serialize(builtIn!));
        BuiltInRuleSets.IsBuiltIn(read.Value!).Should().BeTrue("a copy of a shipped version, however loaded, is that version");
    }

    [Fact]
    public void TryGet_FindsTheLatestByIdAndEveryShippedVersionById_AndNothingElse()
    {
        BuiltInRuleSets.TryGet("vtc-joint-statement-2020", out var found).Should().BeTrue();
        found.Should().BeSameAs(RuleSet);
        BuiltInRuleSets.TryGet("vtc-joint-statement-2020@2.0.0", out var latest).Should().BeTrue();
        latest.Should().BeSameAs(RuleSet);
        BuiltInRuleSets.TryGet("vtc-joint-statement-2020@1.0.0", out var first).Should().BeTrue();
        first!.Version.Should().Be("1.0.0");
        first.Expectations.Should().HaveCount(30, "1.0.0 is still shipped as it was");
        BuiltInRuleSets.All.Select(r => r.Version).Should().Equal("1.0.0", "2.0.0");

        BuiltInRuleSets.TryGet("vtc-joint-statement-2021", out _).Should().BeFalse();
        BuiltInRuleSets.TryGet("vtc-joint-statement-2020@3.0.0", out _).Should().BeFalse();
        BuiltInRuleSets.IsBuiltInReference("vtc-joint-statement-2020@3.0.0").Should().BeTrue("a typo in the version is not a file name");
        BuiltInRuleSets.IsBuiltInReference("rules/vtc.json").Should().BeFalse();
    }

    [Fact]
    public void Version2_SaysWhyForEveryChangeThatAltersWhatAServiceMustDo()
    {
        BuiltInRuleSets.TryGet("vtc-joint-statement-2020@1.0.0", out var first).Should().BeTrue();
        var changes = RuleSetDiff.Compare(first!, RuleSet);

        RuleSet.Revision!.PreviousVersion.Should().Be("1.0.0");
        changes.GeneralNotes.Should().NotBeEmpty("citations and wording changed everywhere, which one note explains");
        changes.Expectations.Where(e => e.Kind == RevisionKind.Added).Select(e => e.Id).Should().BeEquivalentTo("SEC-10", "SEC-11", "SEC-12", "PBD-08", "TRF-07", "TRF-08", "TRF-09");
        changes.Expectations.Should().NotContain(e => e.Kind == RevisionKind.Removed, "expectations are deprecated, never removed");
        foreach (var change in changes.Expectations.Where(e => e.Kind == RevisionKind.Added || e.ChangedAspects.Any(RuleSetDiff.IsSubstantive)))
        {
            change.Notes.Should().NotBeEmpty($"{change.Id} changed ({string.Join(", ", change.ChangedAspects)}) and the revision must say why");
        }

        var changed = changes.Expectations.Select(e => e.Id).ToHashSet();
        RuleSet.Revision.Notes.Where(n => n.Expectation is not null).Should().OnlyContain(n => changed.Contains(n.Expectation!), "a note explains a change that happened");
    }

    [Fact]
    public void Version2_ClosesTheGapsTheSourcesNamed()
    {
        // The checks read the facts each gap needs: client updates, end-to-end encryption by tier and
        // in group calls, a bound on retention, a published privacy policy, and the rest.
        var facts = RuleSet.Expectations.SelectMany(e => Leaves(e.Checks)).Select(c => c.Fact).ToHashSet();
        facts.Should().Contain([
            "securityOperations.clientUpdates", "encryption.endToEndTiers", "encryption.endToEndMultiParty", "encryption.endToEndDefaultForSensitiveCalls",
            "transparency.encryptionDifferenceExplained", "transparency.secondaryUseNoticeUpfront", "dataPractices.regulatorConsultation",
            "dataPractices.contentRetentionDays", "transparency.privacyPolicyPublished", "authentication.administratorsCanRequireMultiFactor",
        ]);

        static System.Collections.Generic.IEnumerable<Condition> Leaves(System.Collections.Generic.IEnumerable<Condition> conditions) =>
            conditions.SelectMany(c => c.AllOf is not null ? Leaves(c.AllOf) : c.AnyOf is not null ? Leaves(c.AnyOf) : [c]);
    }
}
