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
    // The words, one after another in one string; each slot holds where its word starts plus one
    // (0 for an empty slot) and its length.
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _lengths;

    // Each slot's word's position in the list the set was made from (its first, when listed twice).
    private readonly int[] _indices;
    private readonly int _mask;

    // One bit per word length (lengths of 63 and more share the last).
    private readonly ulong _lengthBits;

    public WordSet(IEnumerable<string> words)
        : this(Joined(words.ToArray()))
    {
    }

    // A set of the words at `words` (start and length) in `text`, which it keeps.
    private WordSet(string text, IReadOnlyCollection<(int Start, int Length)> words)
    {
        _text = text;
        var size = 8;
        while (size < words.Count * 4)
        {
            size *= 2;
        }

        (_starts, _lengths, _indices, _mask) = (new int[size], new int[size], new int[size], size - 1);
        var index = -1;
        foreach (var (start, length) in words)
        {
            index++;
            var word = text.AsSpan(start, length);
            if (length == 0 || Contains(word))
            {
                continue;
            }

            var i = Place(word);
            while (_starts[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            (_starts[i], _lengths[i], _indices[i]) = (start + 1, length, index);
            _lengthBits |= LengthBit(length);
        }
    }

    private WordSet((string Text, (int Start, int Length)[] Words) joined)
        : this(joined.Text, joined.Words)
    {
    }

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    /// <summary>The position of <paramref name="word"/> in the list the set was made from (its first, when listed twice), or -1 when the set does not hold it.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        if ((_lengthBits & LengthBit(word.Length)) == 0)
        {
            return -1;
        }

        for (var i = Place(word); _starts[i] != 0; i = (i + 1) & _mask)
        {
            if (_lengths[i] == word.Length && word.SequenceEqual(_text.AsSpan(_starts[i] - 1, word.Length)))
            {
                return _indices[i];
            }
        }

        return -1;
    }

    /// <summary>Whether any word of a normalised text (words one space apart, see <see cref="Substance.Normalise(string)"/>) is in the set.</summary>
    public bool HoldsAnyWordOf(ReadOnlySpan<char> normalised)
    {
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = Substance.WordEnd(normalised, start);
            if (Contains(normalised.Slice(start, end - start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of the set starts <paramref name="word"/> at <paramref name="from"/> and is
    /// at least <paramref name="shortest"/> characters long (a stem matching a longer word: "aufzeichn"
    /// in "aufzeichnungen"), looked up once for each length the set holds, with no string made.
    /// </summary>
    public bool StartsAt(ReadOnlySpan<char> word, int from, int shortest)
    {
        var longest = Math.Min(word.Length - from, 62);
        for (var length = Math.Max(shortest, 1); length <= longest; length++)
        {
            if ((_lengthBits & LengthBit(length)) != 0 && Contains(word.Slice(from, length)))
            {
                return true;
            }
        }

        return false;
    }

    // The words as one text and where each sits in it.
    private static (string Text, (int Start, int Length)[] Words) Joined(string[] words)
    {
        var places = new (int Start, int Length)[words.Length];
        var start = 0;
        for (var i = 0; i < words.Length; i++)
        {
            places[i] = (start, words[i].Length);
            start += words[i].Length;
        }

        return (string.Concat(words), places);
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
