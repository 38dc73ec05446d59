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
/// <remarks>
/// A statement pasted into several answers is still pasted when each copy names its own
/// expectation, numbers itself or repeats its title: two statements are the same text when they are
/// equal once normalised with every digit and the words given as <c>ignored</c> (the rule set's
/// expectation ids and title words) left out, or, when nothing else is left, equal once normalised.
/// </remarks>
internal sealed class StatementSet : IDisposable
{
    private readonly IReadOnlyList<string?> _texts;
    private readonly Entry[] _entries;
    private char[] _buffer;

    /// <param name="texts">Every statement of the attestation (null for an answer with none); a test is asked by position in this list.</param>
    /// <param name="ignored">Words that do not tell two statements apart (see <see cref="Substance.WordsNamingExpectations"/>); <see langword="null"/> for none.</param>
    public StatementSet(IReadOnlyList<string?> texts, WordSet? ignored = null)
    {
        _texts = texts;
        _entries = texts.Count == 0 ? [] : new Entry[texts.Count];
        var capacity = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            capacity += texts[i]?.Length ?? 0;
        }

        // Each normalised text, then the part of it that tells it apart from others (its key).
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(2 * capacity, 1));
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
            var keyLength = Key(_buffer.AsSpan(used, length), _buffer.AsSpan(used + length, length), ignored);
            _entries[i] = keyLength == 0 ? new Entry(used, length, used, length, holdsPlaceholder) : new Entry(used, length, used + length, keyLength, holdsPlaceholder);
            used += length + keyLength;
            given++;
        }

        if (given >= Substance.BoilerplateAnswers)
        {
            MarkRepeated(given);
        }
    }

    /// <summary>Whether statement <paramref name="index"/> is the same text (see the remarks) as the statements of at least <see cref="Substance.BoilerplateAnswers"/> - 1 other answers.</summary>
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

    // The given texts' keys sorted by length, then by their characters, so that equal ones sit together
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
        return a.KeyLength != b.KeyLength ? a.KeyLength.CompareTo(b.KeyLength) : KeyOf(a).SequenceCompareTo(KeyOf(b));
    }

    private ReadOnlySpan<char> KeyOf(in Entry entry) => _buffer.AsSpan(entry.KeyStart, entry.KeyLength);

    // The words of a normalised text without their digits, less those left empty or ignored (a
    // plural counts as its singular), one space apart, written into key; returns their length, 0
    // when none is left. (So "SEC01", "SEC-01" and "section 4.2" name nothing of their own.)
    private static int Key(ReadOnlySpan<char> normalised, Span<char> key, WordSet? ignored)
    {
        // Each word is written where it would go (after the key so far and a space), then kept or
        // left behind; one pass over the characters, since words are short.
        var length = 0;
        var at = 0;
        var letters = 0;
        for (var i = 0; i <= normalised.Length; i++)
        {
            if (i < normalised.Length && normalised[i] != ' ')
            {
                var c = normalised[i];
                if (unchecked((uint)(c - '0')) > 9 && (c < 128 || !char.IsDigit(c)))
                {
                    key[at + letters++] = c;
                }

                continue;
            }

            if (letters > 0 && !Ignored(key.Slice(at, letters), ignored))
            {
                if (at > 0)
                {
                    key[at - 1] = ' ';
                }

                length = at + letters;
            }

            at = length + (length > 0 ? 1 : 0);
            letters = 0;
        }

        return length;
    }

    private static bool Ignored(ReadOnlySpan<char> word, WordSet? ignored) =>
        ignored is not null && (ignored.Contains(word) || (word.Length > 3 && word[word.Length - 1] == 's' && ignored.Contains(word.Slice(0, word.Length - 1))));

    private sealed class ByNormalisedText(StatementSet set) : IComparer<int>
    {
        public int Compare(int x, int y) => set.Compare(x, y);
    }

    // Where a statement's normalised text and its key sit in the buffer; a length of 0 for none or a blank one.
    private struct Entry(int start, int length, int keyStart, int keyLength, bool holdsPlaceholder)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public readonly int KeyStart = keyStart;
        public readonly int KeyLength = keyLength;
        public readonly bool HoldsPlaceholder = holdsPlaceholder;
        public bool Repeated;
    }
}
