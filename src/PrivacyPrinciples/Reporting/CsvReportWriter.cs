using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
/// text comes from the attestation (<c>source</c>, <c>assessor</c>, <c>vendor_id</c>, <c>vendor</c>,
/// <c>service</c>, <c>tier</c>) is written with a leading <c>'</c>. Columns the library fills
/// (identifiers, names of values, numbers) are never changed.
/// </para>
/// <para>
/// Rows are written one report at a time (<see cref="StreamingReportWriter"/>), so a batch of any
/// size is written in bounded memory. Stateless and thread-safe.
/// </para>
/// </remarks>
public sealed class CsvReportWriter : StreamingReportWriter
{
    private static readonly string[] Header =
    [
        "rule_set_id", "rule_set_version", "rule_set_origin", "rule_set_digest", "profile_id", "profile_version", "source", "assessed_by", "assessor", "vendor_id", "vendor", "service", "tier", "attested_on", "evaluated_on", "audiences",
        "principle", "expectation", "title", "basis", "base_level", "tailored_level", "level", "weight", "status", "outcome", "implementation", "assurance_aspects",
        "assurance", "score", "gap", "baseline_gap", "waived", "waived_until", "follow_ups",
    ];

    // The columns up to "audiences" describe the report, the rest each expectation.
    private const int ReportColumns = 16;

    /// <summary>The columns, in order, as the header row names them.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(Header);

    /// <inheritdoc/>
    public override string Format => "csv";

    /// <inheritdoc/>
    public override string FileExtension => ".csv";

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void WriteStart(ReportBatch batch, TextWriter writer) => CsvText.Row(writer ?? throw new ArgumentNullException(nameof(writer)), Header);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void WriteReport(ReportBatch batch, EvaluationReport report, int index, TextWriter writer)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var a = report.Attestation;
        var audiences = string.Join(";", a.Audiences.Select(x => Name(x)));

        // The first columns are the report's, the same on every row: written out once.
        var leading = CsvText.Fields(
        [
            report.RuleSet.Id, report.RuleSet.Version, Name(report.RuleSet.Origin), report.RuleSet.Digest, report.RuleSet.Profile?.Id, report.RuleSet.Profile?.Version, CsvText.Defused(a.Source), Name(a.AssessedBy), CsvText.Defused(a.Assessor), CsvText.Defused(a.VendorId), CsvText.Defused(a.Vendor), CsvText.Defused(a.Service), CsvText.Defused(a.Tier),
            Date(a.AttestedOn), Date(report.EvaluatedOn), audiences,
        ]);
        var cells = new string?[Header.Length - ReportColumns];
        foreach (var e in report.Expectations)
        {
            cells[0] = e.Principle;
            cells[1] = e.Id;
            cells[2] = e.Title;
            cells[3] = Name(e.Basis);
            cells[4] = Name(e.BaseLevel);
            cells[5] = Name(e.TailoredLevel);
            cells[6] = Name(e.Level);
            cells[7] = UpToTwoDecimals(e.Weight);
            cells[8] = e.Status is { } status ? Name(status) : null;
            cells[9] = Name(e.Outcome);
            cells[10] = Number(e.Implementation);
            cells[11] = ReportText.Aspects(e);
            cells[12] = Number(e.Assurance);
            cells[13] = Number(e.Score);
            cells[14] = CsvText.Bool(e.IsGap);
            cells[15] = CsvText.Bool(e.IsBaselineGap);
            cells[16] = CsvText.Bool(e.IsWaived);
            cells[17] = e.IsWaived && ActiveWaiver(report, e.Id) is { } waiver ? Date(waiver.Expires) : null;
            cells[18] = Count(e.FollowUps.Count);
            CsvText.Row(writer, leading, cells);
        }
    }

    /// <inheritdoc/>
    public override void WriteEnd(ReportBatch batch, int count, TextWriter writer)
    {
        // Nothing follows the last row.
    }

    private static string? Number(double? value) => value is double v ? UpToTwoDecimals(v) : null;
}
