using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Engagements;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Reporting.Engagements;

/// <summary>
/// An engagement round as one self-contained HTML page: responses (non-responders named), overall
/// scores as an inline SVG bar chart, the vendor × principle matrix, good practices, areas for
/// improvement, what changed since the previous round, and the follow-up letters.
/// </summary>
/// <remarks>
/// Like <see cref="HtmlReportWriter"/>: no scripts, nothing loaded (a Content-Security-Policy of
/// <c>default-src 'none'</c>), every string from an attestation or engagement file HTML-escaped,
/// well-formed XML markup, and the same bytes under every culture. Stateless and thread-safe.
/// </remarks>
public sealed class EngagementHtmlWriter : EngagementWriter
{
    private const int ChartWidth = 720;
    private const int LabelWidth = 270;
    private const int BarWidth = 360;
    private const int RowHeight = 24;

    private const string ExtraStyles = """
        .matrix td.num { color: #fff; }
        .matrix td.cell-good { background: var(--good); }
        .matrix td.cell-fair { background: var(--fair); }
        .matrix td.cell-poor { background: var(--poor); }
        .matrix td.cell-none { color: var(--muted); background: #fff; }
        .date { white-space: nowrap; }
        .wide { overflow-x: auto; }
        .silent { font-weight: 600; color: var(--poor); }
        pre.letter { white-space: pre-wrap; overflow-wrap: anywhere; font: .9rem/1.45 system-ui, sans-serif; border: 1px solid var(--line); border-radius: 4px; padding: .75rem 1rem; background: var(--soft); }
        """;

    /// <inheritdoc/>
    public override string Format => "html";

    /// <inheritdoc/>
    public override string FileExtension => ".html";

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(EngagementReport report, TextWriter writer)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var html = new StringBuilder();
        var round = report.Round;
        var title = report.Title + ": " + (round.Title ?? round.Id);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(H(HtmlReportWriter.ContentSecurityPolicy)).Append("\" />\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append("<title>").Append(H(title)).Append("</title>\n<style>\n").Append(HtmlReportWriter.Styles.Replace("\r\n", "\n")).Append('\n')
            .Append(ExtraStyles.Replace("\r\n", "\n")).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>").Append(H(report.Title)).Append("</h1>\n<p class=\"meta\">").Append(H(round.Title ?? round.Id))
            .Append(" · rule set <code>").Append(H(report.RuleSet.Id)).Append("</code> ").Append(H(report.RuleSet.Version))
            .Append(" (").Append(H(ReportText.Provenance(report.RuleSet))).Append(')');
        if (report.RuleSet.Profile is { } profile)
        {
            html.Append(", profile: ").Append(H(profile.Title));
            foreach (var change in ReportText.Tailoring(report.RuleSet))
            {
                html.Append("; ").Append(H(change));
            }
        }

        html.Append(round.Deadline is DateTime deadline ? " · deadline " + Date(deadline) : string.Empty)
            .Append(" · evidence judged on ").Append(Date(round.EvaluatedOn));
        if (report.PreviousRound is { } previous)
        {
            html.Append(" · compared with ").Append(H(previous.Title ?? previous.Id));
        }

