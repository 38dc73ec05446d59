using System.Linq;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Tests.Reporting;

public class ReportWritersTests
{
    public static TheoryData<string> Formats => [.. ReportWriters.Formats];

    public static TheoryData<string> StreamingFormats => [.. ReportWriters.All.Where(w => w is StreamingReportWriter).Select(w => w.Format)];

    [Fact]
    public void All_ListsEveryFormatInHelpOrder()
    {
        ReportWriters.Formats.Should().Equal("text", "json", "markdown", "sarif", "junit", "html", "csv");
        ReportWriters.All.Select(w => w.FileExtension).Should().Equal(".txt", ".json", ".md", ".sarif", ".xml", ".html", ".csv");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TryGet_KnownFormat_FindsItsWriter(string format)
    {
        ReportWriters.TryGet(format, out var writer).Should().BeTrue();
        writer!.Format.Should().Be(format);
        writer!.GetType().IsSealed.Should().BeTrue();
    }

    [Theory]
    [InlineData("Markdown")]
    [InlineData("xml")]
    [InlineData("")]
    public void TryGet_UnknownFormat_FindsNothing(string format)
    {
        ReportWriters.TryGet(format, out _).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_SameBatchTwice_GivesTheSameText(string format)
    {
        var writer = Find(format);
        var batch = ReportBatches.Golden();

        writer.Render(batch).Should().Be(writer.Render(ReportBatches.Golden()));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_InAnyCulture_GivesTheSameText(string format)
    {
        var writer = Find(format);
        var batch = ReportBatches.Samples();
        var invariant = writer.Render(batch);

        foreach (var culture in new[] { "de-DE", "fr-FR", "ar-SA", "tr-TR" })
        {
            using (new CultureScope(culture))
            {
                writer.Render(batch).Should().Be(invariant, culture);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ReadEvaluateAndWrite_InAnyCulture_GivesTheSameBytes(string format)
    {
        // The whole path, from the files on disk to the written bytes, runs under each culture.
        var writer = Find(format);
        var invariant = writer.Render(ReportBatches.Samples());

        foreach (var culture in new[] { "tr-TR", "ar-SA", "de-DE", "th-TH" })
        {
            using (new CultureScope(culture))
            {
                writer.Render(ReportBatches.Samples()).Should().Be(invariant, culture);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_UsesLineFeedsOnly(string format)
    {
        var writer = Find(format);

        writer.Render(ReportBatches.Samples()).Should().NotContain("\r").And.EndWith("\n");
    }

    [Fact]
    public void All_StreamsTheFormatsThatNeedNoWholeBatch()
    {
        // Markdown and HTML open with a summary of every report, JUnit with totals, SARIF is one JSON document: they need the whole batch.
        ReportWriters.All.Where(w => w is StreamingReportWriter).Select(w => w.Format).Should().Equal("text", "json", "csv");
    }

    [Theory]
    [MemberData(nameof(StreamingFormats))]
    public void WriteOneReportAtATime_GivesTheSameTextAsWrite(string format)
    {
        var writer = Find(format);
        var streaming = (StreamingReportWriter)writer;
        var batch = ReportBatches.Samples();

        var text = new System.IO.StringWriter();
        streaming.WriteStart(batch with { Reports = [] }, text);
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            streaming.WriteReport(batch, batch.Reports[i], i, text);
        }

        streaming.WriteEnd(batch with { Reports = [] }, batch.Reports.Count, text);

        text.ToString().Should().Be(writer.Render(batch));
    }

    private static ReportWriter Find(string format) =>
        ReportWriters.TryGet(format, out var writer) ? writer : throw new Xunit.Sdk.XunitException($"No writer for '{format}'.");
}
