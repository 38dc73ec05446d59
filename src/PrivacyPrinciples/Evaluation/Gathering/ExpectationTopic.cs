using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// What an expectation is about, as the keys of the words its own texts use (its title, rationale,
/// remediation and guidance, and the paths and descriptions of the facts its checks read) less the
/// words that most of the rule set's expectations use ("privacy", "users", "evidence"): a claim
/// whose English statement uses none of them ("Our elegant and hardened workflows safeguard
/// customer ecosystems") says nothing of the measure, however many words of its own it has. The
/// test is deliberately lenient: a word matches by its first <see cref="KeyLength"/> letters
/// ("encrypts" matches "encryption"), one word is enough, and the claims of an attestation are held
/// to their topics only when many of them miss (see <see cref="AreHeld"/>): an honest statement
/// may name a measure in words of its own ("servers in Frankfurt" for where data is stored), while
/// text that says nothing of any measure is written for every answer. A statement is judged when
/// it reads as English or as another language the topic has words in (see
/// <see cref="StatementLanguage"/>): the topic in German, French, Spanish, Italian, Dutch and
/// Portuguese is the stems of the concepts of <see cref="TopicGlossary"/> its English keys name, when
/// they name at least <see cref="FewestConcepts"/>; a statement in a language the topic has no
/// words in is not judged. Immutable once built, so thread-safe.
/// </summary>
internal sealed class ExpectationTopic
{
    /// <summary>A word's key is its first this many letters (after a plural's <c>s</c> is dropped).</summary>
    public const int KeyLength = 5;

    /// <summary>A key used by at least this share of the rule set's expectations (and by at least <see cref="FewestGeneric"/>) names no topic.</summary>
    public const double GenericShare = 0.4;

    /// <summary>A key is generic only when at least this many expectations use it, so that a small rule set keeps its topics.</summary>
    public const int FewestGeneric = 3;

    /// <summary>A statement reads as English when it holds at least this many of <see cref="EnglishMarkers"/> (each time one stands counts).</summary>
    public const int EnglishMarkersNeeded = StatementLanguage.MarkersNeeded;

    /// <summary>Short words frequent in English and in none of the other languages a statement is read in.</summary>
    internal static readonly string[] EnglishMarkers = StatementLanguage.Markers[StatementLanguage.English];

    /// <summary>
    /// An expectation has words in a language other than English when its English topic names at
    /// least this many concepts of <see cref="TopicGlossary"/>: fewer would hold an honest statement
    /// to one or two words of the language, so its statements in that language are not judged.
    /// </summary>
    public const int FewestConcepts = 3;

    /// <summary>No stem of <see cref="TopicGlossary"/> is shorter (the tests check it).</summary>
    internal const int ShortestStem = 4;

    /// <summary>
    /// A statement in English (or in none of the languages) names its measure in at least this many
    /// words of its topic: one word of the topic beside generated text ("Encrypted matters: stellar
    /// experiences unlock nimble value") names a subject, not how the measure is met, while an
    /// honest statement in English, however terse, uses two or more (every claim of the bundled
    /// samples and of the engagement's synthetic vendors does, the tests check).
    /// </summary>
    public const int FewestTopicWords = 2;

    /// <summary>The claims of an attestation are held to their topics when at least this many of their statements miss them (and <see cref="MissingShare"/> of them do).</summary>
    public const int FewestMisses = 3;

    /// <summary>The claims of an attestation are held to their topics when at least this share of their statements miss them (and <see cref="FewestMisses"/> do).</summary>
    public const double MissingShare = 0.25;

    // The glossary's concepts, each as the English keys that name it and its stems by language
    // (null for English), with the stems that match inside a word apart.
    private static readonly Concept[] Glossary = ReadGlossary();

    private readonly WordSet _keys;

    // The expectation's title, normalised: where a statement restates it word for word, its words
    // there are the claim itself, not words of how the measure is met (see UsesTooFewKeys).
    private readonly string _title;

    // By language (see StatementLanguage), the topic's stems (null for English and for a language
    // it has no words in) and those of them that match inside a word too (null for none).
    private readonly WordSet?[] _stems;
    private readonly WordSet?[] _innerStems;

    // The languages other than English the topic has words in.
    private readonly StatementLanguages _translated;

