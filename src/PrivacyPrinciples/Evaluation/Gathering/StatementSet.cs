using System;
using System.Buffers;
using System.Collections.Generic;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// The statements of one attestation's answers, each normalised once (see
/// <see cref="Substance.Normalise(string)"/>) into one pooled buffer: the test for a statement pasted
/// into several answers and each statement's own verdict read the same normalised text. Dispose it
/// to return the buffer; one evaluation owns it, so it is not thread-safe.
/// </summary>
internal sealed class StatementSet : IDisposable
{
    private readonly IReadOnlyList<string?> _texts;
    private readonly Entry[] _entries;
    private char[] _buffer;

    /// <param name="texts">Every statement of the attestation (null for an answer with none); a test is asked by position in this list.</param>
    public StatementSet(IReadOnlyList<string?> texts)
    {
        _texts = texts;
        _entries = texts.Count == 0 ? [] : new Entry[texts.Count];
        var capacity = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            capacity += texts[i]?.Length ?? 0;
        }

        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
        var used = 0;
        var given = 0;
        Span<int> phraseStarts = stackalloc int[Substance.MaximumPhraseStarts];
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is not { } text || Substance.IsBlank(text))
            {
                continue;
            }

            var length = Substance.Normalise(text, _buffer.AsSpan(used, text.Length), phraseStarts, out var holdsPlaceholder);
            _entries[i] = new Entry(used, length, holdsPlaceholder);
            used += length;
            given++;
        }

        if (given >= Substance.BoilerplateAnswers)
        {
            MarkRepeated(given);
        }
    }

    /// <summary>Whether statement <paramref name="index"/> is, once normalised, the statement of at least <see cref="Substance.BoilerplateAnswers"/> answers.</summary>
    public bool IsBoilerplate(int index) => _entries[index].Repeated;

    /// <summary>The verdict on statement <paramref name="index"/> as the answer to an expectation whose title has <paramref name="titleWords"/>.</summary>
    public SubstanceVerdict Judge(int index, WordSet titleWords)
    {
        if (_texts[index] is not { } text || _entries[index].Length == 0)
        {
            return SubstanceVerdict.Missing;
        }

        var entry = _entries[index];
        return Substance.JudgeNormalised(Normalised(entry), entry.HoldsPlaceholder, text, titleWords, entry.Repeated, stackalloc int[Substance.MinimumWords]);
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private ReadOnlySpan<char> Normalised(in Entry entry) => _buffer.AsSpan(entry.Start, entry.Length);

    // The given texts sorted by length, then by their characters, so that equal ones sit together
    // and each run is counted. Most texts differ in length, which settles their order at once; a
    // hostile set of long texts alike up to their last character costs n log n comparisons, never
    // the n squared of a hash table whose hash they all share.
    private void MarkRepeated(int given)
    {
        var order = ArrayPool<int>.Shared.Rent(given);
        try
        {
            var count = 0;
            for (var i = 0; i < _entries.Length; i++)
            {
                if (_entries[i].Length > 0)
                {
                    order[count++] = i;
                }
            }

            Array.Sort(order, 0, count, new ByNormalisedText(this));
            for (int start = 0, end; start < count; start = end)
            {
                end = start + 1;
                while (end < count && Compare(order[start], order[end]) == 0)
                {
                    end++;
                }

                for (var i = start; end - start >= Substance.BoilerplateAnswers && i < end; i++)
                {
                    _entries[order[i]].Repeated = true;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
        }
    }

    private int Compare(int x, int y)
    {
        var (a, b) = (_entries[x], _entries[y]);
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : Normalised(a).SequenceCompareTo(Normalised(b));
    }

    private sealed class ByNormalisedText(StatementSet set) : IComparer<int>
    {
        public int Compare(int x, int y) => set.Compare(x, y);
    }

    // Where a statement's normalised text sits in the buffer; a length of 0 for none or a blank one.
    private struct Entry(int start, int length, bool holdsPlaceholder)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public readonly bool HoldsPlaceholder = holdsPlaceholder;
        public bool Repeated;
    }
}
