using System;
using System.Collections.Generic;

namespace PrivacyPrinciples.Serialization.Schema;

/// <summary>
/// A schema pattern simple enough to match without a regular-expression engine, as most identifier
/// and version patterns are: anchored at the start, optionally refusing a literal prefix
/// (<c>(?!0000)</c>), then a sequence of ASCII literals and ASCII character classes, each repeated
/// a counted number of times, optionally anchored at the end. It is matched greedily in one pass,
/// which gives the engine's answer only when no repetition could have to give back a character the
/// next element needs; so a pattern counts as simple only if every repetition of varying length is
/// the last element or is followed by a required element that shares no character with it.
/// Anything else (groups, alternation, negated classes, dots, non-ASCII) stays with
/// <see cref="System.Text.RegularExpressions.Regex"/>.
/// </summary>
internal sealed class SimplePattern
{
    private readonly Element[] _elements;
    private readonly string? _refusedPrefix;
    private readonly bool _toEnd;

    private SimplePattern(Element[] elements, string? refusedPrefix, bool toEnd)
    {
        _elements = elements;
        _refusedPrefix = refusedPrefix;
        _toEnd = toEnd;
    }

    /// <summary>The pattern (ECMA-262 syntax, as a schema writes it) as a simple pattern, or null if it is not one.</summary>
    public static SimplePattern? TryParse(string pattern)
    {
        if (pattern.Length == 0 || pattern[0] != '^')
        {
            return null;
        }

        var i = 1;
        string? refused = null;
        if (string.CompareOrdinal(pattern, i, "(?!", 0, 3) == 0)
        {
            var close = pattern.IndexOf(')', i + 3);
            if (close < 0)
            {
                return null;
            }

            refused = pattern.Substring(i + 3, close - i - 3);
            foreach (var c in refused)
            {
                if (!IsPlainLiteral(c))
                {
                    return null;
                }
            }

            i = close + 1;
        }

        var elements = new List<Element>();
        var toEnd = false;
        while (i < pattern.Length)
        {
            if (pattern[i] == '$')
            {
                if (i != pattern.Length - 1)
                {
                    return null;
                }

                toEnd = true;
                break;
            }

            if (!TryAtom(pattern, ref i, out var atom) || !TryQuantifier(pattern, ref i, ref atom))
            {
                return null;
            }

            elements.Add(atom);
        }

        // Greedy matching is exact only if no varying repetition competes with what follows it.
        for (var k = 0; k < elements.Count - 1; k++)
        {
            if (elements[k].Min != elements[k].Max && (elements[k + 1].Min == 0 || elements[k].Overlaps(elements[k + 1])))
            {
                return null;
            }
        }

        return new SimplePattern([.. elements], refused, toEnd);
    }

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (_refusedPrefix is not null && text.StartsWith(_refusedPrefix.AsSpan(), StringComparison.Ordinal))
        {
            return false;
        }

        var position = 0;
        foreach (var element in _elements)
        {
            var count = 0;
            while (count < element.Max && position < text.Length && element.Has(text[position]))
            {
                position++;
                count++;
            }

            if (count < element.Min)
            {
                return false;
            }
        }

