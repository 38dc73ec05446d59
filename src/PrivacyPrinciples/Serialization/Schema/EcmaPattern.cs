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
                i = AppendEscape(pattern, i, inClass, translated);
                continue;
            }

            if (!inClass && char.IsHighSurrogate(c) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]))
            {
                // ECMA-262 patterns in JSON Schema have Unicode semantics: a character outside the BMP
                // is one atom, so a quantifier after it repeats the whole character, not its low half.
                translated.Append("(?:").Append(c).Append(pattern[++i]).Append(')');
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

    // \p{Letter} and \P{Letter}: .NET knows a general category only by its short name (L), ECMA-262
    // by any of its Unicode aliases (L, Letter, gc=L, General_Category=Letter). Other escapes pass through.
    private static int AppendEscape(string pattern, int i, bool inClass, StringBuilder translated)
    {
        var kind = pattern[i + 1];
        if (kind == 's' || (kind == 'S' && !inClass))
        {
            // ECMA-262's \s is Unicode white space and line terminators; with RegexOptions.ECMAScript .NET's is ASCII only.
            translated.Append(inClass ? EcmaSpace : kind == 's' ? "[" + EcmaSpace + "]" : "[^" + EcmaSpace + "]");
            return i + 1;
        }

        var close = kind is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{' ? pattern.IndexOf('}', i + 3) : -1;
        if (close < 0)
        {
            translated.Append(pattern[i]).Append(kind);
            return i + 1;
        }

        var name = pattern.Substring(i + 3, close - i - 3);
        var equals = name.IndexOf('=');
        if (equals >= 0 && name.Substring(0, equals) is "gc" or "General_Category")
        {
            name = name.Substring(equals + 1);
        }

        translated.Append('\\').Append(kind).Append('{').Append(GeneralCategories.TryGetValue(name, out var shortName) ? shortName : name).Append('}');
        return close;
    }

    private const string EcmaSpace = "\\t\\n\\v\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    // The long names and aliases of Unicode's general categories (PropertyValueAliases.txt), by their short names.
    private static readonly System.Collections.Generic.Dictionary<string, string> GeneralCategories = new(System.StringComparer.Ordinal)
    {
        ["Letter"] = "L", ["Uppercase_Letter"] = "Lu", ["Lowercase_Letter"] = "Ll", ["Titlecase_Letter"] = "Lt",
        ["Modifier_Letter"] = "Lm", ["Other_Letter"] = "Lo", ["Mark"] = "M", ["Combining_Mark"] = "M",
        ["Nonspacing_Mark"] = "Mn", ["Spacing_Mark"] = "Mc", ["Enclosing_Mark"] = "Me", ["Number"] = "N",
        ["Decimal_Number"] = "Nd", ["digit"] = "Nd", ["Letter_Number"] = "Nl", ["Other_Number"] = "No",
        ["Punctuation"] = "P", ["punct"] = "P", ["Connector_Punctuation"] = "Pc", ["Dash_Punctuation"] = "Pd",
        ["Open_Punctuation"] = "Ps", ["Close_Punctuation"] = "Pe", ["Initial_Punctuation"] = "Pi", ["Final_Punctuation"] = "Pf",
        ["Other_Punctuation"] = "Po", ["Symbol"] = "S", ["Math_Symbol"] = "Sm", ["Currency_Symbol"] = "Sc",
        ["Modifier_Symbol"] = "Sk", ["Other_Symbol"] = "So", ["Separator"] = "Z", ["Space_Separator"] = "Zs",
        ["Line_Separator"] = "Zl", ["Paragraph_Separator"] = "Zp", ["Other"] = "C", ["Control"] = "Cc", ["cntrl"] = "Cc",
        ["Format"] = "Cf", ["Surrogate"] = "Cs", ["Private_Use"] = "Co", ["Unassigned"] = "Cn",
    };
}
