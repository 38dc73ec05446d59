using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>Renders comparisons of two evaluations as terminal text or Markdown.</summary>
internal static class ComparisonText
{
    private static readonly ChangeKind[] Listed = [ChangeKind.Regressed, ChangeKind.NoLongerAnswered, ChangeKind.Improved, ChangeKind.NewlyAnswered, ChangeKind.StillMissing, ChangeKind.Added, ChangeKind.Removed];

    public static string Text(IReadOnlyList<ReportComparison> comparisons)
    {
        var text = new StringBuilder();
        foreach (var c in comparisons)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(T($"{c.After.Vendor} — {c.After.Service}{(c.After.Tier is null ? string.Empty : $" ({c.After.Tier})")}")).Append('\n');
            text.Append($"  attested {Date(c.Before)} → {Date(c.After)}\n");
            text.Append($"  score {N(c.ScoreBefore)} → {N(c.ScoreAfter)} ({Delta(c.ScoreAfter - c.ScoreBefore)}) · {Rated(c.RatingBefore)} → {Rated(c.RatingAfter)}\n\n");
            var width = c.Principles.Select(p => T(p.Title).Length).DefaultIfEmpty(0).Max();
            foreach (var p in c.Principles)
            {
                text.Append($"  {T(p.Title).PadRight(width)}  {N(p.Before),5} → {N(p.After),5}  {(p.Delta is double d ? Delta(d) : string.Empty)}\n");
            }

            text.Append('\n').Append("  ").Append(Summary(c)).Append('\n');
            foreach (var kind in Listed)
            {
                foreach (var e in c.Expectations.Where(e => e.Change == kind))
                {
                    text.Append($"  {Label(kind),-18} {T(e.Id)}  {T(e.Title)}: {Describe(e)}{(e.IsWaived ? " (waived)" : string.Empty)}\n");
                }
            }
        }

        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<ReportComparison> comparisons)
    {
        var text = new StringBuilder();
        foreach (var c in comparisons)
        {
            text.Append($"## {Escape(c.After.Vendor)} — {Escape(c.After.Service)}\n\n");
            text.Append($"Attested {Date(c.Before)} → {Date(c.After)}. Score **{N(c.ScoreBefore)} → {N(c.ScoreAfter)}** ({Delta(c.ScoreAfter - c.ScoreBefore)}), rating {Rated(c.RatingBefore)} → {Rated(c.RatingAfter)}.\n\n");
            text.Append("| principle | before | after | change |\n|---|---:|---:|---:|\n");
            foreach (var p in c.Principles)
            {
                text.Append($"| {Escape(p.Title)} | {N(p.Before)} | {N(p.After)} | {(p.Delta is double d ? Delta(d) : string.Empty)} |\n");
            }

            text.Append($"\n{Summary(c)}\n\n");
            var changed = c.Expectations.Where(e => e.Change is not ChangeKind.Unchanged).ToArray();
            if (changed.Length > 0)
            {
                text.Append("| change | expectation | before | after |\n|---|---|---|---|\n");
                foreach (var kind in Listed)
                {
                    foreach (var e in changed.Where(e => e.Change == kind))
                    {
                        text.Append($"| {Label(kind)}{(e.IsWaived ? " (waived)" : string.Empty)} | {Escape(e.Id)} {Escape(e.Title)} | {State(e.Before, e.ScoreBefore)} | {State(e.After, e.ScoreAfter)} |\n");
                    }
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Summary(ReportComparison c) =>
        $"improved {c.Count(ChangeKind.Improved)} · regressed {c.Count(ChangeKind.Regressed)} · newly answered {c.Count(ChangeKind.NewlyAnswered)} · no longer answered {c.Count(ChangeKind.NoLongerAnswered)} · still missing {c.Count(ChangeKind.StillMissing)} · unchanged {c.Count(ChangeKind.Unchanged)}";

    private static string Describe(ExpectationChange e) => $"{State(e.Before, e.ScoreBefore)} → {State(e.After, e.ScoreAfter)}";

    private static string State(Evaluation.Outcome? outcome, double? score) =>
        outcome is null ? "absent" : score is null ? Name(outcome.Value) : $"{Name(outcome.Value)} {N(score)}";

    private static string Label(ChangeKind kind) => kind switch
    {
        ChangeKind.NoLongerAnswered => "no longer answered",
        ChangeKind.NewlyAnswered => "newly answered",
        ChangeKind.StillMissing => "still missing",
        _ => Name(kind),
    };

    private static string Date(Evaluation.AttestationInfo info) => info.AttestedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double? value) => value is double v ? v.ToString("0.0#", CultureInfo.InvariantCulture) : "n/a";

    private static string Delta(double? delta) => delta is { } value ? Delta(value) : "n/a";

    private static string Rated(PrivacyPrinciples.Evaluation.Rating? rating) => rating is { } value ? Name(value) : "not rated";

    private static string Delta(double delta) => (delta >= 0 ? "+" : string.Empty) + delta.ToString("0.0", CultureInfo.InvariantCulture);

    // Text from the inputs, through the package's one neutralising rule: made single-line and
    // cleaned of control and bidirectional characters for a terminal; fully escaped for Markdown.
    private static string T(string text) => DisplayText.Clean(text);

    private static string Escape(string text) => MarkdownText.Escape(text);

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => PrivacyPrinciplesJson.NameOf(value);
}
