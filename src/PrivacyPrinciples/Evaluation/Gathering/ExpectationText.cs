using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

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
    // The run words of the three texts, normalised, and each word's place in it and hash.
    private readonly string _text;
    private readonly StatementSet.Word[] _words;

    // The runs, by open addressing on their hash: each slot the first word of a run plus one (0 for
    // an empty slot), with the run's length and hash beside it.
    private readonly int[] _firstWords;
    private readonly int[] _lengths;
    private readonly uint[] _hashes;

    private ExpectationText(string text, StatementSet.Word[] words, List<(int FirstWord, int Length, uint Hash)> runs, WordSet vocabulary)
    {
        _text = text;
        _words = words;
        Vocabulary = vocabulary;
        var size = 16;
        while (size < 2 * runs.Count)
        {
            size *= 2;
        }

        (_firstWords, _lengths, _hashes) = (new int[size], new int[size], new uint[size]);
        var lengths = new List<int>();
        foreach (var (firstWord, length, hash) in runs)
        {
            var slot = StatementSet.Place(hash, size - 1);
            while (_firstWords[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            (_firstWords[slot], _lengths[slot], _hashes[slot]) = (firstWord + 1, length, hash);
            if (!lengths.Contains(length))
            {
                lengths.Add(length);
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
        // The title is left out: its words are never a statement's own, so copying it changes nothing.
        // The three texts are normalised into one, a space apart, and each is cut into runs alone.
        var texts = new[] { expectation.Rationale, expectation.Remediation, expectation.Guidance };
        var buffer = ArrayPool<char>.Shared.Rent(texts.Sum(t => (t?.Length ?? 0) + 1));
        var lengths = new int[texts.Length];
        var used = 0;
        Span<int> phraseStarts = stackalloc int[Substance.MaximumPhraseStarts];
        for (var i = 0; i < texts.Length; i++)
        {
            lengths[i] = texts[i] is { } given ? Substance.Normalise(given, buffer.AsSpan(used, given.Length), phraseStarts, out _) : 0;
            used += lengths[i];
            buffer[used++] = ' ';
        }

        var text = new string(buffer, 0, used);
        ArrayPool<char>.Shared.Return(buffer);
        var words = new StatementSet.Word[(text.Length / 4) + 1];
        var runs = new List<(int FirstWord, int Length, uint Hash)>();
        var vocabulary = new List<(int Start, int Length)>();
        var count = 0;
        var offset = 0;
        Span<uint> hashes = stackalloc uint[Substance.PastedRunWords];
        foreach (var length in lengths)
        {
            var first = count;
            count += StatementSet.RunWords(text.AsSpan(offset, length), offset, words.AsSpan(count));
            offset += length + 1;

            // A text too short for a run of the full length is one run: copied whole, it is copied.
            var run = Math.Min(count - first, Substance.PastedRunWords);
            if (run < Substance.MinimumWords)
            {
                continue;
            }

            for (var at = first; at + run <= count; at++)
            {
                for (var j = 0; j < run; j++)
                {
                    hashes[j] = words[at + j].Hash;
                }

                runs.Add((at, run, StatementSet.RunHashOf(hashes.Slice(0, run))));
            }

            for (var at = first; at < count; at++)
            {
                vocabulary.Add((words[at].Start, words[at].Length));
            }
        }

        if (runs.Count == 0)
        {
            return null;
        }

        Array.Resize(ref words, count);
        return new ExpectationText(text, words, runs, new WordSet(text, vocabulary));
    }

    /// <summary>Whether the run of <paramref name="length"/> words from <paramref name="at"/> in <paramref name="words"/> (slices of <paramref name="text"/>), whose hash is <paramref name="hash"/>, is a run of this text.</summary>
    internal bool Holds(int length, uint hash, char[] text, StatementSet.Word[] words, int at)
    {
        var mask = _firstWords.Length - 1;
        for (var slot = StatementSet.Place(hash, mask); _firstWords[slot] != 0; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] != hash || _lengths[slot] != length)
            {
                continue;
            }

            var first = _firstWords[slot] - 1;
            var same = true;
            for (var j = 0; j < length && same; j++)
            {
                var (word, run) = (words[at + j], _words[first + j]);
                same = text.AsSpan(word.Start, word.Length).SequenceEqual(_text.AsSpan(run.Start, run.Length));
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }
}
