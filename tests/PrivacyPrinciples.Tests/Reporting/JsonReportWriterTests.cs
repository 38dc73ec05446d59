using System;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Reporting;

/// <summary>
/// The JSON writer writes each report straight to its output a buffer at a time (issue 16); these
/// tests hold it to the bytes of the one-string serialiser, the documented format.
/// </summary>
public class JsonReportWriterTests
{
    [Fact]
    public void Samples_AsAnArray_AreExactlyTheSerialisersArray()
    {
        var batch = ReportBatches.Samples();

        new JsonReportWriter().Render(batch).Should().Be(PrivacyPrinciplesJson.Serialize(batch.Reports));
    }

    [Fact]
    public void HostileReport_IsNeutralisedExactlyAsTheSerialiserDoes()
    {
        var batch = ReportBatches.Hostile();

        new JsonReportWriter().Render(batch).Should().Be(PrivacyPrinciplesJson.Serialize(batch.Reports));
        new JsonReportWriter().Render(batch with { AsSingleReport = true }).Should().Be(PrivacyPrinciplesJson.Serialize(batch.Reports[0]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ReportsLargerThanTheBuffer_WithEveryEscapeAcrossItsEdges_AreWrittenUnchanged(int shift)
    {
        // A vendor name of ~100 KB: multi-byte letters, a four-byte emoji, "##[" (a workflow command
        // in a CI log), line and paragraph separators and a bidirectional override, repeated with a
        // period that is not a divisor of the buffer, so every one of them meets a buffer edge.
        var unit = new StringBuilder().Append('x', shift).Append("é ## ##[ ü 😀 \u2028 \u2029 \u202E ##").ToString();
        var name = string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length)) + "##";
        var attestation = Empty(Audience.Business) with { Vendor = new VendorInfo { Id = "long", Name = name } };
        var report = new AttestationEvaluator().Evaluate(attestation, new DateTime(2026, 11, 1));

        var single = new ReportBatch { Reports = [report], RuleSet = new AttestationEvaluator().RuleSet, AsSingleReport = true };
        var many = single with { Reports = [report, report], AsSingleReport = false };

        new JsonReportWriter().Render(single).Should().Be(PrivacyPrinciplesJson.Serialize(report));
        new JsonReportWriter().Render(many).Should().Be(PrivacyPrinciplesJson.Serialize(many.Reports));
        new JsonReportWriter().Render(single).Should().Contain("##\\u005B").And.Contain("\\u202E").And.NotContain("##[");
    }
}
