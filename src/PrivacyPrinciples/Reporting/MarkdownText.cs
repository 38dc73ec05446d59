using System;
using System.Linq;
using System.Text;

namespace PrivacyPrinciples.Reporting;

/// <summary>Escapes text for Markdown (CommonMark with GitHub's extensions), wherever it lands: a table cell, a list item, a heading or a paragraph.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Escapes text so it renders literally, on one line. It is first neutralised by
    /// <see cref="DisplayText.Clean"/> (controls, bidirectional characters and line breaks, workflow
    /// commands); then <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become entities, so no HTML gets
    /// through; the characters that start emphasis, code, links, images, strikethrough, a table cell
    /// or a heading are backslash-escaped, and so is a list, quote or heading marker at the start;
    /// and what GitHub would turn into a link by itself (<c>https://…</c>, <c>www.…</c>,
    /// <c>name@host</c>) has its <c>:</c>, <c>.</c> or <c>@</c> written as a character reference,
    /// which shows the same character but is never read as a link.
    /// </summary>
    public static string Escape(string text)
    {
        text = DisplayText.Clean(text);
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#': escaped.Append('\\').Append(c); break;
                case '-' or '+' when i == 0 && (text.Length == 1 || text[1] is ' ' or '\t'): escaped.Append('\\').Append(c); break;
                case '=' when i == 0 && text.TrimEnd().All(x => x == '='): escaped.Append('\\').Append(c); break;
                case '.' or ')' when IsOrderedListMarker(text, i): escaped.Append('\\').Append(c); break;
                case ':' when i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/': escaped.Append("&#58;"); break;
                case '@' when i > 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]): escaped.Append("&#64;"); break;
                case '.' when i >= 3 && string.Compare(text, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0: escaped.Append("&#46;"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    // "1. " or "12)" at the start of a value would make it an ordered list item at the start of a line.
    private static bool IsOrderedListMarker(string text, int at)
    {
        if (at == 0 || at > 9 || (at + 1 < text.Length && text[at + 1] is not (' ' or '\t')))
        {
            return false;
        }

        for (var i = 0; i < at; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
