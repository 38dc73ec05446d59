using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Outputs;

/// <summary>
/// An input of a batch that cannot be read is said in every report format that describes the batch,
/// not only on standard error: a CI system that reads only the SARIF upload or the JUnit results, a
/// GRC tool that reads only the OSCAL assessment results, or a reviewer who opens only the page,
/// learns that it was skipped and why.
/// </summary>
public class UnreadInputsInReportsTests
{
    private static string Compact(string path) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(path)).RootElement);

    // One good and one bad file in a folder: every whole-batch format written in one run.
    private static (CliRunner.Result Result, string Folder, string Bad) GoodAndBadFiles(TempFolder folder, params string[] formats)
    {
        var inputs = Path.Combine(folder.Path, "in");
        Directory.CreateDirectory(inputs);
        File.Copy(Samples.Tinpot, Path.Combine(inputs, "a-good.json"));
        var bad = Path.Combine(inputs, "b-bad.json");
        File.WriteAllText(bad, "{\n  \"vendor\": \n");
        string[] args = ["evaluate", inputs, "--date", "2026-11-01", .. formats.SelectMany(f => new[] { "--output", f + "=" + Path.Combine(folder.Path, "report." + f) })];
        return (CliRunner.Run(args), inputs, bad.Replace('\\', '/'));
    }

    // A stream with a good line, a bad line (3) and another good line.
    private static (CliRunner.Result Result, string Stream) StreamWithABadLine(TempFolder folder, string format)
    {
        var stream = folder.Write("round.ndjson", string.Join("\n", Compact(Samples.Tinpot), Compact(Samples.Copperfield), "{\"schemaVersion\": ", Compact(Samples.Harbourlight)) + "\n");
        return (CliRunner.Run("evaluate", stream, "--date", "2026-11-01", "--output", format + "=" + Path.Combine(folder.Path, "report." + format)), stream.Replace('\\', '/'));
    }

    [Fact]
    public void Sarif_ABadFileInABatch_IsAnErrorNotificationOfAFailedInvocation_AndTheLogPassesTheSarifMultitool()
    {
        using var folder = new TempFolder();

        var (result, _, bad) = GoodAndBadFiles(folder, "sarif");

        result.ExitCode.Should().Be(2);
        var sarif = Path.Combine(folder.Path, "report.sarif");
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = log.RootElement.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().Should().BeGreaterThan(0, "the good file is reported");
        var invocation = run.GetProperty("invocations").EnumerateArray().Single();
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        // Tinpot Talk's report has a note, a notification of level note after the unread input.
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();
        notifications.Skip(1).Should().NotBeEmpty().And.OnlyContain(n => n.GetProperty("level").GetString() == "note");
        var notification = notifications[0];
        notification.GetProperty("level").GetString().Should().Be("error");
        notification.GetProperty("descriptor").GetProperty("id").GetString().Should().Be("json-truncated");
        notification.GetProperty("message").GetProperty("text").GetString().Should().StartWith(bad + " could not be read, so no result is reported for it: json-truncated: ");
        var location = notification.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("file://" + bad);
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(3);
        NodeTools.SarifProblems(sarif).Should().BeEmpty();
    }

    [Fact]
    public void Sarif_ABadLineOfAStream_IsLocatedAtItsLineOfTheStream_AndTheLogPassesTheSarifMultitool()
    {
        using var folder = new TempFolder();

        var (result, stream) = StreamWithABadLine(folder, "sarif");

        result.ExitCode.Should().Be(2);
        var sarif = Path.Combine(folder.Path, "report.sarif");
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        // The stream's Tinpot Talk line has a note too: level note, after the unread line.
        var notification = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().Single(n => n.GetProperty("level").GetString() == "error");
        notification.GetProperty("message").GetProperty("text").GetString().Should().StartWith(stream + ":3 could not be read");
        var location = notification.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("file://" + stream);
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(3);
        NodeTools.SarifProblems(sarif).Should().BeEmpty();
    }

    [Fact]
    public void JUnit_ABadFileAndAMissingOne_AreErrorTestCases_CountedInTheErrorsOfTheSuites()
    {
        using var folder = new TempFolder();
        var inputs = Path.Combine(folder.Path, "in");
        Directory.CreateDirectory(inputs);
        File.Copy(Samples.Tinpot, Path.Combine(inputs, "a-good.json"));
        File.WriteAllText(Path.Combine(inputs, "b-bad.json"), "{\n  \"vendor\": \n");
        var missing = Path.Combine(folder.Path, "missing.json");
        var junit = Path.Combine(folder.Path, "report.xml");

        var result = CliRunner.Run("evaluate", inputs, missing, "--date", "2026-11-01", "--output", "junit=" + junit);

        result.ExitCode.Should().Be(2);
        var root = XDocument.Load(junit).Root!;
        root.Attribute("errors")!.Value.Should().Be("2");
        var suite = root.Elements("testsuite").First();
        suite.Attribute("name")!.Value.Should().Be("Inputs that could not be read");
        suite.Attribute("errors")!.Value.Should().Be("2");
        var cases = suite.Elements("testcase").ToArray();
        // A path that gives no document is said before any document is read, on standard error and in the reports alike.
        cases.Select(c => c.Attribute("name")!.Value).Should().Equal(missing, Path.Combine(inputs, "b-bad.json"));
        cases[0].Element("error")!.Attribute("type")!.Value.Should().Be("input-unreadable");
        cases[0].Element("error")!.Attribute("message")!.Value.Should().Be("no such file or folder (at the document root)");
        cases[1].Element("error")!.Attribute("type")!.Value.Should().Be("json-truncated");
        root.Elements("testsuite").Skip(1).Should().NotBeEmpty("the good file is reported");
    }

    [Fact]
    public void JUnit_ABadLineOfAStream_IsATestCaseNamedByTheStreamAndItsLine()
    {
        using var folder = new TempFolder();

        var (result, stream) = StreamWithABadLine(folder, "junit");

        result.ExitCode.Should().Be(2);
        var root = XDocument.Load(Path.Combine(folder.Path, "report.junit")).Root!;
        var error = root.Elements("testsuite").First().Elements("testcase").Single();
        error.Attribute("name")!.Value.Should().Be(stream + ":3");
        error.Element("error")!.Attribute("type")!.Value.Should().Be("json-truncated");
        error.Element("error")!.Value.Should().StartWith(stream + ":3:");
    }

    [Fact]
    public void MarkdownAndHtml_ABadFileInABatch_IsListedInASectionOfItsOwn()
    {
        using var folder = new TempFolder();

        var (result, _, bad) = GoodAndBadFiles(folder, "markdown", "html");

        result.ExitCode.Should().Be(2);
        var markdown = File.ReadAllText(Path.Combine(folder.Path, "report.markdown"));
        markdown.Should().StartWith("## Inputs that could not be read\n\n1 input could not be read, so this report has no result for it: fix it and run again.\n\n| input | code | where | message |\n|---|---|---|---|\n| "
            + bad.Replace("_", "\\_") + " | `json-truncated` | line 3, column 1, at /vendor | ");
        var html = File.ReadAllText(Path.Combine(folder.Path, "report.html"));
        html.Should().Contain("<h2 id=\"unread-inputs-title\">Inputs that could not be read</h2>\n<p class=\"poor\">1 input could not be read, so this report has no result for it: fix it and run again.</p>\n")
            .And.Contain("<tr><td>" + bad + "</td><td><code>json-truncated</code></td><td>line 3, column 1, at /vendor</td>");
    }

    [Fact]
    public void MarkdownAndHtml_ABadLineOfAStream_IsListedWithItsLine()
    {
        using var folder = new TempFolder();

        var (result, stream) = StreamWithABadLine(folder, "markdown");

        result.ExitCode.Should().Be(2);
        File.ReadAllText(Path.Combine(folder.Path, "report.markdown")).Should().Contain("| " + stream.Replace("_", "\\_") + ":3 | `json-truncated` | line 3, column ");
    }

    [Fact]
    public void Oscal_ABadFileAndABadLineOfAStream_AreEntriesOfTheAssessmentLogOfAResultOfTheirOwn_WithoutFindings()
    {
        using var folder = new TempFolder();
        var inputs = Path.Combine(folder.Path, "in");
        Directory.CreateDirectory(inputs);
        File.Copy(Samples.Tinpot, Path.Combine(inputs, "a-good.json"));
        var bad = Path.Combine(inputs, "b-bad.json");
        File.WriteAllText(bad, "{\n  \"vendor\": \n");
        var stream = folder.Write("round.ndjson", Compact(Samples.Copperfield) + "\n{\"schemaVersion\": \n");
        var output = Path.Combine(folder.Path, "ar.json");

        var result = CliRunner.Run("evaluate", inputs, stream, "--date", "2026-11-01", "--format", "oscal-assessment-results", "--output", output);

        result.ExitCode.Should().Be(2);
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        var results = document.RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(3, "one result per attestation read, and one for the inputs that could not be read");
        results.Take(2).Select(r => r.TryGetProperty("assessment-log", out _)).Should().AllBeEquivalentTo(false);
        var unread = results[2];
        unread.GetProperty("title").GetString().Should().Be("Inputs that could not be read");
        unread.GetProperty("description").GetString().Should().StartWith("2 inputs could not be read, so no control was assessed for them");
        OscalProps(unread).Should().Equal(("unread-inputs", "2"));
        unread.TryGetProperty("findings", out _).Should().BeFalse();
        unread.TryGetProperty("observations", out _).Should().BeFalse();
        var selections = unread.GetProperty("reviewed-controls").GetProperty("control-selections").EnumerateArray().ToList();
        selections.Select(s => s.TryGetProperty("include-all", out _) || s.TryGetProperty("include-controls", out _)).Should().AllBeEquivalentTo(false, "no control was assessed");
        var entries = unread.GetProperty("assessment-log").GetProperty("entries").EnumerateArray().ToList();
        entries.Should().HaveCount(2);
        OscalProps(entries[0]).Should().Equal(("source", bad.Replace('\\', '/')), ("error-code", "json-truncated"));
        entries[0].GetProperty("title").GetString().Should().EndWith("b-bad.json could not be read");
        entries[0].GetProperty("description").GetString().Should().StartWith("json-truncated: ").And.Contain("(line 3, column 1, at /vendor).");
        entries[0].GetProperty("start").GetString().Should().Be("2026-11-01T00:00:00Z");
        OscalProps(entries[1]).Should().Equal(("source", stream.Replace('\\', '/')), ("line", "2"), ("error-code", "json-truncated"));
    }

    [Fact]
    public void Oscal_OfAStreamOfGarbage_ListsTheFirstHundredBadLines_AndSaysHowManyMore()
    {
        using var folder = new TempFolder();
        var stream = folder.Write("garbage.ndjson", Compact(Samples.Tinpot) + "\n" + string.Concat(Enumerable.Repeat("{\n", StreamErrorLimit.MaxListed + 30)));
        var output = Path.Combine(folder.Path, "ar.json");

        var result = CliRunner.Run("evaluate", stream, "--date", "2026-11-01", "--output", "oscal-assessment-results=" + output);

        result.ExitCode.Should().Be(2);
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        var unread = document.RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray().Last();
        OscalProps(unread).Should().Equal(("unread-inputs", "130"), ("unread-inputs-not-listed", "30"));
        var entries = unread.GetProperty("assessment-log").GetProperty("entries").EnumerateArray().ToList();
        entries.Should().HaveCount(StreamErrorLimit.MaxListed + 1);
        entries[^1].GetProperty("title").GetString().Should().Be("30 more inputs could not be read and are not listed here.");
        OscalProps(entries[^1]).Should().Equal(("not-listed", "30"));
        entries.Select(e => e.GetProperty("uuid").GetString()).Should().OnlyHaveUniqueItems();
    }

    private static (string Name, string Value)[] OscalProps(JsonElement element) =>
        element.TryGetProperty("props", out var props) ? [.. props.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!))] : [];

    // The reports list the lines standard error lists, and say how many more, as it does.
    [Fact]
    public void Ndjson_OfGarbage_TheReportsListTheFirstHundredBadLines_AndSayHowManyMore()
    {
        using var folder = new TempFolder();
        var stream = folder.Write("garbage.ndjson", Compact(Samples.Tinpot) + "\n" + string.Concat(Enumerable.Repeat("{\n", StreamErrorLimit.MaxListed + 30)));
        var markdown = Path.Combine(folder.Path, "report.md");
        var junit = Path.Combine(folder.Path, "report.xml");

        var result = CliRunner.Run("evaluate", stream, "--date", "2026-11-01", "--output", "markdown=" + markdown, "--output", "junit=" + junit);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("... and 30 more lines of");
        var text = File.ReadAllText(markdown);
        text.Should().Contain("130 inputs could not be read").And.Contain("\n\n30 more inputs could not be read and are not listed here.\n\n");
        text.Split('\n').Count(l => l.Contains("`json-truncated`", System.StringComparison.Ordinal)).Should().Be(StreamErrorLimit.MaxListed);
        var suite = XDocument.Load(junit).Root!.Elements("testsuite").First();
        suite.Elements("testcase").Should().HaveCount(StreamErrorLimit.MaxListed + 1);
        suite.Elements("testcase").Last().Attribute("name")!.Value.Should().Be("more inputs not listed");
    }

    // JSON and CSV hold one report (or row) per evaluated attestation; an unread input is said on
    // standard error and in the exit code, and the shape a consumer reads never changes with it.
    [Fact]
    public void JsonAndCsv_ABadFileInABatch_KeepTheirShape_OneItemPerEvaluatedAttestation()
    {
        using var folder = new TempFolder();

        var (result, _, _) = GoodAndBadFiles(folder, "json", "csv");

        result.ExitCode.Should().Be(2);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "report.json")));
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        json.RootElement.GetArrayLength().Should().Be(1);
        File.ReadAllText(Path.Combine(folder.Path, "report.csv")).Should().NotContain("b-bad.json");
    }
}
