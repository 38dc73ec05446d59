using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class EvaluateCommandTests
{
    private static readonly string[] SampleFiles = Directory.GetFiles(RepositoryPaths.Samples, "*.json").Order(System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Evaluate_SampleFolder_PrintsEachAttestationAndSucceeds()
    {
        var result = CliRunner.Run("evaluate", RepositoryPaths.Samples);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Split("Overall ").Should().HaveCount(SampleFiles.Length + 1);
        result.Output.Should().Contain("Security").And.Contain("End-user control").And.Contain("Baseline gate");
        result.Output.Should().NotContain("\u001b[", "colour is only for terminals");
        result.Error.Should().Be($"Evaluated {SampleFiles.Length} attestations.\n");
    }

    [Fact]
    public void Evaluate_SampleFolderAsJson_ReportsAll37ExpectationsForEverySample()
    {
        var result = CliRunner.Run("evaluate", RepositoryPaths.Samples, "--format", "json", "--date", "2026-11-01");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        document.RootElement.GetArrayLength().Should().Be(SampleFiles.Length);
        foreach (var report in document.RootElement.EnumerateArray())
        {
            report.GetProperty("principles").EnumerateArray().Sum(p => p.GetProperty("expectations").GetArrayLength()).Should().Be(37);
            report.GetProperty("evaluatedOn").GetString().Should().Be("2026-11-01");
        }
    }

    [Fact]
    public void Evaluate_OneFileAsJson_PrintsOneReportObject()
    {
        var result = CliRunner.Run("evaluate", SampleFiles[0], "-f", "json");

        result.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("attestation").GetProperty("source").GetString().Should().Be(SampleFiles[0]);
        document.RootElement.GetProperty("evaluatedOn").GetString().Should().Be("2026-11-01", "the date comes from the clock when --date is not given");
        result.Error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "json-empty", "the file is empty; expected a JSON object")]
    [InlineData("{ \"schemaVersion\": \"2.0\", \"vendor\": {", "json-truncated", "the JSON ends before it is complete")]
    public void Evaluate_EmptyOrTruncatedFile_ExitsTwoNamingTheFileWithoutAStackTrace(string content, string code, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.json", content);

        var result = CliRunner.Run("evaluate", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"privacy-principles: {path} is not a valid attestation (1 error):\n  {path}:1:");
        result.Error.Should().Contain($"error {code}: {message}");
        result.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Theory]
    [InlineData("waivers", "this is a waivers file, not an attestation; give it to evaluate with --waivers")]
    [InlineData("profile", "this is a tailoring profile, not an attestation; give it with --rule-set")]
    [InlineData("engagement", "this is an engagement file, not an attestation; run 'privacy-principles engagement' on it")]
    public void Evaluate_AnotherKindOfDocument_IsNamedAsSuch_NotSentToMigrate(string kind, string message)
    {
        // Each once said "schemaVersion '1.0' … upgrade the file to 2.0 with the tool's migrate command".
        var file = kind switch
        {
            "waivers" => Samples.CopperfieldWaivers,
            "profile" => Samples.SchoolsProfile,
            _ => RepositoryPaths.Combine("samples", "engagement", "engagement.json"),
        };
        var result = CliRunner.Run("evaluate", file, Samples.Copperfield, "--date", "2026-11-01");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("error input-kind: " + message).And.NotContain("migrate");
        result.Output.Should().Contain("Copperfield Video Ltd", "the other input is still evaluated");
    }

    [Theory]
    [InlineData("--rule-set", "attestation", "this is an attestation, not a rule set or tailoring profile; give it to evaluate or validate as an input")]
    [InlineData("--rule-set", "waivers", "this is a waivers file, not a rule set or tailoring profile; give it to evaluate with --waivers")]
    [InlineData("--rule-set", "engagement", "this is an engagement file, not a rule set or tailoring profile; run 'privacy-principles engagement' on it")]
    [InlineData("--waivers", "attestation", "this is an attestation, not a waivers file; give it to evaluate or validate as an input")]
    [InlineData("--waivers", "profile", "this is a tailoring profile, not a waivers file; give it with --rule-set")]
    public void Evaluate_AnotherKindOfDocumentAsRuleSetOrWaivers_IsNamedAsSuch(string option, string kind, string message)
    {
        // Each was explained by the rules of the kind expected: "required property 'id' is missing" and
        // 14 more, or "schemaVersion '1.0' is not supported; rule-set format 2 adds evidenceKinds ...".
        var file = kind switch
        {
            "attestation" => Samples.Copperfield,
            "waivers" => Samples.CopperfieldWaivers,
            "profile" => Samples.SchoolsProfile,
            _ => RepositoryPaths.Combine("samples", "engagement", "engagement.json"),
        };

        var result = CliRunner.Run("evaluate", Samples.Copperfield, option, file, "--date", "2026-11-01");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("(1 error)").And.Contain("error input-kind: " + message).And.NotContain("schema-");
    }

    [Fact]
    public void Evaluate_ABrokenRuleSetOrWaiversFile_IsStillExplainedByItsRules()
    {
        using var folder = new TempFolder();
        var ruleSet = folder.Write("rules.json", "{\"schemaVersion\":\"2.0\",\"id\":\"x\",\"version\":\"1.0.0\",\"principals\":[]}");
        var waivers = folder.Write("waivers.json", "{\"schemaVersion\":\"1.0\",\"waiverz\":[]}");

        CliRunner.Run("evaluate", Samples.Copperfield, "--rule-set", ruleSet).Error.Should().Contain("error schema-required").And.NotContain("input-kind");
        CliRunner.Run("evaluate", Samples.Copperfield, "--waivers", waivers).Error.Should().Contain("did you mean 'waivers'?").And.NotContain("input-kind");
    }

    [Theory]
    [InlineData("[1]", "t.json:1:1: error schema-type: expected an object but found an array")]
    [InlineData("[{\"vendor\": {}}]", "t.json:1:1: error schema-type: expected an object but found an array")]
    [InlineData("[[[", "t.json:1:4: error json-truncated")]
    public void Evaluate_AnArrayThatIsNoReport_IsExplainedAsABrokenAttestation(string content, string error)
    {
        // Any top-level array was once called "a report, not an attestation".
        using var folder = new TempFolder();
        var path = folder.Write("t.json", content);

        var result = CliRunner.Run("evaluate", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(error).And.NotContain("input-kind");
    }

    [Fact]
    public void Evaluate_ABatchReport_IsNamedAsAReport()
    {
        using var folder = new TempFolder();
        var report = Path.Combine(folder.Path, "batch.json");
        CliRunner.Run("evaluate", Samples.Copperfield, Samples.Harbourlight, "--format", "json", "--date", "2026-11-01", "--output", report).ExitCode.Should().Be(0);

        var result = CliRunner.Run("evaluate", report);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("error input-kind: this is a report, not an attestation");
    }

    [Fact]
    public void Evaluate_FolderWithABrokenFile_StillEvaluatesTheOthers()
    {
        using var folder = new TempFolder();
        folder.Copy(SampleFiles[0]);
        folder.Copy(SampleFiles[1]);
        var broken = folder.Write("aaa-broken.json", "{ \"schemaVersion\": \"2.0\" }");

        var result = CliRunner.Run("evaluate", folder.Path);

        result.ExitCode.Should().Be(2);
        result.Output.Split("Overall ").Should().HaveCount(3, "both good files are still evaluated");
        result.Error.Should().Contain($"{broken} is not a valid attestation (4 errors):");
        result.Error.Should().EndWith("Evaluated 2 attestations; 1 input could not be read.\n");
    }

    [Fact]
    public void Evaluate_StandardInput_IsNamedStdin()
    {
        var result = CliRunner.RunWithInput("{}", "evaluate", "-");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("privacy-principles: <stdin> is not a valid attestation (5 errors):");
    }

    [Fact]
    public void Evaluate_StandardInput_EvaluatesAValidAttestation()
    {
        var result = CliRunner.RunWithInput(File.ReadAllText(SampleFiles[0]), "evaluate", "-", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        JsonDocument.Parse(result.Output).RootElement.GetProperty("attestation").GetProperty("source").GetString().Should().Be("<stdin>");
    }

    [Fact]
    public void Evaluate_MissingFile_ExitsTwo()
    {
        var result = CliRunner.Run("evaluate", "no-such-file.json");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: no-such-file.json: no such file or folder\n");
    }

    [Fact]
    public void Evaluate_EmptyPaths_AreNamedAsEmpty()
    {
        var input = CliRunner.Run("evaluate", string.Empty);
        var ruleSet = CliRunner.Run("evaluate", SampleFiles[0], "--rule-set", string.Empty);
        var waivers = CliRunner.Run("evaluate", SampleFiles[0], "--waivers", string.Empty);

        input.ExitCode.Should().Be(2);
        input.Error.Should().Be("privacy-principles: '': an empty argument names no file or folder; expected a path, or - for standard input\n");
        foreach (var result in new[] { ruleSet, waivers })
        {
            result.ExitCode.Should().Be(2);
            result.Error.Should().StartWith("privacy-principles: '' is not a valid ").And.Contain("the path is empty; expected a file name").And.NotContain("Parameter");
        }
    }

    [Fact]
    public void Evaluate_BadDate_ExitsTwo()
    {
        var result = CliRunner.Run("evaluate", SampleFiles[0], "--date", "01/11/2026");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: --date '01/11/2026' is not a date; expected YYYY-MM-DD, for example 2026-11-01.\n");
    }

    [Fact]
    public void Evaluate_UnknownFormat_IsAUsageError()
    {
        var result = CliRunner.Run("evaluate", SampleFiles[0], "--format", "yaml");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("privacy-principles: unknown format 'yaml'; expected one of text, json");
    }

    [Fact]
    public void Evaluate_BrokenCustomRuleSet_ExitsTwoWithItsErrors()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("rules.json", "{ \"schemaVersion\": \"2.0\", \"id\": \"x\" }");

        var result = CliRunner.Run("evaluate", SampleFiles[0], "--rule-set", rules);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"privacy-principles: {rules} is not a valid rule set (");
    }

    [Fact]
    public void Evaluate_WithoutInputs_IsAUsageError()
    {
        var result = CliRunner.Run("evaluate");

        result.ExitCode.Should().Be(2);
    }

    [Fact]
    public void Help_ListsTheExitCodes()
    {
        var result = CliRunner.Run("evaluate", "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Exit codes:").And.Contain("2  invalid or unreadable input").And.Contain("privacy-principles evaluate samples/attestations");
    }
}
