using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Reporting;

public class CsvReportWriterTests
{
    private const string Header = "rule_set_id,rule_set_version,rule_set_origin,rule_set_digest,profile_id,profile_version,source,assessed_by,assessor,vendor_id,vendor,service,tier,attested_on,evaluated_on,audiences,principle,expectation,title,basis,base_level,tailored_level,level,weight,status,outcome,implementation,assurance_aspects,assurance,score,gap,baseline_gap,waived,waived_until,follow_ups";

    private static readonly CsvReportWriter Writer = new();

    private static readonly string Digest = PrivacyPrinciples.Rules.RuleSetDigest.Compute(PrivacyPrinciples.Rules.BuiltInRuleSets.VtcJointStatement2020);

    private static List<string[]> Records(ReportBatch batch) => Parse(Writer.Render(batch));

    private static Dictionary<string, string> Row(ReportBatch batch, string vendorId, string expectation)
    {
        var records = Records(batch);
        int vendor = Array.IndexOf(records[0], "vendor_id"), id = Array.IndexOf(records[0], "expectation");
        var row = records.Skip(1).Single(r => r[vendor] == vendorId && r[id] == expectation);
        return records[0].Zip(row).ToDictionary(x => x.First, x => x.Second);
    }

    [Fact]
    public void Write_HasTheTidyHeader()
    {
        Writer.Render(ReportBatches.Golden()).Split('\n')[0].Should().Be(Header);
        CsvReportWriter.Columns.Should().Equal(Header.Split(','));
    }

    [Fact]
    public void Write_OneRowPerAttestationAndExpectation()
    {
        var batch = ReportBatches.Samples();

        var records = Records(batch);

        records.Should().HaveCount(1 + (batch.Reports.Count * 37));
        records.Should().OnlyContain(r => r.Length == 35);
    }

    [Fact]
    public void Write_RowOfAContradictedClaim()
    {
        var lines = Writer.Render(ReportBatches.Golden()).Split('\n');

        lines.Should().Contain($"vtc-joint-statement-2020,2.0.0,builtIn,{Digest},,,attestations/lanternfish-classroom.json,vendor,,lanternfish,Lanternfish & Sons | <Classroom> Ltd,Lanternfish Classroom,Schools,2026-09-15,2026-11-01,education,SEC,SEC-02,\"End-to-end encryption is available to every user, in group calls too\",explicit,expected,expected,baseline,3,implemented,contradicted,50,none,0,25,true,true,false,,3");
    }

    [Fact]
    public void Write_MissingValues_AreEmptyCells()
    {
        var batch = ReportBatches.Golden();

        var notApplicable = Row(batch, "lanternfish", "EUC-05");
        var withoutSourceOrTier = Row(batch, "quartz", "SEC-01");

        (notApplicable["status"], notApplicable["outcome"], notApplicable["implementation"], notApplicable["assurance"], notApplicable["score"]).Should().Be(("notApplicable", "notApplicable", "", "", ""));
        (withoutSourceOrTier["source"], withoutSourceOrTier["tier"]).Should().Be(("", ""));
        Row(batch, "lanternfish", "SEC-03")["status"].Should().BeEmpty("not answered");
    }

    [Fact]
    public void Write_WaivedGap_IsMarked()
    {
        var batch = ReportBatches.Golden();

        (Row(batch, "lanternfish", "SEC-05")["waived"], Row(batch, "lanternfish", "SEC-05")["waived_until"]).Should().Be(("true", "2027-03-31"));
        (Row(batch, "lanternfish", "TRF-05")["waived"], Row(batch, "lanternfish", "TRF-05")["waived_until"]).Should().Be(("false", ""));
    }

