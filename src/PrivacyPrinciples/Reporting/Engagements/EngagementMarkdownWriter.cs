using System;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Engagements;
using static System.FormattableString;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Reporting.Engagements;

/// <summary>
/// An engagement round as Markdown: responses (non-responders named), the vendor × principle
/// matrix, good practices, areas for improvement, what changed since the previous round, and the
/// follow-up letters. Vendor-supplied text is escaped for tables and HTML.
/// </summary>
public sealed class EngagementMarkdownWriter : EngagementWriter
{
    /// <inheritdoc/>
    public override string Format => "markdown";

    /// <inheritdoc/>
    public override string FileExtension => ".md";

    /// <inheritdoc/>
    public override void Write(EngagementReport report, TextWriter writer)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var text = new StringBuilder();
        var round = report.Round;
        text.Append(Invariant($"# {Escape(report.Title)}: {Escape(round.Title ?? round.Id)}\n\n"));
        text.Append(Invariant($"Rule set `{report.RuleSet.Id}` {report.RuleSet.Version} ({Escape(ReportText.Provenance(report.RuleSet))})"));
        if (report.RuleSet.Profile is { } profile)
        {
            text.Append(Invariant($", profile: {Escape(profile.Title)}"));
            foreach (var change in ReportText.Tailoring(report.RuleSet))
            {
                text.Append("; ").Append(Escape(change));
            }
        }

        text.Append(round.Deadline is DateTime deadline ? Invariant($". Deadline {Date(deadline)}") : string.Empty);
        text.Append(Invariant($"; evidence judged on {Date(round.EvaluatedOn)}"));
        text.Append(report.PreviousRound is { } previous ? Invariant($"; compared with {Escape(previous.Title ?? previous.Id)}.\n\n") : ".\n\n");

        WriteResponses(report, text);
        WriteMatrix(report, text);
        WriteObservations(report, text);
        WriteChanges(report, text);
        WriteLetters(report, text);
        if (report.Problems.Count > 0)
        {
            text.Append("## Inputs that could not be read\n\n");
            foreach (var problem in report.Problems)
            {
                text.Append("- ").Append(Escape(problem)).Append('\n');
            }

            text.Append('\n');
        }

