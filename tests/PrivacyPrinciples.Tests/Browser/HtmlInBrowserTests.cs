using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Reporting.Engagements;
using PrivacyPrinciples.Tests.Engagements;
using PrivacyPrinciples.Tests.Reporting;

namespace PrivacyPrinciples.Tests.Browser;

/// <summary>
/// HTML reports built from script-bearing vendor text, opened in a real headless Chromium: no
/// script runs, no element carries an event handler, and the text shows as text. The pages are
/// opened with the Content-Security-Policy bypassed too, so escaping alone is what is tested.
/// </summary>
[Trait("Category", "Slow")]
public class HtmlInBrowserTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    // Counts every way a smuggled script could make itself known.
    private const string Tripwire = """
        window.__ran = 0;
        window.alert = window.confirm = window.prompt = () => { window.__ran++; };
        document.addEventListener('securitypolicyviolation', () => { window.__blocked = (window.__blocked || 0) + 1; });
        """;

    public static TheoryData<string, bool> Pages => new()
    {
        { "report", false },
        { "report", true },
        { "engagement", false },
        { "engagement", true },
        { "unread inputs", false },
        { "unread inputs", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task HostileVendorText_RunsNoScript(string page, bool bypassContentSecurityPolicy)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("pp-browser-").FullName, page.Replace(' ', '-') + ".html");
        File.WriteAllText(file, page switch
        {
            "report" => new HtmlReportWriter().Render(ReportBatches.Hostile()),
            "unread inputs" => new HtmlReportWriter().Render(ReportBatches.WithUnreadInputs(ReportBatches.Hostile())),
            _ => Engagement(),
        });
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = bypassContentSecurityPolicy, JavaScriptEnabled = true });
        await context.AddInitScriptAsync(Tripwire);
        var tab = await context.NewPageAsync();
        var dialogs = 0;
        tab.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var requests = 0;
        tab.Request += (_, request) => requests += request.Url.StartsWith("file:", StringComparison.Ordinal) ? 0 : 1;

        await tab.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await tab.WaitForTimeoutAsync(200);

        (await tab.EvaluateAsync<int>("window.__ran")).Should().Be(0);
        dialogs.Should().Be(0);
        requests.Should().Be(0, "the page loads nothing");
        (await tab.EvaluateAsync<int>("document.querySelectorAll('script, iframe, object, embed, img, a[href^=\"javascript\"]').length")).Should().Be(0);
        (await tab.EvaluateAsync<int>("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length")).Should().Be(0);
        (await tab.EvaluateAsync<string>("document.body.innerText")).Should().Contain("<script>alert(1)</script>", "the vendor's name shows as text");
    }

    private static string Engagement()
    {
        var report = EngagementAnalyzerTests.FirstRound;
        var hostile = report with
        {
            Title = "<script>alert(1)</script>",
            Responses = [.. report.Responses.Select(r => r with { Name = "<script>alert(1)</script><img src=x onerror=alert(2)>" })],
            Letters = [.. report.Letters.Select(l => l with { Name = "<svg onload=alert(3)>", Text = "<script>alert(4)</script>\n" })],
        };
        var text = new StringWriter();
        new EngagementHtmlWriter().Write(hostile, text);
        return text.ToString();
    }
}
