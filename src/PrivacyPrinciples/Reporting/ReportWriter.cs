using System;
using System.IO;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Renders reports in one format. Implementations are stateless and thread-safe, and write the same
/// bytes for the same reports on every machine. An abstract class rather than an interface, so the
/// library can add members without breaking writers made elsewhere.
/// </summary>
public abstract class ReportWriter
{
    /// <summary>Creates a writer.</summary>
    protected ReportWriter()
    {
    }

    /// <summary>The format's name on the command line, for example <c>sarif</c>.</summary>
    public abstract string Format { get; }

    /// <summary>The usual file extension, with its dot, for example <c>.sarif</c>.</summary>
    public abstract string FileExtension { get; }

    /// <summary>Writes a batch of reports.</summary>
    /// <param name="batch">What to render.</param>
    /// <param name="writer">Where to write; not closed. Line endings are <c>\n</c> unless the format requires otherwise.</param>
    public abstract void Write(ReportBatch batch, TextWriter writer);

    /// <summary>
    /// Writes one report as a batch of its own (JSON writes the report object itself, not an array).
    /// Everything the format needs comes from the report: its source file, where its answers sit,
    /// its rule set.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public void Write(EvaluationReport report, TextWriter writer)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        Write(new ReportBatch([report]) { AsSingleReport = true }, writer);
    }
}
