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

    public bool Contains(ReadOnlySpan<char> word) => (_lengths & LengthBit(word.Length)) != 0 && Contains(word, Hash(word));

    /// <summary>Whether the set holds <paramref name="word"/>, whose <see cref="Hash(ReadOnlySpan{char})"/> the caller has already worked out (every set hashes alike).</summary>
    public bool Contains(ReadOnlySpan<char> word, int hash)
    {
        if ((_lengths & LengthBit(word.Length)) == 0)
        {
            return false;
        }

        for (var i = hash & _mask; _slots[i] is { } slot; i = (i + 1) & _mask)
        {
            if (word.SequenceEqual(slot.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word's hash, the same in every set: ordinal FNV-1a.</summary>
    public static int Hash(ReadOnlySpan<char> word) => Hash(word, out _);

    /// <summary>A word's hash, and the hash of the word without its last character, from one pass.</summary>
    public static int Hash(ReadOnlySpan<char> word, out int withoutLast)
    {
        // A hash wraps around by design.
        unchecked
        {
            var hash = 2166136261u;
            var before = hash;
            foreach (var c in word)
            {
                before = hash;
                hash = (hash ^ c) * 16777619u;
            }

            withoutLast = (int)(before & 0x7FFFFFFF);
            return (int)(hash & 0x7FFFFFFF);
        }
    }

    private static ulong LengthBit(int length) => 1ul << Math.Min(length, 63);
}