    // The stems of every language at once, and those that match inside a word (null for none), for
    // a text read in each (see IsNamedBy): one lookup a word rather than one a language.
    private readonly WordSet? _allStems;
    private readonly WordSet? _allInnerStems;

    private ExpectationTopic(WordSet keys, string title, WordSet?[] stems, WordSet?[] innerStems, WordSet? allStems, WordSet? allInnerStems)
    {
        (_keys, _title, _stems, _innerStems, _allStems, _allInnerStems) = (keys, title, stems, innerStems, allStems, allInnerStems);
        for (var language = 0; language < StatementLanguage.Count; language++)
        {
            _translated |= stems[language] is null ? StatementLanguages.None : (StatementLanguages)(1 << language);
        }
    }

    /// <summary>The languages other than English the topic has words in (see <see cref="FewestConcepts"/>).</summary>
    public StatementLanguages Translated => _translated;

    /// <summary>The topic of each of <paramref name="ruleSet"/>'s expectations, in its order; an expectation whose own words are all generic has none (<see langword="null"/>).</summary>
    public static ExpectationTopic?[] OfRuleSet(RuleSet ruleSet)
    {
        var vocabularies = ruleSet.Expectations.Select(Keys).ToArray();
        var generic = new HashSet<string>(
            vocabularies.SelectMany(v => v).GroupBy(k => k, StringComparer.Ordinal)
                .Where(g => g.Count() >= Math.Max(FewestGeneric, GenericShare * vocabularies.Length))
                .Select(g => g.Key),
            StringComparer.Ordinal);
        return vocabularies.Select((v, i) => v.Where(k => !generic.Contains(k)).ToArray() is { Length: > 0 } keys
            ? Of(keys, Substance.Normalise(ruleSet.Expectations[i].Title)) : null).ToArray();
    }

    // A topic of English keys, with the stems of the glossary's concepts they name in each other
    // language: built once per rule set, so a statement's words are looked up, never translated.
    private static ExpectationTopic Of(string[] keys, string title)
    {
        var held = new HashSet<string>(keys, StringComparer.Ordinal);
        var named = Glossary.Where(c => c.Keys.Any(held.Contains)).ToArray();
        var stems = new WordSet?[StatementLanguage.Count];
        var innerStems = new WordSet?[StatementLanguage.Count];
        WordSet? allStems = null, allInnerStems = null;
        if (named.Length >= FewestConcepts)
        {
            var every = named.SelectMany(c => c.Stems.Where(l => l is not null).SelectMany(l => l!)).ToArray();
            allStems = new WordSet(every.Select(s => s.Stem).Distinct(StringComparer.Ordinal));
            allInnerStems = every.Where(s => s.Inner).Select(s => s.Stem).Distinct(StringComparer.Ordinal).ToArray() is { Length: > 0 } inners ? new WordSet(inners) : null;

            for (var language = 0; language < StatementLanguage.Count; language++)
            {
                if (language == StatementLanguage.English)
                {
                    continue;
                }

                var all = named.SelectMany(c => c.Stems[language]!).ToArray();
                var inner = all.Where(s => s.Inner).Select(s => s.Stem).ToArray();
                stems[language] = all.Length == 0 ? null : new WordSet(all.Select(s => s.Stem));
                innerStems[language] = inner.Length == 0 ? null : new WordSet(inner);
            }
        }

        return new ExpectationTopic(new WordSet(keys), title, stems, innerStems, allStems, allInnerStems);
    }

    /// <summary>
    /// Whether a normalised statement is judged and uses none of the topic's words: it reads as
    /// English, as a language the topic has words in, or as none of the languages (see
    /// <see cref="StatementLanguage.Of"/>; then it is held to the English words),
    /// no word of it that counts (see <see cref="Substance.Counts"/>) has a key of the topic, and
    /// none starts with (or, for a stem so marked, holds) a stem of the topic in a language the
    /// statement reads as. English keys are looked for whatever the language, since a vendor may
    /// name a measure in English words in a sentence of another language.
    /// </summary>
    public bool IsMissedBy(ReadOnlySpan<char> normalised) => IsMissedBy(normalised, StatementLanguage.Of(normalised));

