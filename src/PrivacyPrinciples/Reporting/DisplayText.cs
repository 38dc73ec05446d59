using System.Text;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Makes text from an input safe to show on a terminal: control characters (which could move the
/// cursor, retitle the window or hide what follows, as escape sequences do) and the bidirectional
/// embedding, override and isolate characters (which can make text read differently from what it
/// is, "Trojan Source") become U+FFFD. Tabs and line breaks stay.
/// </summary>
internal static class DisplayText
{
    /// <summary>Whether the character is replaced.</summary>
    public static bool IsUnsafe(char c) =>
        (c < ' ' && c is not ('\n' or '\r' or '\t'))
        || c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>The text with every unsafe character replaced; the same instance when there is none.</summary>
    public static string Clean(string text)
    {
        var i = 0;
        while (i < text.Length && !IsUnsafe(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(IsUnsafe(c) ? '\uFFFD' : c);
        }

        return clean.ToString();
    }
}
