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
/// ("encrypts" matches "encryption"), one word is enough, a statement that does not read as
/// English is not judged, and the claims of an attestation are held to their topics only when
/// many of them miss (see <see cref="AreHeld"/>): an honest statement may name a measure in
/// words of its own ("servers in Frankfurt" for where data is stored), while text that says
/// nothing of any measure is written for every answer. Immutable once built, so thread-safe.
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
    public const int EnglishMarkersNeeded = 2;

    /// <summary>Short words frequent in English and in none of the other languages a statement is read in.</summary>
    internal static readonly string[] EnglishMarkers = ["the", "and", "our", "we", "with", "are", "is", "of", "to", "for", "by"];

    /// <summary>The claims of an attestation are held to their topics when at least this many of their statements miss them (and <see cref="MissingShare"/> of them do).</summary>
    public const int FewestMisses = 3;

    /// <summary>The claims of an attestation are held to their topics when at least this share of their statements miss them (and <see cref="FewestMisses"/> do).</summary>
    public const double MissingShare = 0.25;

    private static readonly WordSet Markers = new(EnglishMarkers);

    private readonly WordSet _keys;

    private ExpectationTopic(WordSet keys) => _keys = keys;

    /// <summary>The topic of each of <paramref name="ruleSet"/>'s expectations, in its order; an expectation whose own words are all generic has none (<see langword="null"/>).</summary>
    public static ExpectationTopic?[] OfRuleSet(RuleSet ruleSet)
    {
        var vocabularies = ruleSet.Expectations.Select(Keys).ToArray();
        var generic = new HashSet<string>(
            vocabularies.SelectMany(v => v).GroupBy(k => k, StringComparer.Ordinal)
                .Where(g => g.Count() >= Math.Max(FewestGeneric, GenericShare * vocabularies.Length))
                .Select(g => g.Key),
            StringComparer.Ordinal);
        return vocabularies.Select(v => v.Where(k => !generic.Contains(k)).ToArray() is { Length: > 0 } keys ? new ExpectationTopic(new WordSet(keys)) : null).ToArray();
    }

    /// <summary>
    /// Whether a normalised statement is judged and uses none of the topic's words: it reads as
    /// English (see <see cref="EnglishMarkersNeeded"/>) and no word of it that counts (see
    /// <see cref="Substance.Counts"/>) has a key of the topic.
    /// </summary>
    public bool IsMissedBy(ReadOnlySpan<char> normalised)
    {
        var markers = 0;
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = Substance.WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            if (Substance.Counts(word) && _keys.Contains(Key(word)))
            {
                return false;
            }

            if (Markers.Contains(word))
            {
                markers++;
            }
        }

        return markers >= EnglishMarkersNeeded;
    }

    /// <summary>
    /// Whether a normalised text (an evidence title, say) uses one of the topic's words: a word of
    /// it that counts (see <see cref="Substance.Counts"/>) has a key of the topic. Unlike
    /// <see cref="IsMissedBy"/>, the text need not read as English: a title is a few words.
    /// </summary>
    public bool IsNamedBy(ReadOnlySpan<char> normalised)
    {
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = Substance.WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            if (Substance.Counts(word) && _keys.Contains(Key(word)))
            {
                return true;
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
