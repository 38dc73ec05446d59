using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
/// It is still pasted when each copy adds a few words of its own: a statement holding a run of
/// <see cref="Substance.PastedRunWords"/> words (that count) which the statements of
/// <see cref="Substance.BoilerplateAnswers"/> answers or more hold is boilerplate too, unless it has
/// <see cref="Substance.MinimumWords"/> distinct words of its own (outside every such run, and held
/// by the statements of fewer answers than that), and one for every
/// <see cref="Substance.PastedWordsPerOwnWord"/> words of the runs it holds.
/// </remarks>
internal sealed class StatementSet : IDisposable
{
    private readonly IReadOnlyList<string?> _texts;
    private readonly Entry[] _entries;
    private char[] _buffer;

    // The words of every statement, listed as it is normalised, so that no later test walks its
    // characters again: the counted words of each key (the pasted-run test's), and the words of
    // each normalised text that runs of the rule set's text are made of (the copied-text test's),
    // statement after statement. Each entry says where its words start and how many it has.
    private Word[] _keyWords;
    private Word[] _runWords;
    private int _runWordCount;

    // For each run word, how many statements hold that word: worked out when the copied-text test
    // first asks (see RunWordHolders), from the pool.
    private int[]? _runWordHolders;

    /// <param name="texts">Every statement of the attestation (null for an answer with none); a test is asked by position in this list.</param>
    /// <param name="ignored">Words that do not tell two statements apart, each with its plural (see <see cref="Substance.WordsNamingExpectations"/>); <see langword="null"/> for none.</param>
    public StatementSet(IReadOnlyList<string?> texts, WordSet? ignored = null)
    {
        _texts = texts;
        _entries = texts.Count == 0 ? [] : new Entry[texts.Count];
        var capacity = 0;
        var wordBound = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            capacity += texts[i]?.Length ?? 0;

            // A listed word takes three letters and a space at least (see Counts).
            wordBound += ((texts[i]?.Length ?? 0) + 1) / 4;
        }

