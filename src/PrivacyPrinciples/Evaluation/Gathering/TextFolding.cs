using System.Globalization;
using System.Threading;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// What normalising (see <see cref="Substance.Normalise(string)"/>) makes of a character outside
/// ASCII, so that text which reads the same compares the same: a character that decomposes to one
/// letter or digit (full-width forms, letters with accents, ligature-free compatibility forms) is
/// that letter; a letter of another script drawn like a Latin one is the Latin letter, and so is a
/// letter of the Latin blocks with nothing to decompose that is drawn as a basic one ("ɛ", "ɖ", "ʈ",
/// "ᴀ": see <see cref="LatinLookalikes"/>, generated from Unicode's confusables data and names); marks,
/// invisible format characters (zero-width spaces and joiners, soft hyphens, direction marks)
/// vanish without splitting the word they sit in; the Hangul fillers, letters drawn as blank
/// space, and anything else that is not a letter or digit are dropped, as punctuation is. Letters come out in lower case.
/// </summary>
/// <remarks>
/// A vendor pasting one statement into every answer cannot make each copy look new to the tests
/// by changing how it is encoded while it reads the same: one lookalike letter per word, an accent
/// or a zero-width space in each copy, or full-width letters. The runtime's own normalisation is not
/// used because the tool runs without globalisation data, where it changes nothing; the
/// decompositions are a table generated from it, which the tests hold to it.
/// </remarks>
internal static partial class TextFolding
{
    /// <summary>What <see cref="Of"/> gives for a character that is dropped (ends a word, as punctuation does).</summary>
    public const char Dropped = '\0';

    /// <summary>What <see cref="Of"/> gives for a character that vanishes (a mark or an invisible format character).</summary>
    public const char Invisible = '\u0001';

    // Computed on first use, per character: 0 not yet, else the folded character plus one (so that
    // Dropped and Invisible, both below any letter, can be held too).
    private static char[]? s_folded;

    /// <summary>
    /// The letter or digit, in lower case, that a character outside ASCII folds to, or
    /// <see cref="Dropped"/>, or <see cref="Invisible"/>. Not for a surrogate (see <see cref="OfPair"/>).
    /// </summary>
    public static char Of(char c)
    {
        var folded = Volatile.Read(ref s_folded) ?? Allocate();
        var known = folded[c];
        if (known == 0)
        {
            // A race only computes the same value twice.
            known = (char)(Compute(c) + 1);
            folded[c] = known;
        }

        return (char)(known - 1);
    }

    /// <summary>
    /// What a surrogate pair (a character outside the Basic Multilingual Plane) folds to: a
    /// mathematical letter or digit is the Latin one; a mark or format character (tags, variation
    /// selectors) is <see cref="Invisible"/>; anything else is <see cref="Dropped"/> (the caller keeps
    /// any other letter or digit as it is).
    /// </summary>
    public static char OfPair(string text, int index)
    {
        var codePoint = char.ConvertToUtf32(text[index], text[index + 1]);

        // Mathematical alphanumeric symbols: styles of A-Z and a-z, 52 letters each, then of 0-9.
        if (codePoint is >= 0x1D400 and <= 0x1D6A3)
        {
            var letter = (codePoint - 0x1D400) % 52;
            return CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                ? (char)('a' + (letter % 26))
                : Dropped;
        }

        if (codePoint is >= 0x1D7CE and <= 0x1D7FF)
        {
            return (char)('0' + ((codePoint - 0x1D7CE) % 10));
        }

        return Vanishes(CharUnicodeInfo.GetUnicodeCategory(text, index)) ? Invisible : Dropped;
    }

    private static char[] Allocate()
    {
        Interlocked.CompareExchange(ref s_folded, new char[char.MaxValue + 1], null);
        return s_folded!;
    }

    private static char Compute(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (Vanishes(category))
        {
            return Invisible;
        }

        if (IsFiller(c))
        {
            return Dropped;
        }

        if (Lookalike(c, UpperLookalikes) is { } upper)
        {
            return upper;
        }

        var decomposed = Decomposition(c);
        if (!char.IsLetterOrDigit(decomposed))
        {
            return Dropped;
        }

        // A letter of the Latin blocks drawn as a basic one, with nothing to decompose ("ɛ", "ɖ",
        // "ʈ"): the generated table, after the hand-picked ones, so that what they say stands.
        var lower = char.ToLowerInvariant(decomposed);
        return Lookalike(lower, LowerLookalikes) ?? Latin(c) ?? Latin(lower) ?? lower;
    }

    // The ASCII letter or digit a letter of the Latin blocks is drawn as (see LatinLookalikes), if any.
    private static char? Latin(char c)
    {
        var found = Search(LatinLookalikes, c);
        return found == c ? null : found;
    }

