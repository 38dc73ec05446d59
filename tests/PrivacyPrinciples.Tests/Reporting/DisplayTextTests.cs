using System.IO;
using System.Linq;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Tests.Reporting;

public class DisplayTextTests
{
    [Theory]
    [InlineData("\u001b]0;pwned\u0007Acme", "\uFFFD]0;pwned\uFFFDAcme")]
    [InlineData("Acme\u202Eemca", "Acme\uFFFDemca")]
    [InlineData("a\u2066b\u2069c\u200Fd", "a\uFFFDb\uFFFDc\uFFFDd")]
    [InlineData("\u009b31mred", "\uFFFD31mred")]
    [InlineData("tab\tand\nlines\r\nend\u2028x\u2029y", "tab\tand lines end x y")]
    [InlineData("Ünïcödé — 中文", "Ünïcödé — 中文")]
    [InlineData("next\u0085line", "next\uFFFDline")]
    public void Clean_ReplacesControlAndBidirectionalCharacters_AndMakesOneLine(string text, string expected)
    {
        DisplayText.Clean(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("tab\tand\nlines\r\nend", "tab\tand\nlines\nend")]
    [InlineData("over\rwrite", "over\uFFFDwrite")]
    [InlineData("a\u2028b", "a\nb")]
    public void CleanLines_KeepsLineBreaks_ButNotACarriageReturnThatWouldOverwriteTheLine(string text, string expected)
    {
        DisplayText.CleanLines(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("::error file=x.json::forged", "\uFFFD::error file=x.json::forged")]
    [InlineData("  \t::add-mask::secret", "  \t\uFFFD::add-mask::secret")]
    [InlineData("Acme\n::stop-commands::token", "Acme ::stop-commands::token")]
    [InlineData("std::vector and fe80::1", "std::vector and fe80::1")]
    [InlineData("x ##[error]forged", "x ##\uFFFD[error]forged")]
    public void Clean_NoValueCanStartAGitHubWorkflowCommand_Issue13(string text, string expected)
    {
        DisplayText.Clean(text).Should().Be(expected);
    }

    [Fact]
    public void CleanLines_NoLineOfAValueCanStartAGitHubWorkflowCommand_Issue13()
    {
        var cleaned = DisplayText.CleanLines("fine\n  ::error::forged\r\n::warning::too");

        cleaned.Split('\n').Should().OnlyContain(line => !line.TrimStart().StartsWith("::", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TextReport_ShowsNoEscapeSequenceFromVendorText()
    {
        var batch = ReportBatches.Golden();
        var report = batch.Reports[0];
        report = report with { Attestation = report.Attestation with { Vendor = "\u001b[2J\u001b]8;;https://evil.example\u0007Acme\u202E", Tier = "\u001b[31m" } };
        var text = new StringWriter();

        TextReportWriter.WriteSummary(report, text, color: false);

        text.ToString().Should().NotContain("\u001b").And.NotContain("\u202E").And.NotContain("\u0007").And.Contain("\uFFFD[2J");
    }

    [Fact]
    public void TextReport_AVendorNameCannotForgeALine_Issue13()
    {
        var report = ReportBatches.Golden().Reports[0];
        report = report with { Attestation = report.Attestation with { Vendor = "Acme\n  Overall 99.9 · strong\r\n::error::forged" } };
        var text = new StringWriter();

        TextReportWriter.WriteSummary(report, text, color: false);

        var lines = text.ToString().Split('\n');
        lines.Where(l => l.Contains("Overall", System.StringComparison.Ordinal)).Should().HaveCount(2).And.Contain(l => l.StartsWith("Acme", System.StringComparison.Ordinal));
        lines.Should().OnlyContain(l => !l.TrimStart().StartsWith("::", System.StringComparison.Ordinal));
    }
}
