using System.IO;
using PrivacyPrinciples.Engagements;

namespace PrivacyPrinciples.Reporting.Engagements;

/// <summary>
/// Renders an engagement report in one format. Implementations are stateless and thread-safe, and
/// write the same bytes for the same report on every machine. An abstract class rather than an
/// interface, so the library can add members without breaking writers made elsewhere.
/// </summary>
public abstract class EngagementWriter
{
    /// <summary>Creates a writer.</summary>
    protected EngagementWriter()
    {
    }

    /// <summary>The format's name on the command line, for example <c>markdown</c>.</summary>
    public abstract string Format { get; }

    /// <summary>The usual file extension, with its dot.</summary>
    public abstract string FileExtension { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="report">The engagement report.</param>
    /// <param name="writer">Where to write; not closed. Line endings are <c>\n</c>.</param>
    public abstract void Write(EngagementReport report, TextWriter writer);
}
