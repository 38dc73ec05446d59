using System;
using System.Collections.Generic;
using System.Linq;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// A fixed set of words that answers for a slice of a text without making a string of it, on every
/// target (netstandard2.0 has no span lookup in <see cref="HashSet{T}"/>): open addressing over an
/// ordinal FNV-1a hash. Immutable once built, so thread-safe.
/// </summary>
internal sealed class WordSet
{
    private readonly string?[] _slots;
    private readonly int _mask;

    // One bit per word length (lengths of 63 and more share the last): most words of a text are
    // answered by this alone, without hashing them.
    private readonly ulong _lengths;

    public WordSet(IEnumerable<string> words)
    {
        var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var size = 8;
        while (size < distinct.Length * 2)
        {
            size *= 2;
        }

        _slots = new string?[size];
        _mask = size - 1;
        foreach (var word in distinct)
        {
            var i = Hash(word.AsSpan()) & _mask;
            while (_slots[i] is not null)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = word;
            _lengths |= LengthBit(word.Length);
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((_lengths & LengthBit(word.Length)) == 0)
        {
            return false;
        }

        for (var i = Hash(word) & _mask; _slots[i] is { } slot; i = (i + 1) & _mask)
        {
            if (word.SequenceEqual(slot.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong LengthBit(int length) => 1ul << Math.Min(length, 63);

    private static int Hash(ReadOnlySpan<char> word)
    {
        // A hash wraps around by design.
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
