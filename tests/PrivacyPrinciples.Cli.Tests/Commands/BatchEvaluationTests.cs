using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class BatchEvaluationTests
{
    private static string Compact(string path) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(path)).RootElement);

    [Fact]
    public void Ndjson_EachLineIsAnAttestation_ABrokenLineIsNamedByItsLineAndTheOthersGoOn()
    {
        using var folder = new TempFolder();
        var stream = folder.Write("batch.ndjson", string.Join("\n", Compact(Samples.Tinpot), string.Empty, "{\"broken\": ", Compact(Samples.Copperfield)) + "\n");

        var result = CliRunner.Run("evaluate", stream, "--format", "json");

        result.ExitCode.Should().Be(2);
        using var reports = JsonDocument.Parse(result.Output);
        reports.RootElement.EnumerateArray().Select(r => r.GetProperty("attestation").GetProperty("source").GetString())
            .Should().Equal($"{stream}:1", $"{stream}:4");
        result.Error.Should().Contain($"privacy-principles: {stream}:3 is not a valid attestation (1 error):\n  {stream}:3:12: error json-truncated:");
        result.Error.Should().EndWith("Evaluated 2 attestations; 1 input could not be read.\n");
    }

    // The formats that need the whole batch keep every report until the end: past a bound they are
    // given up, with a message, so a batch of any size runs in bounded memory; the streaming
    // outputs of the same run are complete.
    [Theory]
    [InlineData(PrivacyPrinciples.Cli.Outputs.ReportSink.MostKept, true)]
    [InlineData(PrivacyPrinciples.Cli.Outputs.ReportSink.MostKept + 1, false)]
    public void WholeBatchFormats_PastTheMostReportsKept_AreNotWritten_AndTheStreamingOutputsAre(int count, bool written)
    {
        using var folder = new TempFolder();
        var line = Compact(Samples.Tinpot) + "\n";
        var stream = folder.Write("batch.ndjson", string.Concat(Enumerable.Repeat(line, count)));
        var markdown = Path.Combine(folder.Path, "batch.md");
        var csv = Path.Combine(folder.Path, "batch.csv");

        var result = CliRunner.Run("evaluate", stream, "--date", "2026-11-01", "--format", "markdown", "--format", "csv", "--output", "markdown=" + markdown, "--output", "csv=" + csv);

        File.ReadLines(csv).Count().Should().BeGreaterThan(count, "every attestation has its rows");
        if (written)
        {
            result.ExitCode.Should().Be(0, result.Error);
            File.ReadLines(markdown).First().Should().StartWith("# " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " attestations against ");
        }
        else
        {
            result.ExitCode.Should().Be(2);
            result.Error.Should().Contain($"privacy-principles: {markdown}: not written: --format markdown needs every report of the batch at once, and the batch is too large to hold (more than 5,000 attestations, or more than 2,000,000 results, reasons, questions and evidence findings in all); expected a smaller batch, or --format json, csv or text, which are written one report at a time\n");
            File.Exists(markdown).Should().BeFalse();
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["batch.ndjson", "batch.csv"], "no temporary file is left behind");
        }
    }

    [Fact]
    public void Ndjson_FromStandardInput()
    {
        var input = Compact(Samples.Tinpot) + "\n" + Compact(Samples.Harbourlight) + "\n";

        var result = CliRunner.RunWithInput(input, "evaluate", "-", "--ndjson", "--format", "csv");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.TrimEnd('\n').Split('\n').Should().HaveCount(1 + 74);
    }

    [Fact]
    public void StreamedJson_IsByteForByteWhatTheWholeBatchWouldBe()
    {
        using var folder = new TempFolder();
        var streamed = Path.Combine(folder.Path, "streamed.json");

        CliRunner.Run("evaluate", PrivacyPrinciples.Testing.RepositoryPaths.Samples, "--format", "json", "--output", streamed, "--date", "2026-11-01").ExitCode.Should().Be(0);

        var reports = Directory.GetFiles(PrivacyPrinciples.Testing.RepositoryPaths.Samples, "*.json").Order(System.StringComparer.Ordinal)
            .Select(p => new PrivacyPrinciples.Evaluation.AttestationEvaluator().Evaluate(new PrivacyPrinciples.Attestations.AttestationReader().ReadFile(p), new System.DateTime(2026, 11, 1)))
            .ToArray();
        File.ReadAllText(streamed).Should().Be(PrivacyPrinciples.Serialization.PrivacyPrinciplesJson.Serialize(reports));
    }

    [Fact]
    public void EmptyStream_WritesAnEmptyArray_ButIsAnErrorNotASilentPass_Issue13()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.ndjson", "\n\n");

        var result = CliRunner.Run("evaluate", empty, "--format", "json", "--fail-on", "baseline", "--fail-under", "90");

        result.ExitCode.Should().Be(2);
        result.Output.Should().Be("[]\n");
        result.Error.Should().Be($"privacy-principles: {empty} holds no attestation (it is empty or only blank lines); expected one JSON attestation per line\n");
    }

    [Fact]
    public void AdversarialCorpus_WithAGoodFile_ExitsTwo_NamesEveryBadFile_AndStillEvaluatesTheGoodOnes()
    {
        var corpus = PrivacyPrinciples.Testing.RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Fixtures", "adversarial", "attestations");
        var files = Directory.GetFiles(corpus, "*.json");

        var result = CliRunner.Run("evaluate", corpus, Samples.Copperfield, "--format", "csv");

        result.ExitCode.Should().Be(2);
        result.Error.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain("internal error");
        var lines = result.Output.TrimEnd('\n').Split('\n');
        var source = Array.IndexOf(lines[0].Split(','), "source");
        var evaluated = lines.Skip(1).Select(l => Path.GetFileName(l.Split(',')[source])).Distinct().ToArray();
        evaluated.Should().Contain("copperfield-video.json");
        // Some hostile files are valid by decision (text kept as data and neutralised, unknown ids ignored with a note); every other one is named.
        using var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "..", "expected.json")));
        var valid = expected.RootElement.EnumerateObject().Count(e => e.Name.StartsWith("attestations/", System.StringComparison.Ordinal) && e.Value.TryGetProperty("valid", out _));
        valid.Should().BeGreaterThan(3);
        evaluated.Should().HaveCount(1 + valid);
        result.Error.Should().EndWith($"Evaluated {1 + valid} attestations; {files.Length - valid} inputs could not be read.\n");
        result.Error.Should().NotContain("\u001b").And.NotContain("\u202E");
    }

    [Fact]
    public void AdversarialCorpus_EveryBadFile_GetsTheReadersErrorAtItsPosition_NotAnotherKindsMessage()
    {
        // The tool tells a document's kind before reading it; a guess gone wrong ("[1, 2, 3]" once
        // was "a report, not an attestation") would hide the reader's own error and its position.
        var corpus = PrivacyPrinciples.Testing.RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Fixtures", "adversarial", "attestations");
        using var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "..", "expected.json")));

        // Named one by one: a file named is told apart by kind, where a folder's files are all attestations.
        var result = CliRunner.Run(["evaluate", .. Directory.GetFiles(corpus, "*.json").Order(System.StringComparer.Ordinal), "--format", "csv"]);

        var checkedFiles = 0;
        foreach (var entry in expected.RootElement.EnumerateObject().Where(e => e.Name.StartsWith("attestations/", System.StringComparison.Ordinal)))
        {
            if (!entry.Value.TryGetProperty("code", out var code))
            {
                continue;
            }

            var file = Path.GetFileName(entry.Name);
            var at = entry.Value.TryGetProperty("line", out var line) ? $"{file}:{line.GetInt32()}:{entry.Value.GetProperty("column").GetInt32()}: error " : $"{file}: error ";
            result.Error.Should().Contain(at + code.GetString(), "the reader's error for {0}", file);
            checkedFiles++;
        }

        checkedFiles.Should().BeGreaterThan(40);
        result.Error.Should().NotContain("input-kind");
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(250, true)]
    public void Ndjson_OfGarbage_ListsTheFirstHundredBadLines_ThenSaysHowManyMoreInOneLine(int lines, bool cut)
    {
        // 200,000 lines of "{" wrote 400,000 lines to standard error; the count stays whole.
        var input = string.Concat(Enumerable.Repeat("{\n", lines));

        var result = CliRunner.RunWithInput(input, "evaluate", "-", "--ndjson", "--format", "json", "--parallel", "2");

        result.ExitCode.Should().Be(2);
        result.Output.Should().Be("[]\n");
        var listed = result.Error.Split('\n').Count(l => l.EndsWith(" is not a valid attestation (1 error):", StringComparison.Ordinal));
        listed.Should().Be(PrivacyPrinciples.Cli.Outputs.StreamErrorLimit.MaxListed);
        result.Error.Should().Contain("privacy-principles: <stdin>:100 is not a valid attestation").And.NotContain("<stdin>:101 ");
        result.Error.Should().EndWith(cut
            ? $"privacy-principles: ... and {lines - 100} more lines of <stdin> could not be read (the first 100 are listed above)\nEvaluated 0 attestations; {lines} inputs could not be read.\n"
            : $"error json-truncated: the JSON ends before it is complete (1 object or array still open); the file may be truncated (at the document root)\nEvaluated 0 attestations; {lines} inputs could not be read.\n");
    }

    [Fact]
    public void Ndjson_OfGarbage_IsLimitedPerStream_AndEachStreamSaysItsOwnRestInItsPlace()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.ndjson", string.Concat(Enumerable.Repeat("not json\n", 101)));
        var second = folder.Write("b.ndjson", Compact(Samples.Tinpot) + "\n" + string.Concat(Enumerable.Repeat("[\n", 102)));

        var result = CliRunner.Run("evaluate", first, second, "--format", "csv");

        result.ExitCode.Should().Be(2);
        var summaries = result.Error.Split('\n').Where(l => l.Contains(" more line", StringComparison.Ordinal)).ToArray();
        summaries.Should().Equal(
            $"privacy-principles: ... and 1 more line of {first} could not be read (the first 100 are listed above)",
            $"privacy-principles: ... and 2 more lines of {second} could not be read (the first 100 are listed above)");
        result.Error.IndexOf(summaries[0], StringComparison.Ordinal).Should().BeLessThan(result.Error.IndexOf($"{second}:2 ", StringComparison.Ordinal), "a stream's rest is said where the stream ends");
        result.Error.Should().EndWith("Evaluated 1 attestation; 203 inputs could not be read.\n");
    }
}