    /// <summary>As <see cref="IsMissedBy(ReadOnlySpan{char})"/>, for a statement already known to read as <paramref name="languages"/>.</summary>
    public bool IsMissedBy(ReadOnlySpan<char> normalised, StatementLanguages languages)
    {
        // A statement that reads as none of the languages is held to the English words, as terse
        // English is: left unjudged, generated text that avoids every marker word ("Stellar
        // experiences unlock nimble value") or is written in a language none of them reads would
        // pass for a description of any measure.
        var translated = languages & _translated;
        if (languages != StatementLanguages.None && (languages & StatementLanguages.English) == 0 && translated == 0)
        {
            return false;
        }

        // A statement in English (or in none of the languages) names its measure in two words of
        // the topic at least; in another language one English word of it is a term of the measure
        // ("TOTP", "SRTP"), and so is one stem of the topic in that language.
        var english = languages == StatementLanguages.None || (languages & StatementLanguages.English) != 0;
        var needed = english ? FewestTopicWords : 1;
        if (TopicWords(normalised, skipTitle: true, needed) >= needed)
        {
            return false;
        }

        if (translated != 0)
        {
            for (int start = 0, end; start < normalised.Length; start = end + 1)
            {
                end = Substance.WordEnd(normalised, start);
                var word = normalised.Slice(start, end - start);
                if (Substance.Counts(word) && HasStem(word, translated))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Whether fewer than <see cref="FewestTopicWords"/> counted words of a normalised statement,
    /// outside a word-for-word restatement of the title, have a key of the topic's English words: a
    /// statement with that many is not missed in any language (see <see cref="IsMissedBy(ReadOnlySpan{char}, StatementLanguages)"/>),
    /// so most statements are done with before their languages are told.
    /// </summary>
    public bool UsesTooFewKeys(ReadOnlySpan<char> normalised) => TopicWords(normalised, skipTitle: true, FewestTopicWords) < FewestTopicWords;

    // How many counted words of a normalised text have a key of the topic, counted up to
    // `enough`, with the words of the title where the text restates it word for word skipped or not.
    private int TopicWords(ReadOnlySpan<char> normalised, bool skipTitle, int enough)
    {
        var restated = skipTitle ? RestatedTitle(normalised, 0) : (-1, -1);
        var found = 0;
        for (int start = 0, end; start < normalised.Length && found < enough; start = end + 1)
        {
            end = Substance.WordEnd(normalised, start);
            if (IsInRestatedTitle(normalised, start, ref restated))
            {
                continue;
            }

            var word = normalised.Slice(start, end - start);
            found += Substance.Counts(word) && _keys.Contains(Key(word)) ? 1 : 0;
        }

        return found;
    }

    // Where the title is next written word for word as whole words in a normalised statement at or
    // after `from`: its start and end, or (-1, -1).
    private (int Start, int End) RestatedTitle(ReadOnlySpan<char> normalised, int from)
    {
        while (_title.Length > 0 && from < normalised.Length)
        {
            var at = normalised.Slice(from).IndexOf(_title.AsSpan(), StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var (start, end) = (from + at, from + at + _title.Length);
            if ((start == 0 || normalised[start - 1] == ' ') && (end == normalised.Length || normalised[end] == ' '))
            {
                return (start, end);
            }

            from = start + 1;
        }

        return (-1, -1);
    }

    // Whether the word at `start` is one of a restatement of the title (`restated`, moved on to the
    // next restatement once the words pass it).
    private bool IsInRestatedTitle(ReadOnlySpan<char> normalised, int start, ref (int Start, int End) restated)
    {
        if (restated.Start >= 0 && start >= restated.End)
        {
            restated = RestatedTitle(normalised, restated.End);
        }

        return restated.Start >= 0 && start >= restated.Start && start < restated.End;
    }

    // Whether a word starts with a stem of one of the languages, or holds one that matches inside a word.
    private bool HasStem(ReadOnlySpan<char> word, StatementLanguages languages)
    {
        for (var language = 1; language < StatementLanguage.Count; language++)
        {
            if (((int)languages & (1 << language)) == 0)
            {
                continue;
            }

            if (_stems[language]!.StartsAt(word, 0, 1))
            {
                return true;
            }

            if (_innerStems[language] is { } inner)
            {
                for (var from = 1; from < word.Length; from++)
                {
                    if (inner.StartsAt(word, from, 1))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a normalised text (an evidence title, say) uses one of the topic's words: a word of
    /// it that counts (see <see cref="Substance.Counts"/>) has a key of the topic, or, when none
    /// has, starts with (or, for a stem so marked, holds) a stem of the topic in any language the
    /// topic has words in (see <see cref="Translated"/>). Unlike
    /// <see cref="IsMissedBy(ReadOnlySpan{char})"/>, the text need not read as a language: a title
    /// is a few words ("Datenschutzhinweis", "Aviso de privacidad de Harbourlight"), too few to tell
    /// its language by, so it is read in each. The stems name measures, so a title about another
    /// subject ("Aufbewahrungsfristen" under multi-factor authentication) still misses.
    /// </summary>
    public bool IsNamedBy(ReadOnlySpan<char> normalised)
    {
        // A document titled as the expectation is titled is about it.
        if (TopicWords(normalised, skipTitle: false, enough: 1) > 0)
        {
            return true;
        }

        // Only a text the English keys miss is read in the other languages, all at once.
        if (_allStems is not { } stems)
        {
            return false;
        }

        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = Substance.WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            if (!Substance.Counts(word))
            {
                continue;
            }

            if (stems.StartsAt(word, 0, ShortestStem))
            {
                return true;
            }

            if (_allInnerStems is { } inner)
            {
                for (var from = 1; from + ShortestStem <= word.Length; from++)
                {
                    if (inner.StartsAt(word, from, ShortestStem))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an attestation's claims are held to their topics, when <paramref name="misses"/> of
    /// the statements of its <paramref name="claims"/> claims (implemented or partial, with a
    /// statement) use none of their expectation's topic words: at least <see cref="FewestMisses"/>
    /// and at least <see cref="MissingShare"/> of them.
    /// </summary>
    public static bool AreHeld(int misses, int claims) => misses >= FewestMisses && misses >= MissingShare * claims;

    /// <summary>A normalised word's key: without a final <c>s</c> (when longer than three letters), then its first <see cref="KeyLength"/> letters.</summary>
    internal static ReadOnlySpan<char> Key(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[word.Length - 1] == 's')
        {
            word = word.Slice(0, word.Length - 1);
        }

        return word.Length > KeyLength ? word.Slice(0, KeyLength) : word;
    }

    // The distinct keys of the words of an expectation's own texts that count and hold no digit.
    private static HashSet<string> Keys(Expectation expectation)
    {
        var facts = expectation.Checks.Concat(expectation.NotApplicableWhen).Select(c => c.Fact).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var texts = new[] { expectation.Title, expectation.Rationale, expectation.Remediation, expectation.Guidance }
            .Concat(facts.Select(SplitPath))
            .Concat(facts.Select(f => FactCatalog.TryGet(f, out var definition) ? definition.Description : null));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (text is null)
            {
                continue;
            }

            foreach (var word in Substance.Normalise(text).Split(' '))
            {
                if (Substance.Counts(word.AsSpan()) && !word.Any(char.IsDigit))
                {
                    keys.Add(Key(word.AsSpan()).ToString());
                }
            }
        }

        return keys;
    }

    // The glossary's concepts: English words as keys, stems as normalised, a leading hyphen
    // marking a stem that matches inside a word.
    private static Concept[] ReadGlossary() => TopicGlossary.Concepts.Select(entry => new Concept(
        entry[0].Split(' ').Select(w => Key(Substance.Normalise(w).AsSpan()).ToString()).Distinct(StringComparer.Ordinal).ToArray(),
        Enumerable.Range(0, StatementLanguage.Count).Select(language => language == StatementLanguage.English ? null
            : entry[language].Split(' ').Select(s => (Stem: Substance.Normalise(s.TrimStart('-')), Inner: s.Length > 0 && s[0] == '-')).ToArray()).ToArray()))
        .ToArray();

    // A concept of the glossary: the English keys that name it, and its stems by language.
    private sealed record Concept(string[] Keys, (string Stem, bool Inner)[]?[] Stems);

    // A fact's path as words: "authentication.multiFactor" reads "authentication multi Factor".
    private static string SplitPath(string path)
    {
        var words = new System.Text.StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            if (char.IsUpper(c))
            {
                words.Append(' ');
            }

            words.Append(c is '.' or '_' or '-' ? ' ' : c);
        }

        return words.ToString();
    }
}
