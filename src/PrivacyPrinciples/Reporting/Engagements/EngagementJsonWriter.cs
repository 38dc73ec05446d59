using System;
using System.IO;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Reporting.Engagements;

/// <summary>An engagement round as JSON: everything but the full evaluation reports (write those with <c>evaluate</c>).</summary>
public sealed class EngagementJsonWriter : EngagementWriter
{
    /// <inheritdoc/>
    public override string Format => "json";

    /// <inheritdoc/>
    public override string FileExtension => ".json";

    /// <inheritdoc/>
    public override void Write(EngagementReport report, TextWriter writer)
    {
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        writer.Write(JsonDocumentText.ToText(report ?? throw new ArgumentNullException(nameof(report)), EngagementJsonContext.Default.EngagementReport));
    }
}
