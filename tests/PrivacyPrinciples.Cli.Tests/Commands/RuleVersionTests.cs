using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

/// <summary>Two shipped versions of the built-in rule set: every attestation is judged by the latest, or by the one --rule-set names, never by the one it chooses.</summary>
public class RuleVersionTests
{
    private static string AnsweringVersion1(TempFolder folder) =>
        folder.Write("v1.json", File.ReadAllText(Samples.Copperfield).Replace("\"version\": \"2.0.0\"", "\"version\": \"1.0.0\"", System.StringComparison.Ordinal));

    [Fact]
    public void AnAttestationAnsweringAnOlderVersion_IsJudgedByTheLatest_WithANote_ForTheVendorDoesNotChooseItsRules()
    {
        using var folder = new TempFolder();
        var v1 = AnsweringVersion1(folder);

        var result = CliRunner.Run("evaluate", v1, Samples.Copperfield, "--date", "2026-11-01", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var reports = document.RootElement.EnumerateArray().ToArray();
        reports.Select(r => r.GetProperty("ruleSet").GetProperty("version").GetString()).Should().Equal("2.0.0", "2.0.0");
        reports.Select(r => r.GetProperty("coverage").GetProperty("expectations").GetInt32()).Should().Equal(37, 37);
        reports[0].GetProperty("notes").EnumerateArray().Should().Contain(n => n.GetProperty("code").GetString() == "attestation.ruleSet");
        reports[1].GetProperty("notes").EnumerateArray().Should().NotContain(n => n.GetProperty("code").GetString() == "attestation.ruleSet");
        reports[0].GetProperty("score").GetDouble().Should().Be(reports[1].GetProperty("score").GetDouble(), "naming the older rules changes nothing");
    }

    [Fact]
    public void RuleSetOption_NamesAVersion_AndEveryAttestationIsJudgedByIt()
    {
        using var folder = new TempFolder();
        var v1 = AnsweringVersion1(folder);

        var result = CliRunner.Run("evaluate", v1, Samples.Copperfield, "--rule-set", "vtc-joint-statement-2020@1.0.0", "--date", "2026-11-01", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var reports = document.RootElement.EnumerateArray().ToArray();
        reports.Select(r => r.GetProperty("ruleSet").GetProperty("version").GetString()).Should().Equal("1.0.0", "1.0.0");
        reports.Select(r => r.GetProperty("coverage").GetProperty("expectations").GetInt32()).Should().Equal(30, 30);
        reports[0].GetProperty("notes").EnumerateArray().Should().NotContain(n => n.GetProperty("code").GetString() == "attestation.ruleSet");
        reports[1].GetProperty("notes").EnumerateArray().Should().Contain(n => n.GetProperty("code").GetString() == "attestation.ruleSet");
    }

    [Fact]
    public void AVersionThatIsNotShipped_IsAClearError_NotAMissingFile()
    {
        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--rule-set", "vtc-joint-statement-2020@9.9.9");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: --rule-set 'vtc-joint-statement-2020@9.9.9': the built-in rule set vtc-joint-statement-2020 has no such version; expected one of vtc-joint-statement-2020@1.0.0, vtc-joint-statement-2020@2.0.0.\n");
    }

    [Fact]
    public void RulesDiff_ListsWhatChangedBetweenTheVersions_WithTheReasons()
    {
        var result = CliRunner.Run("rules", "diff", "1.0.0", "2.0.0");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("vtc-joint-statement-2020 1.0.0 → 2.0.0: 7 added, 30 changed, 0 removed\n");
        result.Output.Should().Contain("  SEC-10  baseline  explicit   Client applications prompt users to update, or update themselves\n");
        result.Output.Should().Contain("  TRF-01  expected  explicit   The privacy notice is clear and layered, with just-in-time notices\n          changed: rationale, sources, level baseline → expected\n", "TRF-01 was lowered")
            .And.Contain("Lowered from baseline to expected");
        result.Output.Should().NotContain("gives no reason");
    }

    [Fact]
    public void RulesDiff_AsJson_IsDataAProgramCanRead()
    {
        var result = CliRunner.Run("rules", "diff", "vtc-joint-statement-2020@1.0.0", "vtc-joint-statement-2020@2.0.0", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var sec09 = document.RootElement.GetProperty("expectations").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "SEC-09");
        (sec09.GetProperty("basisBefore").GetString(), sec09.GetProperty("basisAfter").GetString()).Should().Be(("extension", "derived"));
        sec09.GetProperty("changed").EnumerateArray().Select(a => a.GetString()).Should().Contain("checks");
    }

    [Fact]
    public void RulesShow_NamesTheBasisAndEveryCitation()
    {
        var result = CliRunner.Run("rules", "show", "SEC-02");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("Basis:       explicit (the sources ask for it)\n")
            .And.Contain("Sources:     Joint statement on global privacy expectations of video teleconferencing companies (open letter)\n")
            .And.Contain("               Security › areas for improvement, bullet on end-to-end encryption available to every user");
        CliRunner.Run("rules", "show", "SEC-02", "--rule-set", "vtc-joint-statement-2020@1.0.0").Output.Should().Contain("End-to-end encryption is available for meetings");
    }

    [Fact]
    public void ThirdPartyAssessmentsUnderAProfile_PassOrFailTheGateAsTheirFindingsSay()
    {
        var profile = RepositoryPaths.Combine("samples", "profiles", "minimum-security-standards.profile.json");
        string Run(string name) => CliRunner.Run("evaluate", RepositoryPaths.Combine("samples", "assessments", name), "--rule-set", profile, "--date", "2026-10-15", "--fail-on", "baseline").Error;

        CliRunner.Run("evaluate", RepositoryPaths.Combine("samples", "assessments", "brightwater-meet.json"), "--rule-set", profile, "--date", "2026-10-15", "--fail-on", "baseline").ExitCode.Should().Be(0);
        Run("pebblestone-call.json").Should().Contain("gate failed: --fail-on baseline: Pebblestone Software — Pebblestone Call has 1 baseline gap: SEC-05 (notMet)");
        Run("marram-video.json").Should().Contain("has 1 baseline gap: SEC-09 (undetermined)");
    }

    [Fact]
    public void ValidateAgainstANarrowingProfile_NotesAnswersItLeavesOut_AndStillCallsTheAttestationValid()
    {
        var profile = RepositoryPaths.Combine("samples", "profiles", "minimum-security-standards.profile.json");

        var result = CliRunner.Run("validate", Samples.Harbourlight, "--rule-set", profile);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be($"{Samples.Harbourlight}: valid attestation (35 answers, against vtc-joint-statement-2020 2.0.0 as tailored by minimum-security-standards 1.0.0)\n");
        result.Error.Should().Contain($"privacy-principles: note: {Samples.Harbourlight}: the answer to 'PBD-01' is not scored: tailoring profile minimum-security-standards 1.0.0 leaves the expectation out of vtc-joint-statement-2020 2.0.0.\n");
        result.Error.Should().NotContain("has no such expectation").And.NotContain("error");
    }
}