        return !_toEnd || position == text.Length;
    }

    /// <summary>
    /// The same answer from the text's UTF-8: every element is ASCII, and every byte of a character
    /// outside ASCII is 0x80 or above, so such a character fails where its first byte does.
    /// </summary>
    public bool IsMatch(ReadOnlySpan<byte> utf8)
    {
        if (_refusedPrefix is not null && StartsWith(utf8, _refusedPrefix))
        {
            return false;
        }

        var position = 0;
        foreach (var element in _elements)
        {
            var count = 0;
            while (count < element.Max && position < utf8.Length && element.Has((char)utf8[position]))
            {
                position++;
                count++;
            }

            if (count < element.Min)
            {
                return false;
            }
        }

        return !_toEnd || position == utf8.Length;
    }

    private static bool StartsWith(ReadOnlySpan<byte> utf8, string prefix)
    {
        if (utf8.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (utf8[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    // A printable ASCII character that stands for itself outside a class.
    private static bool IsPlainLiteral(char c) => c is > ' ' and < (char)127 && "\\^$.|?*+()[]{}".IndexOf(c) < 0;

    private static bool TryAtom(string pattern, ref int i, out Element atom)
    {
        atom = default;
        var c = pattern[i];
        if (c == '[')
        {
            return TryClass(pattern, ref i, out atom);
        }

        if (c == '\\')
        {
            if (i + 1 >= pattern.Length || !TryEscape(pattern[i + 1], out atom))
            {
                return false;
            }

            i += 2;
            return true;
        }

        if (!IsPlainLiteral(c))
        {
            return false;
        }

        atom = Element.Of(c, c);
        i++;
        return true;
    }

    // \d, or an escaped punctuation character standing for itself; other escapes (\w, \s, \b, \u…) are not simple.
    private static bool TryEscape(char c, out Element atom)
    {
        atom = c == 'd' ? Element.Of('0', '9') : default;
        if (c == 'd')
        {
            return true;
        }

        if (c is > ' ' and < (char)127 && !char.IsLetterOrDigit(c))
        {
            atom = Element.Of(c, c);
            return true;
        }

        return false;
    }

    private static bool TryClass(string pattern, ref int i, out Element atom)
    {
        atom = default;
        var j = i + 1;
        if (j >= pattern.Length || pattern[j] is '^' or ']')
        {
            return false;
        }

        while (j < pattern.Length && pattern[j] != ']')
        {
            if (!TryClassCharacter(pattern, ref j, out var low, out var isSet))
            {
                return false;
            }

            if (isSet)
            {
                atom = atom.With(low);
                continue;
            }

            // A '-' between two characters is a range; first or last in the class, it is itself.
            if (j + 1 < pattern.Length && pattern[j] == '-' && pattern[j + 1] != ']')
            {
                j++;
                if (!TryClassCharacter(pattern, ref j, out var high, out var highIsSet) || highIsSet || low.Single > high.Single)
                {
                    return false;
                }

                atom = atom.With(Element.Of(low.Single, high.Single));
            }
            else
            {
                atom = atom.With(low);
            }
        }

        if (j >= pattern.Length)
        {
            return false;
        }

        i = j + 1;
        return true;
    }

    // One character of a class, or \d; the range check wants single characters, so it is told which.
    private static bool TryClassCharacter(string pattern, ref int j, out Element element, out bool isSet)
    {
        element = default;
        isSet = false;
        var c = pattern[j];
        if (c == '\\')
        {
            if (j + 1 >= pattern.Length || !TryEscape(pattern[j + 1], out element))
            {
                return false;
            }

            isSet = pattern[j + 1] == 'd';
            j += 2;
            return true;
        }

        if (c is < ' ' or >= (char)127 || c == '[')
        {
            return false;
        }

        element = Element.Of(c, c);
        j++;
        return true;
    }

    private static bool TryQuantifier(string pattern, ref int i, ref Element atom)
    {
        var (min, max) = (1, 1);
        if (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '*':
                    (min, max, i) = (0, int.MaxValue, i + 1);
                    break;
                case '+':
                    (min, max, i) = (1, int.MaxValue, i + 1);
                    break;
                case '?':
                    (min, max, i) = (0, 1, i + 1);
                    break;
                case '{':
                    if (!TryCounts(pattern, ref i, out min, out max))
                    {
                        return false;
                    }

                    break;
            }
        }

        // A lazy quantifier, or one quantifier after another, is not simple.
        if (i < pattern.Length && pattern[i] is '?' or '*' or '+' or '{')
        {
            return false;
        }

        atom = atom.Repeated(min, max);
        return true;
    }

    private static bool TryCounts(string pattern, ref int i, out int min, out int max)
    {
        max = -1;
        var j = i + 1;
        if (!TryNumber(pattern, ref j, out min))
        {
            return false;
        }

        if (j < pattern.Length && pattern[j] == ',')
        {
            j++;
            if (j < pattern.Length && pattern[j] == '}')
            {
                max = int.MaxValue;
            }
            else if (!TryNumber(pattern, ref j, out max) || max < min)
            {
                return false;
            }
        }
        else
        {
            max = min;
        }

        if (j >= pattern.Length || pattern[j] != '}')
        {
            return false;
        }

        i = j + 1;
        return true;
    }

    private static bool TryNumber(string pattern, ref int j, out int value)
    {
        value = 0;
        var start = j;
        while (j < pattern.Length && pattern[j] is >= '0' and <= '9' && j - start < 6)
        {
            value = (value * 10) + (pattern[j] - '0');
            j++;
        }

        return j > start && (j >= pattern.Length || pattern[j] is < '0' or > '9');
    }

    // An ASCII character set as two 64-bit masks, with how many times it repeats.
    private readonly struct Element
    {
        private readonly ulong _low;
        private readonly ulong _high;

        private Element(ulong low, ulong high, int min, int max, char single)
        {
            _low = low;
            _high = high;
            Min = min;
            Max = max;
            Single = single;
        }

        public int Min { get; }

        public int Max { get; }

        // The character, for an element made of one (the ends of a range).
        public char Single { get; }

        public static Element Of(char from, char to)
        {
            ulong low = 0, high = 0;
            for (var c = from; c <= to; c++)
            {
                if (c < 64)
                {
                    low |= 1UL << c;
                }
                else
                {
                    high |= 1UL << (c - 64);
                }
            }

            return new Element(low, high, 1, 1, from);
        }

        public bool Has(char c) => c < 64 ? (_low & (1UL << c)) != 0 : c < 128 && (_high & (1UL << (c - 64))) != 0;

        public bool Overlaps(Element other) => (_low & other._low) != 0 || (_high & other._high) != 0;

        public Element With(Element other) => new(_low | other._low, _high | other._high, 1, 1, '\0');

        public Element Repeated(int min, int max) => new(_low, _high, min, max, Single);
    }
}
