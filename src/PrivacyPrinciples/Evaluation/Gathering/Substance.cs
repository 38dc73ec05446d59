using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

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

    // Words that say nothing about a measure, whatever the expectation.
    private static readonly WordSet FunctionWords = new(
    [
        "the", "and", "for", "with", "are", "was", "were", "been", "has", "have", "had", "its", "our", "ours", "this", "that", "these", "those",
        "from", "into", "onto", "all", "any", "every", "each", "also", "not", "yes", "but", "can", "will", "does", "did", "done", "per",
        "place", "fully", "full", "implemented", "implement", "implements", "compliant", "comply", "complies", "complied", "meet", "meets",
        "met", "expectation", "expectations", "requirement", "requirements", "applicable", "applies", "apply", "relevant", "service",
        "services", "product", "company", "vendor", "use", "used", "using", "which", "there", "here", "they", "them", "their", "you", "your",
        "who", "what", "when", "how", "why", "where", "via", "etc", "always", "course", "indeed", "true", "false",
    ]);

    // Text that stands in for an answer someone meant to write.
    private static readonly string[] PlaceholderPhrases =
    [
        "lorem ipsum", "placeholder", "to be completed", "to be confirmed", "to be determined", "insert text", "add text here",
        "coming soon", "see above", "see below", "same as above", "n a", "no comment",
    ];

    // A rule set's titles are the same string instances for every answer: their words are worked out once per title.
    private static readonly ConditionalWeakTable<string, WordSet> TitleWordsCache = new();

    [ThreadStatic]
    private static StringBuilder? t_builder;

    private static readonly WordSet PlaceholderWords = new(["tbd", "tbc", "todo", "fixme", "xxx", "tba", "wip", "asdf", "qwerty"]);

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
    /// <param name="boilerplate">Normalised texts that appear in too many answers of the same attestation.</param>
    public static SubstanceVerdict Judge(string? text, string title, HashSet<string>? boilerplate)
    {
        if (text is null || IsBlank(text))
        {
            return SubstanceVerdict.Missing;
        }

        var normalised = Normalise(text);
        foreach (var phrase in PlaceholderPhrases)
        {
            if (ContainsWords(normalised, phrase))
            {
                return SubstanceVerdict.Placeholder;
            }
        }

        // Words are slices of the normalised text (single spaces between them): no string per word.
        for (var start = 0; start < normalised.Length; start = NextWord(normalised, start))
        {
            if (PlaceholderWords.Contains(Word(normalised, start)))
            {
                return SubstanceVerdict.Placeholder;
            }
        }

        if (boilerplate is not null && boilerplate.Contains(normalised))
        {
            return SubstanceVerdict.Boilerplate;
        }

        var titleWords = TitleWordsCache.GetValue(title, static t => new WordSet(Normalise(t).Split(' ')));

        // Only whether MinimumWords distinct words of its own are reached matters, so the first ones
        // found are kept (as offsets) and the search stops there.
        Span<int> own = stackalloc int[MinimumWords];
        var ownCount = 0;
        var sharesTitle = 0;
        for (var start = 0; start < normalised.Length && ownCount < MinimumWords; start = NextWord(normalised, start))
        {
            var word = Word(normalised, start);
            if (word.Length < 3 || FunctionWords.Contains(word))
            {
                continue;
            }

            if (titleWords.Contains(word) || titleWords.Contains(Singular(word)))
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

    // Whether a normalised text holds a phrase as whole words: at its start or after a space, and at its end or before one.
    private static bool ContainsWords(string normalised, string phrase)
    {
        for (var at = normalised.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = normalised.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || normalised[at - 1] == ' ') && (end == normalised.Length || normalised[end] == ' '))
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
        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        var normalised = builder.ToString();
        if (builder.Capacity > 4096)
        {
            t_builder = null; // a long text is rare: its buffer is not kept
        }

        return normalised;
    }

    /// <summary>The normalised statements given in at least <see cref="BoilerplateAnswers"/> answers; <see langword="null"/> when none is.</summary>
    public static HashSet<string>? Boilerplate(IEnumerable<string?> statements)
    {
        Dictionary<string, int>? counts = null;
        HashSet<string>? repeated = null;
        foreach (var statement in statements)
        {
            if (statement is null || IsBlank(statement))
            {
                continue;
            }

            var key = Normalise(statement);
            counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
            counts.TryGetValue(key, out var count);
            counts[key] = ++count;
            if (count == BoilerplateAnswers)
            {
                (repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }

        return repeated;
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
        if (scheme > 0 && scheme + 3 < reference.Trim().Length)
        {
            return true;
        }

        var normalised = Normalise(reference);
        if (normalised.Length < 2 || Judge(reference, string.Empty, null) == SubstanceVerdict.Placeholder)
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

        return normalised.Split(' ').Length >= 3;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) => word.Length > 3 && word[word.Length - 1] == 's' ? word.Slice(0, word.Length - 1) : word;

    // The word of a normalised text that starts at start: up to the next space or the end.
    private static ReadOnlySpan<char> Word(string normalised, int start)
    {
        var end = normalised.IndexOf(' ', start);
        return normalised.AsSpan(start, (end < 0 ? normalised.Length : end) - start);
    }

    // Where the word after the one at start begins; the text's length after the last.
    private static int NextWord(string normalised, int start)
    {
        var end = normalised.IndexOf(' ', start);
        return end < 0 ? normalised.Length : end + 1;
    }

    private static bool Seen(string normalised, ReadOnlySpan<int> starts, ReadOnlySpan<char> word)
    {
        foreach (var start in starts)
        {
            if (Word(normalised, start).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
