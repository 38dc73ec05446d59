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
    public void Engagement_AResponseThatCannotBeRead_NamesItsVendorAsUnreadable_WithTheError_InEveryFormat()
    {
        // Regression (engage-23): Bellingfell sent a truncated file and was reported as never having responded.
        using var folder = new TempFolder();
        CopyFolder(Path.GetDirectoryName(Sample)!, folder.Path);
        var broken = Path.Combine(folder.Path, "round-2", "bellingfell-0010.json");
        File.WriteAllText(broken, File.ReadAllText(broken).AsSpan(0, 500));
        string Out(string name) => Path.Combine(folder.Path, "out", name);

        var result = CliRunner.Run("engagement", Path.Combine(folder.Path, "engagement.json"),
            "--format", "markdown", "--format", "json", "--format", "csv", "--format", "html",
            "--output", Out("r.md"), "--output", Out("r.json"), "--output", Out("r.csv"), "--output", Out("r.html"), "--letters", Out("letters"));

        result.ExitCode.Should().Be(2, "an input could not be read");
        var error = $"{broken}:16:119: error json-truncated: ";
        result.Error.Should().Contain(error).And.EndWith("round-2: 21 of 22 invited vendors responded; no response from Mistlewave Systems B.V.; response unreadable from Bellingfell Systems Pty Ltd.\n");
        File.ReadAllText(Out("r.md")).Should().Contain("| Bellingfell Systems Pty Ltd | **response unreadable** |").And.Contain("- **Bellingfell Systems Pty Ltd** (`bellingfell-0010`): ").And.Contain("error json-truncated: ");
        File.ReadAllText(Out("r.html")).Should().Contain("<li>Bellingfell Systems Pty Ltd (<code>bellingfell-0010</code>): " + error);
        using (var json = JsonDocument.Parse(File.ReadAllText(Out("r.json"))))
        {
            var response = json.RootElement.GetProperty("responses").EnumerateArray().Single(r => r.GetProperty("vendorId").GetString() == "bellingfell-0010");
            response.GetProperty("status").GetString().Should().Be("unreadable");
            var first = response.GetProperty("unreadable")[0].GetProperty("errors")[0];
            (first.GetProperty("code").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()).Should().Be(("json-truncated", 16, 119));
        }

        File.ReadLines(Out("r.csv")).Where(l => l.Contains(",bellingfell-0010,", StringComparison.Ordinal)).Should().OnlyContain(l => l.Contains(",unreadable,false," + broken + ",", StringComparison.Ordinal)).And.HaveCount(37);
        File.ReadAllText(Out("letters/bellingfell-0010.md")).Should().Contain("Thank you for your response in Follow-up round").And.Contain("We could not read it, so it has not been evaluated").And.Contain("- bellingfell-0010.json: ").And.NotContain(folder.Path);
    }

    [Fact]
    public void Engagement_APostdatedSecondResponse_IsListedAsTheDuplicate_AndTheGenuineOneIsReported()
    {
        // Regression (engage-23): a copy dated after the evaluation date won the round's duplicate check.
        using var folder = new TempFolder();
        CopyFolder(Path.GetDirectoryName(Sample)!, folder.Path);
        var genuine = Path.Combine(folder.Path, "round-2", "bellingfell-0010.json");
        var postdated = Path.Combine(folder.Path, "round-2", "bellingfell-0010-resent.json");
        File.WriteAllText(postdated, File.ReadAllText(genuine).Replace("\"attestedOn\": \"2026-10-08\"", "\"attestedOn\": \"2027-06-01\"", StringComparison.Ordinal));

        var result = CliRunner.Run("engagement", Path.Combine(folder.Path, "engagement.json"), "--format", "json");

        result.ExitCode.Should().Be(2, "two responses of one service are a problem of the round");
        result.Error.Should().Contain($"{postdated}: error engagement-duplicate-response: round 'round-2' holds two responses of Bellingfell Systems Pty Ltd — Bellingfell Live (Business): this one, dated 2027-06-01, after the round's evaluation date 2026-11-30, and a response dated after the evaluation date never replaces one dated on or before it and {genuine}, attested 2026-10-08, which is used;");
        using var json = JsonDocument.Parse(result.Output);
        var response = json.RootElement.GetProperty("responses").EnumerateArray().Single(r => r.GetProperty("vendorId").GetString() == "bellingfell-0010");
        response.GetProperty("submissions").EnumerateArray().Single().GetProperty("attestedOn").GetString().Should().Be("2026-10-08");
    }

    [Fact]
    public void Engagement_AFolderOfResponses_ReadsTheirJsonFilesWhateverTheCaseOfTheExtension_AndAPatternStillMatchesExactly()
    {
        // On Linux a folder's *.json matched case-sensitively: BELLINGFELL-0010.JSON was skipped without
        // a word and its vendor called silent, where Windows and macOS read it.
        using var folder = new TempFolder();
        CopyFolder(Path.GetDirectoryName(Sample)!, folder.Path);
        var engagement = Path.Combine(folder.Path, "engagement.json");
        File.WriteAllText(engagement, File.ReadAllText(engagement).Replace("\"round-2/*.json\"", "\"./round-2\"", StringComparison.Ordinal));
        File.Move(Path.Combine(folder.Path, "round-2", "bellingfell-0010.json"), Path.Combine(folder.Path, "round-2", "BELLINGFELL-0010.JSON"));

        var asFolder = CliRunner.Run("engagement", engagement, "--format", "json");
        File.WriteAllText(engagement, File.ReadAllText(engagement).Replace("\"./round-2\"", "\"round-2/*.json\"", StringComparison.Ordinal));
        var asPattern = CliRunner.Run("engagement", engagement, "--format", "json");

        asFolder.ExitCode.Should().Be(0, asFolder.Error);
        asFolder.Error.Should().EndWith("round-2: 21 of 22 invited vendors responded; no response from Mistlewave Systems B.V.\n");
        asPattern.Error.Should().Contain("no response from Bellingfell Systems Pty Ltd", "a pattern the engagement writes matches names exactly, as documented");
    }

    [Fact]
    public void Engagement_ALettersFolderThatCannotBeMade_IsOneLine_NotOnePerLetter()
    {
        // Under a file, each of the 22 letters failed on a line of its own, for the same reason.
        using var folder = new TempFolder();
        var file = folder.Write("a-file", "x");
        var letters = Path.Combine(file, "letters");

        var result = CliRunner.Run("engagement", Sample, "--format", "json", "--output", Path.Combine(folder.Path, "e.json"), "--letters", letters);

        result.ExitCode.Should().Be(2);
        result.Error.Split('\n').Where(l => l.StartsWith("privacy-principles: ", StringComparison.Ordinal) && !l.Contains(" note: ", StringComparison.Ordinal)).Should().Equal(
            $"privacy-principles: --letters {letters}: the folder does not exist; none of the 22 letters was written");
        File.Exists(Path.Combine(folder.Path, "e.json")).Should().BeTrue("the report does not depend on the letters");
        File.ReadAllText(file).Should().Be("x");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
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
