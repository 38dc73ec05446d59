using System.Text;

namespace PrivacyPrinciples;

/// <summary>
/// The one rule that neutralises text from the inputs (vendor, rule-set, profile, waiver and
/// engagement text, file and property names) before any output shows it: a terminal, a CI log, a
/// spreadsheet, a Markdown renderer or a browser. Every format's escaping (<see cref="Reporting.MarkdownText"/>,
/// <see cref="Reporting.CsvText"/>, <see cref="Reporting.HtmlText"/>, the text and JUnit writers, the tool's messages)
/// applies it first, then adds its own syntax escaping.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Control characters (C0 except tab, DEL and C1, so no escape sequence, bell or "next line"),
/// and the bidirectional embedding, override, isolate and mark characters ("Trojan Source"), become
/// U+FFFD.</item>
/// <item>Line breaks (<c>\r\n</c>, <c>\n</c>, <c>\r</c>, U+2028, U+2029) become a space in a
/// single-line value (<see cref="Clean"/>), so no value can start a line of its own and forge one
/// ("Overall 99.9", an error line naming another file). In a multi-line value
/// (<see cref="CleanLines"/>) they become <c>\n</c>, except a lone <c>\r</c>, which would return
/// the cursor and overwrite the line on a terminal, and becomes U+FFFD.</item>
/// <item>A line of the value that would begin with <c>::</c> (after white space) gets U+FFFD
/// before it, and <c>##[</c> becomes <c>##�[</c>: GitHub Actions reads such lines in a job's log as
/// workflow commands (<c>::error::</c>, <c>::add-mask::</c>, <c>::stop-commands::</c>, and the
/// older <c>##[command]</c> anywhere in a line).</item>
/// </list>
/// Everything else, including non-ASCII letters, is kept as it is. Culture-invariant and stateless.
/// </remarks>
internal static class DisplayText
{
    private const char Replacement = '\uFFFD';

    /// <summary>Whether the character is replaced wherever it appears (line breaks are handled separately).</summary>
    public static bool IsUnsafe(char c) =>
        (c < ' ' && c is not ('\n' or '\r' or '\t'))
        || c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>A single-line value, neutralised: line breaks become spaces. The same instance when nothing changes.</summary>
    public static string Clean(string text) => Neutralise(text, singleLine: true);

    /// <summary>A multi-line value, neutralised: line breaks become <c>\n</c>. The same instance when nothing changes.</summary>
    public static string CleanLines(string text) => Neutralise(text, singleLine: false);

    /// <summary>
    /// JSON text (a whole document, as a JSON writer wrote it) with the same rule applied without
    /// changing a single value: JSON keeps strings exactly as given, so bidirectional characters,
    /// U+2028 and U+2029 are written as <c>\uXXXX</c> escapes instead of raw, and <c>##[</c> as
    /// <c>##\u005B</c>. Such characters can only be inside strings in JSON, where an escape means the
    /// same character; control characters are already escaped by every JSON writer.
    /// </summary>
    public static string ForJson(string json)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            var escape = c is '\u2028' or '\u2029' || (IsUnsafe(c) && c >= '\u0080') || (c == '[' && i >= 2 && json[i - 1] == '#' && json[i - 2] == '#');
            if (escape)
            {
                clean ??= new StringBuilder(json, 0, i, json.Length + 16);
                clean.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                clean?.Append(c);
            }
        }

        return clean?.ToString() ?? json;
    }

    private static string Neutralise(string text, bool singleLine)
    {
        if (IsPlain(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 4);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                else if (c == '\r' && !singleLine)
                {
                    clean.Append(Replacement);
                    lineStart = false;
                    continue;
                }

                clean.Append(singleLine ? ' ' : '\n');
                lineStart = !singleLine;
                continue;
            }

            if (lineStart)
            {
                if (char.IsWhiteSpace(c))
                {
                    clean.Append(c);
                    continue;
                }

                lineStart = false;
                if (c == ':' && i + 1 < text.Length && text[i + 1] == ':')
                {
                    clean.Append(Replacement);
                }
            }

            if (c == '[' && i >= 2 && text[i - 1] == '#' && text[i - 2] == '#')
            {
                clean.Append(Replacement);
            }

            clean.Append(IsUnsafe(c) ? Replacement : c);
        }

        return clean.ToString();
    }

    // Most text needs nothing: no control, bidirectional or line-break character, no "##[", and no "::" at its start.
    private static bool IsPlain(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]) && text[start] is not ('\n' or '\r' or '\u2028' or '\u2029'))
        {
            start++;
        }

        if (start + 1 < text.Length && text[start] == ':' && text[start + 1] == ':')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c) || c is '\n' or '\r' or '\u2028' or '\u2029' || (c == '[' && i >= 2 && text[i - 1] == '#' && text[i - 2] == '#'))
            {
                return false;
            }
        }

        return true;
    }
}
