using System.IO;
using System.Linq;
using PrivacyPrinciples.Reporting.Engagements;
using PrivacyPrinciples.Tests.Engagements;

namespace PrivacyPrinciples.Tests.Reporting.Engagements;

public class EngagementCsvWriterTests
{
    private static string Digest => EngagementAnalyzerTests.FirstRound.RuleSet.Digest;

    private static string[] Lines()
    {
        var text = new StringWriter();
        new EngagementCsvWriter().Write(EngagementAnalyzerTests.FirstRound, text);
        return text.ToString().TrimEnd('\n').Split('\n');
    }

    [Fact]
    public void Write_HasTheTidyHeader()
    {
        Lines()[0].Should().Be("engagement_id,round,rule_set_id,rule_set_version,rule_set_origin,rule_set_digest,profile_id,vendor_id,vendor,invited,status,late,source,assessed_by,assessor,service,tier,attested_on,evaluated_on,principle,expectation,title,basis,base_level,tailored_level,level,status_claimed,outcome,implementation,assurance_aspects,assurance,score,gap,baseline_gap,follow_ups");
    }

    [Fact]
    public void Write_OneRowPerAttestationAndExpectation_AndTheNonResponderIsKept()
    {
        var rows = Lines().Skip(1).ToArray();

        rows.Should().HaveCount(5 * 4, "four responders and one non-responder, four expectations each");
        rows.Count(r => r.Contains(",delta,Delta Rooms,true,noResponse,false,", System.StringComparison.Ordinal)).Should().Be(4);
        rows.Should().Contain($"mini-engagement,round-1,mini-rules,1.0.0,custom,{Digest},,delta,Delta Rooms,true,noResponse,false,,,,,,,2026-11-01,SEC,SEC-01,Encrypted in transit,,,,,,,,,,,,,");
    }

    [Fact]
    public void Write_AResponseThatCannotBeRead_HasOneRowPerExpectation_NamingItsFile()
    {
        var text = new StringWriter();
        new EngagementCsvWriter().Write(EngagementAnalyzerTests.WithUnreadable, text);
        var rows = text.ToString().TrimEnd('\n').Split('\n').Skip(1).ToArray();

        rows.Should().HaveCount(6 * 4, "four readable responses, and Alpha's and Delta's unreadable ones, four expectations each");
        rows.Should().Contain($"mini-engagement,round-1,mini-rules,1.0.0,custom,{Digest},,delta,Delta Rooms,true,unreadable,false,round-1/delta.json,,,,,,2026-11-01,SEC,SEC-01,Encrypted in transit,,,,,,,,,,,,,");
        rows.Count(r => r.Contains(",alpha,Alpha Video,true,answered,false,round-1/alpha-draft.json,,", System.StringComparison.Ordinal)).Should().Be(4);
        rows.Should().NotContain(r => r.Contains("foxtrot", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Write_RowOfAContradictedClaim()
    {
        Lines().Should().Contain($"mini-engagement,round-1,mini-rules,1.0.0,custom,{Digest},,bravo,Bravo Meet,true,answeredLate,true,,vendor,,Bravo Meet,,2026-10-05,2026-11-01,SEC,SEC-02,End-to-end encryption,explicit,expected,expected,expected,implemented,contradicted,50,none,0,25,true,false,2");
    }
}
