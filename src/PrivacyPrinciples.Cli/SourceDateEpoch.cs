using System;
using System.Globalization;

namespace PrivacyPrinciples.Cli;

/// <summary>
/// SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/): when set, its
/// date is "today" for evaluations without --date, so a whole pipeline gives the same bytes
/// whenever it runs. As the specification asks, a value that is not a whole number of seconds
/// since 1970-01-01 00:00:00 UTC (as <c>date +%s</c> prints it) is an error, never silently
/// ignored; an empty value counts as unset.
/// </summary>
internal static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    // 0001-01-01 and 9999-12-31 23:59:59, the calendar DateTimeOffset can hold.
    private const long Earliest = -62135596800;
    private const long Latest = 253402300799;

    /// <summary>The fixed clock the variable sets; null when it is unset, empty or malformed.</summary>
    public static TimeProvider? Clock(string? value) =>
        TryParse(value, out var seconds) ? new Fixed(DateTimeOffset.FromUnixTimeSeconds(seconds)) : null;

    /// <summary>Why the variable cannot be used, or null when it is unset, empty or valid.</summary>
    public static string? Problem(string? value) =>
        string.IsNullOrEmpty(value) || TryParse(value, out _)
            ? null
            : $"{Variable}='{DisplayText.Clean(value!.Length > 40 ? string.Concat(value.AsSpan(0, 40), "...") : value)}' is not a time; expected a whole number of seconds since 1970-01-01 UTC from {Earliest.ToString(CultureInfo.InvariantCulture)} to {Latest.ToString(CultureInfo.InvariantCulture)}, as 'date +%s' prints it (for example 1793491200), or the variable unset";

    private static bool TryParse(string? value, out long seconds)
    {
        seconds = 0;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        // Digits only, with an optional minus: no spaces, no plus sign, no thousands separators.
        var digits = value![0] == '-' ? value.Substring(1) : value;
        if (digits.Length is 0 or > 12)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seconds) && seconds is >= Earliest and <= Latest;
    }

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
