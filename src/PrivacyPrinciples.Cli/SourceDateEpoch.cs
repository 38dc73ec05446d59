using System;
using System.Globalization;

namespace PrivacyPrinciples.Cli;

/// <summary>
/// SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/): when set, its
/// date is "today" for evaluations without --date, so a whole pipeline gives the same bytes
/// whenever it runs.
/// </summary>
internal static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static TimeProvider? Clock(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? new Fixed(DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
