using System;
using System.Collections.Generic;
using System.Linq;
using System.Buffers;
using System.Runtime.CompilerServices;

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

    /// <summary>The expectation's title again, with nothing of its own.</summary>
    RepeatsTitle,

    /// <summary>The same text as the answers to at least <see cref="Substance.BoilerplateAnswers"/> - 1 other expectations.</summary>
    Boilerplate,
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

    /// <summary>The same statement in this many answers or more is boilerplate in each of them.</summary>
    public const int BoilerplateAnswers = 3;

    /// <summary>Words that say nothing about a measure, whatever the expectation.</summary>
    internal static readonly string[] FunctionWordList =
    [
        "the", "and", "for", "with", "are", "was", "were", "been", "has", "have", "had", "its", "our", "ours", "this", "that", "these", "those",
        "from", "into", "onto", "all", "any", "every", "each", "also", "not", "yes", "but", "can", "will", "does", "did", "done", "per",
        "place", "fully", "full", "implemented", "implement", "implements", "compliant", "comply", "complies", "complied", "meet", "meets",
        "met", "expectation", "expectations", "requirement", "requirements", "applicable", "applies", "apply", "relevant", "service",
        "services", "product", "company", "vendor", "use", "used", "using", "which", "there", "here", "they", "them", "their", "you", "your",
        "who", "what", "when", "how", "why", "where", "via", "etc", "always", "course", "indeed", "true", "false",
    ];

    /// <summary>Text that stands in for an answer someone meant to write, as whole words of the normalised text.</summary>
    internal static readonly string[] PlaceholderPhrases =
    [
        "lorem ipsum", "placeholder", "to be completed", "to be confirmed", "to be determined", "insert text", "add text here",
        "coming soon", "see above", "see below", "same as above", "n a", "no comment",
    ];

    // A rule set's titles are the same string instances for every answer: their words are worked out once per title.
    private static readonly ConditionalWeakTable<string, WordSet> TitleWordsCache = new();


    // Texts up to this many characters are normalised on the stack; longer ones in a pooled array.
    private const int StackBuffer = 256;

    /// <summary>Single words that stand in for an answer.</summary>
    internal static readonly string[] PlaceholderWordList = ["tbd", "tbc", "todo", "fixme", "xxx", "tba", "wip", "asdf", "qwerty"];

    private static readonly WordSet FunctionWords = new(FunctionWordList);

    private static readonly WordSet PlaceholderWords = new(PlaceholderWordList);

    // The placeholder words and the first words of the placeholder phrases: most words of a text
    // are in neither, and one lookup says so.
    private static readonly WordSet PlaceholderStarts = new(PlaceholderWordList.Concat(PlaceholderPhrases.Select(p => p.Split(' ')[0])));

    /// <summary>A verdict short of substance as the <c>problem</c> argument of a reason.</summary>
    public static string Problem(SubstanceVerdict verdict) => verdict switch
    {
        SubstanceVerdict.Placeholder => ReasonWording.Problems.Placeholder,
        SubstanceVerdict.RepeatsTitle => ReasonWording.Problems.RepeatsTitle,
        SubstanceVerdict.Boilerplate => ReasonWording.Problems.Boilerplate,
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
        using var normalised = new NormalisedText(text, text.Length <= StackBuffer ? stackalloc char[text.Length] : default);
        return JudgeNormalised(normalised.Span, text, title, boilerplate);
    }

    private static SubstanceVerdict JudgeNormalised(ReadOnlySpan<char> normalised, string text, string title, HashSet<string>? boilerplate)
    {
        // Words are slices of the normalised text (single spaces between them, none at either end),
        // so a placeholder phrase "as whole words" is one that starts at a word and ends at one.
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            if (PlaceholderStarts.Contains(word) && (PlaceholderWords.Contains(word) || StartsWithPhrase(normalised.Slice(start))))
            {
                return SubstanceVerdict.Placeholder;
            }
        }

        if (boilerplate is not null && boilerplate.Contains(text))
        {
            return SubstanceVerdict.Boilerplate;
        }

        var titleWords = TitleWordsCache.GetValue(title, static t => new WordSet(Normalise(t).Split(' ')));

        // Only whether MinimumWords distinct words of its own are reached matters, so the first ones
        // found are kept (as offsets) and the search stops there.
        Span<int> own = stackalloc int[MinimumWords];
        var ownCount = 0;
        var sharesTitle = 0;
        for (int start = 0, end; start < normalised.Length && ownCount < MinimumWords; start = end + 1)
        {
            end = WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            if (word.Length < 3)
            {
                continue;
            }

            // One hash of the word serves every set, and gives its singular's hash on the way.
            var hash = WordSet.Hash(word, out var withoutLast);
            if (FunctionWords.Contains(word, hash))
            {
                continue;
            }

            if (titleWords.Contains(word, hash) || (IsPlural(word) && titleWords.Contains(word.Slice(0, word.Length - 1), withoutLast)))
            {
                sharesTitle++;
            }
            else if (!Seen(normalised, own.Slice(0, ownCount), word))
            {
                own[ownCount++] = start;
            }
        }

        if (ownCount < MinimumWords)
        {
            return sharesTitle > 0 && ownCount < 2 ? SubstanceVerdict.RepeatsTitle : SubstanceVerdict.TooShort;
        }

        return TrimmedLength(text) < MinimumCharacters ? SubstanceVerdict.TooShort : SubstanceVerdict.Substantive;
    }

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
        using var normalised = new NormalisedText(text, text.Length <= StackBuffer ? stackalloc char[text.Length] : default);
        return normalised.Span.ToString();
    }

    // Normalises into a buffer at least as long as the text (each character gives at most one, and
    // a space only replaces characters that gave none) and returns the normalised length.
    private static int Normalise(string text, Span<char> into)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (!Kept(c, out var lower))
            {
                space = true;
                continue;
            }

            if (space && length > 0)
            {
                into[length++] = ' ';
            }

            into[length++] = lower;
            space = false;
        }

        return length;
    }

    /// <summary>
    /// The texts given in at least <see cref="BoilerplateAnswers"/> answers once normalised, as they
    /// were given (so <see cref="Judge"/> looks a text up without normalising it again);
    /// <see langword="null"/> when none is.
    /// </summary>
    public static HashSet<string>? Boilerplate(IEnumerable<string?> statements)
    {
        // Most attestations repeat nothing: a 64-bit hash of each normalised text, sorted, shows that
        // without a string or a dictionary, in pooled arrays. Texts whose hash recurs are then counted
        // exactly, so a collision costs time, never a wrong verdict.
        var texts = ArrayPool<string>.Shared.Rent(64);
        ulong[]? hashes = null;
        try
        {
            var count = 0;
            foreach (var statement in statements)
            {
                if (statement is null || IsBlank(statement))
                {
                    continue;
                }

                if (count == texts.Length)
                {
                    var larger = ArrayPool<string>.Shared.Rent(count * 2);
                    Array.Copy(texts, larger, count);
                    ArrayPool<string>.Shared.Return(texts, clearArray: true);
                    texts = larger;
                }

                texts[count++] = statement;
            }

            if (count < BoilerplateAnswers)
            {
                return null;
            }

            // The hashes in the texts' order, then the same hashes sorted.
            hashes = ArrayPool<ulong>.Shared.Rent(count * 2);
            for (var i = 0; i < count; i++)
            {
                hashes[i] = hashes[count + i] = NormalisedHash(texts[i]);
            }

            Array.Sort(hashes, count, count);
            HashSet<ulong>? recurring = null;
            for (int i = count, run = 1; i < 2 * count; i++, run++)
            {
                if (i + 1 == 2 * count || hashes[i + 1] != hashes[i])
                {
                    if (run >= BoilerplateAnswers)
                    {
                        (recurring ??= []).Add(hashes[i]);
                    }

                    run = 0;
                }
            }

            return recurring is null ? null : Repeated(texts, hashes, count, recurring);
        }
        finally
        {
            ArrayPool<string>.Shared.Return(texts, clearArray: true);
            if (hashes is not null)
            {
                ArrayPool<ulong>.Shared.Return(hashes);
            }
        }
    }

    // The texts, among those whose hash recurs, whose normalised form is given often enough.
    private static HashSet<string>? Repeated(string[] texts, ulong[] hashes, int count, HashSet<ulong> recurring)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var normalisedOf = new string?[count];
        for (var i = 0; i < count; i++)
        {
            if (recurring.Contains(hashes[i]))
            {
                var key = normalisedOf[i] = Normalise(texts[i]);
                counts.TryGetValue(key, out var seen);
                counts[key] = seen + 1;
            }
        }

        HashSet<string>? repeated = null;
        for (var i = 0; i < count; i++)
        {
            if (normalisedOf[i] is { } key && counts[key] >= BoilerplateAnswers)
            {
                (repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(texts[i]);
            }
        }

        return repeated;
    }

    // Whether normalising keeps a character (a letter or digit of any script), and as what. ASCII,
    // the usual case, is answered without the Unicode tables, with the answers they give.
    private static bool Kept(char c, out char lower)
    {
        if (c < 128)
        {
            if (unchecked((uint)(c - 'a')) <= 'z' - 'a' || unchecked((uint)(c - '0')) <= 9)
            {
                lower = c;
                return true;
            }

            lower = (char)(c | 0x20);
            return unchecked((uint)(c - 'A')) <= 'Z' - 'A';
        }

        if (char.IsLetterOrDigit(c))
        {
            lower = char.ToLowerInvariant(c);
            return true;
        }

        lower = c;
        return false;
    }

    // FNV-1a, 64 bits, over the text as Normalise would give it, without writing that text out.
    private static ulong NormalisedHash(string text)
    {
        // A hash wraps around by design.
        unchecked
        {
            const ulong Prime = 1099511628211ul;
            var hash = 14695981039346656037ul;
            var space = false;
            var first = true;
            foreach (var c in text)
            {
                if (!Kept(c, out var lower))
                {
                    space = true;
                    continue;
                }

                if (space && !first)
                {
                    hash = (hash ^ ' ') * Prime;
                }

                hash = (hash ^ lower) * Prime;
                space = false;
                first = false;
            }

            return hash;
        }
    }

    /// <summary>Whether a reference can lead a reviewer to the evidence: a URL or path, a document number, or a descriptive title of three words or more.</summary>
    public static bool IsLocator(string? reference)
    {
        if (reference is null || IsBlank(reference))
        {
            return false;
        }

        // A URL leads somewhere by construction, whatever words its path holds.
        var scheme = reference.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && scheme + 3 < TrimmedLength(reference))
        {
            return true;
        }

        using var text = new NormalisedText(reference, reference.Length <= StackBuffer ? stackalloc char[reference.Length] : default);
        var normalised = text.Span;
        if (normalised.Length < 2 || JudgeNormalised(normalised, reference, string.Empty, null) == SubstanceVerdict.Placeholder)
        {
            return false;
        }

        foreach (var c in reference)
        {
            if (char.IsDigit(c) || c is '/' or '.' or ':' or '#' or '_')
            {
                return true;
            }
        }

        var words = 0;
        for (var start = 0; start < normalised.Length && words < 3; start = WordEnd(normalised, start) + 1)
        {
            words++;
        }

        return words >= 3;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (Kept(c, out _))
            {
                return false;
            }
        }

        return true;
    }

    // A word of more than three letters ending in s counts as its singular too.
    private static bool IsPlural(ReadOnlySpan<char> word) => word.Length > 3 && word[word.Length - 1] == 's';

    // Where the word of a normalised text that starts at start ends: at the next space or the end.
    // Words are short, so a plain loop beats a vectorised search here.
    private static int WordEnd(ReadOnlySpan<char> normalised, int start)
    {
        var end = start;
        while (end < normalised.Length && normalised[end] != ' ')
        {
            end++;
        }

        return end;
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

        public NormalisedText(string text, Span<char> stack)
        {
            var buffer = stack.Length >= text.Length ? stack : (_rented = ArrayPool<char>.Shared.Rent(text.Length));
            Span = buffer.Slice(0, Normalise(text, buffer));
        }

        public ReadOnlySpan<char> Span { get; }

        public readonly void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<char>.Shared.Return(_rented);
            }
        }
    }
}
