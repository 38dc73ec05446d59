using System;

namespace PrivacyPrinciples;

/// <summary>Calendar arithmetic that stays inside the calendar: near 9999-12-31 it saturates instead of throwing.</summary>
internal static class DateArithmetic
{
    /// <summary><paramref name="date"/> plus <paramref name="months"/>, or the calendar's first or last day when that would fall outside it.</summary>
    public static DateTime AddMonthsSaturating(DateTime date, int months)
    {
        var monthsLeft = ((DateTime.MaxValue.Year - date.Year) * 12) + (DateTime.MaxValue.Month - date.Month);
        var monthsBack = ((date.Year - DateTime.MinValue.Year) * 12) + (date.Month - DateTime.MinValue.Month);
        return months > monthsLeft ? DateTime.MaxValue.Date
            : -months > monthsBack ? DateTime.MinValue
            : date.AddMonths(months);
    }
}
