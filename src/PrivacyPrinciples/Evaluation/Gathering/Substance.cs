using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Buffers;
using System.Runtime.CompilerServices;
#if NET
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>What free text in an answer amounts to.</summary>
internal enum SubstanceVerdict
{
    /// <summary>Says something of its own about the measure.</summary>
    Substantive,

    /// <summary>Absent or blank.</summary>
    Missing,

    /// <summary>Shorter than <see cref="Substance.MinimumCharacters"/> characters or with fewer than <see cref="Substance.MinimumWords"/> words of its own.</summary>
    TooShort,

    /// <summary>A placeholder: "n/a", "TBD", "lorem ipsum", "see above"…</summary>
    Placeholder,

    /// <summary>The expectation's title, or a run of the rule set's own text (any expectation's title, rationale, remediation or guidance, see <see cref="ExpectationText"/>), again, with nothing of its own.</summary>
    RepeatsTitle,

    /// <summary>The same text as the answers to at least <see cref="Substance.BoilerplateAnswers"/> - 1 other expectations.</summary>
    Boilerplate,

    /// <summary>A claim's statement that uses none of the words its expectation is about, in English or in the language it reads as (see <see cref="ExpectationTopic"/>).</summary>
    OffTopic,

    /// <summary>An "implemented" claim's statement says the measure is not in place yet (see <see cref="Substance.NotInPlacePhrases"/>).</summary>
    NotInPlace,

    /// <summary>Written so that it does not read as it is stored (see <see cref="Substance.IsDisguised"/>): a letter of another script or an invisible format character inside a Latin word, or an override of the text's direction.</summary>
    Disguised,

    /// <summary>A partial claim's statement (and scope) says only that the measure is not in place, and affirms no part of it (see <see cref="NothingInPlace"/>).</summary>
    NothingInPlace,
}

/// <summary>
/// Judges whether a statement or a justification has substance. The thresholds are the contract
/// documented in docs/scoring.md ("Substance"); they are deliberately modest, since wording cannot
/// prove a measure: they only stop blank, placeholder and pasted text from earning credit.
/// </summary>
internal static class Substance
{
    /// <summary>At least this many characters, after trimming.</summary>
    public const int MinimumCharacters = 40;

    /// <summary>At least this many distinct words of three or more letters that are neither common function words nor words of the expectation's title.</summary>
    public const int MinimumWords = 4;

    /// <summary>
    /// A statement that copies the rule set's text needs a distinct word of its own for every this
    /// many words of the copies (and <see cref="MinimumWords"/> at least): the guidance pasted
    /// with four names beside it says nothing of the measure.
    /// </summary>
    public const int CopiedWordsPerOwnWord = 3;

    /// <summary>The same statement in this many answers or more is boilerplate in each of them.</summary>
    public const int BoilerplateAnswers = 3;

    /// <summary>
    /// A run of this many words that count (see <see cref="Counts"/>), in the same order, in the
    /// statements of <see cref="BoilerplateAnswers"/> answers or more is pasted: a statement that
    /// holds such a run is boilerplate, however its copies differ, unless it has
    /// <see cref="MinimumWords"/> distinct such words of its own, outside every pasted run and held by
    /// the statements of fewer than <see cref="BoilerplateAnswers"/> answers, and one for every
    /// <see cref="PastedWordsPerOwnWord"/> words of the pasted runs.
    /// </summary>
    public const int PastedRunWords = 8;

    /// <summary>
    /// A statement that holds a pasted run (see <see cref="PastedRunWords"/>) needs, beside
    /// <see cref="MinimumWords"/>, a distinct word of its own for every this many words of the
    /// pasted runs it holds: a statement less than a quarter of whose words are its own is the
    /// paste with a few words added (a paragraph of forty words pasted into every answer, with a
    /// name and a place added to each copy, says nothing of how each measure is met). The same
    /// share as for the rule set's own text (<see cref="CopiedWordsPerOwnWord"/>): text pasted
    /// from one answer to the next is no more the vendor's word for this measure than text copied
    /// from the rule set. An honest statement that shares a clause with other answers says more of
    /// its own beside it: the reports of the bundled samples, the engagement's vendors and 500
    /// synthetic attestations are the same with this share as without it.
    /// </summary>
    public const int PastedWordsPerOwnWord = CopiedWordsPerOwnWord;

    /// <summary>
    /// A statement with fewer than <see cref="MinimumWords"/> distinct counted words of its own
    /// (held by the statements of fewer than <see cref="BoilerplateAnswers"/> answers) is
    /// boilerplate when it holds this many distinct counted words, whatever their order: sentences
    /// shared between answers, mixed differently in each. (An honest statement this long has words
    /// of its own: in the bundled samples, every statement of 12 or more has at least four.) A
    /// shorter one is boilerplate when the statements of <see cref="BoilerplateAnswers"/> - 1 other
    /// answers each hold all but a fifth of its words.
    /// </summary>
    public const int SharedWords = 2 * PastedRunWords;

    /// <summary>Words that say nothing about a measure, whatever the expectation.</summary>
    internal static readonly string[] FunctionWordList =
    [
        "the", "and", "for", "with", "are", "was", "were", "been", "has", "have", "had", "its", "our", "ours", "this", "that", "these", "those",
        "from", "into", "onto", "all", "any", "every", "each", "also", "not", "yes", "but", "can", "will", "does", "did", "done", "per",
        "place", "fully", "full", "implemented", "implement", "implements", "compliant", "comply", "complies", "complied", "meet", "meets",
        "met", "expectation", "expectations", "requirement", "requirements", "applicable", "applies", "apply", "relevant", "service",
        "services", "product", "company", "vendor", "use", "used", "using", "which", "there", "here", "they", "them", "their", "you", "your",
        "who", "what", "when", "how", "why", "where", "via", "etc", "always", "course", "indeed", "true", "false",

        // The same in the other languages of the regulators and their neighbours (French, German,
        // Italian, Spanish, Portuguese, Dutch), as normalised (no accents), so that "Ja, vollständig
        // umgesetzt und konform" is no more a statement than its English. (Words that are also
        // English words a statement may need, such as "son", "die", "des", "dos" or "sim", are left out.)
        "les", "une", "est", "sont", "pour", "par", "sur", "dans", "avec", "que", "qui", "nous", "vous", "notre", "nos", "votre", "vos",
        "leur", "leurs", "ses", "pas", "mais", "tous", "toutes", "tout", "cette", "ces", "aussi", "oui", "entierement", "totalement",
        "conforme", "conformes", "applique", "appliquee", "oeuvre", "mise", "exigence", "exigences", "respecte", "respectons",
        "und", "der", "das", "dem", "den", "ist", "sind", "mit", "fur", "auf", "ein", "eine", "einen", "einem", "einer", "wir", "unser",
        "unsere", "unseren", "nicht", "auch", "alle", "allen", "alles", "wird", "werden", "wurde", "vollstandig", "umgesetzt",
        "implementiert", "konform", "erfullt", "erfullen", "bereits", "komplett", "anforderung", "anforderungen",
        "los", "las", "del", "una", "para", "con", "esta", "estan", "nuestro", "nuestra", "nuestros", "nuestras", "todos", "todas",
        "tambien", "implementado", "implementada", "implementados", "cumple", "cumplimos", "completamente", "requisito", "requisitos",
        "che", "non", "gli", "sono", "della", "dei", "delle", "nostro", "nostra", "nostri", "tutti", "tutto", "anche", "implementato",
        "implementata", "pienamente", "requisiti", "com", "nao", "uma", "nosso", "nossa", "nossos", "tambem", "plenamente",
        "het", "een", "voor", "met", "zijn", "wij", "onze", "niet", "ook", "volledig", "geimplementeerd", "voldoen", "voldoet",
    ];

    /// <summary>Text that stands in for an answer someone meant to write, as whole words of the normalised text.</summary>
    internal static readonly string[] PlaceholderPhrases =
    [
        "lorem ipsum", "placeholder", "to be completed", "to be confirmed", "to be determined", "to be defined", "to be decided", "to be agreed",
        "to be written", "to be added", "insert text", "add text here",
        "coming soon", "see above", "see below", "same as above", "n a", "no comment",

        // The same in French, German, Italian, Spanish and Portuguese, as normalised.
        "a definir", "por definir", "da definire", "a completer", "por completar", "da completare", "a confirmer", "por confirmar",
        "da confermare", "siehe oben", "voir ci dessus", "ver arriba", "vedi sopra", "ver acima", "noch offen", "wird nachgereicht",
        "folgt spater",
    ];

    // A rule set's titles are the same string instances for every answer: their words are worked out once per title.
    private static readonly ConditionalWeakTable<string, WordSet> TitleWordsCache = new();


    // Texts up to this many characters are normalised on the stack; longer ones in a pooled array.
    private const int StackBuffer = 256;

    /// <summary>
    /// The words of the filler text typesetters use (lorem ipsum…) that are no word of a living language, so a
    /// slice of it without its first two words is still filler: they are never a text's own words,
    /// and three of them make a placeholder. (Its words that are words of a living language, such as
    /// "sit", "dolor", "sunt", "qui", "nulla" or "iste", are left out: a statement may use them.)
    /// </summary>
    internal static readonly string[] FillerWordList =
    [
        "lorem", "ipsum", "amet", "consectetur", "adipiscing", "elit", "eiusmod", "tempor", "incididunt", "aliqua", "veniam", "nostrud",
        "exercitation", "ullamco", "laboris", "aliquip", "commodo", "consequat", "duis", "aute", "irure", "reprehenderit", "voluptate", "velit",
        "cillum", "fugiat", "pariatur", "excepteur", "occaecat", "cupidatat", "proident", "deserunt", "mollit", "laborum", "perspiciatis",
        "voluptatem", "accusantium", "doloremque", "laudantium", "aperiam", "eaque", "inventore", "veritatis", "architecto", "beatae",
        "explicabo", "voluptas", "aspernatur", "consequuntur", "nesciunt", "quisquam", "adipisci", "numquam", "eius", "tempora", "incidunt",
        "magnam", "aliquam", "quaerat",
    ];

    /// <summary>Filler words (see <see cref="FillerWordList"/>) that make a text a placeholder, wherever they are in it.</summary>
    public const int FillerWords = 3;

    private static readonly WordSet Filler = new(FillerWordList);

    /// <summary>Single words that stand in for an answer.</summary>
    internal static readonly string[] PlaceholderWordList = ["tbd", "tbc", "todo", "fixme", "xxx", "tba", "wip", "asdf", "qwerty"];

    // The length of the longest placeholder word or phrase (declared after both lists, which it reads as the type is initialised).
    private static readonly int LongestPlaceholder = PlaceholderWordList.Concat(PlaceholderPhrases).Max(p => p.Length);

    private static readonly WordSet FunctionWords = new(FunctionWordList);

    private static readonly WordSet PlaceholderWords = new(PlaceholderWordList);

    // The placeholder words and the first words of the placeholder phrases: most words of a text
    // are in neither, and one lookup says so.
    private static readonly WordSet PlaceholderStarts = new(PlaceholderStartList());

    // The shapes (see Shape) of the placeholder starts, one bit each of 4,096.
    private static readonly ulong[] PlaceholderShapes = PlaceholderShapeBits();

