using System.Text;

namespace PrivacyPrinciples.Reporting;

/// <summary>Escapes text for HTML element content and double- or single-quoted attribute values, including inside inline SVG.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Neutralises text with <see cref="DisplayText.CleanLines"/> (controls, bidirectional
    /// characters, workflow commands), then escapes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>,
    /// <c>"</c> and <c>'</c>. Everything else, including non-ASCII, is kept as it is (the page is
    /// UTF-8), so the output is the same on every target framework.
    /// </summary>
    public static string Escape(string text)
    {
        text = DisplayText.CleanLines(text);
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case '\t' or '\n' or '\r': escaped.Append(c); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'): escaped.Append('\uFFFD'); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
