using System;
using System.Collections.Generic;
using System.Linq;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// A fixed set of words that answers for a slice of a text without making a string of it, on every
/// target (netstandard2.0 has no span lookup in <see cref="HashSet{T}"/>). Immutable once built, so
/// thread-safe.
/// </summary>
/// <remarks>
/// Most words looked up are in no set, so a lookup must be cheap to refuse: a bit per word length
/// answers most of them, and the rest are placed by a hash of the length and three characters (no
/// pass over the word) and compared with the one or two words at that place.
/// </remarks>
internal sealed class WordSet
{
    private readonly string?[] _slots;
    private readonly int _mask;

    // One bit per word length (lengths of 63 and more share the last).
    private readonly ulong _lengths;

    public WordSet(IEnumerable<string> words)
    {
        var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var size = 8;
        while (size < distinct.Length * 4)
        {
            size *= 2;
        }

        _slots = new string?[size];
        _mask = size - 1;
        foreach (var word in distinct)
        {
            var i = Place(word.AsSpan());
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

        for (var i = Place(word); _slots[i] is { } slot; i = (i + 1) & _mask)
        {
            if (word.SequenceEqual(slot.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    // Where a word's probe starts: from its length and its first, middle and last characters, mixed
    // by a multiplication (a hash wraps around by design).
    private int Place(ReadOnlySpan<char> word)
    {
        unchecked
        {
            var key = (uint)word.Length ^ ((uint)word[0] << 7) ^ ((uint)word[word.Length / 2] << 14) ^ ((uint)word[word.Length - 1] << 21);
            return (int)((key * 2654435769u) >> 11) & _mask;
        }
    }

    private static ulong LengthBit(int length) => 1ul << Math.Min(length, 63);
}
