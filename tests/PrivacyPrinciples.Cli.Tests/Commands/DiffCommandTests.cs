using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class DiffCommandTests
{
    [Fact]
    public void Diff_TwoSampleRounds_ShowsWhatImprovedAndRegressed()
    {
        var result = CliRunner.Run("diff", Samples.Copperfield, Samples.CopperfieldRound2, "--date", "2026-11-28");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("Copperfield Video Ltd — Copperfield Video\n  attested 2026-05-28 → 2026-11-20\n");
        result.Output.Should().Contain("improved 2 · regressed 1 · newly answered 0 · no longer answered 0 · still missing 0 · unchanged 34");
        result.Output.Should().Contain("  regressed          EUC-03  People can access, download and delete their data: partiallyMet 35.0 → partiallyMet 25.0\n");
        result.Output.Should().Contain("  improved           PBD-04  A waiting room or host admission is on by default: notMet 0.0 → met 70.0\n");
    }

    [Fact]
    public void Diff_ReportAgainstAttestation_AsJson()
    {
        using var folder = new TempFolder();
        var report = System.IO.Path.Combine(folder.Path, "last-release.json");
        CliRunner.Run("evaluate", Samples.Copperfield, "--date", "2026-11-28", "--format", "json", "--output", report).ExitCode.Should().Be(0);

        var result = CliRunner.Run("diff", report, Samples.CopperfieldRound2, "--date", "2026-11-28", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var comparison = document.RootElement.EnumerateArray().Single();
        comparison.GetProperty("scoreBefore").GetDouble().Should().BeLessThan(comparison.GetProperty("scoreAfter").GetDouble());
        comparison.GetProperty("expectations").EnumerateArray().Count(e => e.GetProperty("change").GetString() == "regressed").Should().Be(1);
    }

    [Fact]
    public void Diff_AReportOnStandardInput_IsReadAsAReport()
    {
        // It was taken for an attestation and refused: "this is a report, not an attestation; a report is read by diff".
        using var folder = new TempFolder();
        var report = System.IO.Path.Combine(folder.Path, "last-release.json");
        CliRunner.Run("evaluate", Samples.Copperfield, "--date", "2026-11-28", "--format", "json", "--output", report).ExitCode.Should().Be(0);

        var result = CliRunner.RunWithInput(System.IO.File.ReadAllText(report), "diff", "-", Samples.CopperfieldRound2, "--date", "2026-11-28");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Output.Should().Contain("improved 2 · regressed 1");
    }

    [Theory]
    [InlineData("attestation")]
    [InlineData("report")]
    public void Diff_ANamedPipe_IsReadOnce(string kind)
    {
        // Telling a report from an attestation used up the pipe, so its document then read as empty (json-empty).
        using var folder = new TempFolder();
        var source = Samples.Copperfield;
        if (kind == "report")
        {
            source = System.IO.Path.Combine(folder.Path, "last-release.json");
            CliRunner.Run("evaluate", Samples.Copperfield, "--date", "2026-11-28", "--format", "json", "--output", source).ExitCode.Should().Be(0);
        }

        var tool = System.IO.Path.Combine(System.AppContext.BaseDirectory, "privacy-principles.dll");
        var result = ProcessRunner.Run("bash", ["-c", $"dotnet \"{tool}\" diff <(cat \"{source}\") \"{Samples.CopperfieldRound2}\" --date 2026-11-28"]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("improved 2 · regressed 1");
    }

    [Fact]
    public void Diff_DifferentServices_HasNothingToCompare()
    {
        var result = CliRunner.Run("diff", Samples.Copperfield, Samples.Tinpot);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no service appears in both inputs");
    }

    [Fact]
    public void Diff_Markdown_HasATableOfChanges()
    {
        var result = CliRunner.Run("diff", Samples.Copperfield, Samples.CopperfieldRound2, "--date", "2026-11-28", "--format", "markdown");

        result.Output.Should().StartWith("## Copperfield Video Ltd — Copperfield Video\n");
        result.Output.Should().Contain("| change | expectation | before | after |\n|---|---|---|---|\n| regressed | EUC-03 ");
    }
    [Fact]
    public void Diff_BothInputsInvalid_NamesEveryErrorInBoth()
    {
        // The newer input was not read once the older failed: a user with two bad files learnt of one per run.
        using var folder = new TempFolder();
        var older = System.IO.Path.Combine(folder.Path, "older.json");
        var newer = System.IO.Path.Combine(folder.Path, "newer.json");
        System.IO.File.WriteAllText(older, "{\n  \"schemaVersion\": \"2.0\",\n  \"vendor\": 5\n}\n");
        System.IO.File.WriteAllText(newer, "{\n  \"x\": [1,\n");

        var result = CliRunner.Run("diff", older, newer, "--date", "2026-11-28");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain($"privacy-principles: {older} is not a valid attestation (4 errors):\n");
        result.Error.Should().Contain($"  {older}:3:13: error schema-type: expected an object but found the number 5 (at /vendor)\n");
        result.Error.Should().Contain($"privacy-principles: {newer} is not a valid attestation (1 error):\n");
        result.Error.Should().Contain($"  {newer}:3:1: error json-truncated: the JSON ends before it is complete (2 objects or arrays still open); the file may be truncated (at /x)\n");
    }

    [Fact]
    public void Diff_AFolderWithABadReportAndABadAttestation_NamesBoth()
    {
        // A failed report ended the reading of its folder, so the attestations beside it were never looked at.
        using var folder = new TempFolder();
        var round = System.IO.Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "round-1")).FullName;
        var report = System.IO.Path.Combine(round, "a-report.json");
        CliRunner.Run("evaluate", Samples.Copperfield, "--date", "2026-11-28", "--format", "json", "--output", report).ExitCode.Should().Be(0);
        var text = System.IO.File.ReadAllText(report);
        System.IO.File.WriteAllText(report, text[..(text.Length / 2)]);
        var attestation = System.IO.Path.Combine(round, "b-attestation.json");
        System.IO.File.WriteAllText(attestation, "{\n  \"schemaVersion\": \"2.0\",\n  \"vendor\": 5\n}\n");

        var result = CliRunner.Run("diff", round, Samples.CopperfieldRound2, "--date", "2026-11-28");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"privacy-principles: {report} is not a valid report (1 error):\n");
        result.Error.Should().Contain($"privacy-principles: {attestation} is not a valid attestation (4 errors):\n");
        result.Error.Should().Contain($"  {attestation}:3:13: error schema-type: expected an object but found the number 5 (at /vendor)\n");
    }
}
