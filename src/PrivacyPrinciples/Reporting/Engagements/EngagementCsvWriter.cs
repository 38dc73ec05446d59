using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Engagements;

using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Reporting.Engagements;

/// <summary>
/// An engagement round as tidy data for R, pandas or a spreadsheet: one row per attestation and
/// expectation, plus one row per expectation for each invited vendor that did not respond and for
/// each response that could not be read (with empty evaluation columns; the latter name their file
/// in <c>source</c>), so non-responders are never silently dropped. UTF-8, header row,
/// <c>\n</c> line endings, RFC 4180 quoting; vendor text that a spreadsheet would run as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) is prefixed with <c>'</c>.
/// </summary>
public sealed class EngagementCsvWriter : EngagementWriter
{
    private static readonly string[] Header =
    [
        "engagement_id", "round", "rule_set_id", "rule_set_version", "rule_set_origin", "rule_set_digest", "profile_id", "vendor_id", "vendor", "invited", "status", "late",
        "source", "assessed_by", "assessor", "service", "tier", "attested_on", "evaluated_on", "principle", "expectation", "title", "basis", "base_level", "tailored_level", "level", "status_claimed",
        "outcome", "implementation", "assurance_aspects", "assurance", "score", "gap", "baseline_gap", "follow_ups",
    ];

    /// <inheritdoc/>
    public override string Format => "csv";

    /// <inheritdoc/>
    public override string FileExtension => ".csv";

    /// <inheritdoc/>
    public override void Write(EngagementReport report, TextWriter writer)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        writer.Write(string.Join(",", Header));
        writer.Write('\n');
        var reports = report.Reports.ToLookup(r => r.Attestation.VendorId, StringComparer.Ordinal);
        var catalogue = report.Catalogue.Select(e => (e.Id, e.Principle, e.Title)).ToArray();
        foreach (var response in report.Responses)
        {
            var common = new[]
            {
                CsvText.Defused(report.EngagementId), CsvText.Defused(report.Round.Id), report.RuleSet.Id, report.RuleSet.Version, Name(report.RuleSet.Origin), report.RuleSet.Digest, CsvText.Defused(report.RuleSet.Profile?.Id), CsvText.Defused(response.VendorId),
                CsvText.Defused(response.Name), CsvText.Bool(response.IsInvited), Name(response.Status), CsvText.Bool(response.IsLate),
            };
            if (response.Status == ResponseStatus.NoResponse)
            {
                Unevaluated(writer, common, null, report, catalogue);
                continue;
            }

            foreach (var evaluation in reports[response.VendorId])
            {
                var a = evaluation.Attestation;
                foreach (var e in evaluation.Expectations)
                {
                    CsvText.Row(writer,
                    [
                        .. common, CsvText.Defused(a.Source), Name(a.AssessedBy), CsvText.Defused(a.Assessor), CsvText.Defused(a.Service), CsvText.Defused(a.Tier), Date(a.AttestedOn), Date(evaluation.EvaluatedOn), e.Principle, e.Id, e.Title,
                        Name(e.Basis), Name(e.BaseLevel), Name(e.TailoredLevel), Name(e.Level), e.Status is { } s ? Name(s) : null, Name(e.Outcome),
                        Number(e.Implementation), ReportText.Aspects(e), Number(e.Assurance), Number(e.Score), CsvText.Bool(e.IsGap), CsvText.Bool(e.IsBaselineGap),
                        e.FollowUps.Count.ToString(CultureInfo.InvariantCulture),
                    ]);
                }
            }

            // A response that could not be read has no evaluation, but it was sent: its rows name its file.
            foreach (var unreadable in response.Unreadable)
            {
                Unevaluated(writer, common, unreadable.Source, report, catalogue);
            }
        }
    }

    // One row per expectation with empty evaluation columns: for a vendor that did not respond, or for a response that could not be read.
    private static void Unevaluated(TextWriter writer, string?[] common, string? source, EngagementReport report, (string Id, string Principle, string Title)[] catalogue)
    {
        foreach (var (id, principle, title) in catalogue)
        {
            CsvText.Row(writer, [.. common, CsvText.Defused(source), null, null, null, null, null, Date(report.Round.EvaluatedOn), principle, id, title, null, null, null, null, null, null, null, null, null, null, null, null, null]);
        }
    }

    private static string? Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
