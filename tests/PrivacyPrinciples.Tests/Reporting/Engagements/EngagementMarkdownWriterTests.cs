using System.IO;
using System.Linq;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Reporting.Engagements;
using PrivacyPrinciples.Tests.Engagements;

namespace PrivacyPrinciples.Tests.Reporting.Engagements;

public class EngagementMarkdownWriterTests
{
    private static string Write(EngagementReport report)
    {
        var text = new StringWriter();
        new EngagementMarkdownWriter().Write(report, text);
        return text.ToString();
    }

    [Fact]
    public void Write_NamesTheNonResponder()
    {
        var markdown = Write(EngagementAnalyzerTests.FirstRound);

        markdown.Should().StartWith($"# Mini engagement: round-1\n\nRule set `mini-rules` 1.0.0 (custom rules, not the built-in ones, {EngagementAnalyzerTests.FirstRound.RuleSet.Digest}). Deadline 2026-09-30; evidence judged on 2026-11-01.\n\n## Responses\n\n3 of 4 invited vendors responded.");
        markdown.Should().Contain("| Delta Rooms | **no response** |");
        markdown.Should().Contain("No response from: **Delta Rooms** (`delta`).");
        markdown.Should().Contain("| Echo Uninvited (not invited) | answered |");
    }

    [Fact]
    public void Write_AVendorWhoseResponseCannotBeRead_IsNamedWithWhatIsWrong_NotAmongTheSilent()
    {
        var markdown = Write(EngagementAnalyzerTests.WithUnreadable);

        markdown.Should().Contain("4 of 4 invited vendors responded.");
        markdown.Should().Contain("| Delta Rooms | **response unreadable** | — |");
        markdown.Should().Contain("\nEvery invited vendor responded.\n\nResponses that could not be read (each vendor is asked to send it again, corrected):\n\n"
            + "- **Alpha Video** (`alpha`): round-1/alpha-draft.json:12:7: error json-syntax: expected ',' or '}' after a property value (at /answers/SEC-01)\n"
            + "- **Delta Rooms** (`delta`): round-1/delta.json:12:7: error json-syntax: expected ',' or '}' after a property value (at /answers/SEC-01); and 1 more error\n\n");
        markdown.Should().NotContain("foxtrot.json: error", "an uninvited vendor's broken file is only an unread input").And.Contain("## Inputs that could not be read\n\n- round-1/alpha-draft.json");
    }

    [Fact]
    public void Write_ListsGoodPracticesAndAreasForImprovement()
    {
        var markdown = Write(EngagementAnalyzerTests.FirstRound);

        markdown.Should().Contain("### Good practices\n\n- **SEC-01** Encrypted in transit (Security): met with independent validation by 3 of 4 responding vendors (`alpha`, `bravo`, `charlie`).\n");
        markdown.Should().Contain("- **EUC-02** Own media (End-user control): not answered or not met at 2 of 4 responding vendors (`bravo`, `charlie`).\n");
        markdown.Should().Contain("- **SEC-02** End-to-end encryption (Security): claimed without evidence that it is monitored or validated at 2 of 4 responding vendors (`bravo`, `echo`).\n");
    }

    [Fact]
    public void Write_IncludesEveryLetterWithItsHeadingsPushedDown()
    {
        var markdown = Write(EngagementAnalyzerTests.FirstRound);

        markdown.Should().Contain("## Follow-up letters\n\n### Mini engagement: follow-up to Alpha Video\n");
        markdown.Should().Contain("### Mini engagement: follow-up to Delta Rooms\n\nWe have not received a response");
        markdown.Should().Contain("\n#### Security\n\n1. ");
    }

    [Fact]
    public void Write_SecondRound_SaysWhatChanged()
    {
        var markdown = Write(EngagementAnalyzerTests.SecondRound);

        markdown.Should().Contain("; compared with round-1.");
        markdown.Should().Contain("### What changed since round-1\n\n| vendor | service | score |");
        markdown.Should().Contain("| **EUC-02** Own media | 1 | 0 | 0 | 0 | 1 |");
    }

    [Fact]
    public void Write_HostileVendorText_AddsNoLinkHtmlOrStructure()
    {
        var report = EngagementAnalyzerTests.FirstRound;
        const string Hostile = "[click](https://evil.example) <b>x</b> | *y*\n# z";
        var hostile = report with { Responses = [.. report.Responses.Select(r => r with { Name = Hostile })] };

        var markdown = Write(hostile);

        markdown.Should().Contain("\\[click\\](https&#58;//evil.example) &lt;b&gt;x&lt;/b&gt; \\| \\*y\\* \\# z");
        markdown.Should().NotContain("[click](").And.NotContain("<b>").And.NotContain("https://evil");
    }

    [Fact]
    public void Write_IsTheSameEveryTime()
    {
        Write(EngagementAnalyzerTests.SecondRound).Should().Be(Write(EngagementAnalyzerTests.SecondRound));
    }
}
