using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Tests.Outputs;

public class OutputPlanTests
{
    private static ReportWriter? Resolve(string format) => ReportWriters.TryGet(format, out var writer) ? writer : null;

    [Fact]
    public void NoOptions_MeansTextOnStandardOutput()
    {
        var (targets, problem) = OutputPlan.Create([], [], Resolve);

        problem.Should().BeNull();
        targets.Should().ContainSingle().Which.Should().Match<OutputTarget>(t => t.Writer.Format == "text" && t.IsStandardOutput);
    }

    [Fact]
    public void AnOutputNamesItsFormat_ByExtension_AndTheFormatNoOutputNamesGoesToStandardOutput()
    {
        var (targets, problem) = OutputPlan.Create(["json", "text"], ["report.json"], Resolve);

        problem.Should().BeNull();
        targets.Select(t => (t.Writer.Format, t.Path)).Should().Equal(("json", "report.json"), ("text", null));
    }

    [Fact]
    public void OutputsAreNotPairedByPosition_TheFormatsHelpExampleWritesEachFormatToItsOwnFile()
    {
        // Paired by position, this wrote Markdown into results.sarif and SARIF into results.xml.
        var (targets, problem) = OutputPlan.Create(["markdown", "sarif", "junit"], ["results.sarif", "results.xml"], Resolve);

        problem.Should().BeNull();
        targets.Select(t => (t.Writer.Format, t.Path)).Should().Equal(("sarif", "results.sarif"), ("junit", "results.xml"), ("markdown", null));
    }

    [Fact]
    public void FormatEqualsPath_NamesTheFormatWhateverTheFileIsCalled()
    {
        var (targets, problem) = OutputPlan.Create([], ["json=report.out", "sarif=-", "a=b.csv"], Resolve);

        problem.Should().BeNull();
        targets.Select(t => (t.Writer.Format, t.Path)).Should().Equal(("json", "report.out"), ("sarif", null), ("csv", "a=b.csv"));
    }

    [Theory]
    [InlineData("sarf=results.sarif", "sarif")]
    [InlineData("SARIF=results.sarif", "sarif")]
    [InlineData("Json=report.json", "json")]
    [InlineData("jsno=report.json", "json")]
    [InlineData("md=summary.md", "markdown")]
    [InlineData("txt=summary.txt", "text")]
    [InlineData("xml=results.xml", "junit")]
    [InlineData("junti=results.xml", "junit")]
    [InlineData("htm=page.html", "html")]
    public void AFormatPrefixThatIsAlmostAFormat_IsRefused_NotMadeAFileNamedAfterIt(string output, string meant)
    {
        // Each was written, with exit code 0, to a file named "sarf=results.sarif"; the results.sarif
        // a pipeline then uploads was never made, or was an old one.
        OutputPlan.Create([], [output], Resolve).Problem.Should().Be(
            $"--output '{output}': '{output[..output.IndexOf('=')]}' is not a format (did you mean {meant}?); expected FORMAT=PATH with FORMAT one of "
            + string.Join(", ", ReportWriters.Formats) + $"; a file whose name has '=' in it can be given as ./{output}");
    }

    [Theory]
    [InlineData("a=b.csv", "csv")]
    [InlineData("./sarf=results.sarif", "sarif")]
    [InlineData("abc=report.csv", "csv")]
    [InlineData("data=report.json", "json")]
    [InlineData("x.y=report.json", "json")]
    public void AFileNameWithAnEqualsSign_ThatNamesNoFormat_IsStillAFile(string output, string format)
    {
        var (targets, problem) = OutputPlan.Create([], [output], Resolve);

        problem.Should().BeNull();
        targets.Select(t => (t.Writer.Format, t.Path)).Should().Equal((format, output));
    }

    [Fact]
    public void Evaluate_AMistypedFormatPrefix_IsExitTwo_AndWritesNoFile()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--output", "sarf=" + Path.Combine(folder.Path, "results.sarif"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("privacy-principles: --output 'sarf=").And.Contain("(did you mean sarif?)");
        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void OneFormatAndOneOutput_GoTogether_WhateverTheExtension()
    {
        OutputPlan.Create(["json"], ["report.txt"], Resolve).Targets.Select(t => (t.Writer.Format, t.Path)).Should().Equal(("json", "report.txt"));
    }

    [Fact]
    public void AnExtensionNoFormatAsksFor_IsRefused_WithTheWayToNameIt()
    {
        OutputPlan.Create(["json", "csv"], ["a.json", "b.txt"], Resolve).Problem
            .Should().Be("--output 'b.txt' would be text (its extension), which no --format asks for; name its format: FORMAT=b.txt");
        OutputPlan.Create(["json", "csv"], ["a.json", "b.out"], Resolve).Problem
            .Should().StartWith("cannot tell the format of --output 'b.out' from its extension; name it: FORMAT=b.out");
        OutputPlan.Create(["json", "csv"], ["a.json", "-"], Resolve).Problem
            .Should().StartWith("--output - does not say which format");
        OutputPlan.Create([], ["json="], Resolve).Problem.Should().StartWith("--output 'json=' is not a file name");
    }

    [Fact]
    public void OutputWithoutFormat_TakesTheFormatFromItsExtension()
    {
        OutputPlan.Create([], ["r.json"], Resolve).Targets.Single().Writer.Format.Should().Be("json");
        OutputPlan.Create([], ["r.unknown"], Resolve).Problem.Should().StartWith("cannot tell the format of --output 'r.unknown' from its extension");
    }

    [Fact]
    public void TwoFormatsOnStandardOutput_AreRefused()
    {
        OutputPlan.Create(["json", "text"], [], Resolve).Problem.Should().Be("more than one format would go to standard output; give all but one an --output (FORMAT=PATH)");
    }

    [Fact]
    public void OneFileNamedTwice_IsRefused()
    {
        OutputPlan.Create([], ["json=a.out", "csv=a.out"], Resolve).Problem.Should().Be("--output 'a.out' is named more than once");
    }

    [Fact]
    public void Evaluate_WritesEveryFormatToItsFileAndLeavesNoTemporaryFiles()
    {
        using var folder = new TempFolder();
        var json = Path.Combine(folder.Path, "out", "report.json");

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--format", "text", "--output", json);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("Overall ");
        File.ReadAllText(json).Should().StartWith("{\n  \"reportVersion\": \"2.0\"");
        Directory.GetFiles(Path.Combine(folder.Path, "out")).Should().Equal(json);
    }

    [Fact]
    public void Evaluate_TheHelpExample_WritesEachFormatWhereItsOutputSays()
    {
        using var folder = new TempFolder();
        var sarif = Path.Combine(folder.Path, "results.sarif");
        var junit = Path.Combine(folder.Path, "results.xml");
        var json = Path.Combine(folder.Path, "report.out");

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--format", "markdown", "--format", "sarif", "--format", "junit", "--output", sarif, "--output", junit, "--output", "json=" + json);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("#");
        File.ReadAllText(sarif).Should().Contain("\"version\": \"2.1.0\"");
        File.ReadAllText(junit).Should().StartWith("<?xml").And.Contain("<testsuites");
        File.ReadAllText(json).Should().StartWith("{\n  \"reportVersion\"");
    }

    [Fact]
    public void Evaluate_UnwritableOutput_ExitsTwoAndLeavesNothingBehind()
    {
        using var folder = new TempFolder();
        var blocker = folder.Write("not-a-folder", "x");

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", Path.Combine(blocker, "report.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"privacy-principles: could not write {Path.Combine(blocker, "report.json")}: ");
        Directory.GetFiles(folder.Path).Should().Equal(blocker);
    }
}
