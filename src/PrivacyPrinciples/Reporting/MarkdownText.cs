using System.Text;

namespace PrivacyPrinciples.Reporting;

/// <summary>Escapes text for Markdown (CommonMark with GitHub's table extension), wherever it lands: a table cell, a list item or a paragraph.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Escapes text so it renders literally on one line: line breaks become spaces (a table row is
    /// one line), <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become entities so no HTML gets through,
    /// and the characters that start emphasis, code, links, images, strikethrough or a new table
    /// cell, or would close a heading (<c>#</c>), are backslash-escaped.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n' or '\u2028' or '\u2029': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#': escaped.Append('\\').Append(c); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
