using System;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Writes reports as GitHub-flavoured Markdown, for a CI job summary or a pull-request comment:
/// per report the principle scores, the overall score and rating, the baseline gate, every gap
/// (waived ones marked with their expiry and approver), contradictions, waivers (expired ones
/// marked as no longer waiving) and the follow-up questions in a collapsed block. A batch of
/// several reports starts with a summary table.
/// </summary>
/// <remarks>
/// Every string that comes from an attestation, a waivers file or a rule set is escaped: line
/// breaks become spaces, <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become entities so no HTML
/// gets through, and Markdown punctuation that would start emphasis, code, a link or a new table
/// cell is backslash-escaped. Numbers have one decimal and do not depend on the current culture.
/// Stateless and thread-safe.
/// </remarks>
public sealed class MarkdownReportWriter : ReportWriter
{
    /// <inheritdoc/>
    public override string Format => "markdown";

    /// <inheritdoc/>
    public override string FileExtension => ".md";

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        // Each part goes to the writer as soon as it is built, so a batch never becomes one string;
        // the document ends with one line break, however many its last part ends with.
        var text = new StringBuilder();
        var held = 0;
        if (batch.Reports.Count == 0)
        {
            text.Append("No attestation was evaluated.\n");
        }
        else if (batch.Reports.Count > 1)
        {
            WriteSummary(batch, text);
        }

        // Before the reports, so a reviewer of the page sees first that it is not the whole batch.
        WriteUnreadInputs(batch, text);
        TextDrain.DrainHoldingLineBreaks(text, writer, ref held);
        foreach (var report in batch.Reports)
        {
            WriteReport(report, text);
            TextDrain.DrainHoldingLineBreaks(text, writer, ref held);
        }

