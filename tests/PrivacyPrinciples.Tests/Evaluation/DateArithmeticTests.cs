using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Issue 13: dates near either end of the calendar are judged, not failed on.</summary>
public class DateArithmeticTests
{
    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("9999-12-01", 36, "9999-12-31")]
    [InlineData("9999-12-31", 1, "9999-12-31")]
    [InlineData("9998-01-15", 23, "9999-12-15")]
    [InlineData("0001-03-01", -5, "0001-01-01")]
    [InlineData("2026-05-31", int.MaxValue, "9999-12-31")]
    [InlineData("2026-05-31", int.MinValue, "0001-01-01")]
    public void AddMonthsSaturating_StopsAtTheCalendarsEnds(string date, int months, string expected)
    {
        DateArithmetic.AddMonthsSaturating(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), months)
            .Should().Be(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Evaluate_EvidenceWithoutExpiry_IssuedInTheCalendarsLastMonths_IsJudged()
    {
        var attestation = (TestAttestations.Empty() with { AttestedOn = new DateTime(9999, 12, 31) })
            .With("SEC-01", AnswerStatus.Implemented, TestAttestations.Evidence(EvidencePurpose.Achieve, issued: new DateTime(9999, 6, 1)));

        var report = new AttestationEvaluator().Evaluate(attestation, new DateTime(9999, 12, 31));

        report.Expectation("SEC-01").AssuranceLevel.Should().Be(AssuranceLevel.Described);
    }
}