    [Fact]
    public void Write_CommaOrQuote_IsQuotedAsRfc4180Says_AndALineBreakInAValueBecomesASpace()
    {
        var batch = Batch(vendor: "Acme, \"Video\"\nGroup", service: "Plain", tier: "a\rb");

        var text = Writer.Render(batch);

        text.Split('\n')[1].Should().StartWith($"vtc-joint-statement-2020,2.0.0,builtIn,{Digest},,,,vendor,,example-vendor,\"Acme, \"\"Video\"\" Group\",Plain,a b,");
        text.Should().NotContain("\r");
        var records = Parse(text);
        records.Should().HaveCount(38, "no value starts a record of its own");
        (records[1][10], records[1][11], records[1][12]).Should().Be(("Acme, \"Video\" Group", "Plain", "a b"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTab")]
    public void Write_FormulaInVendorText_IsDefused(string hostile)
    {
        var batch = Batch(vendor: hostile, service: hostile, tier: hostile, source: hostile);

        var row = Parse(Writer.Render(batch))[1];

        (row[6], row[10], row[11], row[12]).Should().Be(("'" + hostile, "'" + hostile, "'" + hostile, "'" + hostile));
    }

    [Fact]
    public void Write_CarriageReturnAtTheStart_IsDefusedAndMadeASpace()
    {
        var batch = Batch(vendor: "\rReturn", service: "\rReturn", tier: "\rReturn", source: "\rReturn");

        var row = Parse(Writer.Render(batch))[1];

        (row[6], row[10], row[11], row[12]).Should().Be(("' Return", "' Return", "' Return", "' Return"));
    }

    [Fact]
    public void Write_EveryTextColumn_IsDefused_IncludingRuleSetText_Issue13()
    {
        var batch = ReportBatches.Golden();
        var report = batch.Reports[0];
        var first = report.Principles[0];
        report = report with
        {
            Principles = [first with { Expectations = [first.Expectations[0] with { Title = "=cmd|' /C calc'!A0", Principle = "@SUM(A1)" }, .. first.Expectations.Skip(1)] }, .. report.Principles.Skip(1)],
        };

        var row = Parse(Writer.Render(batch with { Reports = [report] }))[1];

        (row[16], row[18]).Should().Be(("'@SUM(A1)", "'=cmd|' /C calc'!A0"));
    }

    [Fact]
    public void Write_ANegativeNumber_IsDataNotAFormula()
    {
        var text = new StringWriter();

        CsvText.Row(text, ["-3.5", "-2+3", "-"]);

        text.ToString().Should().Be("-3.5,'-2+3,'-\n");
    }

    [Fact]
    public void Write_UnderAGermanCulture_NumbersStayInvariant()
    {
        var batch = ReportBatches.Golden();
        var invariant = Writer.Render(batch);

        using (new CultureScope("de-DE"))
        {
            var german = Writer.Render(batch);

            german.Should().Be(invariant);
            german.Should().Contain(",42.5,");
        }
    }

    [Fact]
    public void Write_NumbersHaveUpToTwoDecimals()
    {
        var row = Row(ReportBatches.Golden(), "quartz", "SEC-01");

        (row["weight"], row["implementation"], row["assurance"], row["score"], row["follow_ups"]).Should().Be(("3", "100", "100", "100", "0"));
    }

    [Fact]
    public void Write_UsesLineFeedsAndNoByteOrderMark()
    {
        var text = Writer.Render(ReportBatches.Samples());

        text.Should().NotStartWith("\uFEFF").And.EndWith("\n");
        text.Should().NotContain("\r");
    }

    private static ReportBatch Batch(string vendor, string service, string? tier = null, string? source = null)
    {
        var attestation = TestAttestations.Empty(Audience.Consumers) with
        {
            Vendor = new VendorInfo { Id = "example-vendor", Name = vendor },
            Service = new ServiceInfo { Name = service, Tier = tier },
        };
        var report = new AttestationEvaluator().Evaluate(attestation.With("SEC-01", AnswerStatus.Implemented), TestAttestations.EvaluationDate);
        return ReportBatches.Golden() with { Reports = [report with { Attestation = report.Attestation with { Source = source } }] };
    }

    // A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks.
    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }

            while (i < text.Length && text[i] != ',' && text[i] != '\n')
            {
                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            records.Add([.. fields]);
            fields.Clear();
            i++;
        }

        return records;
    }
}
