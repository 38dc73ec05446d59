using System;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// Calendar arithmetic on dates that come from documents, which may lie anywhere from year 1 to
/// 9999: a result past either end of the calendar stops at that end instead of throwing, so a date
/// near 9999-12-31 is judged like any other rather than failing as if the tool had a bug.
/// </summary>
internal static class DateArithmetic
{
    /// <summary><paramref name="date"/> plus <paramref name="months"/> months, or <see cref="DateTime.MaxValue"/>'s (or <see cref="DateTime.MinValue"/>'s) date when that is past the calendar's end.</summary>
    public static DateTime AddMonthsSaturating(DateTime date, int months)
    {
        // Whole months between the date and either end of the calendar; AddMonths takes at most ±120,000.
        var monthIndex = ((date.Year - 1) * 12) + date.Month - 1;
        const int LastMonthIndex = (9999 * 12) - 1;
        if ((long)monthIndex + months > LastMonthIndex)
        {
            return DateTime.MaxValue.Date;
        }

        return (long)monthIndex + months < 0 ? DateTime.MinValue.Date : date.AddMonths(months);
    }
}
