using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Writes reports as a short terminal summary: the principle scores as bars, the overall score
/// and rating, the baseline gaps, and how many contradictions and follow-up questions there are.
/// Culture-invariant. Thread-safe.
/// </summary>
public sealed class TextReportWriter : StreamingReportWriter
{
    private const int BarWidth = 20;

    /// <summary>Creates a writer without colours.</summary>
    public TextReportWriter()
        : this(color: false)
    {
    }

    /// <summary>Creates a writer.</summary>
    /// <param name="color">Whether to use ANSI colours (leave off when the output is not a terminal or <c>NO_COLOR</c> is set).</param>
    public TextReportWriter(bool color) => Color = color;

    /// <summary>Whether ANSI colours are used.</summary>
    public bool Color { get; }

    /// <inheritdoc/>
    public override string Format => "text";

    /// <inheritdoc/>
    public override string FileExtension => ".txt";


    /// <inheritdoc/>
    public override void WriteStart(ReportBatch batch, TextWriter writer)
    {
    }

    /// <inheritdoc/>
    public override void WriteReport(ReportBatch batch, EvaluationReport report, int index, TextWriter writer)
    {
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        if (index > 0)
        {
            writer.Write('\n');
        }

        WriteSummary(report, writer, Color);
    }

    /// <inheritdoc/>
    public override void WriteEnd(ReportBatch batch, int count, TextWriter writer)
    {
    }

    /// <summary>Writes the summary of one report, with ANSI colours when <paramref name="color"/> is set.</summary>
    internal static void WriteSummary(EvaluationReport report, TextWriter writer, bool color)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var paint = new Painter(color);
        var a = report.Attestation;

        // Vendor text is cleaned of control and bidirectional characters: this output goes to terminals.
        writer.Write(paint.Bold(DisplayText.Clean($"{a.Vendor} — {a.Service}")));
        writer.Write(a.Tier is null ? "\n" : DisplayText.Clean($" ({a.Tier})") + "\n");
        if (a.AssessedBy == Attestations.AssessingParty.ThirdParty)
        {
            writer.Write(paint.Dim(DisplayText.Clean($"  assessed by {ReportText.AssessedBy(a)}")) + "\n");
        }

        writer.Write(paint.Dim($"  attested {Date(a.AttestedOn)} · evaluated {Date(report.EvaluatedOn)} · audiences served: {ReportText.Audiences(a)}") + "\n");

        // Which rules made the report: a custom or tailored rule set must never pass for the built-in one.
        var rules = DisplayText.Clean($"  rules: {report.RuleSet.Id} {report.RuleSet.Version} ({ReportText.Provenance(report.RuleSet, shortDigest: true)})");
        writer.Write((report.RuleSet.Origin == RuleSetOrigin.BuiltIn ? paint.Dim(rules) : paint.Bad(rules)) + "\n");
        foreach (var change in ReportText.Tailoring(report.RuleSet))
        {
            writer.Write(paint.Bad(DisplayText.Clean("    " + change)) + "\n");
        }

        if (a.Source is not null)
        {
            writer.Write(paint.Dim(DisplayText.Clean($"  source: {a.Source}")) + "\n");
        }

        writer.Write('\n');
        var titleWidth = report.Principles.Max(p => DisplayText.Clean(p.Title).Length);
        foreach (var principle in report.Principles)
        {
            var title = DisplayText.Clean(principle.Title).PadRight(titleWidth);
            writer.Write(principle.Score is double score
                ? $"  {title}  {Number(score),5}  {paint.ForScore(score, Bar(score))}\n"
                : $"  {title}    n/a  {paint.Dim("no expectation in scope")}\n");
        }

        writer.Write('\n');
        writer.Write($"  Overall {paint.Bold(Number(report.Score))} · {paint.ForRating(report.Rating, ReportText.RatingName(report.Rating))}");
        writer.Write($" · implementation {Number(report.Implementation)} · assurance {Number(report.Assurance)}\n");
        var c = report.Coverage;
        writer.Write($"  {c.Answered} of {c.Expectations} expectations answered · {c.InScope} in scope · {c.NotApplicable} not applicable ({c.ClaimedNotApplicable} by the vendor's claim) · {c.NotAnswered} not answered · {c.Unverified} unverified{(c.Undetermined > 0 ? $" · {c.Undetermined} undetermined" : string.Empty)}\n");

        if (report.BaselineGaps.Count == 0)
        {
            writer.Write($"  Baseline gate: {paint.Good("passed")}\n");
        }
        else
        {
            var cap = report.Rating < report.UncappedRating ? $" (rating capped at {ReportText.RatingName(report.Rating)}; the score alone gives {ReportText.RatingName(report.UncappedRating)})" : string.Empty;
            writer.Write($"  Baseline gaps: {paint.Bad(report.BaselineGaps.Count.ToString(CultureInfo.InvariantCulture))}{cap}\n");
            foreach (var gap in report.BaselineGaps)
            {
                writer.Write($"    {paint.Bad(gap.ExpectationId)}  {DisplayText.Clean(gap.Title)} — {Name(gap.Outcome)}{(gap.IsWaived && ReportText.ActiveWaiver(report, gap.ExpectationId) is { } waiver ? $" (waived until {Date(waiver.Expires)})" : string.Empty)}\n");
            }
        }

        foreach (var note in report.Notes)
        {
            if (note.Code.StartsWith("rating.", StringComparison.Ordinal))
            {
                writer.Write($"  {paint.Bad("Rating capped")}: {DisplayText.Clean(note.Message)}\n");
            }
            else if (note.Code == ReasonCodes.FactsInconsistent)
            {
                // In the summary: it explains why the answers resting on those facts are unverified.
                writer.Write($"  {paint.Bad("Inconsistent facts")}: {DisplayText.Clean(note.Message)}\n");
            }
            else if (note.Code == ReasonCodes.AudienceNamed)
            {
                // In the summary: it changes which expectations apply, and so the counts above.
                writer.Write($"  {paint.Bad("Audience named")}: {DisplayText.Clean(note.Message)}\n");
            }
        }

        foreach (var waiver in report.Waivers)
        {
            writer.Write($"  Waiver: {DisplayText.Clean(ReportText.Waiver(waiver))}\n");
        }

        var questions = report.Expectations.Sum(e => e.FollowUps.Count);
        writer.Write($"  Contradictions: {report.Contradictions.Count} · follow-up questions: {questions}\n");
    }

    private static string Bar(double score)
    {
        var filled = (int)Math.Round(score / 100 * BarWidth, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is { } number ? Number(number) : ReportText.NoScore;

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => PrivacyPrinciples.Attestations.FactCatalog.JsonName(value);

    private readonly struct Painter(bool enabled)
    {
        public string Bold(string text) => Wrap("1", text);

        public string Dim(string text) => Wrap("2", text);

        public string Good(string text) => Wrap("32", text);

        public string Bad(string text) => Wrap("31", text);

        public string ForScore(double score, string text) => Wrap(score >= 75 ? "32" : score >= 50 ? "33" : "31", text);

        public string ForRating(Rating? rating, string text) => rating is null ? text : Wrap(rating >= Rating.Strong ? "32" : rating >= Rating.Moderate ? "33" : "31", text);

        private string Wrap(string code, string text) => enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
    }
}
