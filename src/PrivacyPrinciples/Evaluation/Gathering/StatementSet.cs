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

    // Texts equal once normalised have the same length and start alike, so a hash of the length and
    // the first characters places each text in a small table next to the texts it may equal; only
    // those are compared in full. Each text is counted against the first text equal to it.
    private void MarkRepeated(int given)
    {
        var size = 16;
        while (size < given * 2)
        {
            size *= 2;
        }

        var rented = size + _entries.Length > 512 ? ArrayPool<int>.Shared.Rent(size + _entries.Length) : null;
        var scratch = rented is null ? stackalloc int[size + _entries.Length] : rented.AsSpan(0, size + _entries.Length);
        try
        {
            // table: 1 + the index of the first text of each kind, 0 for an empty slot;
            // firstOf: for each text, the index of the first text equal to it; counts kept at the first.
            var table = scratch.Slice(0, size);
            var firstOf = scratch.Slice(size);
            table.Clear();
            for (var i = 0; i < _entries.Length; i++)
            {
                if (_entries[i].Length == 0)
                {
                    continue;
                }

                var text = Normalised(_entries[i]);
                var slot = Place(text, size - 1);
                while (table[slot] != 0 && !text.SequenceEqual(Normalised(_entries[table[slot] - 1])))
                {
                    slot = (slot + 1) & (size - 1);
                }

                if (table[slot] == 0)
                {
                    table[slot] = i + 1;
                }

                firstOf[i] = table[slot] - 1;
                _entries[firstOf[i]].Copies++;
            }

            for (var i = 0; i < _entries.Length; i++)
            {
                _entries[i].Repeated = _entries[i].Length > 0 && _entries[firstOf[i]].Copies >= Substance.BoilerplateAnswers;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    // Where a normalised text's probe starts: from its length and up to its first 16 characters (a
    // hash wraps around by design).
    private static int Place(ReadOnlySpan<char> text, int mask)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)text.Length;
            for (var i = 0; i < Math.Min(text.Length, 16); i++)
            {
                hash = (hash ^ text[i]) * 16777619u;
            }

            return (int)(hash ^ (hash >> 15)) & mask;
        }
    }

    // Where a statement's normalised text sits in the buffer; a length of 0 for none or a blank one.
    private struct Entry(int start, int length, bool holdsPlaceholder)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public readonly bool HoldsPlaceholder = holdsPlaceholder;
        public int Copies;
        public bool Repeated;
    }
}
