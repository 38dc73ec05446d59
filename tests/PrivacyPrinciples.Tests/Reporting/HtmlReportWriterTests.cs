using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Tests.Reporting;

public class HtmlReportWriterTests
{
    private static readonly HtmlReportWriter Writer = new();

    // Elements the page may contain; anything else (script, img, iframe, link, object, foreignObject…) is an injection.
    private static readonly string[] AllowedElements =
    [
        "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "nav", "section", "article", "div", "span", "p", "strong", "code", "a",
        "h1", "h2", "h3", "h4", "h5", "table", "thead", "tbody", "tr", "th", "td", "ol", "ul", "li", "svg", "g", "text", "rect",
    ];

    // The page is written as well-formed XML as well as HTML, so an XML parser is a strict check of its structure.
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Write_IsOneWellFormedPageWithTheCspAndCharset()
    {
        var html = Writer.Render(ReportBatches.Golden());

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Should().Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\" />");
        var document = Parse(html);
        document.Root!.Attribute("lang")!.Value.Should().Be("en");
        document.Descendants("meta").Single(m => m.Attribute("http-equiv")?.Value == "Content-Security-Policy").Attribute("content")!.Value
            .Should().Be("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        document.Descendants("html").Should().ContainSingle();
    }

    [Fact]
    public void Write_EachReport_HasItsSummaryChartAndGaps()
    {
        var batch = ReportBatches.Golden();

        var document = Parse(Writer.Render(batch));

        var sections = document.Descendants("section").ToArray();
        sections.Should().HaveCount(2);
        var first = sections[0];
        first.Element("h2")!.Value.Should().Be("Lanternfish & Sons | <Classroom> Ltd — Lanternfish Classroom (Schools)");
        var svg = first.Descendants("svg").Should().ContainSingle().Subject;
        svg.Attribute("role")!.Value.Should().Be("img");
        svg.Element("title")!.Value.Should().StartWith("Principle scores, 0 to 100, for Lanternfish & Sons");
        svg.Elements("g").Select(g => g.Element("title")!.Value).Should().Equal(
            "Security: 20.5 of 100", "Privacy-by-design and default: 11.7 of 100", "Know your audience: 0.0 of 100", "Transparency and fairness: 5.3 of 100", "End-user control: 23.3 of 100");
        svg.Elements("g").Select(g => g.Elements("text").First().Value).Should().Equal(batch.Reports[0].Principles.Select(p => p.Title));
        first.Descendants("article").Should().HaveCount(batch.Reports[0].Expectations.Count(e => e.IsGap));
        first.Descendants("span").Select(s => s.Value).Should().Contain(["basis: explicit", "basis: extension"], "every gap shows how far its expectation goes beyond the sources");
        first.Value.Should().Contain("overall score").And.Contain("baseline gate").And.Contain("expired — no longer waives").And.Contain("waived until 2027-03-31 (Head of Privacy | Lanternfish)");
        sections[1].Value.Should().Contain("rating, capped (score alone: exemplary)");
    }

    [Fact]
    public void Write_Gap_ShowsItsReasonsAndFollowUpQuestions()
    {
        var report = ReportBatches.Fixture();

        var gap = Parse(Writer.Render(ReportBatches.Golden() with { Reports = [report] })).Descendants("article")
            .Single(a => a.Element("h4")!.Value.StartsWith("SEC-02", StringComparison.Ordinal));

        var sec02 = report.GetExpectation("SEC-02");
        gap.Element("ol")!.Elements("li").Select(li => li.Nodes().OfType<XText>().First().Value.TrimEnd()).Should().Equal(sec02.Reasons.Select(r => r.Message));
        gap.Element("ul")!.Elements("li").Select(li => li.Value).Should().Equal(sec02.FollowUps.Select(q => q.Question));
    }

