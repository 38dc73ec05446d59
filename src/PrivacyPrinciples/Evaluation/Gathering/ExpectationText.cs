using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// The runs of <see cref="Substance.PastedRunWords"/> counted words (see <see cref="Substance.Counts"/>,
/// less any holding a digit) in the rule set's own text (each expectation's title, rationale, remediation
/// and guidance), and a text with fewer such words (but at least <see cref="Substance.MinimumWords"/>)
/// as one run: a statement that copies them, as `init` writes the guidance beside each answer,
/// repeats the rule set and says nothing of how the vendor meets the expectation, whichever
/// expectation's text it copied (see <see cref="StatementSet.RepeatsExpectationText"/>). Immutable
/// once built, so thread-safe.
/// </summary>
internal sealed class ExpectationText
{
    // The run words of the texts, normalised, and each word's place in it and hash.
    private readonly string _text;
    private readonly StatementSet.Word[] _words;

    // The runs, by open addressing on their hash: each slot the first word of a run plus one (0 for
    // an empty slot), with the run's length and hash beside it.
    private readonly int[] _firstWords;
    private readonly int[] _lengths;
    private readonly uint[] _hashes;

    // Hashes of every pair of words next to each other in a run and of every Substance.MinimumWords
    // words one after another in one (see Pair and Window), each a set by open addressing (0 marks
    // an empty slot).
    private readonly uint[] _pairs;
    private readonly uint[] _windows;

    // Hashes of every pair of words with at most MostLeftOut words of the same text between them
    // (see Pair), a set as above, which holds every pair of _pairs too; every word's hash beside its place, sorted by hash, then place; and
    // the text each word is of (see MarkLooseCopies).
    private readonly uint[] _closePairs;
    private readonly uint[] _sortedHashes;
    private readonly int[] _sortedWords;
    private readonly int[] _textOf;

    // A bit per word hash (its place in VocabularyBits bits) for every word of every run.
    private readonly ulong[] _vocabulary = new ulong[VocabularyBits / 64];

    private const int VocabularyBits = 1 << 16;

    /// <summary>
    /// The most words of the rule set's text a copy may leave out between two words it kept and
    /// still follow the text (see <see cref="MarkLooseCopies"/>).
    /// </summary>
    public const int MostLeftOut = 2;

    /// <summary>
    /// The most words a copy may add between two words of the rule set's text it kept and still
    /// follow the text (see <see cref="MarkLooseCopies"/>).
    /// </summary>
    public const int MostAdded = 2;

    /// <summary>What each word a copy adds between words of the text costs its score (see <see cref="CopyScore"/>).</summary>
    public const int AddedWordCost = 1;