    // Marks (which sit on the letter before them) and invisible format characters.
    private static bool Vanishes(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    // The Hangul fillers: letters by category, but drawn as blank space (Unicode makes them
    // default-ignorable), so they part words as a space does: a "word" of them would otherwise
    // count as a word, and one put in place of a space would run two words into one the reader
    // sees apart.
    private static bool IsFiller(char c) => c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0';

    // The letter or digit a character decomposes to, by a binary search of the table, or the character itself.
    private static char Decomposition(char c) => Search(Decompositions, c);

    // What a sorted table of pairs gives for a character, or the character itself.
    private static char Search(string pairs, char c)
    {
        var (low, high) = (0, (pairs.Length / 2) - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var from = pairs[2 * middle];
            if (from == c)
            {
                return pairs[(2 * middle) + 1];
            }

            if (from < c)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return c;
    }

    private static char? Lookalike(char c, string pairs)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] == c)
            {
                return pairs[i + 1];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a character is a letter of another script, or a letter of the Latin blocks other
    /// than a basic one with accents (a small capital, a phonetic letter, a letter with a hook, a
    /// tail or a stroke), that folding reads as the Latin letter it is drawn like.
    /// </summary>
    public static bool IsLookalike(char c)
    {
        // With its accents too: a Greek "ύ" or a Cyrillic "ё" is as much of its script as "υ" or "е".
        var decomposed = Decomposition(c);
        return IsListed(c, UpperLookalikes) || IsListed(decomposed, UpperLookalikes) || IsListed(char.ToLowerInvariant(decomposed), LowerLookalikes) || Latin(c) is not null;
    }

    private static bool IsListed(char c, string pairs)
    {
        var at = pairs.IndexOf(c);
        while (at >= 0 && at % 2 != 0)
        {
            at = pairs.IndexOf(c, at + 1);
        }

        return at >= 0;
    }

    // Capital letters of the Cyrillic, Greek and Cherokee scripts, and letters of the Lisu script,
    // drawn as a Latin capital, with the Latin letter in lower case. (Their own lower case is often
    // drawn differently, so they are looked up before the case is folded.)
    internal const string UpperLookalikes =
        "\u0410a\u0412b\u0415e\u041Ak\u041Cm\u041Dh\u041Eo\u0420p\u0421c\u0422t\u0423y\u0425x\u0405s\u0406i\u0408j\u04AEy\u04BAh\u04C0l\u0500d\u051Aq\u051Cw" +
        "\u0391a\u0392b\u0395e\u0396z\u0397h\u0399i\u039Ak\u039Cm\u039Dn\u039Fo\u03A1p\u03A4t\u03A5y\u03A7x\u03F9c\u037Fj" +
        "\u13A0d\u13A1r\u13A2t\u13AAa\u13ABj\u13ACe\u13B3w\u13B7m\u13BBh\u13C0g\u13C3z\u13CFb\u13D2r\u13D9v\u13DAs\u13DEl\u13DFc\u13E2p\u13E6k\u13F4b" +
        "\uA4D0b\uA4D1p\uA4D3d\uA4D4t\uA4D6g\uA4D7k\uA4D9j\uA4DAc\uA4DCz\uA4DDf\uA4DFm\uA4E0n\uA4E1l\uA4E2s\uA4E3r\uA4E6v\uA4E7h\uA4EAw\uA4EBx\uA4ECy\uA4EEa\uA4F0e\uA4F2i\uA4F3o\uA4F4u";

    // Small letters of other scripts (Cyrillic, Greek, Armenian, Cherokee), Latin small capitals
    // and variants, Latin letters with a stroke through them ("ø", "ł", which have no
    // decomposition to strip), and Latin letters of other alphabets drawn like a basic one (the
    // schwa and the turned e as e, the n with a long leg as n, the insular t as t, the wynn as p),
    // with the Latin letter.
    internal const string LowerLookalikes =
        "\u0430a\u0435e\u043Eo\u0440p\u0441c\u0443y\u0445x\u0455s\u0456i\u0458j\u04BBh\u04CFl\u0501d\u051Bq\u051Dw\u04AFy" +
        "\u03B1a\u03BFo\u03C1p\u03BDv\u03B9i\u03C5u\u03BAk\u03C7x\u03F2c\u03F3j" +
        "\u0131i\u0237j\u0251a\u0261g\u0269i\u01C0l" +
        "\u0262g\u026Ai\u0274n\u0280r\u028Fy\u0299b\u029Ch\u029Fl\u1D00a\u1D04c\u1D05d\u1D07e\u1D0Aj\u1D0Bk\u1D0Dm\u1D0Fo\u1D18p\u1D1Bt\u1D1Cu\u1D20v\u1D21w\u1D22z\uA730f\uA731s\uA7AFq" +
        "\u0566q\u056Cl\u0570h\u0578n\u057Du\u0581g\u0585o" +
        "\u00F8o\u0142l\u0111d\u0127h\u0167t\u0180b\u0268i\u01B6z\u01E5g\u024Dr\u024Fy\u023Cc\u0247e\u0249j" +
        "\u0259e\u01DDe\u019En\uA787t\u01BFp" +
        "\u13FCb\uAB70d\uAB71r\uAB72t\uAB7Aa\uAB7Bj\uAB7Ce\uAB83w\uAB87m\uAB8Bh\uAB90g\uAB93z\uAB9Fb\uABA2r\uABA9v\uABAAs\uABAEl\uABAFc\uABB2p\uABB6k";
}
