using System.Linq;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Reporting;

public class MarkdownReportWriterTests
{
    private static readonly MarkdownReportWriter Writer = new();

    private static string[] Lines(ReportBatch batch) => Writer.Render(batch).Split('\n');

    [Fact]
    public void Write_GoldenBatch_MatchesTheGoldenFile()
    {
        // Compared byte for byte; after an intended change, run the tests with UPDATE_GOLDEN=1 to rewrite the file, then review the diff.
        GoldenFile.Verify("reports.md", Writer.Render(ReportBatches.Golden()));
    }

    [Fact]
    public void Write_Heading_NamesVendorServiceAndTier_WithDatesRuleSetAndAudiences()
    {
        var lines = Lines(ReportBatches.Golden() with { Reports = [ReportBatches.Fixture()] });

        lines[0].Should().Be("## Lanternfish &amp; Sons \\| &lt;Classroom&gt; Ltd — Lanternfish Classroom (Schools)");
        lines[2].Should().Be("Attested 2026-09-15 · evaluated 2026-11-01 · audiences served: education · source: attestations/lanternfish-classroom.json  ");
        lines[3].Should().Be("Rules: `vtc-joint-statement-2020` 2.0.0 — built-in, " + PrivacyPrinciples.Rules.RuleSetDigest.Compute(PrivacyPrinciples.Rules.BuiltInRuleSets.VtcJointStatement2020));
    }

    [Fact]
    public void Write_SeveralReports_StartWithASummaryTable()
    {
        var lines = Lines(ReportBatches.Golden());

        lines[0].Should().Be("# 2 attestations against `vtc-joint-statement-2020` 2.0.0");
        lines.Should().Contain("| Quartz Calls | Quartz Meet | 96.5 | weak | failed | 2 | 2 |");
    }