        writer.Write(text.ToString().TrimEnd('\n') + "\n");
    }

    private static void WriteResponses(EngagementReport report, StringBuilder text)
    {
        var invited = report.Responses.Where(r => r.IsInvited).ToArray();
        var answered = invited.Count(EngagementText.Responded);
        text.Append(Invariant($"## Responses\n\n{answered} of {invited.Length} invited vendors responded.\n\n"));
        text.Append("| vendor | status | assessed by | attested | score | rating | not answered | baseline gaps | follow-up questions |\n|---|---|---|---|---:|---|---:|---:|---:|\n");
        foreach (var response in report.Responses)
        {
            var name = Escape(response.Name) + (response.IsInvited ? string.Empty : " (not invited)");
            if (response.Submissions.Count == 0)
            {
                text.Append(Invariant($"| {name} | **{EngagementText.Status(response)}** | — | — | — | — | — | — | — |\n"));
                continue;
            }

            foreach (var s in response.Submissions)
            {
                text.Append(Invariant($"| {name}{(response.Submissions.Count > 1 ? " — " + Escape(s.Service) : string.Empty)} | {EngagementText.Status(response)} | {Escape(EngagementText.By(s))} | {Date(s.AttestedOn)}{(s.IsLate ? " (late)" : string.Empty)} | {OneDecimal(s.Score)} | {RatingName(s.Rating)} | {s.NotAnswered} | {s.BaselineGaps} | {s.FollowUps} |\n"));
            }
        }

        var silent = invited.Where(r => !EngagementText.Responded(r)).ToArray();
        text.Append(silent.Length == 0
            ? "\nEvery invited vendor responded.\n\n"
            : Invariant($"\nNo response from: {string.Join(", ", silent.Select(r => "**" + Escape(r.Name) + "** (`" + r.VendorId + "`" + (r.Status == ResponseStatus.AssessedByThirdParty ? ", assessed by a third party" : string.Empty) + ")"))}.\n\n"));

        // A vendor that sent a broken file responded: it is named with what is wrong, not among the silent.
        var unreadable = invited.Where(r => r.Unreadable.Count > 0).ToArray();
        if (unreadable.Length > 0)
        {
            text.Append("Responses that could not be read (each vendor is asked to send it again, corrected):\n\n");
            foreach (var response in unreadable)
            {
                foreach (var file in response.Unreadable)
                {
                    text.Append(Invariant($"- **{Escape(response.Name)}** (`{response.VendorId}`): {Escape(EngagementText.Why(file))}\n"));
                }
            }

            text.Append('\n');
        }
    }

    private static void WriteMatrix(EngagementReport report, StringBuilder text)
    {
        text.Append("## Scores by vendor and principle\n\n| vendor | service | ");
        text.Append(string.Join(" | ", report.Principles.Select(p => Escape(p.Title)))).Append(" | overall |\n|---|---|");
        text.Append(string.Concat(report.Principles.Select(_ => "---:|"))).Append("---:|\n");
        foreach (var response in report.Responses)
        {
            foreach (var s in response.Submissions)
            {
                text.Append(Invariant($"| {Escape(response.Name)} | {Escape(s.Service)} | "));
                text.Append(string.Join(" | ", report.Principles.Select(p => s.Principles.TryGetValue(p.Id, out var v) && v is double score ? OneDecimal(score) : "—")));
                text.Append(Invariant($" | **{OneDecimal(s.Score)}** |\n"));
            }
        }

        text.Append('\n');
    }

    private static void WriteObservations(EngagementReport report, StringBuilder text)
    {
        text.Append("## Observations\n\n### Good practices\n\n");
        if (report.GoodPractices.Count == 0)
        {
            text.Append("No expectation is met with independent validation by enough vendors to call it common practice.\n\n");
        }
        else
        {
            foreach (var g in report.GoodPractices)
            {
                text.Append(Invariant($"- **{g.ExpectationId}** {Escape(g.Title)} ({Principle(report, g.Principle)}): met with independent validation by {g.Count} of {g.Of} responding vendors ({Vendors(g.Vendors)}).\n"));
            }

            text.Append('\n');
        }

        text.Append("### Areas for improvement\n\n");
        if (report.AreasForImprovement.Count == 0)
        {
            text.Append("No expectation is commonly missing, contradicted or weakly supported.\n\n");
            return;
        }

        foreach (var a in report.AreasForImprovement)
        {
            var what = EngagementText.Describe(a.Kind);
            text.Append(Invariant($"- **{a.ExpectationId}** {Escape(a.Title)} ({Principle(report, a.Principle)}): {what} at {a.Count} of {a.Of} responding vendors ({Vendors(a.Vendors)}).\n"));
        }

        text.Append('\n');
    }

    private static void WriteChanges(EngagementReport report, StringBuilder text)
    {
        if (report.PreviousRound is not { } previous)
        {
            return;
        }

        text.Append(Invariant($"### What changed since {Escape(previous.Title ?? previous.Id)}\n\n"));
        if (report.VendorChanges.Count == 0)
        {
            text.Append("No vendor answered both rounds.\n\n");
            return;
        }

        text.Append("| vendor | service | score | improved | regressed | newly answered | no longer answered | still missing |\n|---|---|---|---:|---:|---:|---:|---:|\n");
        foreach (var v in report.VendorChanges)
        {
            text.Append(Invariant($"| {Escape(v.Name)} | {Escape(v.Service)} | {OneDecimal(v.ScoreBefore)} → {OneDecimal(v.ScoreAfter)} | {v.Improved} | {v.Regressed} | {v.NewlyAnswered} | {v.NoLongerAnswered} | {v.StillMissing} |\n"));
        }

        text.Append("\n| expectation | improved | regressed | newly answered | no longer answered | still missing |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var c in report.Changes)
        {
            text.Append(Invariant($"| **{c.ExpectationId}** {Escape(c.Title)} | {c.Improved} | {c.Regressed} | {c.NewlyAnswered} | {c.NoLongerAnswered} | {c.StillMissing} |\n"));
        }

        text.Append('\n');
    }

    private static void WriteLetters(EngagementReport report, StringBuilder text)
    {
        text.Append("## Follow-up letters\n\n");
        foreach (var letter in report.Letters)
        {
            // Letters are Markdown documents of their own, their vendor text already escaped: push their headings two levels down.
            foreach (var line in letter.Text.TrimEnd('\n').Split('\n'))
            {
                text.Append(line.Length > 0 && line[0] == '#' ? "##" + line : line).Append('\n');
            }

            text.Append('\n');
        }
    }


    private static string Principle(EngagementReport report, string id) => Escape(report.Principles.FirstOrDefault(p => p.Id == id)?.Title ?? id);

    private static string Vendors(System.Collections.Generic.IReadOnlyList<string> ids) => string.Join(", ", ids.Select(id => "`" + id + "`"));

    // No HTML, links, emphasis, pipes or line breaks from vendor text.
    private static string Escape(string text) => MarkdownText.Escape(text);
}
