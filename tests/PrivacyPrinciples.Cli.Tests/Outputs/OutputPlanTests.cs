using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Tests.Outputs;

public class OutputPlanTests
{
    private static IReportWriter? Resolve(string format) => ReportWriters.TryGet(format, out var writer) ? writer : null;

    [Fact]
    public void NoOptions_MeansTextOnStandardOutput()
    {
        var (targets, problem) = OutputPlan.Create([], [], Resolve);

        problem.Should().BeNull();
        targets.Should().ContainSingle().Which.Should().Match<OutputTarget>(t => t.Writer.Format == "text" && t.IsStandardOutput);
    }

    [Fact]
    public void FormatsAndOutputs_PairInOrder_TheExtraFormatGoesToStandardOutput()
    {
        var (targets, problem) = OutputPlan.Create(["json", "text"], ["report.json"], Resolve);

        problem.Should().BeNull();
        targets.Select(t => (t.Writer.Format, t.Path)).Should().Equal(("json", "report.json"), ("text", null));
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
        OutputPlan.Create(["json", "text"], [], Resolve).Problem.Should().Be("more than one format would go to standard output; give an --output file for all but one --format");
    }

    [Fact]
    public void MoreOutputsThanFormats_AreRefused()
    {
        OutputPlan.Create(["json"], ["a.json", "b.json"], Resolve).Problem.Should().StartWith("there are more --output values (2) than --format values (1)");
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
