using System;
using System.IO;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Reporting;

/// <summary>The full reports as JSON (<c>schemas/report.schema.json</c>): one object for a single input, otherwise an array.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public void Write(ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        writer.Write(batch.AsSingleReport && batch.Reports.Count == 1
            ? PrivacyPrinciplesJson.Serialize(batch.Reports[0])
            : PrivacyPrinciplesJson.Serialize(batch.Reports));
    }
}
