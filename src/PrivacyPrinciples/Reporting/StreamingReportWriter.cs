using System;
using System.IO;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// A report writer that can write one report at a time, so a batch of any size is written in
/// bounded memory. Writing a batch through <see cref="WriteStart"/>, <see cref="WriteReport"/> and
/// <see cref="WriteEnd"/> gives exactly the bytes <see cref="Write(ReportBatch, TextWriter)"/> gives
/// for the whole batch, which is written that way.
/// </summary>
public abstract class StreamingReportWriter : ReportWriter
{
    /// <summary>Creates a writer.</summary>
    protected StreamingReportWriter()
    {
    }

    /// <summary>Writes what comes before the first report.</summary>
    /// <param name="batch">The batch's settings; its <see cref="ReportBatch.Reports"/> are not read.</param>
    /// <param name="writer">Where to write.</param>
    public abstract void WriteStart(ReportBatch batch, TextWriter writer);

    /// <summary>Writes one report.</summary>
    /// <param name="batch">The batch's settings.</param>
    /// <param name="report">The report.</param>
    /// <param name="index">The report's position in the batch, from 0.</param>
    /// <param name="writer">Where to write.</param>
    public abstract void WriteReport(ReportBatch batch, EvaluationReport report, int index, TextWriter writer);

    /// <summary>Writes what comes after the last report.</summary>
    /// <param name="batch">The batch's settings.</param>
    /// <param name="count">How many reports were written.</param>
    /// <param name="writer">Where to write.</param>
    public abstract void WriteEnd(ReportBatch batch, int count, TextWriter writer);

    /// <summary>Writes every report of the batch between the start and the end, so the two ways cannot drift apart.</summary>
    /// <param name="batch">What to render.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is <see langword="null"/>.</exception>
    public sealed override void Write(ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        WriteStart(batch, writer);
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            WriteReport(batch, batch.Reports[i], i, writer);
        }

        WriteEnd(batch, batch.Reports.Count, writer);
    }
}