        html.Append("</p>\n</header>\n<main>\n");
        WriteResponses(report, html);
        WriteChart(report, html);
        WriteMatrix(report, html);
        WriteObservations(report, html);
        WriteChanges(report, html);
        WriteLetters(report, html);
        if (report.Problems.Count > 0)
        {
            html.Append("<section>\n<h2>Inputs that could not be read</h2>\n<ul>\n");
            foreach (var problem in report.Problems)
            {
                html.Append("<li>").Append(H(problem)).Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</main>\n<footer>\n<p>Scores run from 0 to 100; how they are decided is explained in the PrivacyPrinciples documentation (docs/scoring.md, docs/engagements.md).</p>\n</footer>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void WriteResponses(EngagementReport report, StringBuilder html)
    {
        var invited = report.Responses.Where(r => r.IsInvited).ToArray();
        var answered = invited.Count(EngagementText.Responded);
        html.Append("<section>\n<h2>Responses</h2>\n<p>").Append(Count(answered)).Append(" of ").Append(Count(invited.Length)).Append(" invited vendors responded.</p>\n");
        var silent = invited.Where(r => !EngagementText.Responded(r)).ToArray();
        html.Append(silent.Length == 0
            ? "<p>Every invited vendor responded.</p>\n"
            : "<p class=\"silent\">No response from: " + string.Join(", ", silent.Select(r => H(r.Name) + " (<code>" + H(r.VendorId) + "</code>" + (r.Status == ResponseStatus.AssessedByThirdParty ? ", assessed by a third party" : string.Empty) + ")")) + ".</p>\n");

        // A vendor that sent a broken file responded: it is named with what is wrong, not among the silent.
        var unreadable = invited.Where(r => r.Unreadable.Count > 0).ToArray();
        if (unreadable.Length > 0)
        {
            html.Append("<p>Responses that could not be read (each vendor is asked to send it again, corrected):</p>\n<ul>\n");
            foreach (var response in unreadable)
            {
                foreach (var file in response.Unreadable)
                {
                    html.Append("<li>").Append(H(response.Name)).Append(" (<code>").Append(H(response.VendorId)).Append("</code>): ").Append(H(EngagementText.Why(file))).Append("</li>\n");
                }
            }

            html.Append("</ul>\n");
        }
        html.Append("<table>\n<thead><tr><th>vendor</th><th>status</th><th>assessed by</th><th>attested</th><th class=\"num\">score</th><th>rating</th><th class=\"num\">not answered</th><th class=\"num\">baseline gaps</th><th class=\"num\">follow-up questions</th></tr></thead>\n<tbody>\n");
        foreach (var response in report.Responses)
        {
            var name = H(response.Name) + (response.IsInvited ? string.Empty : " <span class=\"tag\">not invited</span>");
            if (response.Submissions.Count == 0)
            {
                html.Append("<tr><td>").Append(name).Append("</td><td class=\"silent\">").Append(EngagementText.Status(response)).Append("</td><td>—</td><td>—</td><td class=\"num\">—</td><td>—</td><td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\">—</td></tr>\n");
                continue;
            }

            foreach (var s in response.Submissions)
            {
                html.Append("<tr><td>").Append(name).Append(response.Submissions.Count > 1 ? " — " + H(s.Service) : string.Empty)
                    .Append("</td><td>").Append(EngagementText.Status(response)).Append("</td><td>").Append(H(EngagementText.By(s))).Append("</td><td class=\"date\">").Append(Date(s.AttestedOn)).Append(s.IsLate ? " <span class=\"tag alert\">late</span>" : string.Empty)
                    .Append("</td><td class=\"num ").Append(ScoreClass(s.Score)).Append("\">").Append(OneDecimal(s.Score))
                    .Append("</td><td>").Append(RatingName(s.Rating))
                    .Append("</td><td class=\"num\">").Append(Count(s.NotAnswered)).Append("</td><td class=\"num\">").Append(Count(s.BaselineGaps))
                    .Append("</td><td class=\"num\">").Append(Count(s.FollowUps)).Append("</td></tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteChart(EngagementReport report, StringBuilder html)
    {
        var rows = report.Responses.SelectMany(r => r.Submissions.Select(s => (r.Name, s.Score))).ToArray();
        if (rows.Length == 0)
        {
            return;
        }

        var height = (rows.Length * RowHeight) + 10;
        html.Append("<section>\n<h2>Overall scores</h2>\n<svg class=\"chart\" role=\"img\" aria-labelledby=\"overall-chart\" width=\"").Append(Count(ChartWidth)).Append("\" height=\"").Append(Count(height))
            .Append("\" viewBox=\"0 0 ").Append(Count(ChartWidth)).Append(' ').Append(Count(height)).Append("\">\n<title id=\"overall-chart\">Overall score of each responding vendor, from 0 to 100</title>\n");
        for (var i = 0; i < rows.Length; i++)
        {
            var (name, score) = rows[i];
            var y = 5 + (i * RowHeight);
            html.Append("<text x=\"0\" y=\"").Append(Count(y + 16)).Append("\">").Append(H(Shorten(name, 34))).Append("</text>\n");
            html.Append("<rect class=\"track\" x=\"").Append(Count(LabelWidth)).Append("\" y=\"").Append(Count(y + 3)).Append("\" width=\"").Append(Count(BarWidth)).Append("\" height=\"16\" />\n");
            html.Append("<rect class=\"bar-").Append(ScoreClass(score)).Append("\" x=\"").Append(Count(LabelWidth)).Append("\" y=\"").Append(Count(y + 3))
                .Append("\" width=\"").Append(Coordinate(BarWidth * Math.Max(0, Math.Min(100, score ?? 0)) / 100)).Append("\" height=\"16\" />\n");
            html.Append("<text x=\"").Append(Count(LabelWidth + BarWidth + 8)).Append("\" y=\"").Append(Count(y + 16)).Append("\">").Append(OneDecimal(score)).Append("</text>\n");
        }

        html.Append("</svg>\n</section>\n");
    }

    private static void WriteMatrix(EngagementReport report, StringBuilder html)
    {
        html.Append("<section>\n<h2>Scores by vendor and principle</h2>\n<div class=\"wide\">\n<table class=\"matrix\">\n<thead><tr><th>vendor</th><th>service</th>");
        foreach (var p in report.Principles)
        {
            html.Append("<th class=\"num\">").Append(H(p.Title)).Append("</th>");
        }

        html.Append("<th class=\"num\">overall</th></tr></thead>\n<tbody>\n");
        foreach (var response in report.Responses)
        {
            foreach (var s in response.Submissions)
            {
                html.Append("<tr><td>").Append(H(response.Name)).Append("</td><td>").Append(H(s.Service)).Append("</td>");
                foreach (var p in report.Principles)
                {
                    html.Append(s.Principles.TryGetValue(p.Id, out var value) && value is double score
                        ? "<td class=\"num cell-" + ScoreClass(score) + "\">" + OneDecimal(score) + "</td>"
                        : "<td class=\"num cell-none\">—</td>");
                }

                html.Append("<td class=\"num cell-").Append(ScoreClass(s.Score)).Append("\"><strong>").Append(OneDecimal(s.Score)).Append("</strong></td></tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void WriteObservations(EngagementReport report, StringBuilder html)
    {
        html.Append("<section>\n<h2>Observations</h2>\n<h3>Good practices</h3>\n");
        if (report.GoodPractices.Count == 0)
        {
            html.Append("<p>No expectation is met with independent validation by enough vendors to call it common practice.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var g in report.GoodPractices)
            {
                html.Append("<li><span class=\"id\">").Append(H(g.ExpectationId)).Append("</span>").Append(H(g.Title)).Append(" <span class=\"muted\">(").Append(Principle(report, g.Principle))
                    .Append(")</span>: met with independent validation by ").Append(Count(g.Count)).Append(" of ").Append(Count(g.Of)).Append(" responding vendors (").Append(Vendors(g.Vendors)).Append(").</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h3>Areas for improvement</h3>\n");
        if (report.AreasForImprovement.Count == 0)
        {
            html.Append("<p>No expectation is commonly missing, contradicted or weakly supported.</p>\n</section>\n");
            return;
        }

        html.Append("<ul>\n");
        foreach (var a in report.AreasForImprovement)
        {
            var what = EngagementText.Describe(a.Kind);
            html.Append("<li><span class=\"id\">").Append(H(a.ExpectationId)).Append("</span>").Append(H(a.Title)).Append(" <span class=\"muted\">(").Append(Principle(report, a.Principle))
                .Append(")</span>: ").Append(what).Append(" at ").Append(Count(a.Count)).Append(" of ").Append(Count(a.Of)).Append(" responding vendors (").Append(Vendors(a.Vendors)).Append(").</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void WriteChanges(EngagementReport report, StringBuilder html)
    {
        if (report.PreviousRound is not { } previous)
        {
            return;
        }

        html.Append("<section>\n<h2>What changed since ").Append(H(previous.Title ?? previous.Id)).Append("</h2>\n");
        if (report.VendorChanges.Count == 0)
        {
            html.Append("<p>No vendor answered both rounds.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>vendor</th><th>service</th><th class=\"num\">score</th><th class=\"num\">improved</th><th class=\"num\">regressed</th><th class=\"num\">newly answered</th><th class=\"num\">no longer answered</th><th class=\"num\">still missing</th></tr></thead>\n<tbody>\n");
        foreach (var v in report.VendorChanges)
        {
            html.Append("<tr><td>").Append(H(v.Name)).Append("</td><td>").Append(H(v.Service)).Append("</td><td class=\"num\">").Append(OneDecimal(v.ScoreBefore)).Append(" → ").Append(OneDecimal(v.ScoreAfter))
                .Append("</td>").Append(Cells(v.Improved, v.Regressed, v.NewlyAnswered, v.NoLongerAnswered, v.StillMissing)).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<table>\n<thead><tr><th>expectation</th><th class=\"num\">improved</th><th class=\"num\">regressed</th><th class=\"num\">newly answered</th><th class=\"num\">no longer answered</th><th class=\"num\">still missing</th></tr></thead>\n<tbody>\n");
        foreach (var c in report.Changes)
        {
            html.Append("<tr><td><span class=\"id\">").Append(H(c.ExpectationId)).Append("</span>").Append(H(c.Title)).Append("</td>")
                .Append(Cells(c.Improved, c.Regressed, c.NewlyAnswered, c.NoLongerAnswered, c.StillMissing)).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteLetters(EngagementReport report, StringBuilder html)
    {
        html.Append("<section>\n<h2>Follow-up letters</h2>\n");
        foreach (var letter in report.Letters)
        {
            // The letter's text is what the Markdown and JSON formats carry too; here it is shown as written, escaped.
            html.Append("<article>\n<h3>").Append(H(letter.Name)).Append(" <span class=\"muted\">(<code>").Append(H(letter.VendorId)).Append("</code>)</span></h3>\n<pre class=\"letter\">")
                .Append(H(letter.Text.TrimEnd('\n'))).Append("</pre>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static string Cells(params int[] counts) => string.Concat(counts.Select(c => "<td class=\"num\">" + Count(c) + "</td>"));


    private static string Principle(EngagementReport report, string id) => H(report.Principles.FirstOrDefault(p => p.Id == id)?.Title ?? id);

    private static string Vendors(IReadOnlyList<string> ids) => string.Join(", ", ids.Select(id => "<code>" + H(id) + "</code>"));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text.Remove(length - 1) + "…";

    private static string H(string text) => HtmlText.Escape(text);
}