    private static IEnumerable<string> PlaceholderStartList() => PlaceholderWordList.Concat(PlaceholderPhrases.Select(p => p.Split(' ')[0]));

    private static ulong[] PlaceholderShapeBits()
    {
        var bits = new ulong[4096 / 64];
        foreach (var word in PlaceholderStartList().Concat(FillerWordList))
        {
            var shape = Shape(word.AsSpan());
            bits[shape >> 6] |= 1ul << (shape & 63);
        }

        return bits;
    }

    /// <summary>
    /// Phrases, as whole words of a normalised statement, that say the measure is not in place yet:
    /// that it is planned, on a roadmap or being built, or that part of it is not done yet ("not
    /// encrypted yet", "we plan to add", "on our roadmap for 2027"). An "implemented" claim whose
    /// statement says so is not the vendor's word for an implemented measure. English only, and
    /// never "not yet" alone: "participants who have not yet joined wait in the lobby" is a
    /// statement of a measure in place. Also an undated future ("will soon", "coming soon") and a
    /// stage before general availability said of the measure: in beta or preview ("is in beta",
    /// "available in private preview"), in a pilot ("in pilot with selected customers"), for early
    /// access, or being rolled out ("being rolled out", "is rolling out"). The stage words are read
    /// only after a word that says the measure is at that stage, so that "beta features are
    /// disabled by default", "we roll out updates weekly", "the meeting preview" and a plan named
    /// "Pilot" ("available in Pilot and Enterprise") are statements of measures in place.
    /// </summary>
    internal static readonly string[] NotInPlacePhrases =
    [
        .. NotInPlaceStages(),
        "will soon", "coming soon", "available soon", "launching soon", "soon to be", "is in preview", "are in preview", "still in preview",
        "currently in preview", "is in pilot", "are in pilot", "still in pilot", "currently in pilot", "in pilot with", "in a pilot with",
        "in a pilot phase", "being piloted", "piloting with", "in early access", "early access customers", "early access users",
        "early access programme", "early access program", "being rolled out", "is rolling out", "are rolling out", "currently rolling out",
        "still rolling out", "gradually rolling out", "rolling out gradually", "process of rolling out",
        "on our roadmap", "on the roadmap", "in our roadmap", "on our product roadmap", "we plan to", "we are planning to", "we intend to",
        "we hope to", "we will add", "we will introduce", "we will implement", "we will roll out", "we will enable", "we will deploy", "will be implemented",
        "will be introduced", "will be added", "will be rolled out", "will be deployed", "is planned for", "are planned for", "is scheduled for",
        "are scheduled for", "in a future release", "in a later release", "in an upcoming release", "in the next release", "under development",
        "being developed", "currently unencrypted", "currently not encrypted", "currently not supported", "not currently supported",
        "not yet implemented", "not yet available", "not yet supported", "not yet encrypted", "not yet enabled", "not yet in place",
        "not yet live", "not yet deployed", "not yet rolled out", "not yet complete", "not yet completed", "not yet offered",
        "not implemented yet", "not available yet", "not supported yet", "not encrypted yet", "not enabled yet", "not in place yet",
        "not live yet", "not deployed yet", "not rolled out yet", "not complete yet", "not completed yet", "not offered yet", "not done yet",
    ];

    // A named stage before general availability ("in private preview", "in beta") after a word that
    // says the measure is at it ("is", "available", "still"…): "features in public beta are off by
    // default" speaks of other features. A bare "preview" names the meeting preview too often to
    // be read after "available", so only the qualified previews are.
    private static List<string> NotInPlaceStages()
    {
        string[] verbs = ["is", "are", "currently", "still", "only", "available", "offered", "remains"];
        string[] stages = ["beta", "public beta", "private beta", "open beta", "closed beta", "public preview", "private preview", "limited preview", "technical preview"];
        var phrases = new List<string>(verbs.Length * stages.Length);
        foreach (var verb in verbs)
        {
            foreach (var stage in stages)
            {
                phrases.Add(verb + " in " + stage);
            }
        }

        return phrases;
    }

    // The first word of each of the NotInPlacePhrases, and the phrases by their first word: most
    // first words are common ("we", "in", "not"), so each is compared with its own phrases only.
    private static readonly WordSet NotInPlaceStarts = new(NotInPlacePhrases.Select(p => p.Split(' ')[0]));

    private static readonly (string Start, string[] Phrases)[] NotInPlaceByStart =
        [.. NotInPlacePhrases.GroupBy(p => p.Split(' ')[0], StringComparer.Ordinal).Select(g => (g.Key, g.ToArray()))];

#if NET
    // Words of which each of the NotInPlacePhrases holds one, in part ("plan" in "planned"), chosen
    // because ordinary statements seldom use them: phrases are looked for only around the places a
    // vectorised search for all of them at once finds, so a statement is not walked word by word.
    // (The tests check every phrase holds one.)
    private static readonly SearchValues<string> NotInPlaceAnchors =
        SearchValues.Create(["roadmap", "plan", "intend", "hope", "will", "schedul", "release", "develop", "currently", "unencrypted", "yet", "soon", "beta", "preview", "pilot", "early", "roll"], StringComparison.Ordinal);

    // The most words a phrase has: it starts at most this many words less one before its anchor.
    private static readonly int NotInPlacePhraseWords = NotInPlacePhrases.Max(p => p.Split(' ').Length);
#endif

    /// <summary>Whether a normalised statement holds one of the <see cref="NotInPlacePhrases"/> as whole words.</summary>
    internal static bool SaysNotInPlace(ReadOnlySpan<char> normalised)
    {
#if NET
        for (var from = 0; from < normalised.Length;)
        {
            var hit = normalised.Slice(from).IndexOfAny(NotInPlaceAnchors);
            if (hit < 0)
            {
                return false;
            }

            // The words from NotInPlacePhraseWords - 1 before the anchor's word to that word may start a phrase.
            var anchorWord = from + hit;
            while (anchorWord > 0 && normalised[anchorWord - 1] != ' ')
            {
                anchorWord--;
            }

            var first = anchorWord;
            for (var back = 1; back < NotInPlacePhraseWords && first > 0; back++)
            {
                first--;
                while (first > 0 && normalised[first - 1] != ' ')
                {
                    first--;
                }
            }

            for (var start = first; start <= anchorWord; start = WordEnd(normalised, start) + 1)
            {
                if (StartsNotInPlacePhrase(normalised, start))
                {
                    return true;
                }
            }

            from = WordEnd(normalised, anchorWord) + 1;
        }

        return false;
#else
        for (var start = 0; start < normalised.Length; start = WordEnd(normalised, start) + 1)
        {
            if (StartsNotInPlacePhrase(normalised, start))
            {
                return true;
            }
        }

        return false;
#endif
    }

    // Words that say a measure is done, available or switched on: "not yet" before one, or "not"
    // before one and "yet" after, with a few words between ("not yet fully supported", "has not
    // yet been enabled", "is not shown to dial-in participants yet", "does not support it yet").
    private static readonly WordSet DoneWords = new(
    [
        "implemented", "available", "supported", "support", "supports", "enabled", "enable", "encrypted", "deployed", "rolled", "live", "complete",
        "completed", "offered", "offer", "shown", "displayed", "applied", "active", "activated", "launched", "released", "finished", "ready",
        "covered", "extended", "introduced", "built", "provided", "provide", "operational",
    ]);

    // Words that make a clause qualify something ("participants who have not yet been admitted"),
    // or a negation that is none ("not only"): the "not yet" says nothing of the measure.
    private static readonly WordSet NotYetQualifying = new(["who", "whom", "whose", "which", "that", "if", "when", "whenever", "unless", "until", "once", "whether", "only"]);

    // The most words between "not yet" and the word that says the measure is done, and between
    // "not" and "yet" (the word among them).
    private const int NotYetGap = 2;

    private const int NotBeforeYet = 8;

    /// <summary>
    /// Whether a normalised statement says, beside the fixed <see cref="NotInPlacePhrases"/>, that a
    /// part of the measure is not done yet: "not yet" and, within two words, a word that says it is
    /// done, available or switched on ("not yet fully supported", "has not yet been enabled"), or
    /// "not" up to eight words before "yet" with such a word between them ("is not shown to dial-in
    /// participants yet", "doesn't support the waiting room yet"); not in a clause that qualifies
    /// ("participants who have not yet been admitted"). Only the words around each "yet" are read.
    /// </summary>
    internal static bool SaysPartNotDoneYet(ReadOnlySpan<char> normalised)
    {
        for (var from = 0; from < normalised.Length;)
        {
            var hit = normalised.Slice(from).IndexOf("yet".AsSpan(), StringComparison.Ordinal);
            if (hit < 0)
            {
                return false;
            }

            var at = from + hit;
            if ((at == 0 || normalised[at - 1] == ' ') && NotYetDone(normalised, at))
            {
                return true;
            }

            from = at + 3;
        }

        return false;
    }

