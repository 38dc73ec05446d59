using System.Linq;
using System.IO;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Outputs;

/// <summary>
/// No output of a run replaces a file the run read, however the run reached it (not only the paths
/// on the command line), nor a file it has already written: each such output is refused with exit
/// 2 and the file keeps its bytes.
/// </summary>
public class RunFilesTests
{
    private static readonly string BuiltInRuleSet = RepositoryPaths.Combine("src", "PrivacyPrinciples", "Rules", "BuiltIn", "vtc-joint-statement-2020-2.0.0.json");

    [Fact]
    public void AProfilesBaseRuleSet_IsNeverReplaced_ByAnyCommandThatReadsIt()
    {
        using var folder = new TempFolder();
        var baseFile = folder.Copy(BuiltInRuleSet);
        var profile = folder.Write(
            "schools.profile.json",
            File.ReadAllText(Samples.SchoolsProfile)
                .Replace("\"$schema\": \"../../schemas/profile.schema.json\",", string.Empty, System.StringComparison.Ordinal)
                .Replace("\"base\": \"vtc-joint-statement-2020@2.0.0\"", $"\"base\": \"{Path.GetFileName(baseFile)}\"", System.StringComparison.Ordinal));
        var before = File.ReadAllText(baseFile);

        var commands = new[]
        {
            new[] { "evaluate", Samples.Copperfield, "--rule-set", profile, "--output", "json=" + baseFile, "--date", "2026-11-01" },
            ["export", "--rule-set", profile, "--output", "oscal-catalog=" + baseFile, "--date", "2026-11-01"],
            ["init", "--rule-set", profile, "--output", baseFile, "--force"],
        };

        foreach (var command in commands)
        {
            var result = CliRunner.Run(command);

            result.ExitCode.Should().Be(2, "{0}: {1}", command[0], result.Error);
            result.Error.Should().Contain($"it is an input of this run ({baseFile}); writing there would replace it", command[0]);
            File.ReadAllText(baseFile).Should().Be(before, command[0]);
        }
    }

    [Fact]
    public void WhenNoAttestationCanBeRead_NoOutputFileIsReplaced_AndEachSaysSo()
    {
        // A report of nothing would replace the last one with an empty file (single JSON), or
        // with an all-clear one (a SARIF log without results closes code scanning's alerts).
        using var folder = new TempFolder();
        var broken = folder.Write("attestation.json", "{");
        var outputs = new[] { "json", "sarif", "junit", "markdown", "html", "csv" }.Select(f => (Format: f, Path: Path.Combine(folder.Path, "last." + f))).ToArray();
        foreach (var (format, path) in outputs)
        {
            File.WriteAllText(path, "the previous " + format + " report");
        }

        var result = CliRunner.Run(["evaluate", broken, "--date", "2026-11-01", .. outputs.SelectMany(o => new[] { "--output", o.Format + "=" + o.Path })]);

        result.ExitCode.Should().Be(2, result.Error);
        foreach (var (format, path) in outputs)
        {
            File.ReadAllText(path).Should().Be("the previous " + format + " report");
            result.Error.Should().Contain($"{path}: not written: no attestation could be read, so there is nothing to report; a file already there is left as it was");
        }

        // With one attestation read, the outputs are written as always.
        var good = folder.Copy(Samples.Tinpot);
        var mixed = CliRunner.Run("evaluate", good, broken, "--date", "2026-11-01", "--output", "json=" + outputs[0].Path);
        mixed.ExitCode.Should().Be(2);
        File.ReadAllText(outputs[0].Path).Should().StartWith("[");
        Directory.GetFiles(folder.Path, ".*").Should().BeEmpty("no temporary file is left behind");
    }