    [Fact]
    public void Write_PrincipleTable_HasOneDecimalNumbers()
    {
        var lines = Lines(ReportBatches.Golden() with { Reports = [ReportBatches.Capped()] });

        lines.Should().ContainInOrder(
            "| principle | score | implementation | assurance |",
            "|---|---:|---:|---:|",
            "| Security | 88.5 | 88.5 | 88.5 |");
        lines.Should().Contain(l => l.StartsWith("| Know your audience | 100.0 |", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Write_CappedRating_ShowsTheUncappedRating()
    {
        Lines(ReportBatches.Golden() with { Reports = [ReportBatches.Capped()] })
            .Should().Contain(l => l.StartsWith("**Score 96.5** · rating **weak** (capped by the baseline gate; the score alone gives exemplary)", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Write_BaselineGate_ListsTheGapsAndWhichAreWaived()
    {
        Lines(ReportBatches.Golden() with { Reports = [ReportBatches.Fixture()] }).Should().Contain(
            "**Baseline gate: failed** — 9 baseline expectations not met: SEC-02 (contradicted), SEC-05 (partiallyMet, waived), SEC-06 (notAnswered), SEC-10 (notAnswered), SEC-11 (notAnswered), PBD-04 (notMet), KYA-01 (notAnswered), TRF-03 (notAnswered), TRF-09 (notAnswered). A waived gap still caps the rating but does not fail gates.");
    }

    [Fact]
    public void Write_GapsTable_ListsEveryGapAndMarksTheWaivedOne()
    {
        var report = ReportBatches.Fixture();
        var lines = Lines(ReportBatches.Golden() with { Reports = [report] });

        var header = System.Array.IndexOf(lines, "| id | expectation | level | outcome | score | waived? |");
        var rows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).ToArray();
        rows.Should().HaveCount(report.Expectations.Count(e => e.IsGap));
        rows.Should().Contain("| SEC-02 | End-to-end encryption is available to every user, in group calls too | baseline (raised from expected for education) | contradicted | 25.0 | no |");
        rows.Should().Contain("| SEC-05 | Multi-factor authentication is available and passwords are strong | baseline | partiallyMet | 25.0 | waived until 2027-03-31 (Head of Privacy \\| Lanternfish) |");
    }

    [Fact]
    public void Write_Waivers_MarkTheExpiredOneAsNoLongerWaiving()
    {
        var lines = Lines(ReportBatches.Golden() with { Reports = [ReportBatches.Fixture()] });

        lines.Should().Contain("| TRF-05 | **expired — no longer waives** | 2026-09-30 | Head of Privacy \\| Lanternfish | A first transparency report was due in September. |");
        lines.Should().Contain("| SEC-01 | not needed — nothing to waive | 2027-01-31 | CISO | Kept from last year. |");
    }

    [Fact]
    public void Write_FollowUpQuestions_AreGroupedByExpectationInACollapsedBlock()
    {
        var report = ReportBatches.Fixture();
        var text = Writer.Render(ReportBatches.Golden() with { Reports = [report] });

        var count = report.Expectations.Sum(e => e.FollowUps.Count);
        text.Should().Contain($"### Follow-up questions ({count})\n\n<details>\n<summary>{count} questions about ");
        text.Should().Contain("**SEC-02** End-to-end encryption is available to every user, in group calls too\n\n- Your answer says SEC-02");
        text.TrimEnd('\n').Should().EndWith("</details>");
    }

    [Fact]
    public void Write_UnreadInputs_SomeTheToolFailedOn_AreNotToBeFixedInTheInput()
    {
        var bug = new UnreadInput { Source = "a.json", Errors = [new PrivacyPrinciples.Serialization.InputError { Code = PrivacyPrinciples.Serialization.InputErrorCodes.InternalError, Message = "a bug in the tool", Source = "a.json" }] };
        var mixed = ReportBatches.WithUnreadInputs(ReportBatches.Golden());

        Writer.Render(mixed with { UnreadInputs = [.. mixed.UnreadInputs, bug] }).Should()
            .Contain("10 inputs could not be read, so this report has no result for them: fix those whose errors are their own and run again; those marked internal-error met a bug in the tool, which is to be reported, not fixed in the input.");
        Writer.Render(ReportBatches.Golden() with { UnreadInputs = [bug] }).Should()
            .Contain("1 input could not be read, so this report has no result for it: the tool failed on it (a bug, marked internal-error), so there is nothing to fix in it; report it.");
    }

    [Fact]
    public void Write_UnreadInputs_AreListedBeforeTheReports_OneRowPerError_Escaped()
    {
        var text = Writer.Render(ReportBatches.WithUnreadInputs(ReportBatches.Golden()));

        text.Should().Contain("## Inputs that could not be read\n\n9 inputs could not be read, so this report has no result for them: fix them and run again.\n\n| input | code | where | message |\n|---|---|---|---|\n"
            + "| attestations/broken.json | `json-truncated` | line 3, column 12, at the document root | the document ends before the JSON is complete |\n"
            + "| round.ndjson:7 | `schema-required` | line 7, column 1, at the document root | 'vendor' is required |\n"
            + "| round.ndjson:7 | `schema-type` | line 7, column 40, at /service/name | expected a string |\n"
            + "| missing.json | `input-unreadable` | at the document root | no such file or folder |\n");
        text.Should().Contain("\n\n5 more inputs could not be read and are not listed here.\n\n");
        text.IndexOf("## Inputs that could not be read", System.StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("## Lanternfish", System.StringComparison.Ordinal));
        var hostileRow = text.Split('\n').Single(l => l.Contains("input-kind", System.StringComparison.Ordinal));
        hostileRow.Should().NotContain("<script>").And.NotContain("<img");
        hostileRow.Replace("\\|", string.Empty, System.StringComparison.Ordinal).Count(c => c == '|').Should().Be(5, "a name or message cannot add a cell");
    }

    [Fact]
    public void Write_EveryInputRead_HasNoSectionForUnreadInputs()
    {
        Writer.Render(ReportBatches.Golden()).Should().NotContain("could not be read");
    }

    [Fact]
    public void Write_HostileText_IsEscapedForTablesAndHtml()
    {
        var text = Writer.Render(ReportBatches.Hostile());

        text.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<svg").And.NotContain("<b ").And.NotContain("[link](").And.NotContain("![img](");
        text.Should().Contain("## &lt;script&gt;alert(1)&lt;/script&gt; — \"&gt;&lt;img src=x onerror=alert(1)&gt; (' onmouseover='alert(1)' x=' \\| injected \\| row \\|)");
        // Every table row has as many unescaped cell separators as its header.
        foreach (var table in Tables(text))
        {
            table.Should().OnlyContain(row => Separators(row) == Separators(table[0]), "no vendor text may add or remove a cell");
        }
    }

    [Fact]
    public void Write_EmptyBatch_SaysSo()
    {
        Writer.Render(ReportBatches.Golden() with { Reports = [] }).Should().Be("No attestation was evaluated.\n");
    }

    [Fact]
    public void Write_UnderAnotherCulture_NumbersStayInvariant()
    {
        var batch = ReportBatches.Golden();
        var invariant = Writer.Render(batch);

        using (new CultureScope("de-DE"))
        {
            Writer.Render(batch).Should().Be(invariant);
        }
    }

    private static string[][] Tables(string text) =>
        text.Split("\n\n").Select(block => block.Split('\n')).Where(lines => lines.Length > 1 && lines[1].StartsWith("|---", System.StringComparison.Ordinal)).ToArray();

    private static int Separators(string row) => Enumerable.Range(0, row.Length).Count(i => row[i] == '|' && (i == 0 || row[i - 1] != '\\'));
}
