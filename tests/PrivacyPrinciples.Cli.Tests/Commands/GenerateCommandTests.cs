using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class GenerateCommandTests
{
    [Fact]
    public void Generate_ToStandardOutput_WritesOneValidAttestationPerLine()
    {
        var result = CliRunner.Run("generate", "--count", "3", "--seed", "9");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(3);
        lines.Select((line, i) => new AttestationReader().Read(line, "line " + (i + 1)).Errors).Should().OnlyContain(errors => errors.Count == 0);
    }

    [Fact]
    public void Generate_IntoAFolder_ThenEvaluate()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "synthetic");

        CliRunner.Run("generate", "--count", "4", "--output", target).ExitCode.Should().Be(0);
        var evaluated = CliRunner.Run("evaluate", target, "--format", "csv");

        Directory.GetFiles(target, "*.json").Should().HaveCount(4);
        evaluated.ExitCode.Should().Be(0, evaluated.Error);
        evaluated.Output.TrimEnd('\n').Split('\n').Should().HaveCountGreaterThan(4 * 20);
    }

    [Fact]
    public void Generate_IntoAFolderThatIsNotEmpty_IsRefused()
    {
        using var folder = new TempFolder();
        folder.Write("keep.json", "{}");

        var result = CliRunner.Run("generate", "--count", "2", "--output", folder.Path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("is not empty; give a new or empty folder so no file is overwritten");
        File.ReadAllText(Path.Combine(folder.Path, "keep.json")).Should().Be("{}");
    }

    [Fact]
    public void Engagement_WritesExactlyTheCheckedInSample()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "engagement");
        var sample = RepositoryPaths.Combine("samples", "engagement");

        var result = CliRunner.Run("generate", "--engagement", target, "--schemas", "../../schemas");

        result.ExitCode.Should().Be(0, result.Error);
        var written = Directory.GetFiles(target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target, f)).Order().ToArray();
        written.Should().Equal(Directory.GetFiles(sample, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(sample, f)).Order());
        foreach (var file in written)
        {
            File.ReadAllBytes(Path.Combine(target, file)).Should().Equal(File.ReadAllBytes(Path.Combine(sample, file)), file);
        }
    }

    [Fact]
    public void Engagement_WithoutSchemasFolder_WritesTheSchemasBeside_AndValidates()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "review");

        CliRunner.Run("generate", "--engagement", target, "--count", "5").ExitCode.Should().Be(0);
        var validated = CliRunner.Run("validate", Path.Combine(target, "engagement.json"), Path.Combine(target, "round-1"), Path.Combine(target, "round-2"));

        File.Exists(Path.Combine(target, "engagement.schema.json")).Should().BeTrue();
        File.Exists(Path.Combine(target, "attestation.schema.json")).Should().BeTrue();
        File.ReadAllText(Path.Combine(target, "round-1", Directory.GetFiles(Path.Combine(target, "round-1")).Select(Path.GetFileName).First()!))
            .Should().StartWith("{\n  \"$schema\": \"../attestation.schema.json\",");
        validated.ExitCode.Should().Be(0, validated.Output + validated.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("../schemas\nx")]
    [InlineData("/")]
    [InlineData("\\")]
    [InlineData(" ../schemas ")]
    [InlineData("/etc/schemas")]
    [InlineData("C:\\schemas")]
    [InlineData("C:schemas")]
    public void Engagement_WithAnEmptyMultiLineOrAbsoluteSchemasFolder_IsRefusedBeforeAnythingIsWritten(string schemas)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "review");

        var result = CliRunner.Run("generate", "--engagement", target, "--schemas", schemas);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("privacy-principles: --schemas ").And.Contain("expected a folder relative to the engagement folder");
        Directory.Exists(target).Should().BeFalse();
    }

    [Theory]
    [InlineData("--count", "0")]
    [InlineData("--schemas", "x")]
    public void BadCommandLine_ExitsWith2(string option, string value)
    {
        CliRunner.Run("generate", option, value).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Generate_IntoADevice_SaysItIsADevice_NotAFile()
    {
        // It said "/dev/full is a file; give a new or empty folder".
        var result = CliRunner.Run("generate", "--count", "2", "--output", "/dev/full");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: /dev/full is a character device; give a new or empty folder.\n");
    }
}