        // The normalised texts fill the first half of the buffer and their keys (the part of each
        // that tells it apart from others) the second, both written in one pass over each text.
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(2 * capacity, 1));
        _keyWords = ArrayPool<Word>.Shared.Rent(Math.Max(wordBound, 1));
        _runWords = ArrayPool<Word>.Shared.Rent(Math.Max(wordBound, 1));
        var used = 0;
        var keysUsed = capacity;
        var keyWords = 0;
        var runWords = 0;
        var given = 0;
        Span<int> phraseStarts = stackalloc int[Substance.MaximumPhraseStarts];
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is not { } text || Substance.IsBlank(text))
            {
                _entries[i] = new Entry(used, 0, keysUsed, 0, false, keyWords, 0, runWords, 0);
                continue;
            }

            var key = new KeyWriter(_buffer, used, keysUsed, ignored, _keyWords, keyWords, _runWords, runWords);
            var length = Substance.Normalise(text, _buffer.AsSpan(used, text.Length), phraseStarts, out var holdsPlaceholder, ref key);

            // A statement left with no key of its own (only ids, numbers and title words) is told
            // apart by its whole normalised text, and so are its counted words.
            var keyWordsEnd = key.Length == 0 ? CountedWords(_buffer.AsSpan(used, length), used, _keyWords, keyWords) : key.KeyWords;
            _entries[i] = key.Length == 0
                ? new Entry(used, length, used, length, holdsPlaceholder, keyWords, keyWordsEnd - keyWords, runWords, key.RunWords - runWords)
                : new Entry(used, length, keysUsed, key.Length, holdsPlaceholder, keyWords, keyWordsEnd - keyWords, runWords, key.RunWords - runWords);
            used += length;
            keysUsed += key.Length;
            keyWords = keyWordsEnd;
            runWords = key.RunWords;
            given++;
        }

        _runWordCount = runWords;

        if (given >= Substance.BoilerplateAnswers)
        {
            MarkRepeated(given);
            MarkShared(keyWords, ignored);
        }
    }

    /// <summary>
    /// Whether statement <paramref name="index"/> is given, is not the same text as other answers'
    /// (boilerplate lacks substance anyway, and a few such answers should not hold the others to
    /// their topics) and misses <paramref name="topic"/> (see <see cref="ExpectationTopic.IsMissedBy(ReadOnlySpan{char}, StatementLanguages)"/>).
    /// </summary>
    public bool MissesTopic(int index, ExpectationTopic topic) => _texts[index] is not null && !_entries[index].Repeated && topic.UsesTooFewKeys(Normalised(_entries[index])) && topic.IsMissedBy(Normalised(_entries[index]), LanguagesOf(index));

    /// <summary>The languages statement <paramref name="index"/> reads as (see <see cref="StatementLanguage.Of"/>), worked out the first time a topic asks and kept.</summary>
    public StatementLanguages LanguagesOf(int index)
    {
        ref var entry = ref _entries[index];
        if (!entry.LanguagesKnown)
        {
            (entry.Languages, entry.LanguagesKnown) = (StatementLanguage.Of(Normalised(entry)), true);
        }

        return entry.Languages;
    }

    /// <summary>Whether statement <paramref name="index"/> is boilerplate: the same text (see the remarks) as the statements of at least <see cref="Substance.BoilerplateAnswers"/> - 1 other answers, or little more than a run of words pasted into them.</summary>
    public bool IsBoilerplate(int index) => _entries[index].Repeated;

    /// <summary>
    /// The verdict on statement <paramref name="index"/> as the answer to an expectation whose title
    /// has <paramref name="titleWords"/> and whose own text is <paramref name="expectationText"/>: a
    /// statement that would pass but is little more than that text repeats the expectation, and
    /// one that would pass but uses none of the words of <paramref name="topic"/> (a claim's
    /// statement; not given for a justification) is off topic.
    /// </summary>
    /// <param name="index">The statement's position.</param>
    /// <param name="titleWords">The words of the expectation's title.</param>
    /// <param name="expectationText">The rule set's text of the expectation, or <see langword="null"/>.</param>
    /// <param name="topic">The expectation's topic, when the claims are held to theirs (see <see cref="ExpectationTopic.AreHeld"/>).</param>
    /// <param name="claimsImplemented">Whether the statement is an "implemented" claim's: one that says the measure is not in place yet is not (<see cref="SubstanceVerdict.NotInPlace"/>).</param>
    /// <param name="encryption">The encryption the expectation requires: an "implemented" claim's statement that says it is absent says the measure is not in place (see <see cref="EncryptionAbsence.SaysAbsent"/>).</param>
    /// <param name="evaluatedOn">The evaluation date: an "implemented" claim's statement that sets the measure a date after it says the measure is not in place (see <see cref="DateToCome.Names"/>); <see langword="null"/> reads no dates.</param>
    public SubstanceVerdict Judge(int index, WordSet titleWords, ExpectationText? expectationText = null, ExpectationTopic? topic = null, bool claimsImplemented = false,
        EncryptionSubjects encryption = EncryptionSubjects.None, DateTime? evaluatedOn = null)
    {
        if (_texts[index] is not { } text || _entries[index].Length == 0)
        {
            return SubstanceVerdict.Missing;
        }

        var entry = _entries[index];
        Span<int> own = stackalloc int[Substance.MinimumWords];
        var verdict = Substance.JudgeNormalised(Normalised(entry), entry.HoldsPlaceholder, text, titleWords, entry.Repeated, own);
        if (verdict != SubstanceVerdict.Substantive)
        {
            return verdict;
        }

        if (claimsImplemented && (Substance.SaysNotInPlace(Normalised(entry)) || Substance.SaysPartNotDoneYet(Normalised(entry)) || SaysNotInPlaceInItsLanguages(index)
            || EncryptionAbsence.SaysAbsent(Normalised(entry), encryption) || SaysEncryptionAbsentInItsLanguages(index, encryption)
            || (evaluatedOn is DateTime on && (DateToCome.Names(Normalised(entry), on) || NamesADateToComeInItsLanguages(index, on)))))
        {
            return SubstanceVerdict.NotInPlace;
        }

        if (expectationText is not null && MayCopy(entry, expectationText) is var copies and not Copies.None
            && RepeatsExpectationText(index, expectationText, titleWords, copies == Copies.RunOrLooseCopy))
        {
            return SubstanceVerdict.RepeatsTitle;
        }

        if (expectationText is not null && RepeatsExpectationWords(index, expectationText, titleWords))
        {
            return SubstanceVerdict.RepeatsTitle;
        }

        // Most statements use words of the topic's English keys, and need not have their languages told.
        return topic is not null && topic.UsesTooFewKeys(Normalised(entry)) && topic.IsMissedBy(Normalised(entry), LanguagesOf(index)) ? SubstanceVerdict.OffTopic : verdict;
    }

    // Whether statement `index` says the measure is not in place yet in a language other than
    // English it reads as (see NotInPlaceWording).
    private bool SaysNotInPlaceInItsLanguages(int index) => ReadsAsOtherThanEnglish(index) && NotInPlaceWording.Says(Normalised(_entries[index]), LanguagesOf(index));

    // Whether statement `index` says the encryption required is absent in a language other than
    // English it reads as (see EncryptionAbsence.SaysAbsentInOtherLanguages).
    private bool SaysEncryptionAbsentInItsLanguages(int index, EncryptionSubjects encryption) =>
        encryption != EncryptionSubjects.None && ReadsAsOtherThanEnglish(index) && EncryptionAbsence.SaysAbsentInOtherLanguages(Normalised(_entries[index]), encryption);

    // Whether statement `index` sets the measure a date to come in a language other than English
    // it reads as (see DateToCome.NamesInOtherLanguages).
    private bool NamesADateToComeInItsLanguages(int index, DateTime on) => ReadsAsOtherThanEnglish(index) && DateToCome.NamesInOtherLanguages(Normalised(_entries[index]), on);

    // Whether statement `index` reads as a language other than English: its languages are told
    // (once, and kept) only when it holds a marker of one, which an English statement seldom does,
    // and a statement found to hold none is not searched again by the next reading that asks.
    private bool ReadsAsOtherThanEnglish(int index)
    {
        ref var entry = ref _entries[index];
        if (entry.EnglishOnly)
        {
            return false;
        }

        if (!entry.LanguagesKnown && !StatementLanguage.MayReadAsOtherThanEnglish(Normalised(entry)))
        {
            entry.EnglishOnly = true;
            return false;
        }

        return ((int)LanguagesOf(index) & ~(int)StatementLanguages.English) != 0;
    }

    // What a statement may hold of the rule set's text, as far as its word hashes tell.
    private enum Copies
    {
        None,

        // A copied run only: no PastedRunWords words in a row may follow each other closely.
        Run,

        // A copied run or a loose copy: one with words of the text left out or words added to it.
        RunOrLooseCopy,
    }

    // What a statement that passed may still hold of the rule set's text, in one look at each word
    // from the lists made as the set was built. A copied run: a window of MinimumWords words that
    // may be one of the text's (no copied run is shorter, so a statement holding none holds no
    // run), each word of the text's vocabulary and following the one before it there. A copy with
    // words left out or added: a chain whose score (see ExpectationText.CopyScore) reaches
    // PastedRunWords, each word of which may follow the one before it in the chain with words of
    // the text left out and at most MostAdded words of the statement between them (see
    // ExpectationText.MarkLooseCopies). The score of the best chain that the pair
    // hashes allow ending at each word bounds that of every exact one, so a statement none of
    // whose bounds reaches PastedRunWords holds no such copy. A hash may collide, so an answer
    // other than None only sends the statement to the exact tests. Words that may follow each
    // other closely are asked first: most pairs of a statement's words do not, and then neither
    // can they follow each other directly.
    private Copies MayCopy(in Entry entry, ExpectationText expectationText)
    {
        const int window = Substance.MinimumWords;
        const int back = ExpectationText.MostAdded + 1;
        var words = _runWords.AsSpan(entry.FirstRunWord, entry.RunWords);
        Span<uint> hashes = stackalloc uint[window];

        // The bound on the score of a chain ending at each of the last `back` words (0 for a word
        // of no text), the one before first.
        Span<int> bounds = stackalloc int[back];
        bounds.Clear();
        var chain = 0;
        var mayHoldRun = false;
        for (var i = 0; i < words.Length; i++)
        {
            var hash = words[i].Hash;
            var bound = 0;
            var close = false;
            if (expectationText.MayHoldWord(hash))
            {
                bound = 1;
                for (var added = 0; added < back && added < i; added++)
                {
                    var extended = bounds[added] + ExpectationText.CopyScore(1, added);
                    if (extended > bound && expectationText.MayFollowClosely(words[i - 1 - added].Hash, hash))
                    {
                        bound = extended;
                        close |= added == 0;
                    }
                }
            }

            bounds[..^1].CopyTo(bounds[1..]);
            bounds[0] = bound;
            if (bound >= Substance.PastedRunWords)
            {
                return Copies.RunOrLooseCopy;
            }

            // Once a run may be held, only a chain of close pairs can still change the answer.
            if (mayHoldRun || bound == 0)
            {
                chain = 0;
                continue;
            }

            chain = close && expectationText.MayFollow(words[i - 1].Hash, hash) ? chain + 1 : 1;
            if (chain >= window)
            {
                for (var j = 0; j < window; j++)
                {
                    hashes[j] = words[i - window + 1 + j].Hash;
                }

                mayHoldRun = expectationText.MayHold(hashes);
            }
        }

        return mayHoldRun ? Copies.Run : Copies.None;
    }

    /// <summary>
    /// Whether statement <paramref name="index"/> holds a run of <paramref name="expectationText"/>
    /// and fewer distinct counted words of its own than <see cref="Substance.MinimumWords"/> or one
    /// for every <see cref="Substance.CopiedWordsPerOwnWord"/> words of the copies, whichever is more: outside
    /// every such run, not words of the title (<paramref name="titleWords"/>), and held by the
    /// statements of fewer than <see cref="Substance.BoilerplateAnswers"/> answers (words pasted
    /// into every answer beside the copy are no more the vendor's than the copy). Words are those of the
    /// normalised text that count (see <see cref="Substance.Counts"/>), less any holding a digit: a
    /// number or an id put between copied words neither breaks a run nor is a word of its own.
    /// </summary>
    /// <param name="index">The statement.</param>
    /// <param name="expectationText">The rule set's text for the expectation.</param>
    /// <param name="titleWords">The words of the expectation's title.</param>
    /// <param name="mayHoldLooseCopy">Whether the statement's word hashes may hold a loose copy (words of the text left out or words added); only then is the exact test for one made.</param>
    public bool RepeatsExpectationText(int index, ExpectationText expectationText, WordSet titleWords, bool mayHoldLooseCopy)
    {
        var entry = _entries[index];
        var (first, count) = (entry.FirstRunWord, entry.RunWords);
        var covered = ArrayPool<bool>.Shared.Rent(count + 1);
        try
        {
            Array.Clear(covered, 0, count);
            var copied = false;
            foreach (var length in expectationText.RunLengths)
            {
                // The run's hash rolled on by one word at a time, not made again at each position.
                var top = RunBase(length - 1);
                var rolling = 0u;
                for (var at = 0; at + length <= count; at++)
                {
                    rolling = at == 0 ? RunHash(_runWords, first, length)
                        : unchecked(((rolling - (_runWords[first + at - 1].Hash * top)) * RunBase(1)) + _runWords[first + at + length - 1].Hash);
                    if (expectationText.Holds(length, rolling, _buffer, _runWords, first + at))
                    {
                        covered.AsSpan(at, length).Fill(true);
                        copied = true;
                    }
                }
            }

            if (mayHoldLooseCopy)
            {
                copied |= expectationText.MarkLooseCopies(_buffer, _runWords, first, count, covered.AsSpan(0, count));
            }

            if (!copied)
            {
                return false;
            }

            var words = _runWords.AsSpan(first, count);
            var holders = RunWordHolders().AsSpan(first, count);

            // A long copy needs more words of the vendor's own beside it than a short one: four
            // names beside pasted guidance are not a statement (see Substance.CopiedWordsPerOwnWord).
            var copiedWords = 0;
            for (var at = 0; at < count; at++)
            {
                copiedWords += covered[at] ? 1 : 0;
            }

            var needed = Math.Max(Substance.MinimumWords, copiedWords / Substance.CopiedWordsPerOwnWord);
            Span<int> own = needed <= 64 ? stackalloc int[64] : new int[needed];
            own = own.Slice(0, needed);
            var found = 0;
            for (var at = 0; at < count && found < own.Length; at++)
            {
                var word = WordAt(words[at]);
                var seen = covered[at] || holders[at] >= Substance.BoilerplateAnswers || Substance.IsTitleWord(word, titleWords);
                for (var j = 0; j < found && !seen; j++)
                {
                    seen = WordAt(words[own[j]]).SequenceEqual(word);
                }

                if (!seen)
                {
                    own[found++] = at;
                }
            }

            return found < own.Length;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(covered);
        }
    }

    /// <summary>
    /// Whether statement <paramref name="index"/> is the words of the rule set's text in any order
    /// with too few of its own: at least <see cref="Substance.PastedRunWords"/> distinct counted
    /// words (less any holding a digit and the title's, <paramref name="titleWords"/>) of one of
    /// <paramref name="expectationText"/>'s texts (one guidance, rationale, remediation…), and fewer
    /// distinct words outside that text than <see cref="Substance.MinimumWords"/> or one for every
    /// <see cref="Substance.CopiedWordsPerOwnWord"/> words of it, whichever is more (the guidance with
    /// its words reversed or shuffled); or, when it is a list of words (see <see cref="Substance.ReadsAsList"/>),
    /// as many words of all of the texts with as few words of no text (keywords picked from the
    /// expectation's text). Unlike a copied run's, its words held by other answers' statements are
    /// its own: a vendor names its measures in its own words across answers ("microphone, camera
    /// and screen sharing"), and an honest statement restating a short text of the rule set (the
    /// guidance's first sentence) says more beside it. In the bundled samples, no statement holds
    /// more than 9 words of one text, and each that holds a whole text or 8 or more words has 5 or
    /// more words outside it.
    /// </summary>
    public bool RepeatsExpectationWords(int index, ExpectationText expectationText, WordSet titleWords)
    {
        var entry = _entries[index];
        var words = _runWords.AsSpan(entry.FirstRunWord, entry.RunWords);
        if (words.Length < Substance.MinimumWords || expectationText.TextCount == 0)
        {
            return false;
        }

        // Most honest statements have enough words of no text for either test, and are done
        // without looking a word up; those with enough for the test of one text's words (one of
        // their own for every 6) need only be told apart from a list.
        var (surelyOwn, mayShare) = SurelyOwnWords(words, expectationText, titleWords);
        if (surelyOwn >= Math.Max(Substance.MinimumWords, mayShare / Substance.CopiedWordsPerOwnWord)
            || (surelyOwn >= Math.Max(1, mayShare / (2 * Substance.CopiedWordsPerOwnWord)) && !ReadsAsList(index)))
        {
            return false;
        }

        // The statement's distinct words: those of the texts by number (with where each is first
        // written), the others by where they are first written.
        var pooled = ArrayPool<int>.Shared.Rent(3 * words.Length);
        var counts = ArrayPool<int>.Shared.Rent(expectationText.TextCount);
        var touched = ArrayPool<int>.Shared.Rent(expectationText.TextCount);
        var touchedCount = 0;
        counts.AsSpan(0, expectationText.TextCount).Clear();
        try
        {
            var ids = pooled.AsSpan(0, words.Length);
            var idPlaces = pooled.AsSpan(words.Length, words.Length);
            var others = pooled.AsSpan(2 * words.Length, words.Length);
            var (shared, otherCount) = (0, 0);
            for (var at = 0; at < words.Length; at++)
            {
                var word = WordAt(words[at]);
                var id = expectationText.WordOf(word, words[at].Hash);
                var title = Substance.IsTitleWord(word, titleWords);
                if (id < 0 && title)
                {
                    continue;
                }

                if (id >= 0)
                {
                    if (ids.Slice(0, shared).IndexOf(id) < 0)
                    {
                        // A title word is the rule set's, but counts towards no one text: the
                        // answered expectation's title words are in every honest answer to it.
                        (ids[shared], idPlaces[shared++]) = (id, title ? -1 - at : at);
                    }

                    continue;
                }

                var seen = false;
                for (var j = 0; j < otherCount && !seen; j++)
                {
                    seen = words[others[j]].Hash == words[at].Hash && WordAt(words[others[j]]).SequenceEqual(word);
                }

                if (!seen)
                {
                    others[otherCount++] = at;
                }
            }

            if (shared < Substance.MinimumWords)
            {
                return false;
            }

            // How many of the statement's words each text holds; the texts holding enough are candidates.
            var candidates = false;
            for (var i = 0; i < shared; i++)
            {
                if (idPlaces[i] < 0)
                {
                    continue;
                }

                foreach (var text in expectationText.TextsHolding(ids[i]))
                {
                    if (counts[text]++ == 0)
                    {
                        touched[touchedCount++] = text;
                    }
                }
            }

            for (var t = 0; t < touchedCount && !candidates; t++)
            {
                candidates = counts[touched[t]] >= Substance.MinimumWords && counts[touched[t]] >= Enough(touched[t]);
            }

            var list = ReadsAsList(index);
            if (!candidates && !list)
            {
                return false;
            }

            var ownOutside = otherCount;
            if (list && shared >= Substance.PastedRunWords && ownOutside < Needed(shared))
            {
                return true;
            }

            for (var t = 0; t < touchedCount; t++)
            {
                var text = touched[t];
                if (counts[text] < Enough(text))
                {
                    continue;
                }

                var own = ownOutside;
                for (var i = 0; i < shared && own < NeededBesideOneText(counts[text]); i++)
                {
                    own += idPlaces[i] >= 0 && expectationText.TextsHolding(ids[i]).BinarySearch(text) < 0 ? 1 : 0;
                }

                if (own < NeededBesideOneText(counts[text]))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pooled);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(touched);
        }

        // How many of a text's words (not the title's) a statement must hold to be made of them:
        // PastedRunWords, or every word of a shorter text (MinimumWords at least), as a copied run
        // takes. Only a text of fewer than twice PastedRunWords distinct words is walked to tell
        // (a longer one has PastedRunWords words besides a title's).
        int Enough(int text) => expectationText.WordsOfText(text) >= 2 * Substance.PastedRunWords
            ? Substance.PastedRunWords
            : Math.Max(Substance.MinimumWords, Math.Min(Substance.PastedRunWords, expectationText.WordsOfTextBesides(text, titleWords)));

        // The words of its own a statement needs beside this many of the rule set's.
        static int Needed(int copied) => Math.Max(Substance.MinimumWords, copied / Substance.CopiedWordsPerOwnWord);

        // Beside one text's words, one of its own for every 6, and 1 at least: an honest statement
        // restating the remediation's controls in its own order ("Everyone controls their own
        // microphone, camera and screen sharing; hosts can mute, remove people and lock the call")
        // adds a few words of its own to eight of the text's; the text scrambled adds none.
        static int NeededBesideOneText(int copied) => Math.Max(1, copied / (2 * Substance.CopiedWordsPerOwnWord));
    }

    // By a statement's word hashes alone: how many distinct words of no text of the rule set (not
    // the title's) it surely has, and how many words it may share with a text. A word whose hash is
    // in no text's vocabulary is surely of none (and counts as the statement's own in either test);
    // the words that may be bound how many it shares with any one text.
    private (int SurelyOwn, int MayShare) SurelyOwnWords(ReadOnlySpan<Word> words, ExpectationText expectationText, WordSet titleWords)
    {
        Span<uint> own = stackalloc uint[Math.Min(words.Length, 64)];
        var (found, mayShare) = (0, 0);
        foreach (var word in words)
        {
            if (expectationText.MayHoldWord(word.Hash))
            {
                mayShare++;
            }
            else if (found < own.Length && own.Slice(0, found).IndexOf(word.Hash) < 0 && !Substance.IsTitleWord(WordAt(word), titleWords))
            {
                own[found++] = word.Hash;
            }
        }

        return (found, mayShare);
    }

    /// <summary>Lists the words of a normalised text (at <paramref name="offset"/> in its buffer) that runs of an expectation's text are made of: those that count and hold no digit (see <see cref="RepeatsExpectationText"/>).</summary>
    internal static int RunWords(ReadOnlySpan<char> normalised, int offset, Span<Word> words)
    {
        var count = 0;
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = RunWordEnd(normalised, start, out var word);
            if (!word.IsEmpty)
            {
                words[count++] = new Word(offset + start, word.Length, WordHash(word));
            }
        }

        return count;
    }

    private static bool HoldsDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (unchecked((uint)(c - '0')) <= 9 || (c >= 128 && char.IsDigit(c)))
            {
                return true;
            }
        }

        return false;
    }

    // Where the word of a normalised text from `start` ends; the word, or empty when it does not
    // count or holds a digit.
    private static int RunWordEnd(ReadOnlySpan<char> normalised, int start, out ReadOnlySpan<char> word)
    {
        var end = Substance.WordEnd(normalised, start);
        word = normalised.Slice(start, end - start);
        if (HoldsDigit(word) || !Substance.Counts(word))
        {
            word = default;
        }

        return end;
    }

    /// <summary>A word's hash, as the tables of runs and words take it (seeded afresh in each process, see <see cref="MarkShared"/>).</summary>
    /// <remarks>
    /// Four characters are mixed in at a time, one multiplication each: a character at a time chained
    /// a multiplication's latency to every character, and hashing each statement's words was a
    /// measurable part of evaluating.
    /// </remarks>
    internal static uint WordHash(ReadOnlySpan<char> word)
    {
        unchecked
        {
            var hash = HashSeed ^ (ulong)word.Length;
            var blocks = MemoryMarshal.Cast<char, ulong>(word);
            foreach (var block in blocks)
            {
                hash = (hash ^ block) * HashMultiplier;
            }

            // The last one to three characters, as one block.
            var tail = 0ul;
            for (var i = blocks.Length * 4; i < word.Length; i++)
            {
                tail = (tail << 16) | word[i];
            }

            hash = (hash ^ tail) * HashMultiplier;
            return (uint)((hash ^ (hash >> 29)) >> 32);
        }
    }

    // An odd 64-bit constant with well-spread bits (the golden ratio's), as multiplicative hashing takes.
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15ul;

    /// <summary>The hash of a run of words from their hashes (see <see cref="WordHash"/>), as the tables of runs take it.</summary>
    internal static uint RunHashOf(ReadOnlySpan<uint> wordHashes)
    {
        var hash = 0u;
        foreach (var wordHash in wordHashes)
        {
            hash = unchecked((hash * RunBase(1)) + wordHash);
        }

        return hash;
    }

    // For each run word, the count of statements that hold it (each statement once), tallied when
    // first asked.
    private int[] RunWordHolders()
    {
        if (_runWordHolders is { } known)
        {
            return known;
        }

        var holders = ArrayPool<int>.Shared.Rent(Math.Max(_runWordCount, 1));
        var firstWord = ArrayPool<int>.Shared.Rent(_entries.Length + 1);
        var place = ArrayPool<int>.Shared.Rent(Math.Max(_runWordCount, 1));
        Slot[]? slots = null;
        try
        {
            for (var i = 0; i < _entries.Length; i++)
            {
                firstWord[i] = _entries[i].FirstRunWord;
            }

            firstWord[_entries.Length] = _runWordCount;
            slots = Tally(_runWords, firstWord, 1, place);
            for (var at = 0; at < _runWordCount; at++)
            {
                holders[at] = slots![place[at]].Holders;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(firstWord);
            ArrayPool<int>.Shared.Return(place);
            Return(slots);
        }

        return _runWordHolders = holders;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            ArrayPool<Word>.Shared.Return(_keyWords);
            ArrayPool<Word>.Shared.Return(_runWords);
            if (_runWordHolders is not null)
            {
                ArrayPool<int>.Shared.Return(_runWordHolders);
                _runWordHolders = null;
            }

            (_buffer, _keyWords, _runWords) = ([], [], []);
        }
    }

    // Whether statement index reads as a list (see Substance.ReadsAsList), worked out once: it is
    // asked of each statement by every copy test that judges it.
    private bool ReadsAsList(int index)
    {
        ref var entry = ref _entries[index];
        if (entry.List == 0)
        {
            entry.List = Substance.ReadsAsList(Normalised(entry), _texts[index]!) ? (sbyte)1 : (sbyte)-1;
        }

        return entry.List > 0;
    }

    /// <summary>Statement <paramref name="index"/>, normalised (see <see cref="Substance.Normalise(string)"/>); empty when there is none.</summary>
    public ReadOnlySpan<char> NormalisedText(int index) => Normalised(_entries[index]);

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

    // Statements that say little of their own beside what other answers say. The counted words
    // (see Substance.Counts) of every key, listed with a hash each as the set was built (all
    // `count` of them), go into a table of words, each compared letter by letter with the word
    // found there, so the number of statements that hold a word is exact. A statement with fewer
    // than MinimumWords distinct words of its own (held by the statements of fewer than
    // BoilerplateAnswers answers) is boilerplate when it holds a run of PastedRunWords words that
    // the statements of BoilerplateAnswers answers hold; when it holds SharedWords distinct words
    // (shared sentences mixed differently in every answer); or when the statements of
    // BoilerplateAnswers - 1 other answers each hold most of its words, in whatever order (the
    // same sentences shuffled in every answer). A pasted paragraph whose copies each end "as our
    // team in Leeds confirms" is boilerplate in each ("confirms" is in every copy; "team" and
    // "leeds" are two words); a statement that only shares the vendor's vocabulary with others
    // (pupils, lessons, teachers) is not, since no other statement holds most of its words. A
    // statement holding such a run is boilerplate too when its words of its own, however many,
    // are fewer than one for every Substance.PastedWordsPerOwnWord words of the pasted runs it
    // holds: a long paragraph pasted into every answer with four names added to each copy is the
    // paragraph.
    private void MarkShared(int count, WordSet? ignored)
    {
        if (count == 0)
        {
            return;
        }

        var words = _keyWords;
        var firstWord = ArrayPool<int>.Shared.Rent(_entries.Length + 1);
        var lacking = ArrayPool<bool>.Shared.Rent(_entries.Length);
        var lackingShare = ArrayPool<bool>.Shared.Rent(_entries.Length);
        var wordPlace = ArrayPool<int>.Shared.Rent(count);
        Slot[]? wordsHeld = null;
        int[]? marks = null;
        int[]? seen = null;
        Dictionary<string, int>? sentences = null;
        try
        {
            for (var i = 0; i < _entries.Length; i++)
            {
                firstWord[i] = _entries[i].FirstKeyWord;
            }

            firstWord[_entries.Length] = count;
            if (!AnyMayBeShared(words, firstWord, count))
            {
                return;
            }

            wordsHeld = Tally(words, firstWord, 1, wordPlace)!;

            // Only a statement short of words of its own can be boilerplate (most statements are
            // not): fewer than MinimumWords, or, when it is long enough to hold a pasted run, fewer
            // than one for every PastedWordsPerOwnWord words that other answers hold (the words of
            // any pasted run among them). Runs are looked for only when one such statement is long
            // enough to hold one.
            var anyLacking = false;
            var anyLongEnough = false;
            for (var statement = 0; statement < _entries.Length; statement++)
            {
                var (first, end) = (firstWord[statement], firstWord[statement + 1]);
                lacking[statement] = !_entries[statement].Repeated && end - first >= Substance.MinimumWords && !HasOwnWords(wordsHeld, wordPlace, first, end);
                lackingShare[statement] = false;
                if (!lacking[statement] && !_entries[statement].Repeated && end - first >= Substance.PastedRunWords
                    && HeldWords(wordsHeld, wordPlace, first, end) is var held && held >= Substance.PastedRunWords)
                {
                    seen ??= ClearedMarks(wordsHeld.Length);
                    lackingShare[statement] = !OwnWordsReach(wordsHeld, wordPlace, first, end, held / Substance.PastedWordsPerOwnWord, seen, statement + 1);
                }

                anyLacking |= lacking[statement] || lackingShare[statement];
                anyLongEnough |= (lacking[statement] && end - first >= Substance.PastedRunWords) || lackingShare[statement];
            }

            if (!anyLacking)
            {
                return;
            }

            var pasted = anyLongEnough ? PastedRuns(words, firstWord, count) : null;
            var visit = 0;
            for (var statement = 0; statement < _entries.Length; statement++)
            {
                var (first, end) = (firstWord[statement], firstWord[statement + 1]);
                if (lackingShare[statement])
                {
                    // Words of its own, but too few beside the pasted runs it holds: one for every
                    // PastedWordsPerOwnWord of their words, MinimumWords at least. (Its words that
                    // other answers hold bound those of the runs, so it needs no more than it lacked.)
                    var inRuns = pasted?[statement] ?? 0;
                    _entries[statement].Repeated = inRuns > 0
                        && !OwnWordsReach(wordsHeld, wordPlace, first, end, Math.Max(Substance.MinimumWords, inRuns / Substance.PastedWordsPerOwnWord), seen!, -(statement + 1));
                    continue;
                }

                if (!lacking[statement])
                {
                    continue;
                }

                if (pasted?[statement] > 0 || DistinctWordsReach(wordPlace, first, end, Substance.SharedWords))
                {
                    _entries[statement].Repeated = true;
                }
                else if (DistinctWordsReach(wordPlace, first, end, Substance.MinimumWords))
                {
                    if (marks is null)
                    {
                        // Two marks per place in the table of words: the statement judged, and the other statement read.
                        marks = ArrayPool<int>.Shared.Rent(2 * wordsHeld.Length);
                        Array.Clear(marks, 0, 2 * wordsHeld.Length);
                    }

                    _entries[statement].Repeated = MostWordsHeldByOthers(statement, firstWord, wordPlace, marks, wordsHeld.Length, ref visit);
                }

                // Or short sentences that other answers hold whole, mixed differently in each:
                // every sentence of it is held by the statements of BoilerplateAnswers answers. Only
                // a statement none of whose words is its own can be (a sentence many answers hold
                // has only words they hold), and only then are sentences compared.
                if (!_entries[statement].Repeated && !AnyOwnWord(wordsHeld, wordPlace, first, end))
                {
                    sentences ??= SentenceHolders(ignored);
                    _entries[statement].Repeated = MadeOfSharedSentences(_texts[statement]!, sentences, ignored);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(firstWord);
            ArrayPool<bool>.Shared.Return(lacking);
            ArrayPool<bool>.Shared.Return(lackingShare);
            ArrayPool<int>.Shared.Return(wordPlace);
            Return(wordsHeld);
            if (marks is not null)
            {
                ArrayPool<int>.Shared.Return(marks);
            }

            if (seen is not null)
            {
                ArrayPool<int>.Shared.Return(seen);
            }
        }
    }

    // How many statements hold each sentence (see Sentences): worked out only when a statement short
    // of words of its own is left undecided by the tests on words, which is rare.
    private Dictionary<string, int> SentenceHolders(WordSet? ignored)
    {
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        var held = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Length == 0)
            {
                continue;
            }

            held.Clear();
            foreach (var sentence in Sentences(_texts[i]!, ignored))
            {
                if (held.Add(sentence))
                {
                    holders[sentence] = holders.TryGetValue(sentence, out var count) ? count + 1 : 1;
                }
            }
        }

        return holders;
    }

    private static bool MadeOfSharedSentences(string text, Dictionary<string, int> holders, WordSet? ignored)
    {
        var any = false;
        foreach (var sentence in Sentences(text, ignored))
        {
            if (holders[sentence] < Substance.BoilerplateAnswers)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    // The sentences of a statement (its text between . ! ? ; : and line breaks), each as its
    // counted words (see Substance.Counts) less those holding a digit or ignored, a space apart;
    // a sentence with none of them is left out, so "e.g." or "4.2" splits nothing that counts.
    private static IEnumerable<string> Sentences(string text, WordSet? ignored)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('.' or '!' or '?' or ';' or ':' or '\n' or '\r' or '\u3002' or '\uFF0E' or '\uFF01' or '\uFF1F' or '\uFF1B' or '\uFF1A'))
            {
                continue;
            }

            if (i > start)
            {
                var words = new List<string>();
                foreach (var word in Substance.Normalise(text.Substring(start, i - start)).Split(' '))
                {
                    if (Substance.Counts(word.AsSpan()) && !HoldsDigit(word) && !Ignored(word.AsSpan(), ignored))
                    {
                        words.Add(word);
                    }
                }

                if (words.Count > 0)
                {
                    yield return string.Join(" ", words);
                }
            }

            start = i + 1;
        }
    }

    private static bool HoldsDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // Whether any statement may be boilerplate by MarkShared's rules, before the exact table of
    // words is built (most attestations have none). Words are counted by bucket of their hash, each
    // statement once per bucket, so a bucket's count is never below the holders of any word in it
    // and a statement's words in distinct buckets of fewer than BoilerplateAnswers holders are
    // surely its own. A statement may be boilerplate only with fewer than MinimumWords of those,
    // and, unless it is long enough for a pasted run or SharedWords, with no more than two fifths
    // of its words its own (two other statements each lacking at most a fifth of them); or with
    // fewer than one for every PastedWordsPerOwnWord of its words in buckets of more holders.
    private bool AnyMayBeShared(Word[] words, int[] firstWord, int count)
    {
        var size = 256;
        while (size < 2 * count)
        {
            size *= 2;
        }

        var mask = size - 1;
        var holders = ArrayPool<int>.Shared.Rent(size);
        var last = ArrayPool<int>.Shared.Rent(size);
        try
        {
            Array.Clear(holders, 0, size);
            Array.Clear(last, 0, size);
            for (var statement = 0; statement < _entries.Length; statement++)
            {
                for (var at = firstWord[statement]; at < firstWord[statement + 1]; at++)
                {
                    var bucket = (int)(words[at].Hash & (uint)mask);
                    if (last[bucket] != statement + 1)
                    {
                        last[bucket] = statement + 1;
                        holders[bucket]++;
                    }
                }
            }

            for (var statement = 0; statement < _entries.Length; statement++)
            {
                var (first, end) = (firstWord[statement], firstWord[statement + 1]);
                if (_entries[statement].Repeated || end - first < Substance.MinimumWords)
                {
                    continue;
                }

                // Own words counted by bucket are at most those it has; words in buckets of more
                // holders at least those that others hold. A statement long enough to hold a pasted
                // run is read to its end, for the share of its words that are its own.
                var (own, shared) = (0, 0);
                var longEnough = end - first >= Substance.PastedRunWords;
                for (var at = first; at < end && (longEnough || own < Substance.MinimumWords); at++)
                {
                    var bucket = (int)(words[at].Hash & (uint)mask);
                    if (holders[bucket] >= Substance.BoilerplateAnswers)
                    {
                        shared++;
                    }
                    else if (last[bucket] != -(statement + 1))
                    {
                        last[bucket] = -(statement + 1);
                        own++;
                    }
                }

                if ((own < Substance.MinimumWords && (longEnough || own <= 2 * ((end - first) / 5)))
                    || (shared >= Substance.PastedRunWords && own < shared / Substance.PastedWordsPerOwnWord))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(holders);
            ArrayPool<int>.Shared.Return(last);
        }
    }

    // Whether the statements of BoilerplateAnswers - 1 answers other than `statement` each hold
    // all but a fifth, at most, of its distinct words. `marks` holds a mark per place in the table
    // of words (of `places`) for the statement judged, then one for the statement read; each pair
    // of statements read gets a mark of its own (`visit`), so no mark is ever cleared.
    private bool MostWordsHeldByOthers(int statement, int[] firstWord, int[] wordPlace, int[] marks, int places, ref int visit)
    {
        var own = statement + 1;
        var distinct = 0;
        for (var at = firstWord[statement]; at < firstWord[statement + 1]; at++)
        {
            if (marks[wordPlace[at]] != own)
            {
                marks[wordPlace[at]] = own;
                distinct++;
            }
        }

        var needed = distinct - (distinct / 5);
        var holders = 0;
        for (var other = 0; other < _entries.Length && holders < Substance.BoilerplateAnswers - 1; other++)
        {
            if (other == statement || firstWord[other + 1] - firstWord[other] < needed)
            {
                continue;
            }

            var read = ++visit;
            var held = 0;
            for (var at = firstWord[other]; at < firstWord[other + 1] && held < needed; at++)
            {
                var place = wordPlace[at];
                if (marks[place] == own && marks[places + place] != read)
                {
                    marks[places + place] = read;
                    held++;
                }
            }

            holders += held >= needed ? 1 : 0;
        }

        return holders >= Substance.BoilerplateAnswers - 1;
    }

    // For each statement, how many of its counted words lie in a run of PastedRunWords counted
    // words that the statements of BoilerplateAnswers answers or more hold, 0 when it holds none
    // (null when no statement does): every run goes into a table by a hash of its words and is
    // compared word by word with the run found there, so the count of holders is exact. (A
    // statement with too few distinct words to be judged by its words alone is still boilerplate
    // when it holds such a run: eight counted words, some of them repeated.)
    private int[]? PastedRuns(Word[] words, int[] firstWord, int count)
    {
        const int run = Substance.PastedRunWords;
        var longEnough = 0;
        foreach (var entry in _entries)
        {
            longEnough += entry.KeyWords >= run ? 1 : 0;
        }

        if (longEnough < Substance.BoilerplateAnswers)
        {
            return null;
        }

        var place = ArrayPool<int>.Shared.Rent(count);
        Slot[]? runs = null;
        try
        {
            runs = Tally(words, firstWord, run, place);
            if (runs is null)
            {
                return null;
            }

            var pasted = new int[_entries.Length];
            for (var statement = 0; statement < _entries.Length; statement++)
            {
                // The words of the held runs, each once however many runs overlap it.
                var (first, end) = (firstWord[statement], firstWord[statement + 1]);
                var coveredTo = first;
                for (var at = first; at < end; at++)
                {
                    if (at + run <= end && runs[place[at]].Holders >= Substance.BoilerplateAnswers)
                    {
                        coveredTo = at + run;
                    }

                    pasted[statement] += at < coveredTo ? 1 : 0;
                }
            }

            return pasted;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(place);
            Return(runs);
        }
    }

    // Every run of `length` counted words of every statement placed in a table (from the pool),
    // counting the statements that hold it; place[at] is where the run starting at word `at` went.
    // Null when no statement has a run that long. A statement's runs come one after another, so
    // the last statement seen at a place tells a new holder.
    private Slot[]? Tally(Word[] words, int[] firstWord, int length, int[] place)
    {
        var items = 0;
        for (var statement = 0; statement < _entries.Length; statement++)
        {
            items += Math.Max(0, firstWord[statement + 1] - firstWord[statement] - length + 1);
        }

        if (items == 0)
        {
            return null;
        }

        var size = 16;
        while (size < 2 * items)
        {
            size *= 2;
        }

        var slots = ArrayPool<Slot>.Shared.Rent(size);
        Array.Clear(slots, 0, size);
        var mask = size - 1;
        var top = RunBase(length - 1);
        for (var statement = 0; statement < _entries.Length; statement++)
        {
            var rolling = 0u;
            for (int at = firstWord[statement], end = firstWord[statement + 1]; at + length <= end; at++)
            {
                // A polynomial hash of the run's word hashes, rolled on by one word at a time.
                rolling = at == firstWord[statement] ? RunHash(words, at, length) : unchecked(((rolling - (words[at - 1].Hash * top)) * RunBase(1)) + words[at + length - 1].Hash);
                var hash = Spread(rolling);
                var slot = hash & mask;
                while (slots[slot].Holders > 0 && (slots[slot].Hash != hash || !SameRun(words, slots[slot].FirstWord, at, length)))
                {
                    slot = (slot + 1) & mask;
                }

                ref var found = ref slots[slot];
                if (found.Holders == 0)
                {
                    found = new Slot { Hash = hash, FirstWord = at, Holders = 1, LastStatement = statement };
                }
                else if (found.LastStatement != statement)
                {
                    found.Holders++;
                    found.LastStatement = statement;
                }

                place[at] = slot;
            }
        }

        return slots;
    }

    private static void Return(Slot[]? slots)
    {
        if (slots is not null)
        {
            ArrayPool<Slot>.Shared.Return(slots);
        }
    }

    // Lists the counted words of a normalised text (at `offset` in the buffer) after the `count`
    // already listed; returns the new count. (A key's words are listed as it is written; this is
    // for a statement whose key is its whole normalised text.)
    private static int CountedWords(ReadOnlySpan<char> text, int offset, Word[] words, int count)
    {
        for (int start = 0, end; start < text.Length; start = end + 1)
        {
            end = Substance.WordEnd(text, start);
            var word = text.Slice(start, end - start);
            if (Substance.Counts(word))
            {
                words[count++] = new Word(offset + start, end - start, WordHash(word));
            }
        }

        return count;
    }

    // Whether a statement has a word of its own: held by the statements of fewer than
    // BoilerplateAnswers answers. (Equal words share a place in the table of words, so places tell
    // them apart; a word of a run that those answers hold is held by them too.)
    private static bool AnyOwnWord(Slot[] wordsHeld, int[] wordPlace, int first, int end)
    {
        for (var at = first; at < end; at++)
        {
            if (wordsHeld[wordPlace[at]].Holders < Substance.BoilerplateAnswers)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a statement has MinimumWords distinct words of its own, by their places in the table of words.
    private static bool HasOwnWords(Slot[] wordsHeld, int[] wordPlace, int first, int end)
    {
        Span<int> own = stackalloc int[Substance.MinimumWords];
        var found = 0;
        for (var at = first; at < end && found < own.Length; at++)
        {
            var slot = wordPlace[at];
            if (wordsHeld[slot].Holders < Substance.BoilerplateAnswers && own.Slice(0, found).IndexOf(slot) < 0)
            {
                own[found++] = slot;
            }
        }

        return found >= own.Length;
    }

    // How many of a statement's words (not distinct) the statements of BoilerplateAnswers answers or
    // more hold: at least those of every pasted run it holds.
    private static int HeldWords(Slot[] wordsHeld, int[] wordPlace, int first, int end)
    {
        var held = 0;
        for (var at = first; at < end; at++)
        {
            held += wordsHeld[wordPlace[at]].Holders >= Substance.BoilerplateAnswers ? 1 : 0;
        }

        return held;
    }

    // Whether a statement has `needed` distinct words of its own (held by the statements of fewer
    // than BoilerplateAnswers answers), told apart by their places in the table of words: `seen`
    // holds a mark per place, and `mark` is this statement's (never used for another).
    private static bool OwnWordsReach(Slot[] wordsHeld, int[] wordPlace, int first, int end, int needed, int[] seen, int mark)
    {
        var found = 0;
        for (var at = first; at < end && found < needed; at++)
        {
            var slot = wordPlace[at];
            if (wordsHeld[slot].Holders < Substance.BoilerplateAnswers && seen[slot] != mark)
            {
                seen[slot] = mark;
                found++;
            }
        }

        return found >= needed;
    }

    // A mark per place in a table of words, from the pool, all 0.
    private static int[] ClearedMarks(int places)
    {
        var marks = ArrayPool<int>.Shared.Rent(places);
        Array.Clear(marks, 0, places);
        return marks;
    }

    // Whether the words from `first` to `end` hold `atLeast` distinct ones (by their places in the table of words).
    private static bool DistinctWordsReach(int[] wordPlace, int first, int end, int atLeast)
    {
        Span<int> seen = stackalloc int[atLeast];
        var found = 0;
        for (var at = first; at < end && found < atLeast; at++)
        {
            if (seen.Slice(0, found).IndexOf(wordPlace[at]) < 0)
            {
                seen[found++] = wordPlace[at];
            }
        }

        return found >= atLeast;
    }

    // The base of the runs' polynomial hash, to a power. (Hash arithmetic wraps by design.)
    private static uint RunBase(int power)
    {
        var result = 1u;
        for (var i = 0; i < power; i++)
        {
            result = unchecked(result * 0x01000193u);
        }

        return result;
    }

    // The polynomial hash of the run of `length` words at `at`: each word's hash times the base to
    // the power of the words after it.
    private static uint RunHash(Word[] words, int at, int length)
    {
        var hash = 0u;
        for (var j = 0; j < length; j++)
        {
            hash = unchecked((hash * RunBase(1)) + words[at + j].Hash);
        }

        return hash;
    }

    /// <summary>Where a run whose hash is <paramref name="hash"/> goes in a table of runs of <paramref name="mask"/> + 1 slots.</summary>
    internal static int Place(uint hash, int mask) => Spread(hash) & mask;

    // A run's hash as a table place: its bits mixed, so that the low ones depend on all of them.
    private static int Spread(uint hash)
    {
        hash = unchecked((hash ^ (hash >> 16)) * 0x45D9F3Bu);
        return (int)((hash ^ (hash >> 16)) & int.MaxValue);
    }

    private bool SameRun(Word[] words, int x, int y, int length)
    {
        for (var j = 0; j < length; j++)
        {
            if (words[x + j].Hash != words[y + j].Hash || !WordAt(words[x + j]).SequenceEqual(WordAt(words[y + j])))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<char> WordAt(in Word word) => _buffer.AsSpan(word.Start, word.Length);

    // Seeds the words' hashes, differently in each process (see MarkShared).
    private static readonly ulong HashSeed = 14695981039346656037ul ^ (ulong)new Random().Next();

    private int Compare(int x, int y)
    {
        var (a, b) = (_entries[x], _entries[y]);
        return a.KeyLength != b.KeyLength ? a.KeyLength.CompareTo(b.KeyLength) : KeyOf(a).SequenceCompareTo(KeyOf(b));
    }

    private ReadOnlySpan<char> KeyOf(in Entry entry) => _buffer.AsSpan(entry.KeyStart, entry.KeyLength);

    // Writes a statement's key as it is normalised: its words without their digits, less those
    // left empty or ignored (a plural counts as its singular), one space apart; a length of 0 when
    // none is left. (So "SEC01", "SEC-01" and "section 4.2" name nothing of their own.) Each word is
    // written where it would go (after the key so far and a space), then kept or left behind. The
    // key never outruns the normalised text it is made of, so it fits the room the caller gave.
    // On the way it lists the key's counted words and the normalised text's run words (those that
    // count and hold no digit), with their hashes: a word without digits is the same in both.
    private struct KeyWriter(char[] buffer, int normalisedStart, int start, WordSet? ignored, Word[] keyWords, int keyWordCount, Word[] runWords, int runWordCount) : Substance.IWordSink
    {
        private readonly char[] _buffer = buffer;
        private readonly int _normalisedStart = normalisedStart;
        private readonly int _start = start;
        private readonly WordSet? _ignored = ignored;
        private readonly Word[] _keyWords = keyWords;
        private readonly Word[] _runWords = runWords;

        /// <summary>The key's length so far.</summary>
        public int Length { get; private set; }

        /// <summary>The count of key words listed, those of earlier statements included.</summary>
        public int KeyWords { get; private set; } = keyWordCount;

        /// <summary>The count of run words listed, those of earlier statements included.</summary>
        public int RunWords { get; private set; } = runWordCount;

        public void Word(ReadOnlySpan<char> word, int wordStart)
        {
            var at = Length + (Length > 0 ? 1 : 0);
            var into = _buffer.AsSpan(_start + at, word.Length);

            // Most words are ASCII letters only and are copied as they are; the first digit or
            // character outside ASCII sends the rest of the word to the careful copy.
            var letters = 0;
            while (letters < word.Length && word[letters] is var c && unchecked((uint)(c - '0')) > 9 && c < 128)
            {
                into[letters] = c;
                letters = unchecked(letters + 1);
            }

            if (letters < word.Length)
            {
                letters = CopyLetters(word, into, letters);
            }

            // A word that lost no digit is a run word when it counts, with the hash its key word shares.
            var whole = letters == word.Length;
            var counts = whole && Substance.Counts(word);
            var hash = counts ? WordHash(word) : 0u;
            if (counts)
            {
                _runWords[RunWords] = new Word(_normalisedStart + wordStart, word.Length, hash);
                RunWords = unchecked(RunWords + 1);
            }

            if (letters > 0 && !Ignored(into.Slice(0, letters), _ignored))
            {
                if (at > 0)
                {
                    _buffer[_start + at - 1] = ' ';
                }

                Length = at + letters;
                if (whole ? counts : Substance.Counts(into.Slice(0, letters)))
                {
                    _keyWords[KeyWords] = new Word(_start + at, letters, whole ? hash : WordHash(into.Slice(0, letters)));
                    KeyWords = unchecked(KeyWords + 1);
                }
            }
        }

        // The rest of a word from `from`, less its digits (of any script); returns the count written.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int CopyLetters(ReadOnlySpan<char> word, Span<char> into, int from)
        {
            var letters = from;
            for (var i = from; i < word.Length; i++)
            {
                var c = word[i];
                if (unchecked((uint)(c - '0')) > 9 && (c < 128 || !char.IsDigit(c)))
                {
                    into[letters++] = c;
                }
            }

            return letters;
        }
    }

    // The set holds each word's plural beside it (see Substance.WordsNamingExpectations), so one lookup answers for both.
    private static bool Ignored(ReadOnlySpan<char> word, WordSet? ignored) => ignored is not null && ignored.Contains(word);

    private sealed class ByNormalisedText(StatementSet set) : IComparer<int>
    {
        public int Compare(int x, int y) => set.Compare(x, y);
    }

    /// <summary>A counted word of a key: where it sits in the buffer, and its hash.</summary>
    internal readonly struct Word(int start, int length, uint hash)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public readonly uint Hash = hash;
    }

    // A run of words in the table: its hash, where it was first seen, and the statements that hold it.
    private struct Slot
    {
        public int Hash;
        public int FirstWord;
        public int Holders;
        public int LastStatement;
    }

    // Where a statement's normalised text and its key sit in the buffer, a length of 0 for none or a
    // blank one; and where its key's counted words and its run words sit in their lists.
    private struct Entry(int start, int length, int keyStart, int keyLength, bool holdsPlaceholder, int firstKeyWord, int keyWords, int firstRunWord, int runWords)
    {
        public readonly int Start = start;
        public readonly int Length = length;
        public readonly int KeyStart = keyStart;
        public readonly int KeyLength = keyLength;
        public readonly bool HoldsPlaceholder = holdsPlaceholder;
        public readonly int FirstKeyWord = firstKeyWord;
        public readonly int KeyWords = keyWords;
        public readonly int FirstRunWord = firstRunWord;
        public readonly int RunWords = runWords;
        public bool Repeated;

        // Whether the statement reads as a list (see Substance.ReadsAsList): 0 until asked, then 1 or -1.
        public sbyte List;

        // The languages the statement reads as, once a topic has asked (see LanguagesOf).
        public StatementLanguages Languages;
        public bool LanguagesKnown;

        // Whether it holds no marker word of a language other than English (see ReadsAsOtherThanEnglish).
        public bool EnglishOnly;
    }
}
