using System.Globalization;
using System.Threading;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// What normalising (see <see cref="Substance.Normalise(string)"/>) makes of a character outside
/// ASCII, so that text which reads the same compares the same: a character that decomposes to one
/// letter or digit (full-width forms, letters with accents, ligature-free compatibility forms) is
/// that letter; a letter of another script drawn like a Latin one is the Latin letter; marks and
/// invisible format characters (zero-width spaces and joiners, soft hyphens, direction marks)
/// vanish without splitting the word they sit in; anything else that is not a letter or digit is
/// dropped, as punctuation is. Letters come out in lower case.
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

        if (Lookalike(c, UpperLookalikes) is { } upper)
        {
            return upper;
        }

        var decomposed = Decomposition(c);
        if (!char.IsLetterOrDigit(decomposed))
        {
            return Dropped;
        }

        var lower = char.ToLowerInvariant(decomposed);
        return Lookalike(lower, LowerLookalikes) ?? lower;
    }

    // Marks (which sit on the letter before them) and invisible format characters.
    private static bool Vanishes(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    // The letter or digit a character decomposes to, by a binary search of the table, or the character itself.
    private static char Decomposition(char c)
    {
        var (low, high) = (0, (Decompositions.Length / 2) - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var from = Decompositions[2 * middle];
            if (from == c)
            {
                return Decompositions[(2 * middle) + 1];
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

    // Capital letters of the Cyrillic and Greek scripts drawn as a Latin capital, with the Latin
    // letter in lower case. (Their own lower case is often drawn differently, so they are looked up
    // before the case is folded.)
    internal const string UpperLookalikes =
        "\u0410a\u0412b\u0415e\u041Ak\u041Cm\u041Dh\u041Eo\u0420p\u0421c\u0422t\u0423y\u0425x\u0405s\u0406i\u0408j\u04AEy\u04BAh\u04C0l\u0500d\u051Aq\u051Cw" +
        "\u0391a\u0392b\u0395e\u0396z\u0397h\u0399i\u039Ak\u039Cm\u039Dn\u039Fo\u03A1p\u03A4t\u03A5y\u03A7x\u03F9c\u037Fj";

    // Small letters of other scripts drawn as a Latin small letter, with the Latin letter.
    internal const string LowerLookalikes =
        "\u0430a\u0435e\u043Eo\u0440p\u0441c\u0443y\u0445x\u0455s\u0456i\u0458j\u04BBh\u04CFl\u0501d\u051Bq\u051Dw\u04AFy" +
        "\u03B1a\u03BFo\u03C1p\u03BDv\u03B9i\u03C5u\u03BAk\u03C7x\u03F2c\u03F3j" +
        "\u0131i\u0237j\u0251a\u0261g";
}
