using System.IO;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_SampleFolder_ListsEveryFileAsValid()
    {
        var result = CliRunner.Run("validate", RepositoryPaths.Samples);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain($"{Samples.Copperfield}: valid attestation (35 answers, against vtc-joint-statement-2020 2.0.0)");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Validate_TellsKindsApartByShape()
    {
        var builtIn = RepositoryPaths.Combine("src", "PrivacyPrinciples", "Rules", "BuiltIn", "vtc-joint-statement-2020-2.0.0.json");

        var result = CliRunner.Run("validate", Samples.CopperfieldWaivers, builtIn);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be(
            $"{Samples.CopperfieldWaivers}: valid waivers file (2 waivers, against vtc-joint-statement-2020 2.0.0)\n"
            + $"{builtIn}: valid rule set (vtc-joint-statement-2020 2.0.0, 37 expectations)\n");
    }

    [Fact]
    public void Validate_AnswerToAnUnknownExpectation_IsAnError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("typo.json", """
            {
              "schemaVersion": "2.0", "audiences": { "consumers": true, "business": false, "education": false, "health": false, "children": false, "government": false },
              "vendor": { "id": "example-vendor", "name": "Example Vendor" },
              "service": { "name": "Example Meet" },
              "attestedOn": "2026-10-01",
              "answers": { "SEC-13": { "status": "implemented" } }
            }
            """);

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(
            $"privacy-principles: {path} is not a valid attestation (1 error):\n"
            + $"  {path}:6:16: error attestation-unknown-expectation: 'SEC-13' is not an active expectation of vtc-joint-statement-2020 2.0.0; expected one of its ids, such as EUC-01 (at /answers/SEC-13)\n");
    }

    [Fact]
    public void Validate_BrokenFile_ListsEveryProblemAndGoesOn()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("a-broken.json", """{ "schemaVersion": "2.0", "vendor": { "id": "Bad Id" } }""");
        folder.Copy(Samples.Copperfield);

        var result = CliRunner.Run("validate", folder.Path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{broken} is not a valid attestation (5 errors):");
        result.Output.Should().Contain("copperfield-video.json: valid attestation");
    }

    [Fact]
    public void Validate_ABatchWithFailures_EndsWithTheirCount_AsEvaluateDoes()
    {
        // A folder of many broken files ended on its last error: nothing said how many failed.
        using var folder = new TempFolder();
        for (var i = 0; i < 3; i++)
        {
            folder.Write($"broken-{i}.json", "{");
        }

        folder.Copy(Samples.Copperfield);
        var lines = File.ReadAllText(Samples.Tinpot).Replace("\n", " ", System.StringComparison.Ordinal);
        var stream = folder.Write("stream.ndjson", lines + "\n{\n" + lines + "\n");
        var missing = Path.Combine(folder.Path, "missing.json");

        var batch = CliRunner.Run("validate", folder.Path, stream, missing);
        var allValid = CliRunner.Run("validate", RepositoryPaths.Samples);
        var one = CliRunner.Run("validate", Path.Combine(folder.Path, "broken-0.json"));

        batch.ExitCode.Should().Be(2);
        batch.Error.Should().EndWith("\nValidated 8 documents: 3 valid, 5 invalid or unreadable.\n", "three broken files, a broken line and a missing path; the sample, two lines");
        allValid.Error.Should().BeEmpty("every document was said to be valid on standard output");
        one.Error.Should().NotContain("Validated");
    }

    [Fact]
    public void Validate_ForcedKind_ChecksAgainstThatSchema()
    {
        var result = CliRunner.Run("validate", Samples.Copperfield, "--kind", "waivers");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("error schema-version: schemaVersion '2.0' is not supported; expected 1.x (for example \"1.0\") (at /schemaVersion)");
    }

    [Fact]
    public void Validate_AnNdjsonStreamOfGarbage_ListsTheFirstHundredBadLines_ThenSaysHowManyMore()
    {
        using var folder = new TempFolder();
        var stream = folder.Write("garbage.ndjson", string.Concat(System.Linq.Enumerable.Repeat("random text\n", 130)));

        var result = CliRunner.Run("validate", stream);

        result.ExitCode.Should().Be(2);
        result.Error.Split('\n').Should().HaveCount(2 * PrivacyPrinciples.Cli.Outputs.StreamErrorLimit.MaxListed + 3, "two lines for each listed line, one for the rest, the count, and the last newline");
        result.Error.Should().EndWith(("\nprivacy-principles: ... and 30 more lines of <stdin> could not be read (the first 100 are listed above)\n"
            + "Validated 130 documents: 0 valid, 130 invalid or unreadable.\n").Replace("<stdin>", stream, System.StringComparison.Ordinal));
    }
}
