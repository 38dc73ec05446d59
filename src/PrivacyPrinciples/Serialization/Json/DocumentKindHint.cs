using System;
using System.IO;
using System.Text.Json;

namespace PrivacyPrinciples.Serialization.Json;

/// <summary>
/// What kind of document a file that failed to read as one kind is, told from the names at the top
/// of its object (as the command line tells the kinds apart), so that an engagement file picked up
/// by a round's pattern, or a profile named as a profile's base, is named for what it is rather
/// than explained by another kind's rules ("schemaVersion '1.0' is not supported; upgrade it").
/// </summary>
internal static class DocumentKindHint
{
    public const string Report = "a report";
    public const string RuleSet = "a rule set";
    public const string Waivers = "a waivers file";
    public const string Engagement = "an engagement file";
    public const string Profile = "a tailoring profile";

    /// <summary>The kind of document a regular file holds ("an engagement file"), or null when it shows none or cannot be read.</summary>
    public static string? OfFile(string path, ReaderOptions limits)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 16 * 1024, FileOptions.SequentialScan);
            return BoundedInput.TryRead(stream, limits.MaxDocumentBytes, out var bytes, out _) ? Of(bytes, limits) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The kind of document a top-level property of the name the reader is on shows ("a rule set"
    /// for <c>expectations</c>), or null: the one table of such names, which the command line uses too.
    /// </summary>
    public static string? OfProperty(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("reportVersion") ? Report
        : reader.ValueTextEquals("expectations") || reader.ValueTextEquals("principles") ? RuleSet
        : reader.ValueTextEquals("waivers") ? Waivers
        : reader.ValueTextEquals("invited") || reader.ValueTextEquals("rounds") ? Engagement
        : reader.ValueTextEquals("base") || reader.ValueTextEquals("exclude") || reader.ValueTextEquals("modify") ? Profile
        : null;

    /// <summary>The kind of document the top-level object shows, or null.</summary>
    public static string? Of(ReadOnlySpan<byte> utf8, ReaderOptions limits)
    {
        if (utf8.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            utf8 = utf8.Slice(3);
        }

        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (OfProperty(ref reader) is { } kind)
                {
                    return kind;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Broken before it said: the reader's own errors say where.
        }

        return null;
    }
}