    // Whether the "yet" at `yetStart` ends or follows a negation of a word that says the measure is
    // done: "not yet" and then, within NotYetGap words, such a word; or "not" (or the "t" of
    // "n't") within NotBeforeYet words before "yet" with such a word between them. Not in a clause
    // that qualifies something.
    private static bool NotYetDone(ReadOnlySpan<char> normalised, int yetStart)
    {
        if (!normalised.Slice(yetStart, WordEnd(normalised, yetStart) - yetStart).SequenceEqual("yet".AsSpan()))
        {
            return false;
        }

        // The words before "yet", nearest first.
        Span<(int Start, int End)> before = stackalloc (int, int)[NotBeforeYet + 2];
        var count = 0;
        for (var at = yetStart - 1; at > 0 && count < before.Length; count++)
        {
            var wordStart = at;
            while (wordStart > 0 && normalised[wordStart - 1] != ' ')
            {
                wordStart--;
            }

            before[count] = (wordStart, at);
            at = wordStart - 1;
        }

        var negation = -1;
        for (var i = 0; i < count && i < NotBeforeYet; i++)
        {
            var word = normalised.Slice(before[i].Start, before[i].End - before[i].Start);
            if (word.SequenceEqual("not".AsSpan()) || word.SequenceEqual("t".AsSpan()) || word.SequenceEqual("cannot".AsSpan()))
            {
                negation = i;
                break;
            }
        }

        if (negation < 0)
        {
            return false;
        }

        // Not in a clause that qualifies: no such word between the negation and "yet", nor just before the negation.
        for (var i = 0; i < count && i <= negation + 3; i++)
        {
            if (NotYetQualifying.Contains(normalised.Slice(before[i].Start, before[i].End - before[i].Start)))
            {
                return false;
            }
        }

        if (negation == 0)
        {
            // "not yet", then a word that says it is done within NotYetGap words ("not yet fully supported").
            var at = WordEnd(normalised, yetStart) + 1;
            for (var n = 0; n <= NotYetGap && at < normalised.Length; n++)
            {
                var end = WordEnd(normalised, at);
                if (DoneWords.Contains(normalised.Slice(at, end - at)))
                {
                    return true;
                }

                at = end + 1;
            }

            return false;
        }

        // "not … yet" with a word that says it is done between them ("is not shown to guests yet").
        for (var i = 0; i < negation; i++)
        {
            if (DoneWords.Contains(normalised.Slice(before[i].Start, before[i].End - before[i].Start)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether one of the NotInPlacePhrases starts at the word at `start`: phrases are compared only
    // where a word that starts one starts, one pass however many phrases.
    private static bool StartsNotInPlacePhrase(ReadOnlySpan<char> normalised, int start)
    {
        var word = normalised.Slice(start, WordEnd(normalised, start) - start);
        if (!NotInPlaceStarts.Contains(word))
        {
            return false;
        }

        var rest = normalised.Slice(start);
        foreach (var (first, phrases) in NotInPlaceByStart)
        {
            if (!word.SequenceEqual(first.AsSpan()))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (rest.StartsWith(phrase.AsSpan(), StringComparison.Ordinal) && (rest.Length == phrase.Length || rest[phrase.Length] == ' '))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A verdict short of substance as the <c>problem</c> argument of a reason.</summary>
    public static string Problem(SubstanceVerdict verdict) => verdict switch
    {
        SubstanceVerdict.Placeholder => ReasonWording.Problems.Placeholder,
        SubstanceVerdict.RepeatsTitle => ReasonWording.Problems.RepeatsTitle,
        SubstanceVerdict.Boilerplate => ReasonWording.Problems.Boilerplate,
        SubstanceVerdict.Disguised => ReasonWording.Problems.Disguised,
        SubstanceVerdict.OffTopic => ReasonWording.Problems.OffTopic,
        SubstanceVerdict.NotInPlace => ReasonWording.Problems.NotInPlace,
        SubstanceVerdict.NothingInPlace => ReasonWording.Problems.NothingInPlace,
        _ => ReasonWording.Problems.TooBrief,
    };

    /// <summary>Judges <paramref name="text"/> as an answer to the expectation titled <paramref name="title"/>.</summary>
    /// <param name="text">The statement or justification.</param>
    /// <param name="title">The expectation's title: repeating it is not substance.</param>
    /// <param name="boilerplate">Texts (as given) that appear, normalised, in too many answers of the same attestation (see <see cref="Boilerplate"/>).</param>
    public static SubstanceVerdict Judge(string? text, string title, HashSet<string>? boilerplate)
    {
        if (text is null || IsBlank(text))
        {
            return SubstanceVerdict.Missing;
        }

        // The normalised text lives in a buffer, not a string: it is only looked at.
        using var normalised = new NormalisedText(text, text.Length <= StackBuffer ? stackalloc char[text.Length] : default, stackalloc int[MaximumPhraseStarts]);
        return JudgeNormalised(normalised.Span, normalised.HoldsPlaceholder, text, TitleWords(title), boilerplate?.Contains(text) == true, stackalloc int[MinimumWords]);
    }

    /// <summary>The words of an expectation's title, as the test for a statement that only repeats it looks them up; worked out once per title string.</summary>
    public static WordSet TitleWords(string title) => TitleWordsCache.GetValue(title, static t => new WordSet(Normalise(t).Split(' ')));

    /// <summary>
    /// The words that name a rule set's expectations (the words of their ids and titles, normalised):
    /// a statement pasted into several answers is still pasted when each copy names its own
    /// expectation, so these words do not tell two statements apart (see <see cref="StatementSet"/>).
    /// Each word of three letters or more comes with its plural (the word and an <c>s</c>), so that
    /// one lookup answers for a word and its plural.
    /// </summary>
    public static WordSet WordsNamingExpectations(IEnumerable<Rules.Expectation> expectations) =>
        new(expectations
            .SelectMany(e => Normalise(e.Id + " " + e.Title).Split(' '))
            .SelectMany(word => word.Length >= 3 ? new[] { word, word + "s" } : [word]));

    /// <summary>
    /// Judges a text already normalised (see <see cref="Normalise(string, Span{char}, Span{int}, out bool)"/>,
    /// which also says whether it holds a placeholder). A placeholder outranks repetition across
    /// answers, which outranks the count of words. <paramref name="own"/> is room for
    /// <see cref="MinimumWords"/> offsets (the caller's, so that this loop tiers up with profile data).
    /// </summary>
    internal static SubstanceVerdict JudgeNormalised(ReadOnlySpan<char> normalised, bool holdsPlaceholder, string text, WordSet titleWords, bool isBoilerplate, Span<int> own)
    {
        if (IsDisguised(text))
        {
            return SubstanceVerdict.Disguised;
        }

        if (holdsPlaceholder && !SaysMoreThanItsPlaceholder(normalised, titleWords))
        {
            return SubstanceVerdict.Placeholder;
        }

        if (isBoilerplate)
        {
            return SubstanceVerdict.Boilerplate;
        }

        var ownCount = OwnWords(normalised, titleWords, own, out var sharesTitle);
        if (ownCount < MinimumWords)
        {
            return sharesTitle > 0 && ownCount < 2 ? SubstanceVerdict.RepeatsTitle : SubstanceVerdict.TooShort;
        }

        return TrimmedLength(text) < MinimumCharacters ? SubstanceVerdict.TooShort : SubstanceVerdict.Substantive;
    }

    /// <summary>
    /// Whether a text is written so that it does not read as it is stored, which no honest text
    /// needs: a letter of another script followed by a Latin letter in one word ("prⲟtect" or "ⲟnly"
    /// with a Coptic o; folding already reads the lookalikes it knows as their Latin letters, so
    /// this catches those of every other script), an invisible format character between Latin
    /// letters ("channel​and", which shows as one word and would be read as one), or an override of the text's direction, which
    /// shows its letters in another order than they are stored (guidance stored backwards shows as
    /// the guidance). How honest text mixes scripts is not counted: a particle after a Latin word
    /// ("Zoom에서", "TLSを"), a prefix of a right-to-left script before one ("בZoom"), and the
    /// scripts written without spaces between words.
    /// </summary>
    internal static bool IsDisguised(string text)
    {
        var i = 0;
#if NET
        // Most text is ASCII, which disguises nothing: one vector search says so.
        i = text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
        if (i < 0)
        {
            return false;
        }

        // The word the first other character sits in is read from its start.
        while (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            i--;
        }
#endif
        // Within the word being read: whether a Latin letter has come, and whether a letter or
        // digit of another script has come since (the next Latin letter then disguises the word).
        var (latin, foreign) = (false, false);
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 128)
            {
                i++;
                if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                {
                    if (foreign)
                    {
                        return true;
                    }

                    latin = true;
                }
                else if (c is < '0' or > '9')
                {
                    (latin, foreign) = (false, false);
                }

                continue;
            }

            if (c is '\u202D' or '\u202E')
            {
                return true;
            }

            var (folded, taken) = Folded(text, i);
            var codePoint = taken == 2 ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (folded == TextFolding.Invisible && codePoint != 0x00AD && latin && CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.Format)
            {
                // An invisible format character after a Latin letter (a zero-width space, a joiner,
                // a direction mark; not a soft hyphen, which marks where a word may break): no
                // Latin word needs one inside it, and one in place of a space runs two words into
                // one the tests would read as the vendor's own.
                foreign = true;
            }
            else if (folded == TextFolding.Invisible || codePoint is >= 0x02B0 and <= 0x02FF or 0x03BC)
            {
                // A mark, a zero-width character or a modifier letter ("Oʻzbekiston") inside a word
                // leaves the word whole; so does the Greek mu, which is the micro sign of a unit
                // after a number ("5 μs") as often as a letter of a Greek word ("δεδομένα").
            }
            else if (MixesHonestly(codePoint))
            {
                (latin, foreign) = (false, false);
            }
            else if (IsLatin(codePoint) || (folded is >= 'a' and <= 'z' && !TextFolding.IsLookalike(c)))
            {
                // A Latin letter, however accented or styled (full-width, mathematical, circled, "ℹ").
                if (foreign)
                {
                    return true;
                }

                latin = true;
            }
            else if (folded is >= '0' and <= '9')
            {
                // A digit written another way (full-width, superscript, mathematical) is a digit.
            }
            else if (char.IsLetter(text, i) || codePoint == 0x212E)
            {
                // A letter of another script (a lookalike that folding reads as a Latin letter among
                // them: it is still another script's), or "℮", drawn as an e.
                foreign = true;
            }
            else if (char.IsDigit(text, i))
            {
                // A digit of another script inside a Latin word ("platf০rm"); before one it is a number ("১০GB").
                foreign |= latin;
            }
            else
            {
                (latin, foreign) = (false, false);
            }

            i += taken;
        }

        return false;
    }

    // Letters of the Latin script outside ASCII: with accents, hooks or strokes ("é", "ø", "ß", "ə",
    // "ɗ", "ɛ"), the ordinal and micro signs, the ligatures of printed text ("ﬁ"), the extensions for African and older
    // orthographies, and the full-width and mathematical styles. (The phonetic letters and small
    // capitals are not among them: in prose they are lookalikes.)
    private static bool IsLatin(int codePoint) =>
        codePoint is 0xAA or 0xB5 or 0xBA or (>= 0x00C0 and <= 0x024F and not 0xD7 and not 0xF7) or (>= 0x1E00 and <= 0x1EFF)
            or 0x0253 or 0x0254 or 0x0256 or 0x0257 or 0x0259 or 0x025B or 0x0263 or 0x0272 or 0x028B or 0x0292
            or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) or (>= 0xFB00 and <= 0xFB06)
            or (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A) or (>= 0x1D400 and <= 0x1D6A3);

    // Scripts whose words honest text joins to a Latin one: those written without spaces (Thai,
    // Lao, Myanmar, Khmer, the Chinese, Japanese and Korean scripts) and Hebrew and Arabic, whose
    // prefixes attach to a Latin name. Each of their letters ends a word for this test.
    private static bool MixesHonestly(int codePoint) =>
        codePoint is (>= 0x0590 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF) or (>= 0x0E00 and <= 0x0EFF) or (>= 0x1000 and <= 0x109F) or (>= 0x1780 and <= 0x17FF)
            or (>= 0x1100 and <= 0x11FF) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFB1D and <= 0xFDFF)
            or (>= 0xFE70 and <= 0xFEFF) or (>= 0xFF61 and <= 0xFFDC) or (>= 0x1B000 and <= 0x1B16F) or (>= 0x20000 and <= 0x3FFFF);

    // Whether a text that holds a placeholder says enough besides it to stand without it: an honest
    // statement may mention a "placeholder avatar", a "TODO badge" or a field marked "N/A", and
    // dropping the word would leave it substantive anyway; "TBD", "details to be confirmed later"
    // and filler text have fewer than PlaceholderOutweighedBy words of their own.
    private static bool SaysMoreThanItsPlaceholder(ReadOnlySpan<char> normalised, WordSet titleWords)
    {
        Span<int> own = stackalloc int[PlaceholderOutweighedBy];
        return OwnWords(normalised, titleWords, own, out _) >= PlaceholderOutweighedBy;
    }

    /// <summary>A text that holds a placeholder is judged as any other only with at least this many distinct words of its own besides (see <see cref="Counts"/>), placeholder and filler words not among them.</summary>
    public const int PlaceholderOutweighedBy = 2 * MinimumWords;

    // How many distinct words of its own a normalised text holds, up to own.Length: the first ones
    // found are kept (as offsets) and the search stops there. Filler and placeholder words are never
    // its own; words of the title are counted apart.
    private static int OwnWords(ReadOnlySpan<char> normalised, WordSet titleWords, Span<int> own, out int sharesTitle)
    {
        var ownCount = 0;
        sharesTitle = 0;

        // Chinese, Japanese, Thai and the like put no spaces between words: every two distinct
        // characters of those scripts in the text count as a word (one repeated says nothing).
        Span<char> unspaced = stackalloc char[2 * PlaceholderOutweighedBy];
        var unspacedCount = 0;
        for (int start = 0, end; start < normalised.Length && ownCount + (unspacedCount / 2) < own.Length; start = end + 1)
        {
            end = WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            if (word[0] >= UnspacedScriptsStart && IsUnspaced(word[0]))
            {
                AddUnspaced(word, unspaced, ref unspacedCount);
                continue;
            }

            if (word.Length < 3)
            {
                continue;
            }

            if (FunctionWords.Contains(word))
            {
                continue;
            }

            if (Filler.Contains(word) || PlaceholderWords.Contains(word))
            {
                continue;
            }

            if (IsTitleWord(word, titleWords))
            {
                sharesTitle++;
            }
            else if (!Seen(normalised, own.Slice(0, ownCount), word))
            {
                own[ownCount++] = start;
            }
        }

        return ownCount + (unspacedCount / 2);
    }

    /// <summary>Whether a word of a normalised text is a word of the title whose words are <paramref name="titleWords"/> (a plural counting as its singular).</summary>
    internal static bool IsTitleWord(ReadOnlySpan<char> word, WordSet titleWords) =>
        titleWords.Contains(word) || (IsPlural(word) && titleWords.Contains(word.Slice(0, word.Length - 1)));

    /// <summary>How many distinct words of a text can be its own (see <see cref="Counts"/>), less placeholder and filler words.</summary>
    internal static int CountedWords(string text) =>
        Normalise(text).Split(' ').Where(w => Counts(w.AsSpan()) && !PlaceholderWords.Contains(w.AsSpan()) && !Filler.Contains(w.AsSpan())).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Whether a word of a normalised text can be a word of its own: three letters or more, and not a common function word.</summary>
    /// <summary>
    /// Whether a text (<paramref name="text"/>, normalised as <paramref name="normalised"/>) reads as
    /// a list of words rather than as sentences: at most one word in
    /// <see cref="ListWordsPerFunctionWord"/> is a function word or shorter than three letters (see
    /// <see cref="Counts"/>), and a separator (a comma, semicolon, bar, slash, bullet or line break)
    /// stands in at least every other gap between its words. Written sentences join their words with "the", "and", "our",
    /// "is"…; a list of keywords ("rise, read, calls, cross, video, audio…") does not.
    /// </summary>
    internal static bool ReadsAsList(ReadOnlySpan<char> normalised, string text)
    {
        // Most gaps between its words are separators: a list of keywords, not a sentence whose
        // words happen to be long ("Cloud recordings are deleted automatically after…"). Separators
        // are rare in sentences, so they are counted first, a vector at a time, and a sentence is
        // done with as soon as it has more words than its separators allow.
        var separators = 0;
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(ListSeparators); at >= 0; at = rest.IndexOfAny(ListSeparators))
        {
            separators++;
            rest = rest.Slice(at + 1);
        }

        var (all, uncounted) = (0, 0);
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            if (!word.IsEmpty && HoldsLetter(word))
            {
                if (++all - 1 > 2 * separators)
                {
                    return false;
                }

                uncounted += Counts(word) ? 0 : 1;
            }
        }

        return all > 0 && uncounted * ListWordsPerFunctionWord <= all;
    }

#if NET
    private static readonly SearchValues<char> ListSeparators = SearchValues.Create(",;|/\u00B7\u2022\n");
#else
    private static readonly char[] ListSeparators = [',', ';', '|', '/', '\u00B7', '\u2022', '\n'];
#endif

