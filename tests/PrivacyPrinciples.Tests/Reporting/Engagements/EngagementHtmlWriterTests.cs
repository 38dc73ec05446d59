using System.IO;
using System.Linq;
using System.Xml.Linq;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Reporting.Engagements;
using PrivacyPrinciples.Tests.Engagements;

namespace PrivacyPrinciples.Tests.Reporting.Engagements;

public class EngagementHtmlWriterTests
{
    private static string Write(EngagementReport report)
    {
        var text = new StringWriter();
        new EngagementHtmlWriter().Write(report, text);
        return text.ToString();
    }

    [Fact]
    public void Write_IsASelfContainedWellFormedPage()
    {
        var html = Write(EngagementAnalyzerTests.SecondRound);

        var document = XDocument.Parse(html.Substring("<!DOCTYPE html>".Length));
        document.Root!.Name.LocalName.Should().Be("html");
        html.Should().Contain("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\"");
        html.Should().NotContain("<script").And.NotContain("http://").And.NotContain("https://").And.NotContain(" src=");
    }

    [Fact]
    public void Write_NamesTheNonResponder_AndDrawsEveryResponderInTheChart()
    {
        var html = Write(EngagementAnalyzerTests.FirstRound);

        html.Should().Contain("<p class=\"silent\">No response from: Delta Rooms (<code>delta</code>).</p>");
        html.Should().Contain("<td class=\"silent\">no response</td>");
        var chart = html.Substring(html.IndexOf("<h2>Overall scores</h2>", System.StringComparison.Ordinal));
        chart = chart.Substring(0, chart.IndexOf("</svg>", System.StringComparison.Ordinal));
        chart.Split("class=\"track\"").Length.Should().Be(EngagementAnalyzerTests.FirstRound.Responses.Sum(r => r.Submissions.Count) + 1);
        chart.Should().NotContain("Delta Rooms", "a vendor that did not respond has no score to draw");
    }

    [Fact]
    public void Write_AVendorWhoseResponseCannotBeRead_IsNamedWithWhatIsWrong_NotAmongTheSilent()
    {
        var html = Write(EngagementAnalyzerTests.WithUnreadable);

        XDocument.Parse(html.Substring("<!DOCTYPE html>".Length)).Root!.Name.LocalName.Should().Be("html");
        html.Should().Contain("<p>Every invited vendor responded.</p>\n<p>Responses that could not be read (each vendor is asked to send it again, corrected):</p>\n<ul>\n"
            + "<li>Alpha Video (<code>alpha</code>): round-1/alpha-draft.json:12:7: error json-syntax: expected &#39;,&#39; or &#39;}&#39; after a property value (at /answers/SEC-01)</li>\n"
            + "<li>Delta Rooms (<code>delta</code>): round-1/delta.json:12:7: error json-syntax: expected &#39;,&#39; or &#39;}&#39; after a property value (at /answers/SEC-01); and 1 more error</li>\n</ul>\n");
        html.Should().Contain("<td class=\"silent\">response unreadable</td>");
    }

    [Fact]
    public void Write_HasObservationsChangesAndOneLetterPerVendor()
    {
        var report = EngagementAnalyzerTests.SecondRound;

        var html = Write(report);

        html.Should().Contain("<h3>Good practices</h3>").And.Contain("<h3>Areas for improvement</h3>");
        html.Should().Contain("<h2>What changed since round-1</h2>");
        html.Split("<pre class=\"letter\">").Length.Should().Be(report.Letters.Count + 1);
    }

    [Fact]
    public void Write_EscapesVendorText()
    {
        var report = EngagementAnalyzerTests.FirstRound;
        var hostile = report with
        {
            Title = "<script>alert(1)</script>",
            Responses = [.. report.Responses.Select(r => r with { Name = "<img src=x onerror=alert(1)> & \"Co\"" })],
            Letters = [.. report.Letters.Select(l => l with { Name = "<b>bold</b>", Text = "<script>steal()</script>\n" })],
        };

        var html = Write(hostile);

        html.Should().NotContain("<script>").And.NotContain("<img").And.NotContain("<b>bold");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;");
        XDocument.Parse(html.Substring("<!DOCTYPE html>".Length)).Should().NotBeNull();
    }

    [Fact]
    public void Write_IsTheSameUnderEveryCulture()
    {
        var invariant = Write(EngagementAnalyzerTests.SecondRound);
        foreach (var name in new[] { "tr-TR", "de-DE", "ar-SA" })
        {
            using (new CultureScope(name))
            {
                Write(EngagementAnalyzerTests.SecondRound).Should().Be(invariant, name);
            }
        }
    }

    [Fact]
    public void Registry_OffersHtml()
    {
        EngagementWriters.TryGet("html", out var writer).Should().BeTrue();
        writer.Should().BeOfType<EngagementHtmlWriter>();
        writer.FileExtension.Should().Be(".html");
    }
}
