using System;
using System.Globalization;

namespace PrivacyPrinciples.Tests;

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
    public void AddMonthsSaturating_StopsAtTheCalendarsEnds(string date, int months, string expected)
    {
        DateArithmetic.AddMonthsSaturating(DateTime.Parse(date, CultureInfo.InvariantCulture), months)
            .Should().Be(DateTime.Parse(expected, CultureInfo.InvariantCulture));
    }
}
