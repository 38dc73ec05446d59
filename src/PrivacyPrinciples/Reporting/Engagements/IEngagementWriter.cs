using System.IO;
using PrivacyPrinciples.Engagements;

namespace PrivacyPrinciples.Reporting.Engagements;

/// <summary>Renders an engagement report in one format. Implementations are stateless and thread-safe, and write the same bytes for the same report on every machine.</summary>
public interface IEngagementWriter
{
    /// <summary>The format's name on the command line, for example <c>markdown</c>.</summary>
    string Format { get; }

    /// <summary>The usual file extension, with its dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="report">The engagement report.</param>
    /// <param name="writer">Where to write; not closed. Line endings are <c>\n</c>.</param>
    void Write(EngagementReport report, TextWriter writer);
}