    /// <summary>A text in which at most one word in this many does not count (see <see cref="Counts"/>) reads as a list (see <see cref="ReadsAsList"/>).</summary>
    public const int ListWordsPerFunctionWord = 4;

    private static bool HoldsLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool Counts(ReadOnlySpan<char> word) => word.Length >= 3 && !FunctionWords.Contains(word);

    // Whether a normalised text, from a word's start, holds one of the placeholder phrases as whole words.
    private static bool StartsWithPhrase(ReadOnlySpan<char> rest)
    {
        foreach (var phrase in PlaceholderPhrases)
        {
            if (rest.StartsWith(phrase.AsSpan(), StringComparison.Ordinal) && (rest.Length == phrase.Length || rest[phrase.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // The length string.Trim() would give, without making the trimmed string.
    private static int TrimmedLength(string text)
    {
        var start = 0;
        var end = text.Length - 1;
        while (start <= end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end >= start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end - start + 1;
    }

    /// <summary>
    /// Lower-case letters and digits of every script, each run of anything else one space: the form
    /// in which two texts that differ only in case, punctuation or spacing compare equal.
    /// </summary>
    public static string Normalise(string text)
    {
        using var normalised = new NormalisedText(text, text.Length <= StackBuffer ? stackalloc char[text.Length] : default, stackalloc int[MaximumPhraseStarts]);
        return normalised.Span.ToString();
    }

    /// <summary>
    /// The text as a reader sees it, in its own case and punctuation: each character outside ASCII
    /// that folds to a letter or digit (see <see cref="TextFolding"/>: a full-width, accented,
    /// mathematical or lookalike letter) written as that letter in the case it has, a full-width
    /// punctuation mark as the ASCII one, marks and invisible characters (soft hyphens, zero-width
    /// spaces) left out, anything else kept. For the readers that look at a text's characters
    /// rather than its normalised words (a plan's capitalised name, an identifier's dots, a name's
    /// change of case), so that a text that reads the same is read the same by them too. The text
    /// itself when reading changes nothing in it, as for most.
    /// </summary>
    internal static string Readable(string text)
    {
        // Most text is ASCII, or holds only punctuation outside it ("—", "’"), which reading keeps:
        // runs of ASCII are passed over a vector at a time.
        var first = NonAscii(text, 0);
        while (first >= 0 && ReadableAs(text, first, out _) == -1)
        {
            first = NonAscii(text, first + 1);
        }

        if (first < 0)
        {
            return text;
        }

        var read = new System.Text.StringBuilder(text.Length);
        read.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            switch (ReadableAs(text, i, out var c))
            {
                case -1:
                    read.Append(text[i]);
                    break;
                case 0:
                    break;
                case 1:
                    read.Append(c);
                    break;
                default:
                    read.Append(c);
                    i++;
                    break;
            }
        }

        return read.ToString();
    }

    // Where the first character outside ASCII stands from `from` on, or -1.
    private static int NonAscii(string text, int from)
    {
#if NET
        var found = text.AsSpan(from).IndexOfAnyExceptInRange('\0', '\u007F');
        return found < 0 ? -1 : from + found;
#else
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] >= 128)
            {
                return i;
            }
        }

        return -1;
#endif
    }

    // What Readable makes of the character at `at`: -1 when it is kept as it is; otherwise how many
    // characters of the text it replaces (0 when it vanishes, 2 for a surrogate pair) by `c`.
    private static int ReadableAs(string text, int at, out char c)
    {
        c = text[at];
        if (c < 128)
        {
            return -1;
        }

        if (c is >= '\uFF01' and <= '\uFF5E' && !char.IsLetterOrDigit(c))
        {
            c = (char)(c - 0xFEE0);
            return 1;
        }

        if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
        {
            var pair = TextFolding.OfPair(text, at);
            var upper = CharUnicodeInfo.GetUnicodeCategory(text, at) == UnicodeCategory.UppercaseLetter;
            c = pair == TextFolding.Invisible ? '\0' : upper ? char.ToUpperInvariant(pair) : pair;
            return pair == TextFolding.Invisible ? 0 : pair == TextFolding.Dropped ? -1 : 2;
        }

        var folded = TextFolding.Of(c);
        if (folded == TextFolding.Invisible)
        {
            return 0;
        }

        // A letter the folding keeps as it is, and punctuation, read as they are written.
        var cased = char.IsUpper(c) ? char.ToUpperInvariant(folded) : folded;
        if (folded == TextFolding.Dropped || cased == c)
        {
            return -1;
        }

        c = cased;
        return 1;
    }

    /// <summary>
    /// The text of <paramref name="normalised"/> (a set of normalised texts, each its own key, by
    /// ordinal comparison) that <paramref name="text"/> is once normalised (see
    /// <see cref="Normalise(string)"/>), or <see langword="null"/> when it is none of them: one
    /// normalising and one lookup, however many texts the set holds.
    /// </summary>
    public static string? NormalisedIn(string text, Dictionary<string, string> normalised)
    {
        using var buffer = new NormalisedText(text, text.Length <= StackBuffer ? stackalloc char[text.Length] : default, stackalloc int[MaximumPhraseStarts]);
#if NET
        // No string is made of the text to look it up.
        return normalised.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer.Span, out var found) ? found : null;
#else
        return normalised.TryGetValue(buffer.Span.ToString(), out var found) ? found : null;
#endif
    }

    // Normalises into a buffer at least as long as the text (each character gives at most one, and
    // a space only replaces characters that gave none) and returns the normalised length. On the way
    // it finds placeholders: a word of a placeholder's shape (almost none is) is looked up, and where
    // a placeholder phrase may start, the phrase is compared once the text after it is normalised.
    // The caller gives room for MaximumPhraseStarts phrase starts (a stackalloc here would keep the
    // JIT from tiering this loop up with profile data).
    internal static int Normalise(string text, Span<char> into, Span<int> phraseStarts, out bool holdsPlaceholder)
    {
        var none = default(NoWords);
        return Normalise(text, into, phraseStarts, out holdsPlaceholder, ref none);
    }

    // The same, telling `words` of each normalised word, so that a caller that also wants something
    // made of the words (a statement's key) needs no pass of its own over the text. (A struct type
    // argument gets its own compiled copy, so NoWords costs nothing.)
    internal static int Normalise<TWords>(string text, Span<char> into, Span<int> phraseStarts, out bool holdsPlaceholder, ref TWords words)
        where TWords : struct, IWordSink
    {
        var phrases = 0;
        var filler = 0;
        var placeholder = false;
        var length = Fold(text, into);

        // Then word by word over the folded text, whose words are one space apart with none at
        // either end, telling `words` of each whole word. (The sink is told of a word, not of each
        // character, so that what it keeps while writing a word stays in its locals instead of the
        // struct's fields, whose loads and stores would chain every character to the one before.)
        var start = 0;
        var scanned = 0;
#if NET
        // Where the platform has vectors, the spaces of eight characters at a time become bits,
        // and each bit ends a word: no branch per character, and none mispredicted at each word's
        // end, as a search a character at a time has.
        if (Vector128.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(into));
            for (; scanned + Vector128<ushort>.Count <= length; scanned += Vector128<ushort>.Count)
            {
                var spaces = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)scanned), Vector128.Create((ushort)' ')).ExtractMostSignificantBits();
                while (spaces != 0)
                {
                    var end = scanned + BitOperations.TrailingZeroCount(spaces);
                    spaces &= spaces - 1;
                    Each(into.Slice(start, end - start), start, ref words, ref placeholder, phraseStarts, ref phrases, ref filler);
                    start = end + 1;
                }
            }
        }
