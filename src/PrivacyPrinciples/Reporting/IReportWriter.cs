using System.IO;

namespace PrivacyPrinciples.Reporting;

/// <summary>Renders a batch of reports in one format. Implementations are stateless and thread-safe, and write the same bytes for the same batch on every machine.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line, for example <c>sarif</c>.</summary>
    string Format { get; }

    /// <summary>The usual file extension, with its dot, for example <c>.sarif</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes the batch.</summary>
    /// <param name="batch">What to render.</param>
    /// <param name="writer">Where to write; not closed. Line endings are <c>\n</c> unless the format requires otherwise.</param>
    void Write(ReportBatch batch, TextWriter writer);
}