    private ExpectationText(string text, StatementSet.Word[] words, int[] textOf, List<(int FirstWord, int Length, uint Hash)> runs, List<uint> pairs, List<uint> closePairs, List<uint> windows)
    {
        _text = text;
        _words = words;
        _textOf = textOf;
        _closePairs = SetOf(closePairs);
        // Sorted by hash, then by place, so that a word's places come in ascending order.
        var keys = words.Select((w, place) => ((ulong)w.Hash << 32) | (uint)place).ToArray();
        Array.Sort(keys);
        (_sortedHashes, _sortedWords) = (keys.Select(k => (uint)(k >> 32)).ToArray(), keys.Select(k => unchecked((int)(uint)k)).ToArray());
        foreach (var word in words)
        {
            var bit = StatementSet.Place(word.Hash, VocabularyBits - 1);
            _vocabulary[bit >> 6] |= 1ul << (bit & 63);
        }

        _pairs = SetOf(pairs);
        _windows = SetOf(windows);
        var size = TableSize(runs.Count);
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

    /// <summary>Whether the word whose hash is <paramref name="wordHash"/> may be a word of a run (a hash may collide).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHoldWord(uint wordHash)
    {
        var bit = StatementSet.Place(wordHash, VocabularyBits - 1);
        return (_vocabulary[bit >> 6] & (1ul << (bit & 63))) != 0;
    }

    /// <summary>Whether the word whose hash is <paramref name="second"/> may follow the one whose hash is <paramref name="first"/> in a run (a hash may collide).</summary>
    public bool MayFollow(uint first, uint second) => In(_pairs, Pair(first, second));

    /// <summary>
    /// Whether the word whose hash is <paramref name="second"/> may follow the one whose hash is
    /// <paramref name="first"/> in one of the texts with at most <see cref="MostLeftOut"/> words
    /// between them (a hash may collide).
    /// </summary>
    public bool MayFollowClosely(uint first, uint second) => In(_closePairs, Pair(first, second));

    /// <summary>
    /// Marks in <paramref name="covered"/> each of the <paramref name="count"/> words from
    /// <paramref name="first"/> in <paramref name="words"/> (slices of <paramref name="text"/>)
    /// that is part of a copy of one of the texts with words left out or added: a chain of the
    /// statement's words, each found in the same text after the one before it with at most
    /// <see cref="MostLeftOut"/> of the text's words between them and with at most
    /// <see cref="MostAdded"/> words of the statement between them, whose <see cref="CopyScore"/>
    /// reaches <see cref="Substance.PastedRunWords"/>. For each word, the chain ending there with
    /// the highest score (then the earliest start) is taken, and all of its words are marked,
    /// words added inside it too: a word put between copied words does not make the copy the
    /// vendor's own. Returns whether any is. Exact: words are compared letter by letter where they sit.
    /// </summary>
    internal bool MarkLooseCopies(char[] text, StatementSet.Word[] words, int first, int count, Span<bool> covered)
    {
        // For each of the last Generations statement words (a ring by the word's index), each place
        // it has in the texts (ascending), with the score and first word of the best chain ending there.
        const int generations = MostAdded + 2;
        var size = _words.Length;
        var places = ArrayPool<int>.Shared.Rent(3 * generations * size);
        try
        {
            Span<int> counts = stackalloc int[generations];
            Span<int> froms = stackalloc int[generations];
            var any = false;
            for (var k = 0; k < count; k++)
            {
                var word = words[first + k];
                var now = k % generations;
                var (nowPlaces, nowScores, nowStarts) = (3 * now * size, (3 * now + 1) * size, (3 * now + 2) * size);
                var nowCount = 0;
                var (best, bestStart) = (0, 0);
                var spelled = text.AsSpan(word.Start, word.Length);
                froms.Clear();
                for (var at = MayHoldWord(word.Hash) ? LowerBound(_sortedHashes, word.Hash) : _sortedHashes.Length; at < _sortedHashes.Length && _sortedHashes[at] == word.Hash; at++)
                {
                    var place = _sortedWords[at];
                    if (!WordAt(place).SequenceEqual(spelled))
                    {
                        continue;
                    }

                    var (score, start) = (1, k);
                    for (var added = 0; added <= MostAdded && added < k; added++)
                    {
                        var generation = (k - 1 - added) % generations;
                        var (beforePlaces, beforeScores, beforeStarts) = (3 * generation * size, (3 * generation + 1) * size, (3 * generation + 2) * size);
                        var beforeCount = counts[generation];
                        ref var from = ref froms[added];
                        while (from < beforeCount && places[beforePlaces + from] < place - MostLeftOut - 1)
                        {
                            from++;
                        }

                        for (var i = from; i < beforeCount && places[beforePlaces + i] < place; i++)
                        {
                            if (_textOf[places[beforePlaces + i]] == _textOf[place])
                            {
                                var extended = places[beforeScores + i] + CopyScore(1, added);
                                var extendedStart = places[beforeStarts + i];
                                if (extended > score || (extended == score && extendedStart < start))
                                {
                                    (score, start) = (extended, extendedStart);
                                }
                            }
                        }
                    }

                    places[nowPlaces + nowCount] = place;
                    places[nowScores + nowCount] = score;
                    places[nowStarts + nowCount++] = start;
                    if (score > best || (score == best && start < bestStart))
                    {
                        (best, bestStart) = (score, start);
                    }
                }

                counts[now] = nowCount;
                if (best >= Substance.PastedRunWords)
                {
                    covered.Slice(bestStart, k + 1 - bestStart).Fill(true);
                    any = true;
                }
            }

            return any;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(places);
        }
    }

    /// <summary>
    /// What a stretch of a copy adds to its score: one for each word copied, less
    /// <see cref="AddedWordCost"/> for each word added between them, so that words sprinkled
    /// through a copy do not hide it, while a statement that only shares some of the text's words
    /// in its order, among as many of its own, scores nothing.
    /// </summary>
    internal static int CopyScore(int copied, int added) => copied - (AddedWordCost * added);

    private ReadOnlySpan<char> WordAt(int place) => _text.AsSpan(_words[place].Start, _words[place].Length);

    // The first place in `sorted` whose value is not below `value`.
    private static int LowerBound(uint[] sorted, uint value)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = sorted[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// Whether the <see cref="Substance.MinimumWords"/> words whose hashes are <paramref name="wordHashes"/>
    /// may follow each other in a run. Every word of a copied run sits in such a window of the copy
    /// (no run is shorter), so a word in none is no part of one; a hash may collide, so
    /// <see langword="true"/> only means it may be.
    /// </summary>
    public bool MayHold(ReadOnlySpan<uint> wordHashes) => In(_windows, Window(wordHashes));

    /// <summary>The runs of <paramref name="expectation"/>'s own text; <see langword="null"/> when it has none.</summary>
    public static ExpectationText? Of(Rules.Expectation expectation) => Of([expectation]);

    /// <summary>The runs of the own texts of every one of <paramref name="expectations"/>; <see langword="null"/> when they have none.</summary>
    public static ExpectationText? Of(IEnumerable<Rules.Expectation> expectations) =>
        Of(expectations.SelectMany(e => new[] { e.Title, e.Rationale, e.Remediation, e.Guidance }).ToArray());

    /// <summary>
    /// The runs of every text that comes with <paramref name="ruleSet"/> or that the tool prints
    /// beside it: each expectation's title, rationale, remediation, guidance and source locators,
    /// the principles' titles and summaries, the evidence classes' titles, the revision notes, the
    /// source documents' titles, and the description of every fact an attestation states (which
    /// <c>init</c> writes into every template). A statement stitched from any of them says no
    /// more than one copied from the guidance. <see langword="null"/> when there is no run.
    /// </summary>
    public static ExpectationText? OfRuleSet(Rules.RuleSet ruleSet) =>
        Of([
            .. ruleSet.Expectations.SelectMany(e => new[] { e.Title, e.Rationale, e.Remediation, e.Guidance }.Concat(e.Sources.Select(s => s.Locator))),
            .. ruleSet.Principles.SelectMany(p => new[] { p.Title, p.Summary }),
            .. ruleSet.EvidenceClasses.Select(c => c.Title),
            .. ruleSet.Revision?.Notes.Select(n => n.Note) ?? [],
            .. ruleSet.Sources.Select(d => d.Title),
            .. Attestations.FactCatalog.All.Select(f => f.Description),
        ]);

    private static ExpectationText? Of(string?[] texts)
    {
        // Titles are in too: a statement made of other expectations' titles is the rule set's
        // words, and a title is short enough to be one run whole (a statement that names a measure
        // in a title's words beside words of its own still has them). The texts are normalised
        // into one, a space apart, and each is cut into runs alone.
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
        var windows = new List<uint>();
        var pairs = new List<uint>();
        var closePairs = new List<uint>();
        var textOf = new List<int>();
        var count = 0;
        var offset = 0;
        Span<uint> hashes = stackalloc uint[Substance.PastedRunWords];
        foreach (var length in lengths)
        {
            var first = count;
            count += StatementSet.RunWords(text.AsSpan(offset, length), offset, words.AsSpan(count));
            offset += length + 1;
            textOf.AddRange(Enumerable.Repeat(textOf.Count == 0 ? 0 : textOf[^1] + 1, count - first));
            for (var at = first; at < count; at++)
            {
                for (var next = at + 1; next <= at + MostLeftOut + 1 && next < count; next++)
                {
                    closePairs.Add(Pair(words[at].Hash, words[next].Hash));
                }
            }

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

            for (var at = first; at + Substance.MinimumWords <= count; at++)
            {
                for (var j = 0; j < Substance.MinimumWords; j++)
                {
                    hashes[j] = words[at + j].Hash;
                }

                windows.Add(Window(hashes.Slice(0, Substance.MinimumWords)));
            }

            for (var at = first; at + 1 < count; at++)
            {
                pairs.Add(Pair(words[at].Hash, words[at + 1].Hash));
            }
        }

        if (runs.Count == 0)
        {
            return null;
        }

        Array.Resize(ref words, count);
        return new ExpectationText(text, words, [.. textOf], runs, pairs, closePairs, windows);
    }

    // The words' hashes as one, never 0. (Hash arithmetic wraps by design.)
    private static uint Window(ReadOnlySpan<uint> wordHashes) => StatementSet.RunHashOf(wordHashes) | 1u;

    private static uint Pair(uint first, uint second) => unchecked((first * 0x9E3779B1u) ^ second) | 1u;

    // A set of hashes (none 0) by open addressing.
    private static uint[] SetOf(List<uint> hashes)
    {
        var set = new uint[TableSize(hashes.Count)];
        foreach (var hash in hashes)
        {
            var slot = StatementSet.Place(hash, set.Length - 1);
            while (set[slot] != 0 && set[slot] != hash)
            {
                slot = (slot + 1) & (set.Length - 1);
            }

            set[slot] = hash;
        }

        return set;
    }

    private static bool In(uint[] set, uint hash)
    {
        var mask = set.Length - 1;
        for (var slot = StatementSet.Place(hash, mask); set[slot] != 0; slot = (slot + 1) & mask)
        {
            if (set[slot] == hash)
            {
                return true;
            }
        }

        return false;
    }

    private static int TableSize(int items)
    {
        var size = 16;
        while (size < 2 * items)
        {
            size *= 2;
        }

        return size;
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
