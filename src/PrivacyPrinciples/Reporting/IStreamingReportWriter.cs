using System.IO;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// A report writer that can write one report at a time, so a batch of any size is written in
/// bounded memory. Writing a batch through <see cref="WriteStart"/>, <see cref="WriteReport"/> and
/// <see cref="WriteEnd"/> gives exactly the bytes <see cref="IReportWriter.Write"/> gives for the whole batch.
/// </summary>
public interface IStreamingReportWriter : IReportWriter
{
    /// <summary>Writes what comes before the first report.</summary>
    /// <param name="batch">The batch's settings; its <see cref="ReportBatch.Reports"/> are not read.</param>
    /// <param name="writer">Where to write.</param>
    void WriteStart(ReportBatch batch, TextWriter writer);

    /// <summary>Writes one report.</summary>
    /// <param name="batch">The batch's settings, with the report's source locations.</param>
    /// <param name="report">The report.</param>
    /// <param name="index">The report's position in the batch, from 0.</param>
    /// <param name="writer">Where to write.</param>
    void WriteReport(ReportBatch batch, EvaluationReport report, int index, TextWriter writer);

    /// <summary>Writes what comes after the last report.</summary>
    /// <param name="batch">The batch's settings.</param>
    /// <param name="count">How many reports were written.</param>
    /// <param name="writer">Where to write.</param>
    void WriteEnd(ReportBatch batch, int count, TextWriter writer);
}

/// <summary>Writing a whole batch through the streaming methods, so the two ways cannot drift apart.</summary>
internal static class StreamingReportWriter
{
    /// <summary>Writes every report of <paramref name="batch"/> between the start and the end.</summary>
    public static void WriteAll(IStreamingReportWriter streaming, ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new System.ArgumentNullException(nameof(batch));
        streaming.WriteStart(batch, writer);
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            streaming.WriteReport(batch, batch.Reports[i], i, writer);
        }

        streaming.WriteEnd(batch, batch.Reports.Count, writer);
    }
}