#endif

        // The rest a character at a time, from where the vectors stopped looking for a space.
        for (int end; start < length; start = end + 1)
        {
            for (end = Math.Max(start + 1, scanned); end < length && into[end] != ' '; end++)
            {
            }

            Each(into.Slice(start, end - start), start, ref words, ref placeholder, phraseStarts, ref phrases, ref filler);
        }

        var normalised = into.Slice(0, length);
        for (var p = 0; !placeholder && p < Math.Min(phrases, MaximumPhraseStarts); p++)
        {
            placeholder = StartsWithPhrase(normalised.Slice(phraseStarts[p]));
        }

        // Past the last phrase start kept, every later word is looked at (rare: a text of many "to"s).
        if (!placeholder && phrases > MaximumPhraseStarts)
        {
            for (int from = phraseStarts[MaximumPhraseStarts - 1], end; !placeholder && from < length; from = end + 1)
            {
                end = WordEnd(normalised, from);
                placeholder = PlaceholderStarts.Contains(normalised.Slice(from, end - from)) && StartsWithPhrase(normalised.Slice(from));
            }
        }

        holdsPlaceholder = placeholder;
        return length;
    }

    // One word of a text being normalised: told to the sink, and looked at for placeholders.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Each<TWords>(ReadOnlySpan<char> word, int start, ref TWords words, ref bool placeholder, Span<int> phraseStarts, ref int phrases, ref int filler)
        where TWords : struct, IWordSink
    {
        words.Word(word, start);
        Look(word, start, ref placeholder, phraseStarts, ref phrases, ref filler);
    }

    /// <summary>What is told of each word of a text as it is normalised: the word, in lower case, and where it starts in the normalised text, in order.</summary>
    internal interface IWordSink
    {
        void Word(ReadOnlySpan<char> word, int start);
    }

    private readonly struct NoWords : IWordSink
    {
        public void Word(ReadOnlySpan<char> word, int start)
        {
        }
    }

    // Writes the letters and digits of `text` into `into` in lower case, each run of anything else
    // between two of them as one space, and returns the length written. Where the platform has
    // vectors, blocks of ASCII are folded a vector at a time when that is all folding does to
    // them: no character outside ASCII, and no run of two or more dropped characters to squeeze
    // (most prose, whose words are a single space apart); any other block goes a character at a
    // time. Both ways write the same characters.
    private static int Fold(string text, Span<char> into)
    {
        if (into.Length < text.Length)
        {
            // The vector stores below rely on this: each character gives at most one.
            throw new ArgumentException("The buffer is shorter than the text.", nameof(into));
        }

        var length = 0;
        var afterWord = false;
        var i = 0;
#if NET
        if (Vector128.IsHardwareAccelerated)
        {
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(into));
            var block = Vector128<ushort>.Count;
            for (; i + block <= text.Length; i += block)
            {
                var chars = Vector128.LoadUnsafe(ref source, (nuint)i);
                var folded = chars | Vector128.Create((ushort)0x20);
                var letter = Vector128.LessThanOrEqual(folded - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                var dropped = ~(letter | digit).ExtractMostSignificantBits() & ((1u << block) - 1);
                var ascii = (chars & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero;

                // A dropped character first in the block writes a space only after a word.
                if (ascii && (dropped & (dropped >> 1)) == 0 && ((dropped & 1) == 0 || afterWord))
                {
                    Vector128.ConditionalSelect(letter, folded, Vector128.ConditionalSelect(digit, chars, Vector128.Create((ushort)' '))).StoreUnsafe(ref target, (nuint)length);
                    length += block;
                    afterWord = (dropped >> (block - 1)) == 0;
                }
                else
                {
                    // A surrogate pair may run one character past the block; the next block starts after it.
                    var j = i;
                    while (j < i + block)
                    {
                        FoldOne(text, ref j, into, ref length, ref afterWord);
                    }

                    i = j - block;
                }
            }
        }
#endif
        while (i < text.Length)
        {
            FoldOne(text, ref i, into, ref length, ref afterWord);
        }

        // A dropped character after the last word wrote a space that ends nothing.
        return afterWord || length == 0 ? length : length - 1;
    }

    // One character of Fold, at `i`, which it moves past what it read: a letter or digit is written
    // in lower case, folded (see TextFolding); a mark or invisible character writes nothing;
    // anything else, right after a word, writes the one space that ends it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FoldOne(string text, ref int i, Span<char> into, ref int length, ref bool afterWord)
    {
        var c = text[i];
        if (c < 128)
        {
            i++;
            var lower = AsciiKept[c];
            if (lower != '\0')
            {
                into[length++] = lower;
                afterWord = true;
            }
            else if (afterWord)
            {
                into[length++] = ' ';
                afterWord = false;
            }

            return;
        }

        FoldOther(text, ref i, into, ref length, ref afterWord);
    }

    // FoldOne for a character outside ASCII (each gives at most as many characters as it takes).
    private static void FoldOther(string text, ref int i, Span<char> into, ref int length, ref bool afterWord)
    {
        var (folded, taken) = Folded(text, i);
        if (folded == TextFolding.Invisible)
        {
            // Nothing: a mark or a zero-width character inside a word leaves the word whole.
        }
        else if (folded != TextFolding.Dropped)
        {
            into[length++] = folded;
            afterWord = true;
        }
        else if (taken == 2 && char.IsLetterOrDigit(text, i))
        {
            // A letter or digit outside the Basic Multilingual Plane is kept as it is.
            into[length++] = text[i];
            into[length++] = text[i + 1];
            afterWord = true;
        }
        else if (afterWord)
        {
            into[length++] = ' ';
            afterWord = false;
        }

        i += taken;
    }

    // What the character at `i` (not ASCII) folds to (see TextFolding), and how many characters it
    // takes: two for a surrogate pair.
    private static (char Folded, int Taken) Folded(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return (TextFolding.OfPair(text, i), 2);
        }

        return (TextFolding.Of(c), 1);
    }

    /// <summary>The phrase starts a text's normalising keeps before it looks at the rest word by word.</summary>
    internal const int MaximumPhraseStarts = 8;

    // One word of a text being normalised: a placeholder word settles it; a word that may start a
    // placeholder phrase is kept to be compared when the text is complete.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Look(ReadOnlySpan<char> word, int start, ref bool placeholder, Span<int> phraseStarts, ref int phrases, ref int filler)
    {
        if (placeholder || !PlaceholderShaped(word))
        {
            return;
        }

        // Words of the typesetters' filler ("lorem" among them): FillerWords of them make a placeholder, wherever they are.
        if (Filler.Contains(word) && ++filler >= FillerWords)
        {
            placeholder = true;
            return;
        }

        if (!PlaceholderStarts.Contains(word))
        {
            return;
        }

        if (PlaceholderWords.Contains(word))
        {
            placeholder = true;
        }
        else
        {
            if (phrases < phraseStarts.Length)
            {
                phraseStarts[phrases] = start;
            }

            phrases++;
        }
    }

    // The shape of a word: its length and its first and last characters, 4 bits of each.
    private static int Shape(ReadOnlySpan<char> word) => ((word.Length & 15) << 8) | ((word[0] & 15) << 4) | (word[word.Length - 1] & 15);

    // Whether a word has the shape of a placeholder word or of a placeholder phrase's first word: a
    // filter that lets every one of them through and almost no other word.
    private static bool PlaceholderShaped(ReadOnlySpan<char> word)
    {
        var shape = Shape(word);
        return (PlaceholderShapes[shape >> 6] & (1ul << (shape & 63))) != 0;
    }

    /// <summary>
    /// The texts given in at least <see cref="BoilerplateAnswers"/> answers once normalised, as they
    /// were given; <see langword="null"/> when none is. (The evaluator asks a <see cref="StatementSet"/>,
    /// which normalises each statement once for this test and its verdict.)
    /// </summary>
    public static HashSet<string>? Boilerplate(IEnumerable<string?> statements)
    {
        var texts = statements.ToArray();
        using var set = new StatementSet(texts);
        HashSet<string>? repeated = null;
        for (var i = 0; i < texts.Length; i++)
        {
            if (set.IsBoilerplate(i))
            {
                (repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(texts[i]!);
            }
        }

        return repeated;
    }

    // For each ASCII character, what normalising makes of it: its lower case letter or digit, or '\0' when dropped.
    private static readonly char[] AsciiKept = [.. Enumerable.Range(0, 128).Select(c => char.IsLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : '\0')];

    /// <summary>
    /// Phrases that say where the evidence is not: a reference made of them and a few other words
    /// tells a reviewer to ask, not where to look.
    /// </summary>
    internal static readonly string[] WithholdingPhrases =
    [
        "on request", "upon request", "by request", "request access", "on demand", "on file", "ask us", "contact us",
        "can be provided", "will be provided", "to be provided", "provided separately", "provided privately",
        "under nda", "not public", "not published", "not available", "see attached", "see file", "available to customers",

        // A document that is not there yet ("To be uploaded later") leads nowhere either, and "trust us" is no document.
        "to be uploaded", "will be uploaded", "to be published", "will be published", "to be shared", "will be shared", "coming soon",
        "available soon", "published soon", "uploaded later", "shared later", "provided later", "in preparation", "trust us",

        // Nor does one that says the document is not written, is gone, or is shown only to some.
        "not yet written", "being drafted", "being written", "does not exist", "do not exist", "no longer exists", "we lost", "auditors only",

        // Nor does one that will come later, that a reader must ask someone for, or that is kept back.
        "to follow", "will follow", "ask your", "ask our", "contact your", "contact our", "email us", "write to us",
        "internal use", "cannot be shared", "can not be shared", "not shareable", "not be shared", "held by", "in our files", "in our records",
        "after contract", "after signature", "after signing", "once signed", "under contract",

        // "On request" in the other languages of the regulators and their neighbours, as normalised (no accents).
        "sur demande", "auf anfrage", "auf nachfrage", "su richiesta", "a richiesta", "bajo solicitud", "previa solicitud", "a solicitud",
        "sob pedido", "op aanvraag", "op verzoek",
    ];

    // The first word of each of the WithholdingPhrases.
    private static readonly WordSet WithholdingStarts = new(WithholdingPhrases.Select(p => p.Split(' ')[0]));

    /// <summary>
    /// Whether a reference, beside the title of its evidence, leads a reviewer to one document: it
    /// can (<see cref="IsLocator"/>), and unless it is an address, or three words or more that do not
    /// say the evidence is withheld, the title says which document it is (<see cref="NamesDocument"/>).
    /// A document number or file name alone ("D1", "PT-7, on request") names a document only to
    /// whoever numbered it.
    /// </summary>
    /// <param name="reference">The evidence's reference.</param>
    /// <param name="title">The evidence's title, or its id when it has none.</param>
    public static bool Locates(string? reference, string? title) => Leads(reference, title, titled: true);

    /// <summary>
    /// What makes a piece of evidence publicity rather than work that can validate a measure, as
    /// the normalised words that say so: a genre written to promote that its title or reference
    /// names ("blog post", "press release", "newsletter", "brochure", "case study", and a URL's
    /// <c>/news/</c> or <c>/press/</c>), or a trade that promotes that its issuer names
    /// ("marketing", "advertising", "public relations", "PR agency"); <see langword="null"/> when none.
    /// </summary>
    internal static string? PublicityOf(string? title, string? reference, string? issuer) =>
        NamesAny(title, PublicityGenres, PublicityGenrePhrases, PublicityGenrePhraseEnds, null)
        ?? NamesAny(reference, PublicityGenres, PublicityGenrePhrases, PublicityGenrePhraseEnds, PublicityPaths)
        ?? NamesAny(issuer, PublicityTrades, PublicityTradePhrases, PublicityTradePhraseEnds, null);

    /// <summary>
    /// What makes a piece of evidence the attesting party's assessment of itself, as the normalised
    /// words that say so in its title or reference ("self-assessment", "self-certified",
    /// "self-declaration"); <see langword="null"/> when none does, or when the title also names
    /// another party's work ("Independent review of our self-assessment"). Such a document is
    /// not independent, whatever it is declared as and whoever keeps it (a registry lists
    /// self-assessments too).
    /// </summary>
    internal static string? SelfAssessmentOf(string? title, string? reference) =>
        (NamesAny(title, SelfAssessmentWords, SelfAssessmentPhrases, SelfAssessmentPhraseEnds, null)
            ?? NamesAny(reference, SelfAssessmentWords, SelfAssessmentPhrases, SelfAssessmentPhraseEnds, null)) is { } found
        && NamesAny(title, OtherPartyWords, OtherPartyPhrases, OtherPartyPhraseEnds, null) is null
            ? found
            : null;

    // A party's assessment of itself, written as one word (and in other languages).
    private static readonly WordSet SelfAssessmentWords = new(
    [
        "selfassessment", "selfassessments", "selfassessed", "selfattestation", "selfattested", "selfcertification", "selfcertified",
        "selfdeclaration", "selfdeclared", "selfevaluation", "autoevaluation", "autoevaluacion", "autoevaluacao", "autovalutazione",
        "autoavaliacao", "autodeclaration", "autocertification", "autocertificazione", "selbstauskunft", "selbstbewertung",
        "selbsteinschatzung", "selbsterklarung", "zelfbeoordeling", "zelfevaluatie", "zelfverklaring",
    ]);

    // The same as two words, as "self-assessment" is normalised.
    private static readonly string[] SelfAssessmentPhrases =
    [
        "self assessment", "self assessments", "self assessed", "self attestation", "self attestations", "self attested",
        "self certification", "self certified", "self declaration", "self declared", "self evaluation", "self evaluated", "self audit",
        "self audited", "auto evaluation", "auto evaluacion", "auto declaration", "auto certification",
    ];

    private static readonly WordSet SelfAssessmentPhraseEnds = new(SelfAssessmentPhrases.Select(p => p.Substring(p.IndexOf(' ') + 1)));

    // Words by which a title names another party's work beside a self-assessment.
    private static readonly WordSet OtherPartyWords = new(["independent", "independently", "external", "externally", "thirdparty", "auditor", "auditors"]);

    private static readonly string[] OtherPartyPhrases = ["third party", "audited by", "reviewed by", "verified by", "validated by"];

    private static readonly WordSet OtherPartyPhraseEnds = new(OtherPartyPhrases.Select(p => p.Substring(p.IndexOf(' ') + 1)));

    // The first word of `words`, or two-word phrase of `phrases`, that a text's normalised words
    // hold, or, when the text is a URL, word of `paths`.
    private static string? NamesAny(string? text, WordSet words, string[] phrases, WordSet phraseEnds, WordSet? paths)
    {
        if (text is null || IsBlank(text))
        {
            return null;
        }

        using var normalisedText = new NormalisedText(text, text.Length <= StackBuffer ? stackalloc char[text.Length] : default, stackalloc int[MaximumPhraseStarts]);
        var normalised = normalisedText.Span;
        var (previousStart, previousLength) = (0, 0);
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            if (words.Contains(word) || (paths?.Contains(word) == true && IsUrl(text)))
            {
                return word.ToString();
            }

            // Phrases are compared only where a word that ends one is met.
            for (var i = 0; i < phrases.Length && phraseEnds.Contains(word); i++)
            {
                var phrase = phrases[i];
                var space = phrase.IndexOf(' ');
                if (word.SequenceEqual(phrase.AsSpan(space + 1)) && normalised.Slice(previousStart, previousLength).SequenceEqual(phrase.AsSpan(0, space)))
                {
                    return phrase;
                }
            }

            (previousStart, previousLength) = (start, end - start);
        }

        return null;
    }

    // Genres written to promote, as normalised words (a webinar is left out: meetings services sell them).
    private static readonly WordSet PublicityGenres = new(
    [
        "blog", "blogs", "blogpost", "blogposts", "vlog", "newsroom", "pressroom", "presskit", "newsletter", "newsletters", "podcast", "podcasts",
        "brochure", "brochures", "advertorial", "advertisement", "advertisements", "advert", "adverts", "infographic", "infographics", "testimonial",
        "testimonials", "faq", "faqs", "pressemitteilung", "persbericht",

        // The same in German, French, Spanish, Italian, Dutch and Portuguese: a title is too short to
        // tell its language by, and these words are no other language's ordinary words.
        "pressemitteilungen", "pressemeldung", "blogbeitrag", "blogartikel", "blogeintrag", "broschure", "werbebroschure", "fallstudie", "fallstudien",
        "kundengeschichte", "erfolgsgeschichte", "produktseite", "werbung", "plaquette", "publireportage", "temoignage", "temoignages", "folleto",
        "folletos", "publirreportaje", "infografia", "opuscolo", "infografica", "nieuwsbrief", "nieuwsbericht", "klantverhaal", "succesverhaal",
        "productpagina", "casestudy", "landingpage", "folheto", "folhetos",
    ]);

    private static readonly string[] PublicityGenrePhrases =
    [
        "press release", "news release", "news article", "news story", "case study", "customer story", "success story", "product page",
        "landing page", "sales deck", "marketing page", "de presse", "comunicato stampa", "de prensa", "de imprensa",
        "de cas", "de caso", "caso studio", "di successo", "de exito", "de sucesso", "page produit", "pagina prodotto",
    ];

    // A URL's path words that hold news and press pages ("https://vendor.example/news/2026/…").
    private static readonly WordSet PublicityPaths = new(["news", "press", "presse", "aktuelles", "neuigkeiten", "actualites", "noticias", "notizie", "nieuws", "noticia"]);

    // Trades that promote, as an issuer's normalised words.
    private static readonly WordSet PublicityTrades = new(
    [
        "marketing", "advertising", "advertisers", "publicity", "seo", "influencer", "influencers", "branding",
        "werbeagentur", "marketingagentur", "werbung", "publicite", "publicitaire", "publicidad", "publicitaria", "publicitario", "pubblicita",
        "pubblicitaria", "pubblicitario", "reclame", "reclamebureau", "publicidade",
    ]);

    private static readonly string[] PublicityTradePhrases =
    [
        "public relations", "pr agency", "pr firm", "media agency", "creative agency", "digital agency", "content agency", "communications agency",
        "pr agentur", "de communication", "de comunicacion", "di comunicazione", "de comunicacao", "relations publiques", "relaciones publicas",
        "relazioni pubbliche", "relacoes publicas",
    ];

    // The second word of each of the PublicityGenrePhrases and PublicityTradePhrases.
    private static readonly WordSet PublicityGenrePhraseEnds = new(PublicityGenrePhrases.Select(p => p.Substring(p.IndexOf(' ') + 1)));

    private static readonly WordSet PublicityTradePhraseEnds = new(PublicityTradePhrases.Select(p => p.Substring(p.IndexOf(' ') + 1)));

    /// <summary>The least distinct words a title needs to say which document it is (see <see cref="NamesDocument"/>).</summary>
    public const int DocumentTitleWords = 2;

    /// <summary>
    /// Whether a title says which document it is: it is no placeholder and not disguised, and it has
    /// <see cref="DocumentTitleWords"/> distinct words of three letters or more, with a letter, that
    /// are neither common function words nor words that only say it is a document ("x",
    /// "Document", "Report 2", "Stuff" do not; "SOC 2 Type II report" and "Penetration test" do).
    /// </summary>
    internal static bool NamesDocument(string? title)
    {
        if (title is null || IsBlank(title) || IsDisguised(title))
        {
            return false;
        }

        using var text = new NormalisedText(title, title.Length <= StackBuffer ? stackalloc char[title.Length] : default, stackalloc int[MaximumPhraseStarts]);
        var normalised = text.Span;
        if (text.HoldsPlaceholder)
        {
            return false;
        }

        Span<int> seen = stackalloc int[DocumentTitleWords];
        var count = 0;
        for (var start = 0; start < normalised.Length && count < DocumentTitleWords; start = WordEnd(normalised, start) + 1)
        {
            var word = normalised.Slice(start, WordEnd(normalised, start) - start);
            if (Counts(word) && !PlaceholderWords.Contains(word) && !Filler.Contains(word) && !DocumentWords.Contains(word) && HasLetter(word)
                && !Seen(normalised, seen.Slice(0, count), word))
            {
                seen[count++] = start;
            }
        }

        return count >= DocumentTitleWords;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // Words that say a text is a document, a part of one or a version of one, without saying which.
    private static readonly WordSet DocumentWords = new(
    [
        "document", "documents", "doc", "docs", "documentation", "file", "files", "report", "reports", "evidence", "item", "items", "attachment",
        "attachments", "attached", "annex", "annexe", "appendix", "exhibit", "enclosure", "link", "links", "page", "pages", "pdf", "docx",
        "xlsx", "pptx", "txt", "stuff", "thing", "things", "misc", "miscellaneous", "various", "other", "others", "untitled", "unnamed", "copy",
        "scan", "scanned", "upload", "uploaded", "record", "records", "reference", "references", "title", "name", "new", "old", "final", "draft",
        "version", "latest", "current", "see", "refer", "more", "info", "information", "details", "dokument", "datei", "bericht", "fichier",
        "rapport", "documento", "archivo", "informe", "relatorio", "arquivo", "bestand", "verslag",
    ]);

    /// <summary>
    /// Whether a reference can lead a reviewer to the evidence: a URL that names more than a word, a
    /// path, file name or document number, or a descriptive title of three words or more that does
    /// not say the evidence is withheld.
    /// </summary>
    public static bool IsLocator(string? reference) => Leads(reference, null, titled: false);

    // IsLocator, and with `titled` the rest of Locates: one reading of the reference for both.
    private static bool Leads(string? reference, string? title, bool titled)
    {
        if (reference is null || IsBlank(reference) || IsDisguised(reference))
        {
            return false;
        }

        if (IsUnreachableUrl(reference))
        {
            return false;
        }

        if (IsUrl(reference))
        {
            return true;
        }

        using var text = new NormalisedText(reference, reference.Length <= StackBuffer ? stackalloc char[reference.Length] : default, stackalloc int[MaximumPhraseStarts]);
        var normalised = text.Span;
        if (normalised.Length < 2 || text.HoldsPlaceholder)
        {
            return false;
        }

        var words = 0;
        for (var start = 0; start < normalised.Length && words < 3; start = WordEnd(normalised, start) + 1)
        {
            words++;
        }

        // Words that say the evidence is withheld leave only a document number or a path to ask for
        // ("report PT-7, available on request"); a year or "e.g." is not one.
        var withheld = SaysWithheld(normalised);
        var located = withheld ? HoldsDocumentNumberOrPath(reference) : HoldsIdentifier(reference) || words >= 3;
        return located && (!titled || (words >= 3 && !withheld) || NamesDocument(title));
    }

    /// <summary>
    /// The document a reference leads to, as a key: references with the same key lead to one
    /// document. The reference's normalised words (see <see cref="Normalise(string)"/>), and for an
    /// address with a scheme (<c>https://</c>) without its fragment (unless the fragment is a route,
    /// <c>#/…</c> or <c>#!…</c>), its scheme, a leading "www", its port, a folder's default page
    /// (<c>index.html</c>), the query parameters that only track a link's followers (<c>utm_source</c>),
    /// the escapes of letters, digits and slashes (<c>%61</c>, <c>%2F</c>), a user name
    /// (<c>reviewer@</c>), dot segments (<c>/a/../a/b</c>) and parameters of the path's parts
    /// (<c>;jsessionid=…</c>)
    /// (<c>https://www.x.example/a#b</c>, <c>http://x.example:443/a/index.html?utm_source=mail</c>
    /// and <c>http://x.example/%61/</c> are one document);
    /// <see langword="null"/> for a blank reference.
    /// </summary>
    internal static string? DocumentKey(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(reference.Length, 1));
        try
        {
            return DocumentKey(reference, buffer) is var (start, length) && length > 0 ? new string(buffer, start, length) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The same, written into <paramref name="into"/> (as long as the reference at least): where the key starts there and its length, 0 for none.</summary>
    internal static (int Start, int Length) DocumentKey(string reference, Span<char> into)
    {
        if (IsBlank(reference))
        {
            return (0, 0);
        }

        // An address with a scheme: the part before any fragment is the document.
        var scheme = SchemeLength(reference);
        var fragment = scheme > 0 ? reference.IndexOf('#', scheme) : -1;

        // A fragment that is a route ("#/documents/soc2", "#!/iso") names a page of its own.
        if (fragment >= 0 && fragment + 1 < reference.Length && reference[fragment + 1] is '/' or '!')
        {
            fragment = -1;
        }

        var text = fragment < 0 ? reference : reference.Substring(0, fragment);
        if (scheme > 0)
        {
            text = WithoutUrlVariants(text, scheme);
        }

        // Folding alone writes the normalised text; looking for placeholders in it is not needed here.
        var key = into.Slice(0, Fold(text, into));
        var start = 0;
        if (scheme > 0)
        {
            // The scheme is the key's first word, and "www" may follow it.
            start = Math.Min(WordEnd(key, 0) + 1, key.Length);
            if (key.Slice(start).StartsWith("www ".AsSpan(), StringComparison.Ordinal))
            {
                start += 4;
            }
        }

        return (start, key.Length - start);
    }

    /// <summary>
    /// An address with a scheme (<c>https://</c>) without its query and fragment
    /// (<c>https://x.example/trust/</c> for <c>https://x.example/trust/?section=2#audits</c>), or
    /// <see langword="null"/> for a reference that is no such address.
    /// </summary>
    internal static string? AddressWithoutQuery(string reference)
    {
        var scheme = SchemeLength(reference);
        if (scheme == 0)
        {
            return null;
        }

        var end = reference.IndexOfAny(['?', '#'], scheme);
        return end < 0 ? reference : reference.Substring(0, end);
    }

    // An address (its scheme `scheme` characters long, without its fragment) without what spells
    // one document in several ways: escaped letters and digits (%61 is "a"), who signs in
    // (reviewer@), dot segments and parameters of the path's parts, a port, a last path
    // part that is a folder's default page (index.html, default.aspx) and the query parameters
    // that only track who followed a link (utm_*, fbclid, gclid…). The address itself when
    // it has none of them, as most have, so that nothing is made for it.
    private static string WithoutUrlVariants(string address, int scheme)
    {
        // Escapes first: only letters, digits, the marks RFC 3986 never reserves ("-", ".", "_",
        // "~") and the slash are unescaped, so that no delimiter of a query is made, and an escaped
        // default page, tracking parameter or dot segment is then seen as one.
        address = Unescaped(address);

        // A route fragment the caller kept ("#/documents/soc2") names the page: it stays as it is.
        // Read as spans: most addresses change in nothing, and this runs for every reference.
        var text = address.AsSpan();
        var route = text.Slice(scheme).IndexOf('#');
        var end = route < 0 ? text.Length : scheme + route;
        var authorityEnd = text.Slice(scheme, end - scheme).IndexOfAny('/', '?');
        authorityEnd = authorityEnd < 0 ? end : scheme + authorityEnd;
        var authority = text.Slice(scheme, authorityEnd - scheme);
        var colon = authority.LastIndexOf(':');
        var user = authority.LastIndexOf('@');
        var hasPort = colon >= 0 && colon > authority.LastIndexOf(']') && colon > user;
        var port = scheme + colon;
        var queryAt = text.Slice(authorityEnd, end - authorityEnd).IndexOf('?');
        var query = queryAt < 0 ? -1 : authorityEnd + queryAt;
        var pathSpan = text.Slice(authorityEnd, (query < 0 ? end : query) - authorityEnd);

        // Dot segments ("/a/../a/b", "/./b") and parameters of a path's parts ("/b;jsessionid=…")
        // spell the same path another way.
        var respelt = pathSpan.IndexOf(';') >= 0 || pathSpan.IndexOf("/.".AsSpan()) >= 0;
        var path = respelt ? PathWithoutDotsAndParameters(pathSpan.ToString()) : null;
        var lastPart = respelt ? path.AsSpan(path!.LastIndexOf('/') + 1) : pathSpan.Slice(pathSpan.LastIndexOf('/') + 1);
        var defaultPage = false;
        foreach (var page in DefaultPages)
        {
            defaultPage |= lastPart.Equals(page.AsSpan(), StringComparison.OrdinalIgnoreCase);
        }

        if (!hasPort && query < 0 && !defaultPage && user < 0 && !respelt)
        {
            return address;
        }

        path ??= pathSpan.ToString();
        var kept = new System.Text.StringBuilder(address.Length);

        // Who signs in ("https://reviewer@host/…") is not part of the document.
        kept.Append(address, 0, scheme).Append(address, scheme + user + 1, (hasPort ? port : authorityEnd) - (scheme + user + 1));
        kept.Append(defaultPage ? path.Substring(0, path.Length - lastPart.Length) : path);
        if (query >= 0)
        {
            var parameters = address.Substring(query + 1, end - query - 1).Split('&')
                .Where(p => p.Length > 0 && !TrackingParameters.Any(t => t[t.Length - 1] == '_' ? p.StartsWith(t, StringComparison.OrdinalIgnoreCase) : p.Split('=')[0].Equals(t, StringComparison.OrdinalIgnoreCase)))
                .ToArray();
            if (parameters.Length > 0)
            {
                kept.Append('?').Append(string.Join("&", parameters));
            }
        }

        return kept.Append(address, end, address.Length - end).ToString();
    }

    // The address with each %XX escape of an ASCII letter or digit replaced by it (others are kept).
    private static string Unescaped(string address)
    {
        var escape = address.IndexOf('%');
        if (escape < 0)
        {
            return address;
        }

        var text = new System.Text.StringBuilder(address.Length);
        var from = 0;
        for (; escape >= 0 && escape + 2 < address.Length; escape = address.IndexOf('%', from))
        {
            var code = (HexValue(address[escape + 1]) << 4) | HexValue(address[escape + 2]);
            if (code is >= 0 and < 128 && (char.IsLetterOrDigit((char)code) || code is '-' or '.' or '_' or '~' or '/'))
            {
                text.Append(address, from, escape - from).Append((char)code);
                from = escape + 3;
            }
            else
            {
                text.Append(address, from, escape + 1 - from);
                from = escape + 1;
            }
        }

        return text.Append(address, from, address.Length - from).ToString();
    }

    // A path without its dot segments ("." is the folder it is in, ".." the one above) and without
    // the parameters of its parts (";jsessionid=…"), as RFC 3986 resolves and servers read it.
    private static string PathWithoutDotsAndParameters(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            var part = segment.IndexOf(';') is var parameters and >= 0 ? segment.Substring(0, parameters) : segment;
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                // The root (the empty part before the first slash) is never left.
                if (parts.Count > 1)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return string.Join("/", parts);
    }

    // A hexadecimal digit's value; -256 for any other character, so that a pair holding one is negative.
    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -256,
    };

    // The pages a server gives for a folder's address.
    private static readonly string[] DefaultPages = ["index.html", "index.htm", "index.php", "default.htm", "default.html", "default.aspx"];

    // Query parameters that track a link's followers and change nothing of the page (a trailing
    // underscore: every parameter that starts so).
    // ("ref" is not one of them: on code hosts it picks the branch or tag a document is read at.)
    private static readonly string[] TrackingParameters = ["utm_", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi"];

    // The length of the reference's scheme with its "://" (an ASCII letter, then letters, digits,
    // '+', '-' or '.'), after any white space before it; 0 when it has none.
    private static int SchemeLength(string reference)
    {
        var from = 0;
        while (from < reference.Length && char.IsWhiteSpace(reference[from]))
        {
            from++;
        }

        var at = from;
        while (at < reference.Length && reference[at] < 128 && (char.IsLetterOrDigit(reference[at]) || reference[at] is '+' or '-' or '.'))
        {
            at++;
        }

        return at > from && char.IsLetter(reference[from]) && string.CompareOrdinal(reference, at, "://", 0, 3) == 0 ? at + 3 : 0;
    }

    /// <summary>
    /// Whether a reference is an address no reviewer can follow: a local file (<c>file:</c>), or a
    /// URL whose host is this machine or a private network: <c>localhost</c>, a name of one label
    /// (<c>https://intranet/report</c>), a name under <c>.localhost</c>, <c>.local</c>,
    /// <c>.internal</c>, <c>.lan</c>, <c>.corp</c>, <c>.home.arpa</c>, <c>.invalid</c> or <c>.test</c>, a
    /// loopback, private, link-local or unspecified IPv4 address, or an IPv6 address; or a name
    /// reserved for documentation, <c>example.com</c>, <c>example.net</c> or <c>example.org</c> or a
    /// name under them (a template's address left in place). (The reserved <c>.example</c> names stay
    /// followable: they are how fictional vendors' documents are named.)
    /// </summary>
    internal static bool IsUnreachableUrl(string reference)
    {
        var text = reference.AsSpan().Trim();
        var scheme = text.IndexOf("://".AsSpan(), StringComparison.Ordinal);
        if (scheme <= 0)
        {
            // A file URI without "//" ("file:/C:/audit.pdf", "file:C:\audit.pdf"), not "File: ISMS-POL-001".
            return text.Length > 6 && text.StartsWith("file:".AsSpan(), StringComparison.OrdinalIgnoreCase)
                && (text[5] is '/' or '\\' || (char.IsLetter(text[5]) && text[6] == ':'));
        }

        if (text.Slice(0, scheme).Equals("file".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var authority = text.Slice(scheme + 3);
        var end = authority.IndexOfAny("/?#".AsSpan());
        authority = end < 0 ? authority : authority.Slice(0, end);
        var at = authority.LastIndexOf('@');
        var host = at < 0 ? authority : authority.Slice(at + 1);
        if (host.Length > 0 && host[0] == '[')
        {
            return true;
        }

        var port = host.LastIndexOf(':');
        host = (port < 0 ? host : host.Slice(0, port)).TrimEnd('.');
        if (host.Length == 0)
        {
            return false;
        }

        // Compared where it stands, without making strings of it: this runs for every reference.
        if (host.IndexOf('.') < 0)
        {
            return true;
        }

        foreach (var suffix in PrivateSuffixes)
        {
            if (host.EndsWith(suffix.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // A template's address left in place: the names reserved for documentation lead to no
        // one's document.
        foreach (var domain in DocumentationDomains)
        {
            if (host.EndsWith(domain.AsSpan(), StringComparison.OrdinalIgnoreCase)
                && (host.Length == domain.Length || host[host.Length - domain.Length - 1] == '.'))
            {
                return true;
            }
        }

        // An IPv4 address: four numbers of one to three digits; the first two tell its range.
        Span<int> parts = stackalloc int[4];
        var count = 0;
        for (var start = 0; start <= host.Length; count++)
        {
            var dot = host.Slice(start).IndexOf('.');
            var part = dot < 0 ? host.Slice(start) : host.Slice(start, dot);
            if (count == 4 || part.Length is 0 or > 3)
            {
                return false;
            }

            var value = 0;
            foreach (var c in part)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            parts[count] = value;
            start = dot < 0 ? host.Length + 1 : start + dot + 1;
        }

        var (a, b) = (parts[0], parts[1]);
        return count == 4 && (a is 0 or 10 or 127 || (a == 169 && b == 254) || (a == 172 && b is >= 16 and <= 31) || (a == 192 && b == 168) || (a == 100 && b is >= 64 and <= 127));
    }

    private static readonly string[] PrivateSuffixes = [".localhost", ".local", ".internal", ".lan", ".corp", ".home.arpa", ".invalid", ".intranet", ".test"];

    // The second-level names reserved for documentation (RFC 2606), with the names under them.
    private static readonly string[] DocumentationDomains = ["example.com", "example.net", "example.org"];

    // A URL leads somewhere by construction, whatever words its path holds: a scheme first, no
    // space anywhere, and more than one word after the scheme that is not a placeholder on its own
    // ("https://x", "https://n/a" and "https://on request" name nothing).
    internal static bool IsUrl(string reference)
    {
        var text = reference.AsSpan().Trim();
        var scheme = text.IndexOf("://".AsSpan(), StringComparison.Ordinal);
        if (scheme <= 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text.Slice(0, scheme))
        {
            if (!(c < 128 && (char.IsLetterOrDigit(c) || c is '+' or '-' or '.')))
            {
                return false;
            }
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        var rest = text.Slice(scheme + 3);
        if (AlphanumericRuns(rest, 2) < 2)
        {
            return false;
        }

        // Each ASCII letter or digit stays one character once normalised, so an address with more of
        // them than the longest placeholder has is none: most are let through without a string made.
        var kept = 0;
        foreach (var c in rest)
        {
            kept += c < 128 && char.IsLetterOrDigit(c) ? 1 : 0;
        }

        if (kept > LongestPlaceholder)
        {
            return true;
        }

        var normalised = Normalise(rest.ToString());
        return Array.IndexOf(PlaceholderWordList, normalised) < 0 && Array.IndexOf(PlaceholderPhrases, normalised) < 0;
    }

    // Whether a normalised reference says the evidence is withheld: one of the WithholdingPhrases,
    // a non-disclosure agreement, or a request after "on", "upon" or "by" ("upon written request").
    internal static bool SaysWithheld(ReadOnlySpan<char> normalised)
    {
        // Where the last three words start and end, the latest first.
        Span<int> starts = stackalloc int[3];
        Span<int> ends = stackalloc int[3];
        var seen = 0;
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);

            // A phrase is compared only where a word that starts one starts: one pass, however many phrases.
            if (WithholdingStarts.Contains(word) && StartsWithholdingPhrase(normalised.Slice(start)))
            {
                return true;
            }

            var before = seen > 0 ? normalised.Slice(starts[0], ends[0] - starts[0]) : default;
            if (word.SequenceEqual("nda".AsSpan())
                || (word.SequenceEqual("disclosure".AsSpan()) && before.SequenceEqual("non".AsSpan())))
            {
                return true;
            }

            if (word.SequenceEqual("request".AsSpan()) || word.SequenceEqual("requested".AsSpan()))
            {
                for (var j = 0; j < Math.Min(seen, 3); j++)
                {
                    if (IsAskingWord(normalised.Slice(starts[j], ends[j] - starts[j])))
                    {
                        return true;
                    }
                }
            }

            (starts[2], starts[1], starts[0]) = (starts[1], starts[0], start);
            (ends[2], ends[1], ends[0]) = (ends[1], ends[0], end);
            seen++;
        }

        return false;
    }

    private static bool IsAskingWord(ReadOnlySpan<char> word) =>
        word.SequenceEqual("on".AsSpan()) || word.SequenceEqual("upon".AsSpan()) || word.SequenceEqual("by".AsSpan());

    // A document number or a path, as asked for when the evidence is withheld: a word (between
    // spaces and , ; ( ) [ ]) holding both a letter and a digit ("PT-7", "AR2026"), or a slash, a
    // backslash or # between two letters or digits.
    internal static bool HoldsDocumentNumberOrPath(string reference)
    {
        var (letter, digit) = (false, false);
        for (var i = 0; i < reference.Length; i++)
        {
            var c = reference[i];
            if (char.IsWhiteSpace(c) || c is ',' or ';' or '(' or ')' or '[' or ']')
            {
                (letter, digit) = (false, false);
                continue;
            }

            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
            if ((letter && digit)
                || ((c is '/' or '\\' or '#') && i > 0 && i + 1 < reference.Length && char.IsLetterOrDigit(reference[i - 1]) && char.IsLetterOrDigit(reference[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // A path, a file name or a document number: a digit, or a separator between two letters or
    // digits ("policies/schools", "policy.pdf", "ISP_01"). A full stop that ends a sentence is not one.
    internal static bool HoldsIdentifier(string reference)
    {
        for (var i = 0; i < reference.Length; i++)
        {
            var c = reference[i];
            if (char.IsDigit(c))
            {
                return true;
            }

            if ((c is '/' or '.' or ':' or '#' or '_' or '\\') && i > 0 && i + 1 < reference.Length && char.IsLetterOrDigit(reference[i - 1]) && char.IsLetterOrDigit(reference[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // How many runs of letters or digits a text holds, counting up to most.
    private static int AlphanumericRuns(ReadOnlySpan<char> text, int most)
    {
        var runs = 0;
        for (var i = 0; i < text.Length && runs < most; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                runs++;
            }
        }

        return runs;
    }

    // Whether a normalised text holds a phrase of whole words.
    // Whether a normalised text, from a word's start, holds one of the WithholdingPhrases as whole words.
    private static bool StartsWithholdingPhrase(ReadOnlySpan<char> rest)
    {
        foreach (var phrase in WithholdingPhrases)
        {
            if (rest.StartsWith(phrase.AsSpan(), StringComparison.Ordinal) && (rest.Length == phrase.Length || rest[phrase.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // Whether normalising leaves nothing of a text: no letter or digit of any script.
    internal static bool IsBlank(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c < 128)
            {
                if (AsciiKept[c] != '\0')
                {
                    return false;
                }

                i++;
                continue;
            }

            var (folded, taken) = Folded(text, i);
            if ((folded != TextFolding.Dropped && folded != TextFolding.Invisible) || (folded == TextFolding.Dropped && taken == 2 && char.IsLetterOrDigit(text, i)))
            {
                return false;
            }

            i += taken;
        }

        return true;
    }

    // A word of more than three letters ending in s counts as its singular too.
    private static bool IsPlural(ReadOnlySpan<char> word) => word.Length > 3 && word[word.Length - 1] == 's';

    // Where the word of a normalised text that starts at start ends: at the next space or the end.
    // Words are short, so a plain loop beats a vectorised search here.
    internal static int WordEnd(ReadOnlySpan<char> normalised, int start)
    {
        var end = start;
        while (end < normalised.Length && normalised[end] != ' ')
        {
            end++;
        }

        return end;
    }

    // The first character of the scripts written without spaces between words (Thai is the lowest).
    private const char UnspacedScriptsStart = '\u0E00';

    // Whether a character is of a script written without spaces between words: Thai, Lao, Myanmar,
    // Khmer, Hiragana, Katakana, Han (a surrogate of the supplementary ideographs counts as one).
    private static bool IsUnspaced(char c) =>
        c is (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF') or (>= '\u3040' and <= '\u30FF')
            or (>= '\u31F0' and <= '\u31FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uFF66' and <= '\uFF9F') or (>= '\uD840' and <= '\uD87F');

    // Adds the distinct characters of such scripts in a word to those seen, up to as many as the
    // most a text needs, so a long run costs its length once.
    private static void AddUnspaced(ReadOnlySpan<char> word, Span<char> seen, ref int count)
    {
        foreach (var c in word)
        {
            if (count == seen.Length)
            {
                return;
            }

            if (IsUnspaced(c) && seen.Slice(0, count).IndexOf(c) < 0)
            {
                seen[count++] = c;
            }
        }
    }

    private static bool Seen(ReadOnlySpan<char> normalised, ReadOnlySpan<int> starts, ReadOnlySpan<char> word)
    {
        foreach (var start in starts)
        {
            if (normalised.Slice(start, WordEnd(normalised, start) - start).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A text normalised into the caller's stack buffer when it fits, or a pooled array when it does
    /// not (the buffer passed is then empty); the array goes back to the pool on <see cref="Dispose"/>.
    /// </summary>
    private ref struct NormalisedText
    {
        private readonly char[]? _rented;

        public NormalisedText(string text, Span<char> stack, Span<int> phraseStarts)
        {
            var buffer = stack.Length >= text.Length ? stack : (_rented = ArrayPool<char>.Shared.Rent(text.Length));
            Span = buffer.Slice(0, Normalise(text, buffer, phraseStarts, out var holdsPlaceholder));
            HoldsPlaceholder = holdsPlaceholder;
        }

        public ReadOnlySpan<char> Span { get; }

        /// <summary>Whether the text holds a placeholder word or phrase.</summary>
        public bool HoldsPlaceholder { get; }

        public readonly void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<char>.Shared.Return(_rented);
            }
        }
    }
}
