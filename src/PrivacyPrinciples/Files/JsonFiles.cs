#if !NET
using System;
#endif
using System.Collections.Generic;
using System.IO;
#if !NET
using System.Linq;
#endif

namespace PrivacyPrinciples.Files;

/// <summary>How a folder's files are matched against <c>*.json</c> (or an engagement's pattern), the same on every system.</summary>
internal static class JsonFiles
{
#if NET
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

#endif

    /// <summary>The pattern of a folder's documents.</summary>
    public const string Pattern = "*.json";

    /// <summary>
    /// The entries (files and folders) of <paramref name="directory"/> whose names match
    /// <paramref name="pattern"/> (<c>*</c> and <c>?</c>, as Win32 matches them): exactly when
    /// <paramref name="exact"/>, whatever their case otherwise.
    /// </summary>
    public static IEnumerable<string> Entries(string directory, string pattern, bool exact)
    {
#if NET
        return Directory.EnumerateFileSystemEntries(directory, pattern, exact ? ByPattern : InFolder);
#else
        // No EnumerationOptions here: every entry, with the pattern matched as those options match it.
        var comparison = exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return Directory.EnumerateFileSystemEntries(directory, "*").Where(entry => Matches(Path.GetFileName(entry), pattern, comparison));
#endif
    }

#if !NET
    // Whether a name matches a pattern of '*' (any run of characters) and '?' (any one character).
    private static bool Matches(string name, string pattern, StringComparison comparison)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return name.Length == pattern.Length && Same(name, 0, pattern, 0, pattern.Length, comparison);
        }

        var (head, tail) = (pattern.Substring(0, star), pattern.Substring(star + 1));
        if (name.Length < head.Length || !Same(name, 0, head, 0, head.Length, comparison))
        {
            return false;
        }

        for (var from = head.Length; from <= name.Length; from++)
        {
            if (Matches(name.Substring(from), tail, comparison))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `length` characters of a name and a pattern are the same, '?' matching any one.
    private static bool Same(string name, int at, string pattern, int from, int length, StringComparison comparison)
    {
        for (var i = 0; i < length; i++)
        {
            if (pattern[from + i] != '?' && string.Compare(name, at + i, pattern, from + i, 1, comparison) != 0)
            {
                return false;
            }
        }

        return true;
    }
#endif
}
