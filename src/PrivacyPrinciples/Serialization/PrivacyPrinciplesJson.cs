using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Writes the package's documents as JSON: indented with two spaces, <c>\n</c> line endings, UTF-8
/// without a byte-order mark, properties in a fixed order, so the same value always gives the same
/// bytes on every machine. Thread-safe.
/// </summary>
public static class PrivacyPrinciplesJson
{
    /// <summary>The JSON spelling of an enumeration value, as every document writes it: camelCase, for example <c>notApplicable</c>.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => Json.EnumNames<TEnum>.Of(value);

    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(EvaluationReport report) => ToText(report, Reporting.ReportJsonContext.Default.EvaluationReport);

    /// <summary>Writes several reports as one JSON array.</summary>
    /// <param name="reports">The reports, in order.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(IReadOnlyList<EvaluationReport> reports) => ToText(reports, Reporting.ReportJsonContext.Default.IReadOnlyListEvaluationReport);

    /// <summary>Writes an attestation.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(Attestation attestation) => ToText(attestation, AttestationJsonContext.Default.Attestation);

    /// <summary>Writes an attestation with a <c>$schema</c> reference first, so editors can complete and check it.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <param name="schemaReference">The schema's location as the editor should resolve it, for example a relative path to <c>attestation.schema.json</c>.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(Attestation attestation, string schemaReference) =>
        WithSchema(JsonSerializer.SerializeToNode(attestation ?? throw new ArgumentNullException(nameof(attestation)), AttestationJsonContext.Default.Attestation)!.AsObject(), schemaReference);

    /// <summary>Writes an engagement file.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(Engagements.Engagement engagement) => ToText(engagement, Engagements.EngagementJsonContext.Default.Engagement);

    /// <summary>Writes an engagement file with a <c>$schema</c> reference first, so editors can complete and check it.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="schemaReference">The schema's location as the editor should resolve it, for example a relative path to <c>engagement.schema.json</c>.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(Engagements.Engagement engagement, string schemaReference) =>
        WithSchema(JsonSerializer.SerializeToNode(engagement ?? throw new ArgumentNullException(nameof(engagement)), Engagements.EngagementJsonContext.Default.Engagement)!.AsObject(), schemaReference);

    private static string WithSchema(JsonObject body, string schemaReference) => Json.JsonDocumentText.WithSchema(body, schemaReference);

    /// <summary>Writes comparisons of evaluations as a JSON array.</summary>
    /// <param name="comparisons">The comparisons, in order.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(IReadOnlyList<ReportComparison> comparisons) => ToText(comparisons, Reporting.ReportJsonContext.Default.IReadOnlyListReportComparison);

    /// <summary>Writes an engagement report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(Engagements.EngagementReport report) => ToText(report, Engagements.EngagementJsonContext.Default.EngagementReport);

    /// <summary>Writes a rule set.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string Serialize(RuleSet ruleSet) => ToText(ruleSet, RulesJsonContext.Default.RuleSet);

    /// <summary>Writes a report to a stream as UTF-8.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="report">The report.</param>
    public static void Write(Stream stream, EvaluationReport report) => Write(stream, report, Reporting.ReportJsonContext.Default.EvaluationReport);

    /// <summary>Writes several reports to a stream as one JSON array in UTF-8.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="reports">The reports, in order.</param>
    public static void Write(Stream stream, IReadOnlyList<EvaluationReport> reports) => Write(stream, reports, Reporting.ReportJsonContext.Default.IReadOnlyListEvaluationReport);

    /// <summary>
    /// Writes an attestation as compact UTF-8 JSON on a single line, with no line break after it,
    /// for NDJSON (which the tool's <c>evaluate</c> reads, one attestation per line): the same properties,
    /// order and escaping as <see cref="Serialize(Attestation)"/>, without the indentation. Control
    /// characters, line breaks included, are always escaped inside strings, so the line never breaks.
    /// Thread-safe for different streams.
    /// </summary>
    /// <param name="stream">The stream; left open and not flushed.</param>
    /// <param name="attestation">The attestation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="attestation"/> is <see langword="null"/>.</exception>
    public static void WriteCompact(Stream stream, Attestation attestation)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        _ = attestation ?? throw new ArgumentNullException(nameof(attestation));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json.JsonDocumentText.Compact))
        {
            JsonSerializer.Serialize(writer, attestation, AttestationJsonContext.Default.Attestation);
        }

        // The same neutralising rule as every other document written; usually it has nothing to do.
        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length));
        var clean = DisplayText.ForJson(text);
        if (ReferenceEquals(clean, text))
        {
            stream.Write(buffer.GetBuffer(), 0, checked((int)buffer.Length));
        }
        else
        {
            var bytes = Encoding.UTF8.GetBytes(clean);
            stream.Write(bytes, 0, bytes.Length);
        }
    }

    private static string ToText<T>(T value, JsonTypeInfo<T> typeInfo) => Json.JsonDocumentText.ToText(value, typeInfo);

    private static void Write<T>(Stream stream, T value, JsonTypeInfo<T> typeInfo)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        var bytes = Encoding.UTF8.GetBytes(ToText(value, typeInfo));
        stream.Write(bytes, 0, bytes.Length);
    }
}
