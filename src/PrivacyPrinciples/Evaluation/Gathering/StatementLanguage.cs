using System;
using System.Collections.Generic;
using System.Linq;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// Which languages a normalised statement reads as, by short marker words, as a reader tells a
/// language from its first line: a statement reads as a language when it holds at least
/// <see cref="MarkersNeeded"/> of that language's markers (each time one stands counts). The
/// markers of each language are frequent in it and rare in English and in the other languages'
/// prose, so that a statement in a language none of these reads (Swedish, Polish…) seldom reads as
/// one of them. Immutable, so thread-safe.
/// </summary>
internal static class StatementLanguage
{
    /// <summary>The position of English in <see cref="Markers"/> and its bit in <see cref="StatementLanguages"/>.</summary>
    public const int English = 0;

    /// <summary>The position of German.</summary>
    public const int German = 1;

    /// <summary>The position of French.</summary>
    public const int French = 2;

    /// <summary>The position of Spanish.</summary>
    public const int Spanish = 3;

    /// <summary>The position of Italian.</summary>
    public const int Italian = 4;

    /// <summary>The position of Dutch.</summary>
    public const int Dutch = 5;

    /// <summary>The position of Portuguese.</summary>
    public const int Portuguese = 6;

    /// <summary>How many languages are read.</summary>
    public const int Count = 7;

    /// <summary>A statement reads as a language when it holds at least this many of its markers.</summary>
    public const int MarkersNeeded = 2;

    /// <summary>
    /// The marker words of each language, as normalised (no accents), by position. English's are
    /// the words the topic test has always read (see <see cref="ExpectationTopic.EnglishMarkers"/>).
    /// Words several of these languages share ("en", "la", "de") mark none of them, so that a
    /// Spanish statement does not read as French too, and words that are also frequent English
    /// words ("die", "as", "no", "do", "on", "is", "we", "per", "son", "ai") mark none but English,
    /// so that an English statement does not read as another language.
    /// </summary>
    internal static readonly string[][] Markers =
    [
        ["the", "and", "our", "we", "with", "are", "is", "of", "to", "for", "by"],
        ["und", "der", "das", "ist", "sind", "wir", "mit", "fur", "auf", "nicht", "eine", "einen", "einem", "einer", "unsere", "unser", "unserer", "unseren",
            "wird", "werden", "wurde", "auch", "zu", "zum", "zur", "von", "vom", "im", "bei", "oder", "sie", "dem", "den", "des", "nach", "uber"],
        ["le", "les", "et", "des", "du", "est", "sont", "nous", "pour", "une", "dans", "sur", "avec", "au", "aux", "ne", "pas", "nos", "notre", "leur",
            "leurs", "qui", "ou", "ces", "cette", "ses"],
        ["el", "los", "las", "y", "del", "es", "con", "para", "una", "que", "se", "al", "son", "nuestro", "nuestra", "nuestros", "nuestras", "sus", "lo",
            "cada", "desde"],
        ["il", "gli", "di", "della", "delle", "dei", "degli", "dello", "nel", "nella", "nei", "con", "che", "una", "sono", "non", "nostro", "nostra",
            "nostri", "nostre", "ogni", "viene", "vengono", "e", "ad", "da", "dal", "dalla", "alla", "alle", "sul"],
        ["het", "een", "van", "wij", "onze", "ons", "voor", "niet", "zijn", "worden", "wordt", "ook", "bij", "naar", "op", "dat", "te", "aan", "uit",
            "deze", "elke", "alle"],
        ["os", "e", "da", "dos", "das", "em", "com", "para", "uma", "nao", "sao", "nosso", "nossa", "nossos", "nossas", "na", "ao", "aos", "pelo", "pela",
            "cada", "sua", "seu", "seus", "suas"],
    ];

    // Every marker once, and for each the languages it marks.
    private static readonly (WordSet Words, StatementLanguages[] Languages) Table = BuildTable();

    // The markers of the languages other than English.
    private static readonly WordSet OtherMarkers = new(Markers.Skip(1).SelectMany(m => m).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// Whether a normalised text may read as a language other than English: one of its words is a
    /// marker of one. False for most English statements, with a lookup a word that the set's length
    /// bits refuse for most words, so that a reading done only in other languages need not tell an
    /// English statement's languages (see <see cref="Of"/>, which decides). (A vectorised search for
    /// the markers between spaces, tried first, fell back to a dictionary a character for so many
    /// strings, and cost several times as much.)
    /// </summary>
    public static bool MayReadAsOtherThanEnglish(ReadOnlySpan<char> normalised) => OtherMarkers.HoldsAnyWordOf(normalised);

    /// <summary>The languages a normalised text (see <see cref="Substance.Normalise(string)"/>) reads as: one lookup per word, no string made.</summary>
    public static StatementLanguages Of(ReadOnlySpan<char> normalised)
    {
        Span<int> counts = stackalloc int[Count];
        counts.Clear();
        var read = StatementLanguages.None;
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = Substance.WordEnd(normalised, start);
            if (Table.Words.IndexOf(normalised.Slice(start, end - start)) is var at and >= 0)
            {
                var marked = (int)Table.Languages[at];
                for (var language = 0; language < Count; language++)
                {
                    if ((marked & (1 << language)) != 0 && ++counts[language] >= MarkersNeeded)
                    {
                        read |= (StatementLanguages)(1 << language);
                    }
                }
            }
        }

        return read;
    }

    private static (WordSet, StatementLanguages[]) BuildTable()
    {
        var languages = new Dictionary<string, StatementLanguages>(StringComparer.Ordinal);
        for (var language = 0; language < Count; language++)
        {
            foreach (var word in Markers[language])
            {
                languages.TryGetValue(word, out var marked);
                languages[word] = marked | (StatementLanguages)(1 << language);
            }
        }

        var words = languages.Keys.ToArray();
        return (new WordSet(words), words.Select(w => languages[w]).ToArray());
    }
}
