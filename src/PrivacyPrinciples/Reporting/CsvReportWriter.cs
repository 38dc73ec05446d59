using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Evaluation;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Writes reports as tidy data for R, pandas or a spreadsheet: a header row, then one row per
/// attestation and expectation (every expectation, met or not), with the columns in
/// <see cref="Columns"/>.
/// </summary>
/// <remarks>
/// <para>
/// Meant to be saved as UTF-8 without a byte-order mark; lines end with <c>\n</c>. Fields are
/// quoted as RFC 4180 says: a field holding a comma, a double quote, a carriage return or a line
/// feed is enclosed in double quotes, and its double quotes are doubled. A missing value (not
/// answered, not applicable, no tier, no tailoring profile) is an empty field. Numbers are culture-invariant with up to
/// two decimals (<c>62.5</c>, <c>100</c>); Booleans are <c>true</c> or <c>false</c>; dates are
/// <c>yyyy-MM-dd</c>; audiences are separated by semicolons.
/// </para>
/// <para>
/// Formula injection is defused: a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return as a formula, so such a value in a column whose
/// text comes from the attestation (<c>source</c>, <c>vendor_id</c>, <c>vendor</c>,
/// <c>service</c>, <c>tier</c>) is written with a leading <c>'</c>. Columns the library fills
/// (identifiers, names of values, numbers) are never changed.
/// </para>
/// <para>
/// Rows are written one report at a time (<see cref="IStreamingReportWriter"/>), so a batch of any
/// size is written in bounded memory. Stateless and thread-safe.
/// </para>
/// </remarks>
public sealed class CsvReportWriter : IStreamingReportWriter
{
    private static readonly string[] Header =
    [
        "rule_set_id", "rule_set_version", "profile_id", "profile_version", "source", "vendor_id", "vendor", "service", "tier", "attested_on", "evaluated_on", "audiences",
        "principle", "expectation", "title", "base_level", "level", "weight", "status", "outcome", "implementation", "assurance_level",
        "assurance", "score", "gap", "baseline_gap", "waived", "follow_ups",
    ];

    /// <summary>The columns, in order, as the header row names them.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(Header);

    /// <inheritdoc/>
    public string Format => "csv";

    /// <inheritdoc/>
    public string FileExtension => ".csv";

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public void Write(ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        WriteStart(batch, writer);
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            WriteReport(batch, batch.Reports[i], i, writer);
        }

        WriteEnd(batch, batch.Reports.Count, writer);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteStart(ReportBatch batch, TextWriter writer) => Row(writer ?? throw new ArgumentNullException(nameof(writer)), Header);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteReport(ReportBatch batch, EvaluationReport report, int index, TextWriter writer)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var a = report.Attestation;
        var audiences = string.Join(";", a.Audiences.Select(x => Name(x)));
        foreach (var e in report.Expectations)
        {
            Row(writer,
            [
                report.RuleSet.Id, report.RuleSet.Version, report.RuleSet.Profile?.Id, report.RuleSet.Profile?.Version, Text(a.Source), Text(a.VendorId), Text(a.Vendor), Text(a.Service), Text(a.Tier),
                Date(a.AttestedOn), Date(report.EvaluatedOn), audiences, e.Principle, e.Id, e.Title, Name(e.BaseLevel), Name(e.Level),
                UpToTwoDecimals(e.Weight), e.Status is { } status ? Name(status) : null, Name(e.Outcome), Number(e.Implementation),
                Name(e.AssuranceLevel), Number(e.Assurance), Number(e.Score), Bool(e.Gap), Bool(e.BaselineGap), Bool(e.Waived),
                Count(e.FollowUps.Count),
            ]);
        }
    }

    /// <inheritdoc/>
    public void WriteEnd(ReportBatch batch, int count, TextWriter writer)
    {
        // Nothing follows the last row.
    }

    private static void Row(TextWriter writer, string?[] cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var cell = cells[i] ?? string.Empty;
            line.Append(cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell);
        }

        writer.Write(line.Append('\n').ToString());
    }

    // Text from the attestation only: a leading formula character is defused for spreadsheets.
    private static string? Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? Number(double? value) => value is double v ? UpToTwoDecimals(v) : null;
}
