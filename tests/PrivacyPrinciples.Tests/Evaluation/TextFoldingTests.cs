using System;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// Text that reads the same compares the same: what normalising makes of characters outside ASCII
/// (see <see cref="TextFolding"/>), so that a statement pasted into every answer cannot pass as
/// new text by lookalike letters, accents, zero-width characters or full-width forms.
/// </summary>
public class TextFoldingTests
{
    [Fact]
    public void TheDecompositionTable_IsTheRuntimesCompatibilityDecomposition()
    {
        // The tests run with globalisation data, where the runtime normalises; the tool may not, so
        // it carries the table this regenerates.
        var expected = new StringBuilder();
        for (var c = 0x80; c <= char.MaxValue; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string decomposed;
            try
            {
                decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormKD);
            }
            catch (ArgumentException)
            {
                // A noncharacter, which the runtime refuses to normalise.
                continue;
            }

            var letters = decomposed.Where(char.IsLetterOrDigit).ToArray();
            if (letters.Length == 1 && letters[0] != c)
            {
                expected.Append((char)c).Append(letters[0]);
            }
        }

        TextFolding.Decompositions.Should().Be(expected.ToString());
    }

    [Theory]
    [InlineData("Ｅｎｃｒｙｐｔｉｏｎ ＡＴ ＲＥＳＴ", "encryption at rest")]
    [InlineData("\u0415ncr\u0443\u0440ti\u043En", "encryption")]
    [InlineData("\u039C\u0395\u0395\u03A4", "meet")]
    [InlineData("T\u0412D", "tbd")]
    [InlineData("en\u200Bcry\u00ADpt\u2060ion", "encryption")]
    [InlineData("re\u0301cording de\u0300fault", "recording default")]
    [InlineData("caf\u00E9 na\u00EFve \u00C5ngstr\u00F6m", "cafe naive angstrom")]
    [InlineData("\U0001D41E\U0001D427\U0001D41C\U0001D42B\U0001D432\U0001D429\U0001D42D \U0001D7CF\U0001D7D0", "encrypt 12")]
    [InlineData("keys\U000E0041\U000E0042 rotated", "keys rotated")]
    [InlineData("\u24D0\u24D1\u24D2 \u00B2", "abc 2")]
    [InlineData("\u65E5\u672C\u8A9E text", "\u65E5\u672C\u8A9E text")]
    [InlineData("\U00010400\U00010401 x", "\U00010400\U00010401 x")]
    [InlineData("emoji \U0001F600 here", "emoji here")]
    [InlineData("lone \uD800 half", "lone half")]
    [InlineData("inf\u0585rmati\u0585n \u057Dsers", "information users")]
    [InlineData("\u1D07\u0274\u1D04\u0280\u028F\u1D18\u1D1B\u026A\u1D0F\u0274 \uA731\u1D1B\u1D0F\u0280\u1D07\u1D05", "encryption stored")]
    [InlineData("\u13A0\u13AC\u13DF \uAB70\uAB7C\uABAF \uA4EE\uA4E1\uA4E1", "dec dec all")]
    [InlineData("\u3164\u3164 keys \u115F\u1160\uFFA0 rotated \u3164", "keys rotated")]
    [InlineData("channel\u3164and\uFFA0how", "channel and how")]
    [InlineData("\u0259ncrypt\u01DDd \u019Eetwork \uA787ls \u01BFolicy", "encrypted network tls policy")]
    public void Normalising_FoldsWhatReadsTheSame(string text, string normalised) =>
        Substance.Normalise(text).Should().Be(normalised);

    [Fact]
    public void TheLatinLookalikeTable_HoldsEveryLetterThatTheConfusablesDataDrawsAsOneAsciiLetterOrDigit()
    {
        // tools/unicode/confusables-latin.txt is the subset of UTS #39 confusables.txt for the Latin
        // blocks; tools/unicode/generate-latin-lookalikes.py makes the table from it and from the
        // letters' names.
        var lines = File.ReadAllLines(RepositoryPaths.Combine("tools", "unicode", "confusables-latin.txt"))
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .Select(line => line.Split(';').Select(field => field.Trim()).ToArray())
            .ToArray();
        lines.Should().HaveCountGreaterThan(20);
        foreach (var fields in lines)
        {
            var (from, to) = ((char)Convert.ToInt32(fields[0], 16), char.ToLowerInvariant((char)Convert.ToInt32(fields[1], 16)));
            Enumerable.Range(0, TextFolding.LatinLookalikes.Length / 2).Should().Contain(
                i => TextFolding.LatinLookalikes[2 * i] == from && TextFolding.LatinLookalikes[(2 * i) + 1] == to, "U+{0:X4} is drawn as {1}", (int)from, to);
        }

        var letters = Enumerable.Range(0, TextFolding.LatinLookalikes.Length / 2).Select(i => TextFolding.LatinLookalikes[2 * i]).ToArray();
        letters.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        Enumerable.Range(0, TextFolding.LatinLookalikes.Length / 2).Select(i => TextFolding.LatinLookalikes[(2 * i) + 1])
            .Should().OnlyContain(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    }

    [Theory]
    [InlineData("D\u025Bscrib\u025B th\u025B \u025Bncryption", "describe the encryption")]
    [InlineData("\u0190NCRYPTION \u0189ATA", "encryption data")]
    [InlineData("\u0256ata r\u025Btention", "data retention")]
    [InlineData("\u0254ptional pr\u0254cessing", "optional processing")]
    [InlineData("\u0253ug \u0253ounty \u0257isclosure", "bug bounty disclosure")]
    [InlineData("\u0288ls \u0288ransport", "tls transport")]
    [InlineData("\u0263ear \u0272ame \u01A5olicy", "year name policy")]
    [InlineData("\u1D00\u1D04\u1D04\u1D07\u0455\u0455 \uA7AF\u1D1C\u1D07\u0280\u028F", "access query")]
    public void Normalising_ReadsALetterOfTheLatinBlocksDrawnAsABasicOne_AsThatLetter(string text, string normalised) =>
        Substance.Normalise(text).Should().Be(normalised);

    [Theory]
    [InlineData("Nous chiffrons les donn\u00E9es \u00E0 la source; \u00C7a co\u00FBte peu", "nous chiffrons les donnees a la source ca coute peu")]
    [InlineData("Verschl\u00FCsselung f\u00FCr gro\u00DFe \u00C4mter", "verschlusselung fur gro\u00DFe amter")]
    [InlineData("Cifrado en tr\u00E1nsito y en reposo, se\u00F1al", "cifrado en transito y en reposo senal")]
    [InlineData("\u0412\u0441\u0435 \u0434\u0430\u043D\u043D\u044B\u0435 \u0437\u0430\u0448\u0438\u0444\u0440\u043E\u0432\u0430\u043D\u044B", "bce \u0434a\u043D\u043D\u044Be \u0437a\u0448\u0438\u0444po\u0432a\u043D\u044B")]
    [InlineData("\u03A4\u03B1 \u03B4\u03B5\u03B4\u03BF\u03BC\u03AD\u03BD\u03B1 \u03BA\u03C1\u03C5\u03C0\u03C4\u03BF\u03B3\u03C1\u03B1\u03C6\u03BF\u03CD\u03BD\u03C4\u03B1\u03B9", "ta \u03B4\u03B5\u03B4o\u03BC\u03B5va kpu\u03C0\u03C4o\u03B3pa\u03C6ouv\u03C4ai")]
    [InlineData("\u0E40\u0E02\u0E49\u0E32\u0E23\u0E2B\u0E31\u0E2A \u6697\u53F7\u5316", "\u0E40\u0E02\u0E32\u0E23\u0E2B\u0E2A \u6697\u53F7\u5316")]
    [InlineData("\u00DEetta er \u00F0\u00E6tt \u014Bku", "\u00FEetta er \u00F0\u00E6tt \u014Bku")]
    public void Normalising_LeavesHonestTextOfOtherLanguagesAsItWas(string text, string normalised)
    {
        // Accents go, as they always did; the letters of other scripts that are not drawn as a
        // Latin one, and the Latin letters that are no basic letter with something added (thorn,
        // eth, ash, eng, sharp s), stay themselves, so that such a statement keeps words of its own.
        Substance.Normalise(text).Should().Be(normalised);
        Substance.IsDisguised(text).Should().BeFalse();
    }

    [Theory]
    [InlineData("\u039F\u03B9 \u03C3\u03C5\u03BD\u03B1\u03BD\u03C4\u03AE\u03C3\u03B5\u03B9\u03C2 \u03BA\u03C1\u03C5\u03C0\u03C4\u03BF\u03B3\u03C1\u03B1\u03C6\u03BF\u03CD\u03BD\u03C4\u03B1\u03B9 \u03BC\u03B5 TLS", false)]
    [InlineData("\u03C4\u03B1 \u03B4\u03B5\u03B4\u03BF\u03BC\u03AD\u03BD\u03B1 \u03BC\u03B1\u03C2", false)]
    [InlineData("latency under 5 \u03BCs, 20 \u00B5m", false)]
    [InlineData("pr\u03BFtect the \u03BC\u03B1data", true)]
    public void TheGreekMu_IsAGreekLetterOrAMicroSign_AndDisguisesNoWord(string text, bool disguised) =>
        Substance.IsDisguised(text).Should().Be(disguised);

    [Fact]
    public void ALetterOfAnAfricanAlphabet_StillReadsAsHonestLatin_WhileAPhoneticLetterInsideAnEnglishWordStillDisguisesIt()
    {
        // Folding "\u025B" as e does not make it a letter of another script: Akan and Ewe are written with it.
        Substance.IsDisguised("Y\u025Bde m\u025Bd\u0254 \u0254kwan \u0256e \u025Bnkyer\u025B").Should().BeFalse();
        Substance.Normalise("Y\u025Bde m\u025Bd\u0254 \u0254kwan").Should().Be("yede medo okwan");
        Substance.IsDisguised("we pr\u0250tect the data").Should().BeTrue("a turned a is a phonetic letter, in a Latin word it disguises it");
        Substance.IsDisguised("we \u1D00ccess the data").Should().BeTrue();
    }

    [Fact]
    public void AFoldedCharacter_StraddlingTheVectorBlocks_IsFoldedAsWhenAlone()
    {
        // Normalising folds ASCII eight characters at a time; a surrogate pair or a mark may sit on
        // the edge of a block, and every position gives the same as the character alone.
        foreach (var piece in new[] { "\U0001D41E", "\u0301", "\u200B", "\U0001F600", "\uFF45" })
        {
            for (var before = 0; before < 20; before++)
            {
                var text = new string('a', before) + piece + "bcdefghijklmnop";
                var alone = Substance.Normalise(piece);
                var expected = alone.Length == 0 && piece is "\U0001F600"
                    ? new string('a', before) + (before > 0 ? " " : string.Empty) + "bcdefghijklmnop"
                    : new string('a', before) + alone + "bcdefghijklmnop";
                Substance.Normalise(text).Should().Be(expected, "with {0} letters before U+{1:X4}", before, (int)piece[0]);
            }
        }
    }

    [Fact]
    public void AStatementPastedIntoEveryAnswer_IsBoilerplate_WhenEachCopyIsDisguisedByLookalikesAccentsOrInvisibleCharacters()
    {
        const string Pasted = "Our platform team reviews this control regularly and applies industry best practice across the whole service.";
        // Each disguise is used twice, a little differently each time (k is 0, then 1).
        var disguises = new Func<string, int, string>[]
        {
            (text, k) => text.Replace("o", k == 0 ? "\u043E" : "\u03BF", StringComparison.Ordinal),
            (text, k) => string.Join(" ", text.Split(' ').Select(w => w.Length > 1 + k ? w.Insert(1 + k, "\u0301") : w)),
            (text, k) => string.Join(" ", text.Split(' ').Select(w => w.Length > 2 ? w.Insert(1 + k, "\u200B") : w)),
            (text, k) => new string([.. text.Select((c, j) => j % (k + 2) == 0 && c is >= 'a' and <= 'z' ? (char)(c + 0xFEE0) : c)]),
        };
        var statements = Enumerable.Range(0, 8).Select(i => disguises[i % disguises.Length](Pasted, i / disguises.Length)).ToArray();
        statements.Distinct(StringComparer.Ordinal).Should().HaveCount(statements.Length, "each copy is written differently");

        using var set = new StatementSet(statements);
        Enumerable.Range(0, statements.Length).Should().OnlyContain(i => set.IsBoilerplate(i));
        Substance.IsBlank("\u200B\u0301\u00AD").Should().BeTrue("marks and invisible characters alone say nothing");
        Substance.IsBlank("\u3164\u3164\u3164 \u115F\u1160 \uFFA0").Should().BeTrue("the Hangul fillers are letters drawn as nothing");
        Substance.IsBlank("\U0001D400").Should().BeFalse("a mathematical letter is a letter");
    }
}
