using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Interop.Oscal;

/// <summary>
/// Issue 17: every OSCAL document the tool exports from the samples validates against NIST's OSCAL
/// 1.0.4 JSON schemas (ajv), and says what the rules and the reports say: every control's id, level
/// and weight are the rule set's, a profile applied to the base catalog gives the resolved catalog,
/// and each assessment result matches its report.
/// </summary>
[Trait("Category", "Slow")]
public class OscalExportTests
{
    private const string Date = "2026-11-01";

    public static TheoryData<string> BuiltInVersions => ["1.0.0", "2.0.0"];

    [Fact]
    public void EveryDocumentExportedFromTheSamples_ValidatesAgainstNistsSchemas()
    {
        using var folder = new TempFolder();
        var catalogs = new List<string>();
        foreach (var version in new[] { "1.0.0", "2.0.0" })
        {
            catalogs.Add(Export(folder, "oscal-catalog", "vtc-joint-statement-2020@" + version, $"catalog-{version}.json"));
        }

        var profiles = new List<string>();
        foreach (var sample in SampleProfiles())
        {
            var name = Path.GetFileNameWithoutExtension(sample);
            catalogs.Add(Export(folder, "oscal-catalog", sample, $"resolved-{name}.json"));
            var profile = Export(folder, "oscal-profile", sample, $"{name}.oscal-profile.json");
            profiles.Add(profile);
            if (HasAdditions(profile))
            {
                catalogs.Add(Additions(profile, Path.Combine(folder.Path, $"additions-{name}.json")));
            }
        }

        var results = new List<string>();
        var attestations = Directory.GetFiles(RepositoryPaths.Samples, "*.json").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Assessments, "*.json").Order(StringComparer.Ordinal))
            .Append(Samples.CopperfieldRound2).ToList();
        foreach (var attestation in attestations)
        {
            results.Add(Evaluate(folder, [attestation], Path.GetFileNameWithoutExtension(attestation) + ".ar.json"));
        }

        results.Add(Evaluate(folder, [RepositoryPaths.Samples], "all-samples.ar.json"));
        results.Add(Evaluate(folder, [Samples.Copperfield, "--waivers", Samples.CopperfieldWaivers], "copperfield-waived.ar.json"));
        results.Add(Evaluate(folder, [Assessments], "all-assessments.ar.json"));
        results.Add(Evaluate(folder, [RepositoryPaths.Samples, "--rule-set", Samples.SchoolsProfile], "all-samples-schools.ar.json"));
        results.Add(Evaluate(folder, [Assessments, "--rule-set", RepositoryPaths.Combine("samples", "profiles", "minimum-security-standards.profile.json")], "assessments-minimum.ar.json"));
        results.Add(Evaluate(folder, [Samples.Copperfield, "--rule-set", "vtc-joint-statement-2020@1.0.0"], "copperfield-1.0.0.ar.json"));

        Valid("oscal_catalog_schema.json", catalogs);
        Valid("oscal_profile_schema.json", profiles);
        Valid("oscal_assessment-results_schema.json", results);
        profiles.Should().HaveCount(2, "every sample profile is exported");
        results.Should().HaveCount(17, "eleven sample attestations and assessments one by one, six batches");
        catalogs.Should().HaveCountGreaterThanOrEqualTo(4, "two built-in versions and each sample profile resolved");
    }

    [Fact]
    public void AssessmentResults_OfEveryAttestationOfTheAdversarialCorpus_ValidateAgainstNistsSchema()
    {
        // Hostile text (controls, bidirectional marks, forged lines, Markdown, links) must not break the document.
        using var folder = new TempFolder();
        var corpus = RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Fixtures", "adversarial", "attestations");
        var written = new List<string>();
        foreach (var (file, i) in Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal).Select((f, i) => (f, i)))
        {
            var output = Path.Combine(folder.Path, i.ToString(CultureInfo.InvariantCulture) + ".ar.json");
            var result = CliRunner.Run("evaluate", file, "--date", Date, "--format", "oscal-assessment-results", "--output", output);
            result.ExitCode.Should().NotBe(3, result.Error);
            if (result.ExitCode is 0 or 1)
            {
                written.Add(output);
            }
        }

        written.Should().HaveCountGreaterThanOrEqualTo(10, "the corpus holds hostile attestations that still evaluate");
        Valid("oscal_assessment-results_schema.json", written);
    }

    [Theory]
    [MemberData(nameof(BuiltInVersions))]
    public void Catalog_EveryControlIdLevelAndWeight_IsTheRuleSets(string version)
    {
        BuiltInRuleSets.TryGet(BuiltInRuleSets.VtcJointStatement2020Id, version, out var ruleSet).Should().BeTrue();
        using var folder = new TempFolder();
        using var catalog = Read(Export(folder, "oscal-catalog", "vtc-joint-statement-2020@" + version, "catalog.json"));

        CheckAgainst(ruleSet!, catalog.RootElement.GetProperty("catalog"));
    }

    [Fact]
    public void ResolvedCatalogOfAProfile_EveryControlIdLevelAndWeight_IsTheTailoredRuleSets()
    {
        var tailored = new ProfileReader().ResolveFile(Samples.SchoolsProfile).GetValueOrThrow();
        using var folder = new TempFolder();
        using var catalog = Read(Export(folder, "oscal-catalog", Samples.SchoolsProfile, "resolved.json"));

        CheckAgainst(tailored, catalog.RootElement.GetProperty("catalog"));
        Props(catalog.RootElement.GetProperty("catalog").GetProperty("metadata")).Should().Contain(("profile-id", "schools-2026"));
    }

    [Fact]
    public void Profile_AppliedToTheBaseCatalog_GivesTheResolvedCatalog()
    {
        using var folder = new TempFolder();
        using var baseCatalog = Read(Export(folder, "oscal-catalog", "vtc-joint-statement-2020@2.0.0", "base.json"));
        using var resolved = Read(Export(folder, "oscal-catalog", Samples.SchoolsProfile, "resolved.json"));
        var profilePath = Export(folder, "oscal-profile", Samples.SchoolsProfile, "profile.json");
        using var profile = Read(profilePath);
        using var additions = Read(Additions(profilePath, Path.Combine(folder.Path, "additions.json")));

        var applied = ApplyProfile(profile.RootElement.GetProperty("profile"), Controls(baseCatalog.RootElement.GetProperty("catalog")), Controls(additions.RootElement.GetProperty("catalog")));
        var expected = Controls(resolved.RootElement.GetProperty("catalog"));

        applied.Keys.Order(StringComparer.Ordinal).Should().Equal(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, props) in expected)
        {
            applied[id].Order().Should().Equal(props.Order(), "the profile's alters must give {0} the tailored properties", id);
        }
    }

    [Fact]
    public void Profile_ImportsTheBaseCatalogByItsFile_AndNamesTheDigests()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "p.json");
        CliRunner.Run("export", "--format", "oscal-profile", "--rule-set", Samples.SchoolsProfile, "--catalog-href", "https://rules.example/vtc-2.0.0.catalog.json", "--output", path, "--date", Date).ExitCode.Should().Be(0);
        using var profile = Read(path);
        var root = profile.RootElement.GetProperty("profile");

        var resource = root.GetProperty("back-matter").GetProperty("resources")[0];
        ("#" + resource.GetProperty("uuid").GetString()).Should().Be(root.GetProperty("imports")[0].GetProperty("href").GetString());
        resource.GetProperty("rlinks")[0].GetProperty("href").GetString().Should().Be("https://rules.example/vtc-2.0.0.catalog.json");
        Props(root.GetProperty("metadata")).Should().Contain(("base-rule-set-digest", RuleSetDigest.Compute(BuiltInRuleSets.VtcJointStatement2020)));
        root.GetProperty("imports")[0].GetProperty("exclude-controls")[0].GetProperty("with-ids").EnumerateArray().Select(e => e.GetString()).Should().Equal("PBD-08", "TRF-05");
    }

    [Fact]
    public void AssessmentResults_OneResultPerAttestation_MatchingItsReport()
    {
        using var folder = new TempFolder();
        var output = Evaluate(folder, [RepositoryPaths.Samples, "--waivers", Samples.CopperfieldWaivers], "ar.json");
        var reports = Path.Combine(folder.Path, "reports.json");
        CliRunner.Run("evaluate", RepositoryPaths.Samples, "--waivers", Samples.CopperfieldWaivers, "--date", Date, "--format", "json", "--output", reports).ExitCode.Should().BeOneOf(0, 1);
        using var ar = Read(output);
        using var json = Read(reports);

        var results = ar.RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray().ToList();
        var expected = json.RootElement.EnumerateArray().ToList();
        results.Should().HaveCount(expected.Count).And.HaveCount(7);
        foreach (var (result, report) in results.Zip(expected))
        {
            var props = Props(result);
            props.Should().Contain(("vendor-id", report.GetProperty("attestation").GetProperty("vendorId").GetString()!));
            props.Should().Contain(("score", report.GetProperty("score").GetDouble().ToString("0.##", CultureInfo.InvariantCulture)));
            props.Should().Contain(("rating", report.GetProperty("rating").GetString()!));
            props.Should().Contain(("baseline-gate", report.GetProperty("baselineGaps").GetArrayLength() == 0 ? "passed" : "failed"));
            props.Should().Contain(("rule-set-digest", report.GetProperty("ruleSet").GetProperty("digest").GetString()!));
            result.GetProperty("start").GetString().Should().Be(Date + "T00:00:00Z");

            var expectations = report.GetProperty("principles").EnumerateArray().SelectMany(p => p.GetProperty("expectations").EnumerateArray()).ToList();
            var findings = result.GetProperty("findings").EnumerateArray().ToList();
            var observations = result.GetProperty("observations").EnumerateArray().ToDictionary(o => o.GetProperty("uuid").GetString()!);
            findings.Should().HaveCount(expectations.Count);
            foreach (var (finding, expectation) in findings.Zip(expectations))
            {
                var outcome = expectation.GetProperty("outcome").GetString();
                var target = finding.GetProperty("target");
                target.GetProperty("target-id").GetString().Should().Be(expectation.GetProperty("id").GetString() + "_smt");
                target.GetProperty("status").GetProperty("state").GetString().Should().Be(outcome is "met" or "notApplicable" ? "satisfied" : "not-satisfied");
                Props(finding).Should().Contain(("outcome", outcome!));
                Props(finding).Should().Contain(("baseline-gap", expectation.GetProperty("baselineGap").GetBoolean() ? "true" : "false"));
                var observation = observations[finding.GetProperty("related-observations")[0].GetProperty("observation-uuid").GetString()!];
                Props(observation).Should().Contain(("expectation-id", expectation.GetProperty("id").GetString()!));
                var cited = expectation.TryGetProperty("evidence", out var evidence) ? evidence.GetArrayLength() : 0;
                (observation.TryGetProperty("relevant-evidence", out var relevant) ? relevant.GetArrayLength() : 0).Should().Be(cited);
                var questions = expectation.TryGetProperty("followUps", out var followUps) ? followUps.GetArrayLength() : 0;
                (finding.TryGetProperty("related-risks", out var risks) ? risks.GetArrayLength() : 0).Should().Be(questions);
            }

            var allRisks = result.TryGetProperty("risks", out var r) ? r.GetArrayLength() : 0;
            allRisks.Should().Be(expectations.Sum(e => e.TryGetProperty("followUps", out var f) ? f.GetArrayLength() : 0));
        }

        results.Select(r => r.GetProperty("uuid").GetString()).Should().OnlyHaveUniqueItems();
        var copperfield = results.Single(r => Props(r).Contains(("vendor-id", "copperfield")));
        var waived = copperfield.GetProperty("findings").EnumerateArray().Single(f => Props(f).Contains(("expectation-id", "PBD-04")));
        Props(waived).Should().Contain(("waived", "true"));
        waived.GetProperty("description").GetString().Should().Contain("waived until 2027-03-31");
        foreach (var finding in results.SelectMany(r => r.GetProperty("findings").EnumerateArray()).Where(f => f.TryGetProperty("related-risks", out _)))
        {
            var accepted = Props(finding).Contains(("waived", "true"));
            var risks = finding.GetProperty("related-risks").EnumerateArray().Select(r => r.GetProperty("risk-uuid").GetString()).ToHashSet();
            results.SelectMany(r => r.TryGetProperty("risks", out var all) ? all.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Where(r => risks.Contains(r.GetProperty("uuid").GetString()))
                .Should().OnlyContain(r => r.GetProperty("status").GetString() == (accepted ? "deviation-approved" : "open"));
        }
    }

    [Fact]
    public void AssessmentResults_OfABatchAnsweringTwoVersions_PointEveryResultAtTheOneCatalogItWasJudgedBy_AndValidate()
    {
        using var folder = new TempFolder();
        var batch = Directory.CreateDirectory(Path.Combine(folder.Path, "batch")).FullName;
        File.WriteAllText(Path.Combine(batch, "a-v1.json"), File.ReadAllText(Samples.Copperfield).Replace("\"version\": \"2.0.0\"", "\"version\": \"1.0.0\"", StringComparison.Ordinal));
        File.Copy(Samples.Copperfield, Path.Combine(batch, "b-v2.json"));
        var output = Evaluate(folder, [batch], "mixed.ar.json");
        using var ar = Read(output);
        var root = ar.RootElement.GetProperty("assessment-results");

        var resources = root.GetProperty("back-matter").GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("uuid").GetString()!);
        var versions = new List<string>();
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            var version = Props(result).Single(p => p.Name == "rule-set-version").Value;
            var href = result.GetProperty("reviewed-controls").GetProperty("links")[0].GetProperty("href").GetString()!;
            var resource = resources[href.TrimStart('#')];
            Props(resource).Should().Contain(("rule-set-version", version));
            versions.Add(version);
        }

        versions.Should().Equal("2.0.0", "2.0.0");
        resources.Should().HaveCount(2, "the plan and the catalog of the rules every attestation was judged by");
        Valid("oscal_assessment-results_schema.json", [output]);
    }

    [Fact]
    public void AssessmentResults_OfABatchWithInputsThatCouldNotBeRead_ListThem_AndValidateAgainstNistsSchema()
    {
        // A bad file, a missing path, a bad line and more bad lines than are listed.
        using var folder = new TempFolder();
        var inputs = Directory.CreateDirectory(Path.Combine(folder.Path, "in")).FullName;
        File.Copy(Samples.Tinpot, Path.Combine(inputs, "a-good.json"));
        File.WriteAllText(Path.Combine(inputs, "b-bad.json"), "{\n  \"vendor\": \n");
        var stream = folder.Write("round.ndjson", "{\"schemaVersion\": \n" + string.Concat(Enumerable.Repeat("[]\n", 120)));
        var output = Path.Combine(folder.Path, "unread.ar.json");

        var result = CliRunner.Run("evaluate", inputs, Path.Combine(folder.Path, "missing.json"), stream, "--date", Date, "--format", "oscal-assessment-results", "--output", output);

        result.ExitCode.Should().Be(2, result.Error);
        using var ar = Read(output);
        var unread = ar.RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray().Last();
        unread.GetProperty("assessment-log").GetProperty("entries").GetArrayLength().Should().Be(1 + 1 + 100 + 1);
        Valid("oscal_assessment-results_schema.json", [output]);
    }

    [Fact]
    public void Exports_AreTheSameBytesOnEveryRun_InAnyCulture()
    {
        using var folder = new TempFolder();
        var first = ExportAll(folder, "first");
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "ar-SA", "th-TH" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                ExportAll(folder, culture).Should().Equal(first, "the {0} culture must not change a byte", culture);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("3000-01-01")]
    public void Export_DateOscalCannotCarry_IsOneLineAndExit2(string date)
    {
        var result = CliRunner.Run("export", "--format", "oscal-catalog", "--date", date);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"privacy-principles: --date {date} cannot be written in OSCAL: OSCAL 1.0.4 dates run from 1900 to 2999; choose a date in that range\n");
    }

    [Fact]
    public void AssessmentResults_EvaluationDateOscalCannotCarry_IsOneLineAndExit2()
    {
        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--date", "9999-12-31", "--format", "oscal-assessment-results", "--output", "-");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: the evaluation date 9999-12-31 cannot be written in OSCAL: OSCAL 1.0.4 dates run from 1900 to 2999; choose a date in that range\n");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void OscalProfile_WithoutAProfile_SaysWhatItNeeds()
    {
        var result = CliRunner.Run("export", "--format", "oscal-profile");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: --format oscal-profile exports a tailoring profile; expected --rule-set with a profile file (see docs/engagements.md), not the built-in rule set\n");
    }

    [Theory]
    [InlineData(new[] { "export" }, "privacy-principles: export needs --format (or --output FORMAT=PATH): one of oscal-catalog, oscal-profile (evaluations: 'privacy-principles evaluate --format oscal-assessment-results')\n")]
    [InlineData(new[] { "export", "--format", "oscal-assessment-results" }, "privacy-principles: oscal-assessment-results is written from evaluations: use 'privacy-principles evaluate <attestations> --format oscal-assessment-results'\n")]
    [InlineData(new[] { "export", "--format", "oscal-catalogue" }, "privacy-principles: unknown format 'oscal-catalogue'; expected one of oscal-catalog, oscal-profile\n")]
    [InlineData(new[] { "export", "--format", "oscal-profile", "--catalog-href", "my catalog.json" }, "privacy-principles: --catalog-href 'my catalog.json' is not a URI reference; expected a URI or a relative path without spaces, for example vtc-joint-statement-2020-2.0.0.catalog.json\n")]
    public void Export_WrongCommandLine_IsOneLineAndExit2(string[] args, string message)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(message);
    }

    [Fact]
    public void Export_OutputThatIsTheProfile_IsRefused()
    {
        using var folder = new TempFolder();
        var profile = folder.Copy(Samples.SchoolsProfile);
        var before = File.ReadAllText(profile);

        var result = CliRunner.Run("export", "--format", "oscal-profile", "--rule-set", profile, "--output", profile);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("is an input");
        File.ReadAllText(profile).Should().Be(before);
    }

    private static string Assessments => RepositoryPaths.Combine("samples", "assessments");

    private static IEnumerable<string> SampleProfiles() => Directory.GetFiles(RepositoryPaths.Combine("samples", "profiles"), "*.profile.json").Order(StringComparer.Ordinal);

    [Theory]
    [InlineData("minimum-security-standards.profile.json")]
    [InlineData("schools.profile.json")]
    public void ResolvedCatalogOfEverySampleProfile_EveryControlIdLevelAndWeight_IsTheTailoredRuleSets(string name)
    {
        var path = RepositoryPaths.Combine("samples", "profiles", name);
        var tailored = new ProfileReader().ResolveFile(path).GetValueOrThrow();
        using var folder = new TempFolder();
        using var catalog = Read(Export(folder, "oscal-catalog", path, "resolved.json"));

        CheckAgainst(tailored, catalog.RootElement.GetProperty("catalog"));
    }

    private static bool HasAdditions(string profilePath)
    {
        using var profile = Read(profilePath);
        return profile.RootElement.GetProperty("profile").TryGetProperty("back-matter", out var back)
            && back.GetProperty("resources").EnumerateArray().Any(r => r.TryGetProperty("base64", out _));
    }

    private static List<string> ExportAll(TempFolder folder, string name)
    {
        var paths = new[]
        {
            Export(folder, "oscal-catalog", "vtc-joint-statement-2020", name + "-catalog.json"),
            Export(folder, "oscal-profile", Samples.SchoolsProfile, name + "-profile.json"),
            Evaluate(folder, [RepositoryPaths.Samples, "--waivers", Samples.CopperfieldWaivers], name + "-ar.json"),
        };
        return [.. paths.Select(File.ReadAllText)];
    }

    private static void CheckAgainst(RuleSet ruleSet, JsonElement catalog)
    {
        var groups = catalog.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("id").GetString()).Should().Equal(ruleSet.Principles.Select(p => p.Id));
        foreach (var (group, principle) in groups.Zip(ruleSet.Principles))
        {
            double.Parse(Props(group).Single(p => p.Name == "weight").Value, CultureInfo.InvariantCulture).Should().Be(principle.Weight);
        }

        // Grouped by principle, each group in catalogue order (a profile's additions join their principle).
        var expectations = ruleSet.Principles.SelectMany(p => ruleSet.Expectations.Where(e => e.Principle == p.Id)).ToList();
        expectations.Should().HaveCount(ruleSet.Expectations.Count);
        var controls = groups.SelectMany(g => g.GetProperty("controls").EnumerateArray().Select(c => (Group: g.GetProperty("id").GetString(), Control: c))).ToList();
        controls.Select(c => c.Control.GetProperty("id").GetString()).Should().Equal(expectations.Select(e => e.Id), "every expectation is a control");
        foreach (var ((group, control), expectation) in controls.Zip(expectations))
        {
            var props = Props(control);
            group.Should().Be(expectation.Principle);
            props.Single(p => p.Name == "level").Value.Should().Be(PrivacyPrinciples.Serialization.PrivacyPrinciplesJson.NameOf(expectation.Level));
            double.Parse(props.Single(p => p.Name == "weight").Value, CultureInfo.InvariantCulture).Should().Be(expectation.Weight);
            props.Single(p => p.Name == "basis").Value.Should().Be(PrivacyPrinciples.Serialization.PrivacyPrinciplesJson.NameOf(expectation.Basis));
            control.GetProperty("links").GetArrayLength().Should().Be(expectation.Sources.Count, "{0} links each source it cites", expectation.Id);
        }
    }

    private static Dictionary<string, List<(string Name, string Value)>> Controls(JsonElement catalog) =>
        catalog.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("controls").EnumerateArray())
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => Props(c).ToList());

    // A minimal OSCAL profile resolution over control properties: include-all, exclude-controls, and alters that remove by name and add at the end.
    private static Dictionary<string, List<(string Name, string Value)>> ApplyProfile(JsonElement profile, Dictionary<string, List<(string Name, string Value)>> baseControls, Dictionary<string, List<(string Name, string Value)>> additions)
    {
        var imports = profile.GetProperty("imports").EnumerateArray().ToList();
        imports.Should().HaveCount(2, "the base catalog and the profile's own additions");
        var excluded = imports[0].TryGetProperty("exclude-controls", out var exclude)
            ? exclude.EnumerateArray().SelectMany(x => x.GetProperty("with-ids").EnumerateArray()).Select(x => x.GetString()!).ToHashSet()
            : [];
        var controls = baseControls.Where(c => !excluded.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value.ToList());
        foreach (var (id, props) in additions)
        {
            controls.Add(id, props);
        }

        foreach (var alter in profile.GetProperty("modify").GetProperty("alters").EnumerateArray())
        {
            var props = controls[alter.GetProperty("control-id").GetString()!];
            foreach (var remove in alter.TryGetProperty("removes", out var removes) ? removes.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                if (remove.TryGetProperty("by-name", out var name))
                {
                    props.RemoveAll(p => p.Name == name.GetString());
                }
            }

            foreach (var add in alter.TryGetProperty("adds", out var adds) ? adds.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                props.AddRange(Props(add));
            }
        }

        return controls;
    }

    private static List<(string Name, string Value)> Props(JsonElement element) =>
        element.TryGetProperty("props", out var props) ? [.. props.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!))] : [];

    private static string Export(TempFolder folder, string format, string ruleSet, string name)
    {
        var path = Path.Combine(folder.Path, name);
        var result = CliRunner.Run("export", "--format", format, "--rule-set", ruleSet, "--date", Date, "--output", path);
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        return path;
    }

    private static string Evaluate(TempFolder folder, string[] inputs, string name)
    {
        var path = Path.Combine(folder.Path, name);
        var result = CliRunner.Run(["evaluate", .. inputs, "--date", Date, "--format", "oscal-assessment-results", "--output", path]);
        result.ExitCode.Should().BeOneOf([0, 1], result.Error);
        File.Exists(path).Should().BeTrue();
        return path;
    }

    // The profile carries its own expectations as an embedded catalog; decoded, it is a document of its own.
    private static string Additions(string profilePath, string output)
    {
        using var profile = Read(profilePath);
        var resource = profile.RootElement.GetProperty("profile").GetProperty("back-matter").GetProperty("resources").EnumerateArray().Single(r => r.TryGetProperty("base64", out _));
        File.WriteAllBytes(output, Convert.FromBase64String(resource.GetProperty("base64").GetProperty("value").GetString()!));
        return output;
    }

    private static void Valid(string schema, List<string> documents)
    {
        var ajv = NodeTools.AjvOscal(schema, documents);
        ajv.ExitCode.Should().Be(0, ajv.ToString());
        NodeTools.Lines(ajv).Count(l => l.EndsWith(" valid", StringComparison.Ordinal)).Should().Be(documents.Count, "ajv names every document valid:\n{0}", ajv);
    }

    private static JsonDocument Read(string path) => JsonDocument.Parse(File.ReadAllBytes(path));
}
