using System;
using System.Linq;
using System.IO;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class InitCommandTests
{
    [Fact]
    public void Init_ThenValidate_Succeeds()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "privacy", "attestation.json");

        var init = CliRunner.Run("init", "--output", path, "--vendor-id", "northwind", "--vendor", "Northwind Video", "--service", "Northwind Meet", "--audience", "education", "--audience", "children");
        var validate = CliRunner.Run("validate", path);

        init.ExitCode.Should().Be(0, init.Error);
        validate.ExitCode.Should().Be(0, validate.Error);
        validate.Output.Should().Contain("valid attestation (37 answers");
        File.Exists(Path.Combine(folder.Path, "privacy", "attestation.schema.json")).Should().BeTrue("editors resolve the $schema reference next to the template");
    }

    [Fact]
    public void Init_WritesEveryExpectationWithItsGuidanceAndASchemaReference()
    {
        var result = CliRunner.Run("init", "--output", "-");

        result.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.EnumerateObject().First().Name.Should().Be("$schema");
        root.GetProperty("$schema").GetString().Should().Be("attestation.schema.json");
        root.GetProperty("attestedOn").GetString().Should().Be("2026-11-01", "today, from the clock");
        var answers = root.GetProperty("answers");
        answers.EnumerateObject().Should().HaveCount(35, "KYA-03 applies only to services for children, SEC-11 only to health care and education");
        answers.GetProperty("SEC-02").GetProperty("status").GetString().Should().Be("notImplemented");
        answers.GetProperty("SEC-02").GetProperty("guidance").GetString().Should().StartWith("End-to-end encryption is available to every user, in group calls too. Say on which tiers and platforms");
        result.Error.Should().Contain("privacy-principles schema attestation --output attestation.schema.json");
    }

    [Theory]
    [InlineData("/dev/stdout")]
    [InlineData("/dev/fd/1")]
    [InlineData("/proc/self/fd/1")]
    public void Init_ToAPathThatIsStandardOutput_WritesOnlyTheTemplateThere(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // These paths name standard output only where the system has them.
        }

        // A line about the run after the template would make the stream no JSON reader accepts.
        var result = CliRunner.Run("init", "--output", path, "--vendor-id", "fictional", "--vendor", "Fictional Video", "--service", "Fictional Meet");

        result.ExitCode.Should().Be(0, result.Error);
        JsonDocument.Parse(result.Output).RootElement.GetProperty("vendor").GetProperty("name").GetString().Should().Be("Fictional Video");
        result.Error.Should().Contain("the template refers to");
    }

    [Fact]
    public void Init_ExistingFile_IsNotOverwrittenWithoutForce()
    {
        using var folder = new TempFolder();
        var path = folder.Write("attestation.json", "precious");

        var refused = CliRunner.Run("init", "--output", path);
        File.ReadAllText(path).Should().Be("precious");
        var forced = CliRunner.Run("init", "--output", path, "--force");

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Be($"privacy-principles: {path} exists; use --force to overwrite it.\n");
        forced.ExitCode.Should().Be(0);
        File.ReadAllText(path).Should().StartWith("{");
    }

    [Fact]
    public void Init_BadVendorId_IsExplained()
    {
        var result = CliRunner.Run("init", "--output", "-", "--vendor-id", "Not An Id");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("\"Not An Id\" is not valid here: expected a stable vendor identifier");
        result.Output.Should().BeEmpty();
    }
}
