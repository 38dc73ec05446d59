using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Tests.Outputs;

/// <summary>
/// The outputs that need the whole batch keep its reports until the end; what they keep is bounded
/// by the number of reports and by what the reports hold, so that a few huge reports cannot exhaust
/// memory where thousands of ordinary ones do not.
/// </summary>
public class ReportSinkTests
{
    private static readonly EvaluationReport[] Reports =
        [.. new[] { Samples.Copperfield, Samples.Tinpot, Samples.Harbourlight }.Select(p => new AttestationEvaluator().Evaluate(new AttestationReader().ReadFile(p), new DateTime(2026, 11, 1)))];

    [Fact]
    public void AReportThatWouldPassTheMostPartsKept_GivesUpTheWholeBatchOutputs_AndTheStreamingOnesAreComplete()
    {
        using var folder = new TempFolder();
        var markdown = Path.Combine(folder.Path, "batch.md");
        var csv = Path.Combine(folder.Path, "batch.csv");
        var error = new StringWriter();
        var context = new CliContext { Out = new StringWriter(), Error = error, OpenStandardInput = () => Stream.Null };
        var fits = ReportSink.Parts(Reports[0]) + ReportSink.Parts(Reports[1]);

        int failures;
        using (var sink = new ReportSink([new OutputTarget(new MarkdownReportWriter(), markdown), new OutputTarget(new CsvReportWriter(), csv)], new ReportBatch(), context, mostKept: 10, mostKeptParts: fits))
        {
            sink.Open().Should().Be(0);
            foreach (var report in Reports)
            {
                sink.Add(report);
            }

            failures = sink.Complete();
        }

        failures.Should().Be(1);
        error.ToString().Should().Be($"privacy-principles: {markdown}: not written: --format markdown needs every report of the batch at once, and the batch is too large to hold (more than 10 attestations, or more than {fits.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} results, reasons, questions and evidence findings in all); expected a smaller batch, or --format json, csv or text, which are written one report at a time\n");
        File.Exists(markdown).Should().BeFalse();
        File.ReadAllText(csv).Should().Contain("Copperfield").And.Contain("Tinpot").And.Contain("Harbourlight");
    }

    [Fact]
    public void ReportsWithinBothBounds_AreAllWritten()
    {
        using var folder = new TempFolder();
        var markdown = Path.Combine(folder.Path, "batch.md");
        var context = new CliContext { Out = new StringWriter(), Error = new StringWriter(), OpenStandardInput = () => Stream.Null };
        var all = Reports.Sum(ReportSink.Parts);

        using (var sink = new ReportSink([new OutputTarget(new MarkdownReportWriter(), markdown)], new ReportBatch(), context, mostKept: Reports.Length, mostKeptParts: all))
        {
            sink.Open().Should().Be(0);
            foreach (var report in Reports)
            {
                sink.Add(report);
            }

            sink.Complete().Should().Be(0);
        }

        File.ReadAllText(markdown).Should().StartWith("# 3 attestations against ");
    }

    [Fact]
    public void Parts_CountResultsReasonsQuestionsAndFindings()
    {
        var report = Reports[0];

        ReportSink.Parts(report).Should().Be(1 + report.Expectations.Sum(e => 1 + e.Reasons.Count + e.FollowUps.Count + e.Evidence.Count));
        ReportSink.Parts(report).Should().BeInRange(100, 1_000, "a sample report is of the size the bound is made for");
    }
}
