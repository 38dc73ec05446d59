using System;
using System.IO;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Reporting;

/// <summary>Writing one report, the common case, without building a <see cref="ReportBatch"/>.</summary>
public static class ReportWriterExtensions
{
    /// <summary>
    /// Writes one report as a batch of its own (JSON writes the report object itself, not an array).
    /// Everything the format needs comes from the report: its source file, where its answers sit,
    /// its rule set.
    /// </summary>
    /// <param name="reportWriter">The format.</param>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(this IReportWriter reportWriter, EvaluationReport report, TextWriter writer)
    {
        _ = reportWriter ?? throw new ArgumentNullException(nameof(reportWriter));
        _ = report ?? throw new ArgumentNullException(nameof(report));
        reportWriter.Write(new ReportBatch([report]) { AsSingleReport = true }, writer);
    }
}
