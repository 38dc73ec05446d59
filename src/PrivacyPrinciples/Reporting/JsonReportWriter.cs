using System;
using System.IO;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Reporting;

/// <summary>The full reports as JSON (<c>schemas/report.schema.json</c>): one object for a single input, otherwise an array, written one report at a time.</summary>
public sealed class JsonReportWriter : StreamingReportWriter
{
    /// <inheritdoc/>
    public override string Format => "json";

    /// <inheritdoc/>
    public override string FileExtension => ".json";


    /// <inheritdoc/>
    public override void WriteStart(ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        if (!batch.AsSingleReport)
        {
            writer.Write('[');
        }
    }

    /// <inheritdoc/>
    public override void WriteReport(ReportBatch batch, EvaluationReport report, int index, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        _ = report ?? throw new ArgumentNullException(nameof(report));
        if (batch.AsSingleReport)
        {
            JsonDocumentText.Write(writer, report, ReportJsonContext.Default.EvaluationReport, indent: string.Empty);
            writer.Write('\n');
            return;
        }

        // An array item is the report indented one level, as System.Text.Json writes arrays. The
        // report goes straight to the writer: a batch never holds a report's text as one string.
        writer.Write(index == 0 ? "\n  " : ",\n  ");
        JsonDocumentText.Write(writer, report, ReportJsonContext.Default.EvaluationReport, indent: "  ");
    }

    /// <inheritdoc/>
    public override void WriteEnd(ReportBatch batch, int count, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        if (!batch.AsSingleReport)
        {
            writer.Write(count == 0 ? "]\n" : "\n]\n");
        }
    }
}
