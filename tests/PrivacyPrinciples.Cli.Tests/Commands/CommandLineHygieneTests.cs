using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Commands;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

/// <summary>Issue 13: no response files, strict invariant numbers, SOURCE_DATE_EPOCH checked, and a bug on one document never stops a batch.</summary>
public class CommandLineHygieneTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");

    [Theory]
    [InlineData("evaluate", "-", "--waivers", "-")]
    [InlineData("evaluate", "-", "-")]
    [InlineData("evaluate", "-", "--fail-on", "regression", "--previous", "-")]
    [InlineData("diff", "-", "-")]
    public void StandardInput_NamedMoreThanOnce_IsACommandLineError(params string[] arguments)
    {
        var result = CliRunner.RunWithInput(File.ReadAllText(Samples.Copperfield), [.. arguments, "--date", "2026-11-01"]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("privacy-principles: standard input (-) is named more than once (").And.Contain("it can be read only once");
    }

    [Theory]
    [InlineData("evaluate", "--fail-undr", "--fail-under")]
    [InlineData("validate", "--kidn", "--kind")]
    [InlineData("migrate", "--in-plce", "--in-place")]
    [InlineData("evaluate", "--no-such-thing", null)]
    public void AMistypedOption_IsAnUnknownOption_NotAMissingFile(string command, string mistyped, string? meant)
    {
        // It would otherwise be read as a file name, with its value as another, and the run would go on without it.
        var result = CliRunner.Run(command, Samples.Copperfield, mistyped, "90");

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().StartWith($"privacy-principles: unknown option '{mistyped}'{(meant is null ? string.Empty : $" (did you mean {meant}?)")}; a file whose name starts with '-' can be given as ./{mistyped}\n")
            .And.NotContain("no such file");
        result.Output.Should().BeEmpty("nothing runs");
    }

    [Fact]
    public void AFileWhoseNameStartsWithADash_IsReadAfterDoubleDash_OrWhenItExists()
    {
        using var folder = new TempFolder();
        File.Copy(Samples.Copperfield, Path.Combine(folder.Path, "-odd.json"));

        ProcessRunner.Run("dotnet", [Tool, "validate", "--", "-odd.json"], folder.Path).ExitCode.Should().Be(0);
        ProcessRunner.Run("dotnet", [Tool, "validate", "./-odd.json"], folder.Path).ExitCode.Should().Be(0);
    }

    [Fact]
    public void AnArgumentStartingWithAt_IsAFileName_NotAResponseFile()
    {
        using var folder = new TempFolder();
        folder.Write("x.json", "--output\nstolen.json\n--format\njson");
        var at = folder.Copy(Samples.Copperfield);
        File.Move(at, Path.Combine(folder.Path, "@x.json"));

        var result = ProcessRunner.Run("dotnet", [Tool, "evaluate", "@x.json", "--date", "2026-11-01"], folder.Path);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("Copperfield Video Ltd — Copperfield Video");
        File.Exists(Path.Combine(folder.Path, "stolen.json")).Should().BeFalse();
    }

    [Theory]
    [InlineData("6,5")]
    [InlineData("1,000")]
    [InlineData("65e0")]
    [InlineData("NaN")]
    [InlineData(" 65")]
    [InlineData("+65")]
    [InlineData("65.")]
    public void FailUnder_IsParsedStrictly(string value)
    {
        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--fail-under", value, "--date", "2026-11-01");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"privacy-principles: '{value}' is not a number for --fail-under; expected digits with an optional decimal point, for example 62.5\n");
    }

    [Fact]
    public void FailUnder_WithADecimalPoint_IsTheSameNumberInEveryCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            CliRunner.Run("evaluate", Samples.Copperfield, "--fail-under", "99.5", "--date", "2026-11-01").Error.Should().Contain("under 99.5");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("--count", "1,000")]
    [InlineData("--count", "1e3")]
    [InlineData("--seed", "4.0")]
    public void Generate_NumbersAreParsedStrictly(string option, string value)
    {
        var result = CliRunner.Run("generate", option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"privacy-principles: '{value}' is not a whole number for {option}");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000001")]
    [InlineData("99999999999999")]
    [InlineData("-99999999999999")]
    public void Generate_ACountOutOfRange_SaysTheRange(string value)
    {
        var result = CliRunner.Run("generate", "--count", value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"privacy-principles: --count {value} is out of range; expected a count from 1 to 10000000\n");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("1793491200.0")]
    public void SourceDateEpoch_Malformed_IsAnError(string value)
    {
        var result = ProcessRunner.Run("dotnet", [Tool, "evaluate", Samples.Copperfield], environment: new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = value });

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"privacy-principles: SOURCE_DATE_EPOCH='{value}' is not a time;");
    }

    [Fact]
    public void SourceDateEpoch_Malformed_StillLetsHelpAndVersionRun()
    {
        var environment = new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "soon" };

        ProcessRunner.Run("dotnet", [Tool, "--version"], environment: environment).ExitCode.Should().Be(0);
        ProcessRunner.Run("dotnet", [Tool, "evaluate", "--help"], environment: environment).ExitCode.Should().Be(0);
    }

    [Fact]
    public void ABugOnOneDocument_IsExitThree_ButTheOtherDocumentsAreStillEvaluated()
    {
        var error = new StringWriter();
        var context = new CliContext { Out = new StringWriter(), Error = error, OpenStandardInput = () => Stream.Null };
        var documents = new[] { Samples.Tinpot, Samples.Copperfield, Samples.Harbourlight }.Select(InputDocument.File).ToArray();
        var reports = new List<EvaluationReport>();

        var run = EvaluationRun.Execute(documents, new FailingOn("copperfield", RuleSelection.Create(null, context)!), new DateTime(2026, 11, 1), null, context, reports.Add);

        (run.Evaluated, run.InternalErrors, run.Failures).Should().Be((2, 1, 0));
        reports.Select(r => r.Attestation.VendorId).Should().Equal("tinpot", "harbourlight");
        run.Unread.Listed.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Source = Samples.Copperfield.Replace('\\', '/'), Line = (int?)null });
        run.Unread.Listed[0].Errors.Should().ContainSingle().Which.Code.Should().Be(InputErrorCodes.InternalError);
        error.ToString().Should().StartWith($"privacy-principles: while evaluating {Samples.Copperfield}: InvalidOperationException: a bug\nThis is a bug in the tool;");
    }

    [Fact]
    public void ABugOnOneDocument_IsListedInEveryReportWithTheInputsThatCouldNotBeRead_AsTheToolsFault_AndTheExitCodeIsStillThree()
    {
        // A file and a line of a stream the tool fails on, beside documents it evaluates.
        using var folder = new TempFolder();
        var inputs = Directory.CreateDirectory(Path.Combine(folder.Path, "in")).FullName;
        foreach (var sample in new[] { Samples.Tinpot, Samples.Copperfield, Samples.Harbourlight })
        {
            File.Copy(sample, Path.Combine(inputs, Path.GetFileName(sample)));
        }

        var stream = folder.Write("round.ndjson", Compact(Samples.Tinpot) + "\n" + Compact(Samples.Copperfield) + "\n");
        var bugged = Path.Combine(inputs, Path.GetFileName(Samples.Copperfield)).Replace('\\', '/');
        string Report(string format) => Path.Combine(folder.Path, "report." + format);
        string[] formats = ["markdown", "sarif", "junit", "html", "oscal-assessment-results"];
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext { Out = new StringWriter(), Error = error, OpenStandardInput = () => Stream.Null };
        var command = EvaluateCommand.Create(context, inner => new FailingOn("copperfield", inner));

        var exit = command.Parse([inputs, stream, "--date", "2026-11-01", "--parallel", "2", .. formats.SelectMany(f => new[] { "--output", f + "=" + Report(f) })])
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = context.Out, Error = error, EnableDefaultExceptionHandler = false });

        exit.Should().Be(3, error.ToString());
        error.ToString().Should().Contain($"privacy-principles: while evaluating {Path.Combine(inputs, Path.GetFileName(Samples.Copperfield))}: InvalidOperationException: a bug\n")
            .And.EndWith("Evaluated 3 attestations; the tool failed on 2 inputs (a bug).\n");

        var markdown = File.ReadAllText(Report("markdown"));
        markdown.Should().Contain("2 inputs could not be read, so this report has no result for them: the tool failed on them (a bug, marked internal-error), so there is nothing to fix in them; report it.");
        markdown.Split('\n').Where(l => l.Contains("| `internal-error` |", StringComparison.Ordinal)).Should().HaveCount(2)
            .And.Contain(l => l.Contains("round.ndjson:2 |", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("copperfield-video.json |", StringComparison.Ordinal) && l.Contains("a bug in the tool, not a fault of the input", StringComparison.Ordinal));
        File.ReadAllText(Report("html")).Split("<code>internal-error</code>").Should().HaveCount(3);

        using var sarif = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Report("sarif")));
        // The unread inputs are the error notifications; the reports' notes follow at level note.
        var notifications = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().Where(n => n.GetProperty("level").GetString() == "error").ToList();
        notifications.Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()).Should().Equal("internal-error", "internal-error");
        notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("file://" + bugged);

        var junit = System.Xml.Linq.XDocument.Load(Report("junit")).Root!;
        var cases = junit.Elements("testsuite").First().Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")!.Value).Should().Equal(bugged, stream.Replace('\\', '/') + ":2");
        cases.Select(c => c.Element("error")!.Attribute("type")!.Value).Should().Equal("internal-error", "internal-error");

        using var oscal = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Report("oscal-assessment-results")));
        var results = oscal.RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(4, "three attestations evaluated, and the inputs that could not be");
        results[3].GetProperty("assessment-log").GetProperty("entries").EnumerateArray()
            .SelectMany(e => e.GetProperty("props").EnumerateArray()).Where(p => p.GetProperty("name").GetString() == "error-code")
            .Select(p => p.GetProperty("value").GetString()).Should().Equal("internal-error", "internal-error");
    }

    private static string Compact(string path) => System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement);

    private sealed class FailingOn(string vendorId, IDocumentEvaluator inner) : IDocumentEvaluator
    {
        public PrivacyPrinciples.Rules.RuleSet RuleSet => inner.RuleSet;

        public EvaluationReport Evaluate(ReadResult<Attestation> document, DateTime evaluatedOn) =>
            document.Value?.Vendor.Id == vendorId ? throw new InvalidOperationException("a bug") : inner.Evaluate(document, evaluatedOn);
    }
}
