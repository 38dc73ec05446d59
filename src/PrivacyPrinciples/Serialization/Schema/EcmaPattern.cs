using System.Text;

namespace PrivacyPrinciples.Serialization.Schema;

/// <summary>
/// Translates a JSON Schema <c>pattern</c> (an ECMA-262 regular expression) into one .NET reads the
/// same way. .NET's <c>$</c> also matches before a final line feed, so <c>^[a-z]+$</c> would accept
/// <c>"acme\n"</c>; ECMA-262 without the multiline flag matches <c>$</c> only at the end of the
/// input, which .NET writes <c>\z</c>. ECMA-262's <c>.</c> excludes every line terminator (line
/// feed, carriage return, U+2028, U+2029), .NET's only the line feed. Everything else the package's
/// schemas use (classes, quantifiers, groups, escapes) means the same in both, with
/// <see cref="System.Text.RegularExpressions.RegexOptions.ECMAScript"/> keeping <c>\d</c> and
/// <c>\w</c> to ASCII.
/// </summary>
internal static class EcmaPattern
{
    public static string ToDotNet(string pattern)
    {
        var translated = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                translated.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                translated.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    translated.Append(c);

                    // A ']' right after '[' or '[^' is, in ECMA-262, the end of an empty class;
                    // the package's schemas never write one, so there is nothing to translate.
                    break;
                case '$':
                    translated.Append("\\z");
                    break;
                case '.':
                    translated.Append("[^\\n\\r\\u2028\\u2029]");
                    break;
                default:
                    translated.Append(c);
                    break;
            }
        }

        return translated.ToString();
    }
}
