using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class EngagementCommandTests
{
    private static readonly string Sample = RepositoryPaths.Combine("samples", "engagement", "engagement.json");

    [Fact]
    public void Engagement_OnTheSample_NamesTheNonResponder_AndComparesTheRounds()
    {
        var result = CliRunner.Run("engagement", Sample);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("21 of 22 invited vendors responded.");
        result.Output.Should().Contain("No response from: **Mistlewave Systems B.V.** (`mistlewave-0015`).");
        result.Output.Should().Contain("### What changed since First round");
        result.Error.Should().Be("round-2: 21 of 22 invited vendors responded; no response from Mistlewave Systems B.V.\n");
    }

    [Fact]
    public void Engagement_EveryFormat_AndOneLetterPerInvitedVendor()
    {
        using var folder = new TempFolder();
        string Out(string name) => Path.Combine(folder.Path, name);

        var result = CliRunner.Run("engagement", Sample, "--round", "round-1",
            "--format", "html", "--format", "json", "--format", "csv", "--format", "markdown",
            "--output", Out("r.html"), "--output", Out("r.json"), "--output", Out("r.csv"), "--output", Out("r.md"),
            "--letters", Out("letters"));

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(Out("r.html")).Should().StartWith("<!DOCTYPE html>").And.Contain("Mistlewave Systems B.V.");
        using (var json = JsonDocument.Parse(File.ReadAllText(Out("r.json"))))
        {
            json.RootElement.GetProperty("round").GetProperty("id").GetString().Should().Be("round-1");
            json.RootElement.GetProperty("responses").GetArrayLength().Should().Be(22);
        }

        // One row per invited vendor and expectation in scope, and the non-responder's rows too.
        var vendorId = Array.IndexOf(File.ReadLines(Out("r.csv")).First().Split(','), "vendor_id");
        File.ReadLines(Out("r.csv")).Skip(1).Select(l => l.Split(',')[vendorId]).Distinct().Should().HaveCount(22);
        File.ReadAllText(Out("r.md")).Should().StartWith("# Video-teleconferencing privacy review (synthetic, seed 1): First round");
        Directory.GetFiles(Out("letters"), "*.md").Should().HaveCount(22);
        File.ReadAllText(Out("letters/mistlewave-0015.md")).Should().Contain("We have not received a response");
    }

    [Theory]
    [InlineData("a-file")]
    [InlineData("/dev/null")]
    [InlineData("-")]
    public void Engagement_LettersIntoSomethingThatIsNotAFolder_IsOneErrorAndExit2(string letters)
    {
        using var folder = new TempFolder();
        var target = letters == "a-file" ? Path.Combine(folder.Path, letters) : letters;
        if (letters == "a-file")
        {
            File.WriteAllText(target, "kept");
        }

        var result = CliRunner.Run("engagement", Sample, "--format", "json", "--output", Path.Combine(folder.Path, "e.json"), "--letters", target);

        result.ExitCode.Should().Be(2);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().StartWith($"privacy-principles: --letters {target}: ");
        File.Exists(Path.Combine(folder.Path, "e.json")).Should().BeFalse("nothing is written when the command line is wrong");
        if (letters == "a-file")
        {
            File.ReadAllText(target).Should().Be("kept");
        }
    }

    [Fact]
    public void Engagement_UnknownRound_ExitsWith2()
    {
        var result = CliRunner.Run("engagement", Sample, "--round", "round-9");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("has no round 'round-9'; it has round-1, round-2.");
    }
}