    [Fact]
    public void AFileFoundInAFolderGivenToDiffOrAsPreviousReports_IsNeverReplaced()
    {
        using var folder = new TempFolder();
        var oldFolder = Directory.CreateDirectory(Path.Combine(folder.Path, "old")).FullName;
        var newFolder = Directory.CreateDirectory(Path.Combine(folder.Path, "new")).FullName;
        var previous = Directory.CreateDirectory(Path.Combine(folder.Path, "previous")).FullName;
        var oldAttestation = Path.Combine(oldFolder, "copperfield-video.json");
        File.Copy(Samples.Copperfield, oldAttestation);
        File.Copy(Samples.CopperfieldRound2, Path.Combine(newFolder, "copperfield-video.json"));
        var report = Path.Combine(previous, "copperfield-video.report.json");
        CliRunner.Run("evaluate", Samples.Copperfield, "--output", "json=" + report, "--date", "2026-11-01").ExitCode.Should().Be(0);
        var (attestationBefore, reportBefore) = (File.ReadAllText(oldAttestation), File.ReadAllText(report));

        var diff = CliRunner.Run("diff", oldFolder, newFolder, "--output", oldAttestation, "--date", "2026-11-01");
        var evaluate = CliRunner.Run("evaluate", Samples.CopperfieldRound2, "--previous", previous, "--fail-on", "regression", "--output", "json=" + report, "--date", "2026-11-01");

        diff.ExitCode.Should().Be(2, diff.Error);
        diff.Error.Should().Contain("it is an input of this run");
        evaluate.ExitCode.Should().Be(2, evaluate.Error);
        evaluate.Error.Should().Contain("it is an input of this run");
        File.ReadAllText(oldAttestation).Should().Be(attestationBefore);
        File.ReadAllText(report).Should().Be(reportBefore);
    }

    [Fact]
    public void Migrate_ToAnotherNameOfItsInput_IsRefused_WhileInPlaceStillUpgrades()
    {
        using var folder = new TempFolder();
        var legacy = folder.Write("legacy.json", LegacyAttestation);
        var link = Path.Combine(folder.Path, "upgraded.json");
        File.CreateSymbolicLink(link, legacy);

        foreach (var output in new[] { link, Path.Combine(folder.Path, ".", "legacy.json") })
        {
            var result = CliRunner.Run("migrate", legacy, "--output", output);

            result.ExitCode.Should().Be(2, result.Error);
            result.Error.Should().Contain("it is an input of this run");
            File.ReadAllText(legacy).Should().Be(LegacyAttestation);
        }

        CliRunner.Run("migrate", legacy, "--in-place").ExitCode.Should().Be(0);
        File.ReadAllText(legacy).Should().Contain("\"schemaVersion\": \"2.0\"");
    }

    [Fact]
    public void Engagement_AReportAndALetterLeadingToOneFile_AreRefusedBeforeAnythingIsWritten()
    {
        using var folder = new TempFolder();
        var letters = Path.Combine(folder.Path, "letters");
        var engagement = RepositoryPaths.Combine("samples", "engagement", "engagement.json");
        var letter = CliRunner.Run("engagement", engagement, "--letters", letters);
        letter.ExitCode.Should().Be(0, letter.Error);
        var first = Directory.GetFiles(letters, "*.md")[0];
        Directory.Delete(letters, recursive: true);

        var result = CliRunner.Run("engagement", engagement, "--output", "markdown=" + first, "--letters", letters);

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Contain("is named more than once (a report and a letter");
        Directory.Exists(letters).Should().BeFalse("nothing is written");
    }

    // An attestation of format 1.0, which migrate upgrades (lossily: audiences 1.x did not list become false).
    private const string LegacyAttestation = """
        {"schemaVersion":"1.0","vendor":{"id":"fictional-vendor","name":"Fictional Vendor"},"service":{"name":"Fictional Meetings"},"attestedOn":"2026-10-01",
        "answers":{"SEC-01":{"status":"implemented","statement":"Every call is encrypted in transit with current ciphers, and keys rotate each quarter.",
        "evidence":[{"kind":"policy","shows":"achieve","reference":"https://example.example/a","title":"Policy","issued":"2026-01-01"}]}}}
        """;
}
