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

    // Every distinct word of the texts (by spelling), sorted by hash: one place where it is written,
    // and the texts that hold it (ascending, each once), from _wordTextStarts[id] to
    // _wordTextStarts[id + 1] in _wordTexts. For the test of a statement made of one text's words
    // in any order (see WordOf and TextsHolding).
    private readonly uint[] _wordHashes;
    private readonly int[] _wordPlaces;
    private readonly int[] _wordTextStarts;
    private readonly int[] _wordTexts;
    private readonly int[] _textWords;
    private readonly int[] _textFirstWords;

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

        TextCount = textOf.Length == 0 ? 0 : textOf[^1] + 1;
        (_wordHashes, _wordPlaces, _wordTextStarts, _wordTexts) = DistinctWords(text, words, textOf);
        _textFirstWords = new int[TextCount + 1];
        for (var place = words.Length - 1; place >= 0; place--)
        {
            _textFirstWords[textOf[place]] = place;
        }

        _textFirstWords[TextCount] = words.Length;
        _textWords = new int[TextCount];
        foreach (var held in _wordTexts)
        {
            _textWords[held]++;
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

    /// <summary>How many texts the rule set's text is made of (each expectation's title, rationale, remediation, guidance and so on, one by one).</summary>
    public int TextCount { get; }

    /// <summary>
    /// The number of the distinct word <paramref name="spelled"/> (whose hash is <paramref name="hash"/>)
    /// among the words of the texts, or -1 when no text holds it. Exact: the word is compared letter by letter.
    /// </summary>
    public int WordOf(ReadOnlySpan<char> spelled, uint hash)
    {
        if (!MayHoldWord(hash))
        {
            return -1;
        }

        for (var id = LowerBound(_wordHashes, hash); id < _wordHashes.Length && _wordHashes[id] == hash; id++)
        {
            if (WordAt(_wordPlaces[id]).SequenceEqual(spelled))
            {
                return id;
            }
        }

        return -1;
    }

    /// <summary>How many distinct words text <paramref name="text"/> (see <see cref="TextCount"/>) has.</summary>
    public int WordsOfText(int text) => _textWords[text];

    /// <summary>
    /// How many distinct words text <paramref name="text"/> has that are not words of a title
    /// (<paramref name="titleWords"/>, see <see cref="Substance.IsTitleWord"/>); the words are
    /// walked, so ask only of a short text.
    /// </summary>
    public int WordsOfTextBesides(int text, WordSet titleWords)
    {
        var (first, end) = (_textFirstWords[text], _textFirstWords[text + 1]);
        var count = 0;
        for (var place = first; place < end; place++)
        {
            var word = WordAt(place);
            var seen = Substance.IsTitleWord(word, titleWords);
            for (var before = first; before < place && !seen; before++)
            {
                seen = _words[before].Hash == _words[place].Hash && WordAt(before).SequenceEqual(word);
            }

            count += seen ? 0 : 1;
        }

        return count;
    }

    /// <summary>The texts (by their order, see <see cref="TextCount"/>) that hold the word numbered <paramref name="word"/> (see <see cref="WordOf"/>), ascending.</summary>
    public ReadOnlySpan<int> TextsHolding(int word) => _wordTexts.AsSpan(_wordTextStarts[word], _wordTextStarts[word + 1] - _wordTextStarts[word]);

    // The distinct words of the texts by spelling, sorted by hash, with the texts holding each.
    private static (uint[] Hashes, int[] Places, int[] TextStarts, int[] Texts) DistinctWords(string text, StatementSet.Word[] words, int[] textOf)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var firstPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var place = 0; place < words.Length; place++)
        {
            var spelled = text.Substring(words[place].Start, words[place].Length);
            if (!byWord.TryGetValue(spelled, out var texts))
            {
                byWord[spelled] = texts = [];
                firstPlace[spelled] = place;
            }

            if (texts.Count == 0 || texts[^1] != textOf[place])
            {
                texts.Add(textOf[place]);
            }
        }

        var order = byWord.Keys.Select(w => (Hash: words[firstPlace[w]].Hash, Word: w)).OrderBy(w => w.Hash).ThenBy(w => w.Word, StringComparer.Ordinal).ToArray();
        var (hashes, places, starts) = (new uint[order.Length], new int[order.Length], new int[order.Length + 1]);
        var all = new List<int>();
        for (var id = 0; id < order.Length; id++)
        {
            (hashes[id], places[id], starts[id]) = (order[id].Hash, firstPlace[order[id].Word], all.Count);
            all.AddRange(byWord[order[id].Word]);
        }

        starts[order.Length] = all.Count;
        return (hashes, places, starts, [.. all]);
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
    /// <remarks>
    /// The texts of every other built-in version of the rule set with the same id are in too, those
    /// that differ from this version's: a vendor copying the last version's guidance copies no less.
    /// (Only the differing texts are added, so the test costs little more than this version's alone.)
    /// </remarks>
    public static ExpectationText? OfRuleSet(Rules.RuleSet ruleSet)
    {
        var own = TextsOf(ruleSet);
        var known = new HashSet<string>(own.OfType<string>(), StringComparer.Ordinal);
        var others = new List<string?>();
        foreach (var version in Rules.BuiltInRuleSets.VersionsOf(ruleSet.Id))
        {
            if (string.Equals(version, ruleSet.Version, StringComparison.Ordinal)
                || !Rules.BuiltInRuleSets.TryGet(ruleSet.Id, version, out var other) || ReferenceEquals(other, ruleSet))
            {
                continue;
            }

            others.AddRange(TextsOf(other).Where(t => t is not null && known.Add(t)));
        }

        return Of([.. own, .. others]);
    }

    // Every text that comes with a rule set or that the tool prints beside it (see OfRuleSet).
    private static string?[] TextsOf(Rules.RuleSet ruleSet) =>
        [
            .. ruleSet.Expectations.SelectMany(e => new[] { e.Title, e.Rationale, e.Remediation, e.Guidance }.Concat(e.Sources.Select(s => s.Locator))),
            .. ruleSet.Principles.SelectMany(p => new[] { p.Title, p.Summary }),
            .. ruleSet.EvidenceClasses.Select(c => c.Title),
            .. ruleSet.Revision?.Notes.Select(n => n.Note) ?? [],
            .. ruleSet.Sources.Select(d => d.Title),
            .. Attestations.FactCatalog.All.Select(f => f.Description),
        ];

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