        writer.Write('\n');
    }

    private static void WriteSummary(ReportBatch batch, StringBuilder text)
    {
        var ruleSet = batch.HeadingRuleSet();
        text.Append("# ").Append(Count(batch.Reports.Count)).Append(" attestations against ").Append(Code(ruleSet.Id)).Append(' ').Append(E(ruleSet.Version)).Append("\n\n");
        text.Append("| vendor | service | score | rating | baseline gate | gaps | follow-up questions |\n|---|---|---:|---|---|---:|---:|\n");
        foreach (var report in batch.Reports)
        {
            var a = report.Attestation;
            text.Append("| ").Append(E(a.Vendor)).Append(" | ").Append(E(Service(a))).Append(" | ").Append(OneDecimal(report.Score))
                .Append(" | ").Append(RatingName(report.Rating)).Append(" | ").Append(report.BaselineGatePassed ? "passed" : "failed")
                .Append(" | ").Append(Count(report.Expectations.Count(e => e.IsGap)))
                .Append(" | ").Append(Count(report.Expectations.Sum(e => e.FollowUps.Count))).Append(" |\n");
        }

        text.Append('\n');
    }

    // Nothing at all when every input was read, so the reports of clean runs keep their bytes.
    private static void WriteUnreadInputs(ReportBatch batch, StringBuilder text)
    {
        if (!batch.HasUnreadInputs)
        {
            return;
        }

        text.Append("## ").Append(UnreadHeading).Append("\n\n").Append(E(UnreadIntroduction(batch))).Append("\n\n");
        if (batch.UnreadInputs.Count > 0)
        {
            text.Append("| input | code | where | message |\n|---|---|---|---|\n");
            foreach (var input in batch.UnreadInputs)
            {
                foreach (var error in input.Errors)
                {
                    text.Append("| ").Append(E(input.Name)).Append(" | ").Append(Code(error.Code)).Append(" | ").Append(E(UnreadWhere(error)))
                        .Append(" | ").Append(E(error.Message)).Append(" |\n");
                }
            }

            text.Append('\n');
        }

        if (UnreadNotListed(batch) is { Length: > 0 } more)
        {
            text.Append(E(more)).Append("\n\n");
        }
    }

    private static void WriteReport(EvaluationReport report, StringBuilder text)
    {
        var a = report.Attestation;
        text.Append("## ").Append(E(a.Vendor)).Append(" — ").Append(E(Service(a))).Append("\n\n");
        if (a.AssessedBy == Attestations.AssessingParty.ThirdParty)
        {
            text.Append("Assessed by ").Append(E(ReportText.AssessedBy(a))).Append("  \n");
        }

        text.Append("Attested ").Append(Date(a.AttestedOn)).Append(" · evaluated ").Append(Date(report.EvaluatedOn))
            .Append(" · audiences served: ").Append(Audiences(a));
        if (a.Source is not null)
        {
            text.Append(" · source: ").Append(E(a.Source));
        }

        text.Append("  \nRules: ").Append(Code(report.RuleSet.Id)).Append(' ').Append(E(report.RuleSet.Version)).Append(" — ")
            .Append(report.RuleSet.Origin == RuleSetOrigin.BuiltIn ? string.Empty : "**").Append(E(ReportText.Provenance(report.RuleSet)))
            .Append(report.RuleSet.Origin == RuleSetOrigin.BuiltIn ? string.Empty : "**");
        foreach (var change in ReportText.Tailoring(report.RuleSet))
        {
            text.Append("  \n- ").Append(E(change));
        }

        text.Append("\n\n| principle | score | implementation | assurance |\n|---|---:|---:|---:|\n");
        foreach (var p in report.Principles)
        {
            text.Append("| ").Append(E(p.Title)).Append(" | ").Append(Maybe(p.Score)).Append(" | ").Append(Maybe(p.Implementation)).Append(" | ").Append(Maybe(p.Assurance)).Append(" |\n");
        }

        text.Append("| **Overall** | **").Append(OneDecimal(report.Score)).Append("** | ").Append(OneDecimal(report.Implementation)).Append(" | ").Append(OneDecimal(report.Assurance)).Append(" |\n\n");

        text.Append("**Score ").Append(OneDecimal(report.Score)).Append("** · rating **").Append(RatingName(report.Rating)).Append("**");
        if (report.Rating != report.UncappedRating)
        {
            text.Append(" (capped by ").Append(report.BaselineGatePassed ? "a rule in the notes below" : "the baseline gate").Append("; the score alone gives ").Append(RatingName(report.UncappedRating)).Append(')');
        }

        var c = report.Coverage;
        text.Append("  \n").Append(Count(c.Answered)).Append(" of ").Append(Count(c.Expectations)).Append(" expectations answered · ")
            .Append(Count(c.InScope)).Append(" in scope · ").Append(Count(c.NotApplicable)).Append(" not applicable (")
            .Append(Count(c.ClaimedNotApplicable)).Append(" by the vendor's claim) · ").Append(Count(c.NotAnswered)).Append(" not answered · ")
            .Append(Count(c.Unverified)).Append(" unverified").Append(c.Undetermined > 0 ? " · " + Count(c.Undetermined) + " undetermined" : string.Empty).Append("\n\n");

        WriteGate(report, text);
        WriteGaps(report, text);
        WriteContradictions(report, text);
        WriteWaivers(report, text);
        WriteNotes(report, text);
        WriteFollowUps(report, text);
    }

    private static void WriteGate(EvaluationReport report, StringBuilder text)
    {
        if (report.BaselineGatePassed)
        {
            text.Append("**Baseline gate: passed** — every baseline expectation in scope is met.\n\n");
            return;
        }

        var gaps = report.BaselineGaps;
        text.Append("**Baseline gate: failed** — ").Append(Count(gaps.Count)).Append(gaps.Count == 1 ? " baseline expectation" : " baseline expectations")
            .Append(" not met: ")
            .Append(string.Join(", ", gaps.Select(g => E(g.ExpectationId) + " (" + Name(g.Outcome) + (g.IsWaived ? ", waived" : string.Empty) + ")")))
            .Append('.');
        if (gaps.Any(g => g.IsWaived))
        {
            text.Append(" A waived gap still caps the rating but does not fail gates.");
        }

        text.Append("\n\n");
    }

    private static void WriteGaps(EvaluationReport report, StringBuilder text)
    {
        var gaps = report.Expectations.Where(e => e.IsGap).ToArray();
        text.Append("### Gaps (").Append(Count(gaps.Length)).Append(")\n\n");
        if (gaps.Length == 0)
        {
            text.Append("None: every expectation in scope is met.\n\n");
            return;
        }

        text.Append("| id | expectation | level | outcome | score | waived? |\n|---|---|---|---|---:|---|\n");
        foreach (var e in gaps)
        {
            text.Append("| ").Append(E(e.Id)).Append(" | ").Append(E(e.Title)).Append(" | ").Append(Level(e)).Append(" | ").Append(Name(e.Outcome))
                .Append(" | ").Append(Maybe(e.Score)).Append(" | ").Append(WaivedNote(report, e) is { } waived ? E(waived) : "no").Append(" |\n");
        }

        text.Append('\n');
    }

    private static void WriteContradictions(EvaluationReport report, StringBuilder text)
    {
        if (report.Contradictions.Count == 0)
        {
            return;
        }

        text.Append("### Contradictions (").Append(Count(report.Contradictions.Count)).Append(")\n\n");
        foreach (var contradiction in report.Contradictions)
        {
            text.Append("- **").Append(E(contradiction.ExpectationId)).Append("** ").Append(E(Contradiction(contradiction))).Append(".\n");
        }

        text.Append('\n');
    }

    private static void WriteWaivers(EvaluationReport report, StringBuilder text)
    {
        if (report.Waivers.Count == 0)
        {
            return;
        }

        text.Append("### Waivers (").Append(Count(report.Waivers.Count)).Append(")\n\n| expectation | state | expires | approved by | justification |\n|---|---|---|---|---|\n");
        foreach (var w in report.Waivers)
        {
            var state = WaiverStateText(w.State);
            text.Append("| ").Append(E(w.ExpectationId)).Append(" | ").Append(w.State is Evaluation.WaiverState.Expired or Evaluation.WaiverState.BeyondHorizon ? "**" + state + "**" : state)
                .Append(" | ").Append(Date(w.Expires)).Append(" | ").Append(E(w.Approver)).Append(" | ").Append(E(w.Justification)).Append(" |\n");
        }

        text.Append('\n');
    }

    private static void WriteNotes(EvaluationReport report, StringBuilder text)
    {
        if (report.Notes.Count == 0)
        {
            return;
        }

        text.Append("### Notes\n\n");
        foreach (var note in report.Notes)
        {
            text.Append("- ").Append(E(note.Message)).Append('\n');
        }

        text.Append('\n');
    }

    private static void WriteFollowUps(EvaluationReport report, StringBuilder text)
    {
        var asked = report.Expectations.Where(e => e.FollowUps.Count > 0).ToArray();
        var count = asked.Sum(e => e.FollowUps.Count);
        text.Append("### Follow-up questions (").Append(Count(count)).Append(")\n\n");
        if (count == 0)
        {
            text.Append("None.\n\n");
            return;
        }

        // A blank line after <summary> lets GitHub render the Markdown inside the block.
        text.Append("<details>\n<summary>").Append(Count(count)).Append(count == 1 ? " question" : " questions")
            .Append(" about ").Append(Count(asked.Length)).Append(asked.Length == 1 ? " expectation" : " expectations").Append("</summary>\n\n");
        foreach (var e in asked)
        {
            text.Append("**").Append(E(e.Id)).Append("** ").Append(E(e.Title)).Append("\n\n");
            foreach (var question in e.FollowUps)
            {
                text.Append("- ").Append(E(question.Question)).Append('\n');
            }

            text.Append('\n');
        }

        text.Append("</details>\n\n");
    }

    private static string Service(AttestationInfo a) => a.Tier is null ? a.Service : a.Service + " (" + a.Tier + ")";

    private static string Maybe(double? value) => value is double v ? OneDecimal(v) : "n/a";

    private static string E(string text) => MarkdownText.Escape(text);

    // An identifier in a code span; backslash escapes do not work inside one, so anything unusual is written as escaped text instead.
    private static string Code(string id) => id.Length > 0 && id.All(c => char.IsLetterOrDigit(c) || c is '.' or '-') ? "`" + id + "`" : E(id);
}
