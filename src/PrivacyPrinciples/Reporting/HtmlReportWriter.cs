using System;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Writes reports as one self-contained HTML page: per report a summary (score, rating, baseline
/// gate), the principle scores as an inline SVG bar chart and a table, every gap with its reasons
/// and follow-up questions, contradictions, waivers, and every expectation's outcome. A batch of
/// several reports starts with a summary table linking to each.
/// </summary>
/// <remarks>
/// <para>
/// The page has no scripts and loads nothing: styles are inline, there are no external URLs,
/// images or fonts, and a Content-Security-Policy (<c>default-src 'none'</c>) tells the browser
/// to refuse anything else. Every string from an attestation, a waivers file or a rule set
/// (vendor, service, tier, source, reasons and follow-up questions, which quote the vendor,
/// justifications, approvers, titles) is HTML-escaped, in element content, in attributes and in
/// SVG text alike.
/// </para>
/// <para>
/// The markup is also well-formed XML (void elements are self-closed), prints on A4 or Letter
/// with one report per page, and does not depend on the current culture. Stateless and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class HtmlReportWriter : ReportWriter
{
    /// <summary>The Content-Security-Policy the page declares: nothing may load; only the page's own inline styles apply.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private const int ChartWidth = 720;
    private const int LabelWidth = 270;
    private const int BarWidth = 360;
    private const int RowHeight = 30;

    // Shared with the engagement page, so both kinds of report look alike.
    internal const string Styles = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --good: #1a7f37; --fair: #9a6700; --poor: #cf222e; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.35rem; margin: 2.5rem 0 .25rem; padding-top: 1rem; border-top: 3px solid var(--ink); }
        h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
        h4 { font-size: 1rem; margin: 0 0 .25rem; }
        h5 { font-size: .8rem; margin: .75rem 0 .2rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        p { margin: .25rem 0 .5rem; }
        .muted, .meta, footer { color: var(--muted); }
        code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: var(--soft); }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .6rem; margin: 1rem 0 .5rem; }
        .tile { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
        .tile .big { display: block; font-size: 1.5rem; font-weight: 600; }
        .tile .label { display: block; font-size: .8rem; color: var(--muted); }
        .good { color: var(--good); }
        .fair { color: var(--fair); }
        .poor { color: var(--poor); }
        .chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
        .chart text { font: 13px system-ui, sans-serif; fill: var(--ink); }
        .chart .track { fill: var(--soft); stroke: var(--line); }
        .chart .bar-good { fill: var(--good); }
        .chart .bar-fair { fill: var(--fair); }
        .chart .bar-poor { fill: var(--poor); }
        .gap { border: 1px solid var(--line); border-left: 5px solid var(--fair); border-radius: 4px; padding: .6rem .9rem; margin: .75rem 0; }
        .gap.baseline { border-left-color: var(--poor); }
        .gap.waived { border-left-color: var(--muted); }
        .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin-right: .35em; }
        .tag { display: inline-block; font-size: .75rem; border: 1px solid var(--line); border-radius: 999px; padding: 0 .55em; margin-right: .3em; background: var(--soft); }
        .tag.alert { border-color: var(--poor); color: var(--poor); background: #fff; }
        ol, ul { margin: .2rem 0 .4rem; padding-left: 1.4rem; font-size: .9rem; }
        footer { margin-top: 3rem; font-size: .8rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          section.report + section.report { break-before: page; }
          h2, h3, h4, h5 { break-after: avoid; }
          .gap, .tile, tr, svg { break-inside: avoid; }
        }
        """;

    /// <inheritdoc/>
    public override string Format => "html";

    /// <inheritdoc/>
    public override string FileExtension => ".html";

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var html = new StringBuilder();
        var ruleSet = batch.HeadingRuleSet();
        var title = batch.Reports.Count == 1
            ? "Privacy principles: " + batch.Reports[0].Attestation.Vendor + " — " + batch.Reports[0].Attestation.Service
            : "Privacy principles: " + Count(batch.Reports.Count) + " attestations";

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(H(ContentSecurityPolicy)).Append("\" />\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append("<meta name=\"generator\" content=\"").Append(H(batch.ToolName + " " + batch.ToolVersion)).Append("\" />\n");
        html.Append("<title>").Append(H(title)).Append("</title>\n<style>\n").Append(Styles.Replace("\r\n", "\n")).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>Privacy principles report</h1>\n<p class=\"meta\">Rule set ").Append(H(ruleSet.Title))
            .Append(" (<code>").Append(H(ruleSet.Id)).Append("</code> ").Append(H(ruleSet.Version)).Append(")</p>\n</header>\n<main>\n");
        if (batch.Reports.Count == 0)
        {
            html.Append("<p>No attestation was evaluated.</p>\n");
        }
        else if (batch.Reports.Count > 1)
        {
            WriteSummary(batch, html, writer);
        }

        // Before the reports, so a reviewer of the page sees first that it is not the whole batch.
        WriteUnreadInputs(batch, html);

        // Each part goes to the writer as soon as it is built, so a batch never becomes one string.
        TextDrain.Drain(html, writer);
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            WriteReport(batch.Reports[i], "report-" + Count(i + 1), html);
            TextDrain.Drain(html, writer);
        }

        html.Append("</main>\n<footer>\n<p>Written by ").Append(H(batch.ToolName)).Append(' ').Append(H(batch.ToolVersion))
            .Append(". Scores run from 0 to 100; how outcomes, levels and scores are decided is explained in the PrivacyPrinciples documentation (docs/scoring.md).</p>\n</footer>\n</body>\n</html>\n");
        TextDrain.Drain(html, writer);
    }

    private static void WriteSummary(ReportBatch batch, StringBuilder html, TextWriter writer)
    {
        html.Append("<nav aria-label=\"Attestations\">\n<table>\n<thead><tr><th>vendor</th><th>service</th><th class=\"num\">score</th><th>rating</th><th>baseline gate</th><th class=\"num\">gaps</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            var report = batch.Reports[i];
            html.Append("<tr><td><a href=\"#report-").Append(Count(i + 1)).Append("\">").Append(H(report.Attestation.Vendor)).Append("</a></td><td>").Append(H(Service(report.Attestation)))
                .Append("</td><td class=\"num\">").Append(OneDecimal(report.Score)).Append("</td><td class=\"").Append(RatingClass(report.Rating)).Append("\">").Append(RatingName(report.Rating))
                .Append("</td><td>").Append(report.BaselineGatePassed ? "passed" : "<span class=\"poor\">failed</span>")
                .Append("</td><td class=\"num\">").Append(Count(report.Expectations.Count(e => e.IsGap))).Append("</td></tr>\n");
            if (html.Length > 16 * 1024)
            {
                TextDrain.Drain(html, writer);
            }
        }

        html.Append("</tbody>\n</table>\n</nav>\n");
    }

    // Nothing at all when every input was read, so the pages of clean runs keep their bytes.
    private static void WriteUnreadInputs(ReportBatch batch, StringBuilder html)
    {
        if (!batch.HasUnreadInputs)
        {
            return;
        }

        html.Append("<section class=\"unread\" id=\"unread-inputs\" aria-labelledby=\"unread-inputs-title\">\n<h2 id=\"unread-inputs-title\">").Append(H(UnreadHeading)).Append("</h2>\n");
        html.Append("<p class=\"poor\">").Append(H(UnreadIntroduction(batch))).Append("</p>\n");
        if (batch.UnreadInputs.Count > 0)
        {
            html.Append("<table>\n<thead><tr><th>input</th><th>code</th><th>where</th><th>message</th></tr></thead>\n<tbody>\n");
            foreach (var input in batch.UnreadInputs)
            {
                foreach (var error in input.Errors)
                {
                    html.Append("<tr><td>").Append(H(input.Name)).Append("</td><td><code>").Append(H(error.Code)).Append("</code></td><td>").Append(H(UnreadWhere(error)))
                        .Append("</td><td>").Append(H(error.Message)).Append("</td></tr>\n");
                }
            }

            html.Append("</tbody>\n</table>\n");
        }

        if (UnreadNotListed(batch) is { Length: > 0 } more)
        {
            html.Append("<p>").Append(H(more)).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteReport(EvaluationReport report, string id, StringBuilder html)
    {
        var a = report.Attestation;
        html.Append("<section class=\"report\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-title\">\n");
        html.Append("<h2 id=\"").Append(id).Append("-title\">").Append(H(a.Vendor)).Append(" — ").Append(H(Service(a))).Append("</h2>\n");
        html.Append("<p class=\"meta\">").Append(a.AssessedBy == Attestations.AssessingParty.ThirdParty ? "Assessed by " + H(ReportText.AssessedBy(a)) + " · assessed " : "Attested ").Append(Date(a.AttestedOn)).Append(" · evaluated ").Append(Date(report.EvaluatedOn))
            .Append(" · audiences served: ").Append(H(Audiences(a)));
        if (a.Source is not null)
        {
            html.Append(" · source <code>").Append(H(a.Source)).Append("</code>");
        }

        html.Append("</p>\n");

        // Which rules made the report, so a custom or tailored rule set never passes for the built-in one.
        var builtIn = report.RuleSet.Origin == RuleSetOrigin.BuiltIn;
        html.Append("<p class=\"meta").Append(builtIn ? string.Empty : " poor").Append("\">Rules: <code>").Append(H(report.RuleSet.Id)).Append("</code> ").Append(H(report.RuleSet.Version))
            .Append(" — ").Append(builtIn ? string.Empty : "<strong>").Append(H(ReportText.Provenance(report.RuleSet))).Append(builtIn ? string.Empty : "</strong>").Append("</p>\n");
        var tailoring = ReportText.Tailoring(report.RuleSet);
        if (tailoring.Count > 0)
        {
            html.Append("<ul class=\"tailoring\">\n");
            foreach (var change in tailoring)
            {
                html.Append("<li>").Append(H(change)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }
        WriteTiles(report, html);
        WriteGate(report, html);
        WritePrinciples(report, id, html);
        WriteGaps(report, html);
        WriteContradictions(report, html);
        WriteWaivers(report, html);
        WriteNotes(report, html);
        WriteExpectations(report, html);
        html.Append("</section>\n");
    }

    private static void WriteTiles(EvaluationReport report, StringBuilder html)
    {
        var c = report.Coverage;
        var gaps = report.Expectations.Count(e => e.IsGap);
        var questions = report.Expectations.Sum(e => e.FollowUps.Count);
        html.Append("<div class=\"tiles\">\n");
        Tile(html, ScoreClass(report.Score), OneDecimal(report.Score), "overall score");
        Tile(html, RatingClass(report.Rating), RatingName(report.Rating), report.Rating == report.UncappedRating ? "rating" : "rating, capped (score alone: " + RatingName(report.UncappedRating) + ")");
        Tile(html, report.BaselineGatePassed ? "good" : "poor", report.BaselineGatePassed ? "passed" : "failed", "baseline gate");
        Tile(html, string.Empty, OneDecimal(report.Implementation), "implementation");
        Tile(html, string.Empty, OneDecimal(report.Assurance), "assurance");
        Tile(html, string.Empty, Count(gaps), gaps == 1 ? "gap" : "gaps");
        Tile(html, string.Empty, Count(questions), questions == 1 ? "follow-up question" : "follow-up questions");
        html.Append("</div>\n<p class=\"muted\">").Append(Count(c.Answered)).Append(" of ").Append(Count(c.Expectations)).Append(" expectations answered · ")
            .Append(Count(c.InScope)).Append(" in scope · ").Append(Count(c.NotApplicable)).Append(" not applicable · ").Append(Count(c.NotAnswered)).Append(" not answered</p>\n");
    }

    private static void Tile(StringBuilder html, string cssClass, string value, string label) =>
        html.Append("<div class=\"tile\"><span class=\"big").Append(cssClass.Length == 0 ? string.Empty : " " + cssClass).Append("\">").Append(H(value))
            .Append("</span><span class=\"label\">").Append(H(label)).Append("</span></div>\n");

    private static void WriteGate(EvaluationReport report, StringBuilder html)
    {
        if (report.BaselineGatePassed)
        {
            html.Append("<p>Baseline gate <strong class=\"good\">passed</strong>: every baseline expectation in scope is met.</p>\n");
            return;
        }

        html.Append("<p>Baseline gate <strong class=\"poor\">failed</strong>: ")
            .Append(string.Join(", ", report.BaselineGaps.Select(g => "<span class=\"id\">" + H(g.ExpectationId) + "</span>" + H(g.Title) + " (" + Name(g.Outcome) + (g.IsWaived ? ", waived" : string.Empty) + ")")))
            .Append(report.BaselineGaps.Any(g => g.IsWaived) ? ". A waived gap still caps the rating but does not fail gates.</p>\n" : ".</p>\n");
    }

    private static void WritePrinciples(EvaluationReport report, string id, StringBuilder html)
    {
        var principles = report.Principles;
        var height = (principles.Count * RowHeight) + 10;
        html.Append("<h3>Principles</h3>\n");
        html.Append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"").Append(id).Append("-chart\" width=\"").Append(Count(ChartWidth)).Append("\" height=\"").Append(Count(height))
            .Append("\" viewBox=\"0 0 ").Append(Count(ChartWidth)).Append(' ').Append(Count(height)).Append("\">\n");
        html.Append("<title id=\"").Append(id).Append("-chart\">Principle scores, 0 to 100, for ").Append(H(report.Attestation.Vendor + " — " + Service(report.Attestation))).Append("</title>\n");
        for (var i = 0; i < principles.Count; i++)
        {
            var p = principles[i];
            var y = (i * RowHeight) + 6;
            var filled = p.Score is double s ? s / 100 * BarWidth : 0;
            html.Append("<g>\n<title>").Append(H(p.Title)).Append(": ").Append(p.Score is double t ? OneDecimal(t) + " of 100" : "no expectation in scope").Append("</title>\n");
            html.Append("<text x=\"0\" y=\"").Append(Count(y + 14)).Append("\">").Append(H(p.Title)).Append("</text>\n");
            html.Append("<rect class=\"track\" x=\"").Append(Count(LabelWidth)).Append("\" y=\"").Append(Count(y)).Append("\" width=\"").Append(Count(BarWidth)).Append("\" height=\"18\" />\n");
            if (p.Score is double score)
            {
                html.Append("<rect class=\"bar-").Append(ScoreClass(score)).Append("\" x=\"").Append(Count(LabelWidth)).Append("\" y=\"").Append(Count(y))
                    .Append("\" width=\"").Append(Coordinate(filled)).Append("\" height=\"18\" />\n");
            }

            html.Append("<text x=\"").Append(Count(LabelWidth + BarWidth + 10)).Append("\" y=\"").Append(Count(y + 14)).Append("\">")
                .Append(p.Score is double v ? OneDecimal(v) : "n/a").Append("</text>\n</g>\n");
        }

        html.Append("</svg>\n");
        html.Append("<table>\n<thead><tr><th>principle</th><th class=\"num\">score</th><th class=\"num\">implementation</th><th class=\"num\">assurance</th></tr></thead>\n<tbody>\n");
        foreach (var p in principles)
        {
            html.Append("<tr><td>").Append(H(p.Title)).Append("</td><td class=\"num\">").Append(Maybe(p.Score)).Append("</td><td class=\"num\">").Append(Maybe(p.Implementation))
                .Append("</td><td class=\"num\">").Append(Maybe(p.Assurance)).Append("</td></tr>\n");
        }

        html.Append("<tr><th>Overall</th><th class=\"num\">").Append(OneDecimal(report.Score)).Append("</th><th class=\"num\">").Append(OneDecimal(report.Implementation))
            .Append("</th><th class=\"num\">").Append(OneDecimal(report.Assurance)).Append("</th></tr>\n</tbody>\n</table>\n");
    }

    private static void WriteGaps(EvaluationReport report, StringBuilder html)
    {
        var gaps = report.Expectations.Where(e => e.IsGap).ToArray();
        html.Append("<h3>Gaps (").Append(Count(gaps.Length)).Append(")</h3>\n");
        if (gaps.Length == 0)
        {
            html.Append("<p>None: every expectation in scope is met.</p>\n");
            return;
        }

        foreach (var e in gaps)
        {
            html.Append("<article class=\"gap").Append(e.IsBaselineGap ? " baseline" : string.Empty).Append(e.IsWaived ? " waived" : string.Empty).Append("\">\n");
            html.Append("<h4><span class=\"id\">").Append(H(e.Id)).Append("</span>").Append(H(e.Title)).Append("</h4>\n<p>");
            html.Append("<span class=\"tag").Append(e.Level == ExpectationLevel.Baseline ? " alert" : string.Empty).Append("\">").Append(H(Level(e))).Append("</span>");
            html.Append("<span class=\"tag\">").Append(Name(e.Outcome)).Append("</span>");
            html.Append("<span class=\"tag\" title=\"").Append(H(ReportText.BasisMeaning(e.Basis))).Append("\">basis: ").Append(Name(e.Basis)).Append("</span>");
            if (WaivedNote(report, e) is { } waived)
            {
                html.Append("<span class=\"tag\">").Append(H(waived)).Append("</span>");
            }

            html.Append(" score <strong>").Append(Maybe(e.Score)).Append("</strong> · implementation ").Append(Maybe(e.Implementation))
                .Append(" · assurance ").Append(Maybe(e.Assurance)).Append(" (").Append(ReportText.Aspects(e)).Append(")</p>\n");
            if (e.Reasons.Count > 0)
            {
                html.Append("<h5>Reasons</h5>\n<ol>\n");
                foreach (var reason in e.Reasons)
                {
                    html.Append("<li>").Append(H(reason.Message));
                    if (reason.Pointer.Length > 0)
                    {
                        html.Append(" <code>").Append(H(reason.Pointer)).Append("</code>");
                    }

                    html.Append("</li>\n");
                }

                html.Append("</ol>\n");
            }

            if (e.FollowUps.Count > 0)
            {
                html.Append("<h5>Follow-up questions</h5>\n<ul>\n");
                foreach (var question in e.FollowUps)
                {
                    html.Append("<li>").Append(H(question.Question)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</article>\n");
        }
    }

    private static void WriteContradictions(EvaluationReport report, StringBuilder html)
    {
        if (report.Contradictions.Count == 0)
        {
            return;
        }

        html.Append("<h3>Contradictions (").Append(Count(report.Contradictions.Count)).Append(")</h3>\n<table>\n<thead><tr><th>expectation</th><th>claimed</th><th>fact</th><th>stated</th><th>expected</th></tr></thead>\n<tbody>\n");
        foreach (var c in report.Contradictions)
        {
            html.Append("<tr><td>").Append(H(c.ExpectationId)).Append("</td><td>").Append(Name(c.Claimed)).Append("</td><td><code>").Append(H(c.Fact)).Append("</code></td><td>")
                .Append(H(c.Stated.ToString())).Append("</td><td>").Append(H(c.Expected)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteWaivers(EvaluationReport report, StringBuilder html)
    {
        if (report.Waivers.Count == 0)
        {
            return;
        }

        html.Append("<h3>Waivers (").Append(Count(report.Waivers.Count)).Append(")</h3>\n<table>\n<thead><tr><th>expectation</th><th>state</th><th>expires</th><th>approved by</th><th>justification</th></tr></thead>\n<tbody>\n");
        foreach (var w in report.Waivers)
        {
            var expired = w.State is Evaluation.WaiverState.Expired or Evaluation.WaiverState.BeyondHorizon;
            html.Append("<tr><td>").Append(H(w.ExpectationId)).Append("</td><td").Append(expired ? " class=\"poor\"><strong>" : ">").Append(H(WaiverStateText(w.State)))
                .Append(expired ? "</strong>" : string.Empty).Append("</td><td>").Append(Date(w.Expires)).Append("</td><td>").Append(H(w.Approver))
                .Append("</td><td>").Append(H(w.Justification)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteNotes(EvaluationReport report, StringBuilder html)
    {
        if (report.Notes.Count == 0)
        {
            return;
        }

        html.Append("<h3>Notes</h3>\n<ul>\n");
        foreach (var note in report.Notes)
        {
            html.Append("<li>").Append(H(note.Message)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void WriteExpectations(EvaluationReport report, StringBuilder html)
    {
        html.Append("<h3>All expectations</h3>\n<table>\n<thead><tr><th>id</th><th>expectation</th><th>level</th><th>basis</th><th>claimed</th><th>outcome</th><th>assurance</th><th class=\"num\">score</th></tr></thead>\n<tbody>\n");
        foreach (var e in report.Expectations)
        {
            html.Append("<tr><td class=\"id\">").Append(H(e.Id)).Append("</td><td>").Append(H(e.Title)).Append("</td><td>").Append(H(Level(e))).Append("</td><td>")
                .Append(Name(e.Basis)).Append("</td><td>")
                .Append(e.Status is { } status ? Name(status) : "—").Append("</td><td").Append(e.IsGap ? " class=\"poor\">" : ">").Append(Name(e.Outcome))
                .Append("</td><td>").Append(ReportText.Aspects(e)).Append("</td><td class=\"num\">").Append(Maybe(e.Score)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Service(AttestationInfo a) => a.Tier is null ? a.Service : a.Service + " (" + a.Tier + ")";

    private static string RatingClass(Rating? rating) => rating is null ? string.Empty : rating >= Rating.Strong ? "good" : rating >= Rating.Moderate ? "fair" : "poor";

    private static string Maybe(double? value) => value is double v ? OneDecimal(v) : "n/a";

    private static string H(string text) => HtmlText.Escape(text);
}
