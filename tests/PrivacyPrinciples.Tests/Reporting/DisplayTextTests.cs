using System.IO;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Tests.Reporting;

public class DisplayTextTests
{
    [Theory]
    [InlineData("\u001b]0;pwned\u0007Acme", "\uFFFD]0;pwned\uFFFDAcme")]
    [InlineData("Acme\u202Eemca", "Acme\uFFFDemca")]
    [InlineData("a\u2066b\u2069c\u200Fd", "a\uFFFDb\uFFFDc\uFFFDd")]
    [InlineData("\u009b31mred", "\uFFFD31mred")]
    [InlineData("tab\tand\nlines\r", "tab\tand\nlines\r")]
    [InlineData("Ünïcödé — 中文", "Ünïcödé — 中文")]
    public void Clean_ReplacesControlAndBidirectionalCharacters(string text, string expected)
    {
        DisplayText.Clean(text).Should().Be(expected);
    }

    [Fact]
    public void TextReport_ShowsNoEscapeSequenceFromVendorText()
    {
        var batch = ReportBatches.Golden();
        var report = batch.Reports[0];
        report = report with { Attestation = report.Attestation with { Vendor = "\u001b[2J\u001b]8;;https://evil.example\u0007Acme\u202E", Tier = "\u001b[31m" } };
        var text = new StringWriter();

        TextReportWriter.Write(report, text, color: false);

        text.ToString().Should().NotContain("\u001b").And.NotContain("\u202E").And.NotContain("\u0007").And.Contain("\uFFFD[2J");
    }
}
