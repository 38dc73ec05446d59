using System;
using System.Collections.Generic;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// The runs of <see cref="Substance.PastedRunWords"/> counted words (see <see cref="Substance.Counts"/>,
/// less any holding a digit) in an expectation's own text (its rationale, remediation and guidance),
/// and a text with fewer such words (but at least <see cref="Substance.MinimumWords"/>)
/// as one run: a statement that copies them, as `init` writes the guidance beside each answer,
/// repeats the expectation and says nothing of how the vendor meets it (see
/// <see cref="StatementSet.RepeatsExpectationText"/>). Immutable once built, so thread-safe.
/// </summary>
internal sealed class ExpectationText
{
    // Each run's words, by its length and the hash a statement set gives the same run (see StatementSet.RunHashOf).
    private readonly Dictionary<(int Length, uint Hash), List<string[]>> _runs;

    private ExpectationText(Dictionary<(int Length, uint Hash), List<string[]>> runs, WordSet vocabulary)
    {
        _runs = runs;
        Vocabulary = vocabulary;
        var lengths = new List<int>();
        foreach (var key in runs.Keys)
        {
            if (!lengths.Contains(key.Length))
            {
                lengths.Add(key.Length);
            }
        }

        lengths.Sort();
        RunLengths = [.. lengths];
    }

    /// <summary>The lengths of the runs, in words, shortest first.</summary>
    public int[] RunLengths { get; }

    /// <summary>Every word of every run: a statement with no stretch of such words as long as the shortest run copies none.</summary>
    public WordSet Vocabulary { get; }

    /// <summary>The runs of <paramref name="expectation"/>'s own text; <see langword="null"/> when it has none.</summary>
    public static ExpectationText? Of(Rules.Expectation expectation)
    {
        var runs = new Dictionary<(int Length, uint Hash), List<string[]>>();
        var vocabulary = new List<string>();
        // The title is left out: its words are never a statement's own, so copying it changes nothing.
        foreach (var text in new[] { expectation.Rationale, expectation.Remediation, expectation.Guidance })
        {
            if (text is null)
            {
                continue;
            }

            var words = StatementSet.RunWordsOf(text);
            var hashes = new uint[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                hashes[i] = StatementSet.WordHash(words[i].AsSpan());
            }

            // A text too short for a run of the full length is one run: copied whole, it is copied.
            var length = Math.Min(words.Count, Substance.PastedRunWords);
            for (var at = 0; length >= Substance.MinimumWords && at + length <= words.Count; at++)
            {
                var key = (length, StatementSet.RunHashOf(hashes.AsSpan(at, length)));
                if (!runs.TryGetValue(key, out var same))
                {
                    runs.Add(key, same = []);
                }

                same.Add([.. words.GetRange(at, length)]);
            }

            if (length >= Substance.MinimumWords)
            {
                vocabulary.AddRange(words);
            }
        }

        return runs.Count == 0 ? null : new ExpectationText(runs, new WordSet(vocabulary));
    }

    /// <summary>Whether the run of <paramref name="length"/> words from <paramref name="at"/> in <paramref name="words"/> (slices of <paramref name="text"/>), whose hash is <paramref name="hash"/>, is a run of this text.</summary>
    internal bool Holds(int length, uint hash, char[] text, StatementSet.Word[] words, int at)
    {
        if (!_runs.TryGetValue((length, hash), out var candidates))
        {
            return false;
        }

        foreach (var run in candidates)
        {
            var same = true;
            for (var j = 0; j < run.Length && same; j++)
            {
                same = text.AsSpan(words[at + j].Start, words[at + j].Length).SequenceEqual(run[j].AsSpan());
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }
}