    [Fact]
    public void Write_HostileVendorText_IsEscapedEverywhere()
    {
        var html = Writer.Render(ReportBatches.Hostile());

        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<svg onload").And.NotContain("</textarea>").And.NotContain("<b onclick");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;").And.Contain("&lt;/textarea&gt;&lt;svg onload=alert(1)&gt;");
        var document = Parse(html);
        document.Descendants().Select(e => e.Name.LocalName).Distinct().Should().BeSubsetOf(AllowedElements);
        document.Descendants().SelectMany(e => e.Attributes()).Should().NotContain(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        document.Descendants("title").First().Value.Should().Be("Privacy principles: <script>alert(1)</script> — \"><img src=x onerror=alert(1)>");
        document.Descendants("svg").Single().Element("title")!.Value.Should().Contain("<script>alert(1)</script>");
    }

    [Theory]
    [InlineData("golden")]
    [InlineData("hostile")]
    [InlineData("samples")]
    [InlineData("unread inputs")]
    public void Write_Page_IsSelfContained(string name)
    {
        var batch = name switch { "golden" => ReportBatches.Golden(), "hostile" => ReportBatches.Hostile(), "unread inputs" => ReportBatches.WithUnreadInputs(ReportBatches.Hostile()), _ => ReportBatches.Samples() };

        var document = Parse(Writer.Render(batch));

        var attributes = document.Descendants().SelectMany(e => e.Attributes()).ToArray();
        string[] fetching = ["src", "srcset", "action", "formaction", "poster", "data", "background", "xlink:href"];
        attributes.Should().NotContain(a => fetching.Contains(a.Name.LocalName) || (a.Name.LocalName == "href" && !a.Value.StartsWith('#')));
        attributes.Should().NotContain(a => a.Value.Contains("http:", StringComparison.OrdinalIgnoreCase) || a.Value.Contains("https:", StringComparison.OrdinalIgnoreCase) || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        var css = document.Descendants("style").Single().Value;
        css.Should().NotContain("url(").And.NotContain("@import").And.NotContain("http");
        document.Descendants("script").Should().BeEmpty();
        document.Descendants("link").Should().BeEmpty();
    }

    [Fact]
    public void Write_UnreadInputs_AreASectionBeforeTheReports_WithEveryNameAndMessageAsText()
    {
        var document = Parse(Writer.Render(ReportBatches.WithUnreadInputs(ReportBatches.Golden())));

        var section = document.Descendants("section").First();
        section.Attribute("id")!.Value.Should().Be("unread-inputs");
        section.Element("h2")!.Value.Should().Be("Inputs that could not be read");
        var rows = section.Descendants("tbody").Single().Elements("tr").Select(r => r.Elements("td").Select(d => d.Value).ToArray()).ToArray();
        rows.Should().HaveCount(5);
        rows[0].Should().Equal("attestations/broken.json", "json-truncated", "line 3, column 12, at the document root", "the document ends before the JSON is complete");
        rows[4].Should().Equal(ReportBatches.HostileUnreadSource, "input-kind", "line 1, column 1, at /a~1<b>", "<img src=x onerror=alert(2)> | ** `x` is a waivers file & not an attestation");
        section.Descendants().Select(e => e.Name.LocalName).Distinct().Should().BeSubsetOf(["h2", "p", "table", "thead", "tbody", "tr", "th", "td", "code"]);
        section.Elements("p").Last().Value.Should().Be("5 more inputs could not be read and are not listed here.");
    }

    [Fact]
    public void Write_EveryInputRead_HasNoSectionForUnreadInputs()
    {
        Writer.Render(ReportBatches.Golden()).Should().NotContain("unread-inputs").And.NotContain("could not be read");
    }

    [Fact]
    public void Write_SeveralReports_LinkToEachFromTheSummary()
    {
        var document = Parse(Writer.Render(ReportBatches.Samples()));

        var links = document.Descendants("nav").Descendants("a").Select(a => a.Attribute("href")!.Value).ToArray();
        var sections = document.Descendants("section").Select(s => "#" + s.Attribute("id")!.Value).ToArray();
        links.Should().Equal(sections);
        document.Descendants("svg").Should().HaveCount(sections.Length);
    }

    [Fact]
    public void Write_PrintLayout_PutsEachReportOnItsOwnPage()
    {
        Writer.Render(ReportBatches.Golden()).Should().Contain("@media print {").And.Contain("section.report + section.report { break-before: page; }");
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
}
