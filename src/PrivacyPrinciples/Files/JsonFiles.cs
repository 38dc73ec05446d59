using System.IO;

namespace PrivacyPrinciples.Files;

/// <summary>How a folder's files are matched against <c>*.json</c> (or an engagement's pattern), the same on every system.</summary>
internal static class JsonFiles
{
    /// <summary>
    /// The options of <see cref="Directory.EnumerateFiles(string, string)"/> (Win32 wildcards, hidden
    /// files included, a folder that cannot be read an error), except that names match whatever their
    /// case: by default Linux matched <c>*.json</c> case-sensitively, so <c>VENDOR.JSON</c> was
    /// skipped without a word there and read on Windows and macOS, and one folder gave two batches.
    /// </summary>
    public static EnumerationOptions InFolder { get; } = new()
    {
        MatchType = MatchType.Win32,
        MatchCasing = MatchCasing.CaseInsensitive,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    /// <summary>
    /// The same options for a pattern a document writes (an engagement's <c>round-1/acme-*.json</c>):
    /// names match exactly, upper and lower case included, as the engagement documentation says, on
    /// Windows and macOS too, whose default was to ignore case.
    /// </summary>
    public static EnumerationOptions ByPattern { get; } = new()
    {
        MatchType = MatchType.Win32,
        MatchCasing = MatchCasing.CaseSensitive,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    /// <summary>The pattern of a folder's documents.</summary>
    public const string Pattern = "*.json";
}
