using System;
#if NET
using System.Buffers;
#endif
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// Stated facts that the attestation's own words say the opposite of: a feature stated absent
/// (recording, transcription, live streaming, stored content, attention tracking) that a claim's
/// statement or the service's description describes ("cloud recordings are deleted after 180
/// days"), and a protective default stated (waiting room, microphones muted and cameras off on
/// entry, join announcements, passcodes, recording and transcription not started by themselves)
/// that a claim's statement says is not in place ("the waiting room is off by default",
/// "recording starts automatically"). Like
/// two facts that contradict each other (see <see cref="FactConsistency"/>), such a fact decides
/// nothing: nobody can tell from the attestation whether the fact or the words are wrong.
/// </summary>
/// <remarks>
/// Only the direction that favours the vendor is read (the fact that takes an expectation out of
/// scope or meets a check, against words that admit the opposite), and only words that say so
/// plainly: a feature word with a negation, a condition or a plan near it ("we do not record",
/// "no recording, transcription or live streaming", "recording is not offered", "without
/// recording", "if recording is added") describes nothing, and a default needs its state and a
/// word that makes it one ("by default", "when anyone joins", "on entry"), with nothing between
/// that makes it a choice ("only when the host turns them on"). Statements of "implemented" and
/// "partial" claims are read (they describe the service as it is), not those of planned or
/// missing measures, nor justifications. The texts are read as normalised once for the
/// attestation (see <see cref="StatementSet"/>); a vectorised search for the few words that can
/// start a reading skips every text without one, and facts at the other value are not read for.
/// </remarks>
internal static class StatedAgainst
{
    // The facts read, by position: the first five are read when stated false (a feature said
    // absent), the others when stated at the protective value of a default (see ReadWhen).
    private const int Recording = 0;
    private const int Transcription = 1;
    private const int LiveStreaming = 2;
    private const int StoresContent = 3;
    private const int AttentionTracking = 4;
    private const int WaitingRoom = 5;
    private const int AudioMuted = 6;
    private const int VideoOff = 7;
    private const int JoinAnnouncements = 8;
    private const int Passcodes = 9;
    private const int RecordingStarts = 10;
    private const int TranscriptionStarts = 11;
    private const int PresenceMask = 0b0000_0001_1111;
    private const int DefaultMask = 0b1111_1110_0000;

    private static readonly FactDefinition[] Facts =
    [
        Fact("features.recording"), Fact("features.transcription"), Fact("features.liveStreaming"), Fact("features.storesContent"),
        Fact("dataPractices.attentionTracking"), Fact("meetingDefaults.waitingRoom"), Fact("meetingDefaults.audioMutedOnEntry"),
        Fact("meetingDefaults.videoOffOnEntry"), Fact("meetingDefaults.joinAnnouncements"), Fact("meetingSecurity.passcodesByDefault"),
        Fact("meetingDefaults.recordingStartsAutomatically"), Fact("meetingDefaults.transcriptionStartsAutomatically"),
    ];

    // The value at which each fact is read against the words: the one that favours the vendor.
    private static readonly bool[] ReadWhen = [false, false, false, false, false, true, true, true, true, true, false, false];

    // For a default, whether the protective state its fact states is "on" (a waiting room, a
    // passcode, announcements) rather than "off" (microphones muted, cameras off, recording not started).
    private static readonly bool[] ProtectiveOn = [false, false, false, false, false, true, false, false, true, true, false, false];

    // Flags of a word beside the facts it names.
    private const int NeedsMeeting = 1 << 8; // a verb that names the feature only said of meetings ("record meetings", not "record the advice")
    private const int Storage = 1 << 9; // says something is kept ("stored", "retained")
    private const int ContentNoun = 1 << 10; // content a service may keep ("recordings", "chat")
    private const int ListWord = 1 << 11; // may stand in a list between a negation and what it negates
    private const int MeetingNoun = 1 << 12; // what a recording verb is said of
    private const int PairStart = 1 << 13; // the first word of a pair read as one ("cloud" of "cloud recordings")

    private static readonly Dictionary<string, int> Words = BuildWords();

    // What a word is to every reading at once, so that each word of a text is looked up once: its
    // Words flags in the low bits, the subjects it names (Subjects) shifted above them, and bits
    // for a negation, a condition and "waiting" (of "waiting room").
    private const int WordFlags = 0xFFFF;
    private const int SubjectShift = 16;
    private const int NegationWord = 1 << 28;
    private const int ConditionWord = 1 << 29;
    private const int Waiting = 1 << 30;

    private readonly record struct Token(int Start, int End, int Info);

    // Words of a subject whose default is read, and the words of its state.
    private static readonly Dictionary<string, int> Subjects = new(StringComparer.Ordinal)
    {
        ["lobby"] = 1 << WaitingRoom, ["lobbies"] = 1 << WaitingRoom,
        ["microphone"] = 1 << AudioMuted, ["microphones"] = 1 << AudioMuted, ["mic"] = 1 << AudioMuted, ["mics"] = 1 << AudioMuted, ["audio"] = 1 << AudioMuted,
        ["camera"] = 1 << VideoOff, ["cameras"] = 1 << VideoOff, ["webcam"] = 1 << VideoOff, ["webcams"] = 1 << VideoOff, ["video"] = 1 << VideoOff,
        ["announcements"] = 1 << JoinAnnouncements, ["passcode"] = 1 << Passcodes, ["passcodes"] = 1 << Passcodes,
        ["recording"] = 1 << RecordingStarts, ["recordings"] = 1 << RecordingStarts,
        ["transcription"] = 1 << TranscriptionStarts, ["transcripts"] = 1 << TranscriptionStarts, ["captions"] = 1 << TranscriptionStarts,
    };

    // Verbs after which "automatically" says a thing starts by itself ("recording starts automatically").
    private static readonly HashSet<string> Starts = new(["start", "starts", "started", "begin", "begins", "run", "runs"], StringComparer.Ordinal);

    private static readonly HashSet<string> OnWords = new(["on", "enabled", "live", "unmuted", "active", "open", "required"], StringComparer.Ordinal);
    private static readonly HashSet<string> OffWords = new(["off", "disabled", "muted", "inactive", "hidden", "closed", "optional"], StringComparer.Ordinal);

    // Words between a subject and its state that do not change the sense ("are", "stay", "switched").
    private static readonly HashSet<string> Linking = new(
        ["is", "are", "be", "being", "stay", "stays", "remain", "remains", "start", "starts", "switched", "turned", "set", "left", "kept", "always",
         "also", "both", "automatically", "and", "all", "still", "their"],
        StringComparer.Ordinal);

    // Words after a state that make it a default: it holds by default, or as people join.
    private static readonly HashSet<string> DefaultMarkers = new(["default", "join", "joins", "joining", "entry", "enter", "enters", "entering"], StringComparer.Ordinal);

    // Words after a state that make it a choice or an exception, not a default.
    private static readonly HashSet<string> Breakers = new(
        ["only", "if", "unless", "until", "after", "once", "except", "but", "turn", "turns", "switch", "switches", "choose", "chooses", "want", "wants",
         "can", "may", "need", "needs", "click", "clicks", "select", "selects", "request", "requests", "ask", "asks", "allow", "allows", "let", "lets"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Negations = new(
        ["not", "never", "no", "nothing", "none", "neither", "nor", "without", "cannot", "unavailable", "unable", "unsupported", "nowhere"],
        StringComparer.Ordinal);

    // Words before a feature word that make what follows a condition or a plan, not a description.
    private static readonly HashSet<string> Conditions = new(
        ["if", "unless", "whether", "would", "could", "should", "might", "will", "plan", "plans", "planned", "planning", "future", "roadmap"],
        StringComparer.Ordinal);

    private static readonly Dictionary<string, int> Known = BuildKnown();

#if NET
    private static readonly SearchValues<string> PresenceAnchors = SearchValues.Create(
        ["record", "transcri", "caption", "subtitl", "stream", "stor", "kept", "retain", "saved", "archived", "chat", "attenti", "engagement", "emotion", "gaze", "eye track"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> DefaultAnchors = SearchValues.Create(["default", "join", "entry", "enter", "automatically"], StringComparison.Ordinal);
#else
    private static readonly string[] PresenceAnchors =
        ["record", "transcri", "caption", "subtitl", "stream", "stor", "kept", "retain", "saved", "archived", "chat", "attenti", "engagement", "emotion", "gaze", "eye track"];

    private static readonly string[] DefaultAnchors = ["default", "join", "entry", "enter", "automatically"];
#endif

    // How far a negation or a condition reaches: words before a feature word (list words aside),
    // and after it.
    private const int WordsBefore = 4;
    private const int ListWordsBefore = 8;
    private const int WordsAfter = 4;

    /// <summary>The facts this reads, for documentation and tests.</summary>
    internal static IReadOnlyList<FactDefinition> Read => Facts;

    /// <summary>
    /// The stated facts the attestation's own words say the opposite of, each with the first text
    /// that does, and the facts to decide with: <paramref name="facts"/> less those. Without any,
    /// the same instance and an empty list.
    /// </summary>
    /// <param name="facts">The facts to decide with so far.</param>
    /// <param name="description">The service's description, or <see langword="null"/>.</param>
    /// <param name="answers">The answers to the evaluated expectations, by position.</param>
    /// <param name="ids">The evaluated expectations' ids, by position.</param>
    /// <param name="statements">The statements, normalised, by the same positions.</param>
    public static (ServiceFacts Facts, IReadOnlyList<StatementDispute> Disputes) Check(ServiceFacts facts, string? description, Answer?[] answers, IReadOnlyList<string> ids, StatementSet statements)
    {
        var open = 0;
        for (var i = 0; i < Facts.Length; i++)
        {
            var value = Facts[i].Read(facts);
            if (value.Kind == FactValueKind.Boolean && value.AsBoolean == ReadWhen[i])
            {
                open |= 1 << i;
            }
        }

        if (open == 0)
        {
            return (facts, []);
        }

        List<StatementDispute>? disputes = null;
        if (description is not null && !Substance.IsBlank(description))
        {
            // Only presence is read in a description: it names what the service offers, not its defaults.
            Find(Substance.Normalise(description).AsSpan(), open & PresenceMask, "service description", null, ref open, ref disputes);
        }

        for (var i = 0; i < ids.Count && open != 0; i++)
        {
            if (answers[i] is { Status: AnswerStatus.Implemented or AnswerStatus.Partial, Statement: not null })
            {
                Find(statements.NormalisedText(i), open, ids[i], ids[i], ref open, ref disputes);
            }
        }

        if (disputes is null)
        {
            return (facts, []);
        }

        var decided = facts;
        foreach (var dispute in disputes)
        {
            decided = FactConsistency.Without(decided, dispute.Fact.Path);
        }

        return (decided, disputes.ToArray());
    }

    /// <summary>The words of <paramref name="normalised"/> that say the opposite of fact <paramref name="fact"/> (one of <see cref="Read"/>) at the value read, or <see langword="null"/>: for tests.</summary>
    internal static string? Says(string normalised, FactDefinition fact)
    {
        var index = Array.IndexOf(Facts, fact);
        if (index < 0)
        {
            return null;
        }

        var open = 1 << index;
        List<StatementDispute>? found = null;
        Find(normalised.AsSpan(), open, "test", null, ref open, ref found);
        return found?[0].Words;
    }

    private static void Find(ReadOnlySpan<char> text, int reading, string source, string? expectationId, ref int open, ref List<StatementDispute>? disputes)
    {
        reading &= open;
        var presence = (reading & PresenceMask) != 0 && IndexOfAny(text, PresenceAnchors) >= 0;
        var defaults = (reading & DefaultMask) != 0 && IndexOfAny(text, DefaultAnchors) >= 0;
        if (!presence && !defaults)
        {
            return;
        }

        // The words' bounds, once, each looked up once for everything the readings below ask of
        // it: a statement is a few sentences, so they fit on the stack.
        var count = 0;
        for (var at = 0; at < text.Length; at = Substance.WordEnd(text, at) + 1)
        {
            count++;
        }

        Span<Token> words = count > 256 ? new Token[count] : stackalloc Token[count];
        count = 0;
        for (var at = 0; at < text.Length;)
        {
            var end = Substance.WordEnd(text, at);
            words[count++] = new Token(at, end, Lookup(Known, text.Slice(at, end - at)));
            at = end + 1;
        }

        for (var w = 0; w < count && (reading & open) != 0; w++)
        {
            if (presence)
            {
                var (facts, first, last) = Presence(text, words, w, reading & open & PresenceMask);
                Add(text, words, facts, first, last, source, expectationId, ref open, ref disputes);
            }

            if (defaults)
            {
                var (facts, first, last) = Default(text, words, w, reading & open & DefaultMask);
                Add(text, words, facts, first, last, source, expectationId, ref open, ref disputes);
            }
        }
    }

    // One dispute for each fact found; a word may say two ("cloud recordings": recording, and content kept).
    private static void Add(ReadOnlySpan<char> text, Span<Token> words, int facts, int first, int last, string source, string? expectationId, ref int open, ref List<StatementDispute>? disputes)
    {
        for (var fact = 0; facts != 0 && fact < Facts.Length; fact++)
        {
            if ((facts & (1 << fact)) == 0)
            {
                continue;
            }

            facts &= ~(1 << fact);
            open &= ~(1 << fact);
            var pointer = expectationId is null ? "/service/description" : JsonPointer.Append("/answers", expectationId) + "/statement";
            var said = text.Slice(words[first].Start, words[last].End - words[first].Start).ToString();
            (disputes ??= []).Add(new StatementDispute(Facts[fact], FactValue.From(ReadWhen[fact]), source, pointer, said));
        }
    }

    // A feature word at `w` that describes some of the `reading` features, with no negation,
    // condition or plan near it: those features, and the first and last words that say it; 0 for none.
    private static (int Facts, int First, int Last) Presence(ReadOnlySpan<char> text, Span<Token> words, int w, int reading)
    {
        var flags = Flags(text, words[w]);
        var first = w;
        var last = w;

        // A pair of words first ("cloud recordings", "live streaming", "attention tracking"), looked
        // up only after a word that starts one: most words are in no list.
        if ((flags & PairStart) == 0 && (flags & reading) == 0 && (flags & Storage) == 0)
        {
            return (0, 0, 0);
        }

        if ((flags & PairStart) != 0 && w + 1 < words.Length && Lookup(Words, text.Slice(words[w].Start, words[w + 1].End - words[w].Start)) is var pair and not 0)
        {
            flags = pair;
            last = w + 1;
        }

        var facts = flags & reading;
        if ((flags & Storage) != 0 && (reading & (1 << StoresContent)) != 0)
        {
            // Something kept, said of content: "content is stored", "recordings are retained", "we store chat".
            for (var j = w - 1; j >= 0 && j >= w - 4; j--)
            {
                if ((Flags(text, words[j]) & ContentNoun) != 0)
                {
                    facts |= 1 << StoresContent;
                    first = j;
                    break;
                }
            }

            for (var j = w + 1; first == w && j < words.Length && j <= w + 2; j++)
            {
                if ((Flags(text, words[j]) & ContentNoun) != 0)
                {
                    facts |= 1 << StoresContent;
                    last = j;
                    break;
                }
            }
        }

        if (facts == 0)
        {
            return (0, 0, 0);
        }

        if ((flags & NeedsMeeting) != 0 && !NearMeeting(text, words, first, last))
        {
            return (0, 0, 0);
        }

        return Affirmed(text, words, first, last) ? (facts, first, last) : (0, 0, 0);
    }

    // Whether a meeting noun is within three words of a verb that names the feature only when said of one.
    private static bool NearMeeting(ReadOnlySpan<char> text, Span<Token> words, int first, int last)
    {
        for (var j = Math.Max(0, first - 3); j < words.Length && j <= last + 3; j++)
        {
            if ((Flags(text, words[j]) & MeetingNoun) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether words from `first` to `last` are said plainly: no negation, condition or plan in the
    // few words before (the items of a list aside: "no recording, transcription or live
    // streaming"), and no negation in the few words after ("recording is not offered").
    private static bool Affirmed(ReadOnlySpan<char> text, Span<Token> words, int first, int last)
    {
        var counted = 0;
        var listed = 0;
        for (var j = first - 1; j >= 0 && counted < WordsBefore; j--)
        {
            var word = text.Slice(words[j].Start, words[j].End - words[j].Start);
            if (IsNegation(text, words, j) || (words[j].Info & ConditionWord) != 0)
            {
                return false;
            }

            if ((Flags(text, words[j]) & ListWord) != 0 && listed < ListWordsBefore)
            {
                listed++;
            }
            else
            {
                counted++;
            }
        }

        for (var j = first; j < words.Length && j <= last + WordsAfter; j++)
        {
            if (IsNegation(text, words, j))
            {
                return false;
            }
        }

        return true;
    }

    // A default of one of the `reading` subjects at `w` stated against the fact: the subject, then
    // its state ("the waiting room is off", "microphones are live"), then a word that makes it a
    // default before anything that makes it a choice ("by default", "when anyone joins"), or
    // "default" just before the subject ("by default the waiting room is off").
    private static (int Facts, int First, int Last) Default(ReadOnlySpan<char> text, Span<Token> words, int w, int reading)
    {
        var subject = Subject(words[w]);
        var end = w;
        if (subject == 0 && w + 1 < words.Length && (words[w].Info & Waiting) != 0
            && (Word(text, words[w + 1]).SequenceEqual("room".AsSpan()) || Word(text, words[w + 1]).SequenceEqual("rooms".AsSpan())))
        {
            subject = 1 << WaitingRoom;
            end = w + 1;
        }

        if ((subject & reading) == 0)
        {
            return (0, 0, 0);
        }

        // "No camera is on…" is not read: a negation just before the subject.
        for (var j = w - 1; j >= 0 && j >= w - 2; j--)
        {
            if (IsNegation(text, words, j))
            {
                return (0, 0, 0);
            }
        }

        // The state, after words that do not change the sense and at most one negation ("is not on").
        var negated = false;
        var state = -1;
        var automatic = false;
        for (var j = end + 1; j < words.Length && j <= end + 5; j++)
        {
            var word = Word(text, words[j]);
            if (Contains(OnWords, word) || Contains(OffWords, word))
            {
                state = j;
                break;
            }

            // "Starts automatically" is on, and a default by what it says.
            if (word.SequenceEqual("automatically".AsSpan()) && Contains(Starts, Word(text, words[j - 1])))
            {
                state = j;
                automatic = true;
                break;
            }

            if (IsNegation(text, words, j) && !negated)
            {
                negated = true;
                continue;
            }

            if (!Contains(Linking, word) && Subject(words[j]) == 0)
            {
                return (0, 0, 0);
            }
        }

        if (state < 0)
        {
            return (0, 0, 0);
        }

        var on = (automatic || Contains(OnWords, Word(text, words[state]))) != negated;

        // Against the fact: a waiting room off, microphones or cameras on, recording started.
        var fact = subject & reading;
        if (on == ProtectiveOn[Bit(fact)])
        {
            return (0, 0, 0);
        }

        if (automatic)
        {
            return (fact, w, state);
        }

        for (var j = state + 1; j < words.Length && j <= state + 8; j++)
        {
            var word = Word(text, words[j]);
            if (Contains(DefaultMarkers, word))
            {
                return (fact, w, j);
            }

            if (Contains(Breakers, word) || IsNegation(text, words, j))
            {
                break;
            }
        }

        for (var j = w - 1; j >= 0 && j >= w - 4; j--)
        {
            if (Word(text, words[j]).SequenceEqual("default".AsSpan()))
            {
                return (fact, j, state);
            }
        }

        return (0, 0, 0);
    }

    // Whether the word at `j` is a negation: one of Negations, or the "t" of "n't" ("isn t", "don t").
    private static bool IsNegation(ReadOnlySpan<char> text, Span<Token> words, int j)
    {
        if ((words[j].Info & NegationWord) != 0)
        {
            return true;
        }

        var word = Word(text, words[j]);
        return word.Length == 1 && word[0] == 't' && j > 0 && words[j - 1].End > words[j - 1].Start && text[words[j - 1].End - 1] == 'n';
    }

    // The position of a mask's one bit.
    private static int Bit(int mask)
    {
        var bit = 0;
        while ((mask >> bit) > 1)
        {
            bit++;
        }

        return bit;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token word) => text.Slice(word.Start, word.End - word.Start);

    // A word's flags among Words (the text is not read again: see Token).
    private static int Flags(ReadOnlySpan<char> text, Token word) => word.Info & WordFlags;

    // The defaults' subjects a word names (see Subjects).
    private static int Subject(Token word) => (word.Info >> SubjectShift) & DefaultMask;

#if NET
    private static int IndexOfAny(ReadOnlySpan<char> text, SearchValues<string> anchors) => text.IndexOfAny(anchors);
#else
    private static int IndexOfAny(ReadOnlySpan<char> text, string[] anchors)
    {
        foreach (var anchor in anchors)
        {
            if (text.IndexOf(anchor.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return 0;
            }
        }

        return -1;
    }
#endif

    private static int Lookup(Dictionary<string, int> words, ReadOnlySpan<char> word) =>
#if NET
        words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var flags) ? flags : 0;
#else
        words.TryGetValue(word.ToString(), out var flags) ? flags : 0;
#endif

    private static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) =>
#if NET
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        set.Contains(word.ToString());
#endif

    private static Dictionary<string, int> BuildWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(int flags, params string[] list)
        {
            foreach (var word in list)
            {
                words[word] = (words.TryGetValue(word, out var had) ? had : 0) | flags;
            }
        }

        // "record" and "recorded" are said of advice, decisions and logs too: only of meetings do they name the feature.
        Add(1 << Recording, "recording", "recordings");
        Add((1 << Recording) | NeedsMeeting, "record", "records", "recorded");
        Add(1 << Transcription, "transcription", "transcriptions", "transcript", "transcripts", "captions", "captioning", "subtitles", "subtitling");
        Add((1 << Transcription) | NeedsMeeting, "transcribe", "transcribes", "transcribed", "transcribing", "captioned");
        Add(1 << LiveStreaming, "livestream", "livestreams", "livestreaming", "livestreamed", "live stream", "live streams", "live streaming", "live streamed",
            "streamed live", "stream live", "streaming live");

        // Cloud recordings and chat history are content the service keeps, whatever else is said.
        Add((1 << Recording) | (1 << StoresContent), "cloud recording", "cloud recordings");
        Add(1 << StoresContent, "chat history", "chat histories", "stored content", "stored recordings", "stored transcripts");
        Add(Storage, "stored", "store", "stores", "storing", "kept", "keeps", "retained", "retains", "retain", "saved", "archived");
        Add(ContentNoun, "recordings", "transcripts", "chat", "chats", "content", "whiteboards");
        Add(1 << AttentionTracking, "attentiveness", "attention tracking", "attention tracker", "attention score", "attention scores", "attention scoring",
            "engagement scoring", "engagement score", "engagement scores", "emotion analysis", "emotion detection", "emotion recognition",
            "gaze tracking", "eye tracking");
        Add(MeetingNoun, "meeting", "meetings", "call", "calls", "session", "sessions", "webinar", "webinars", "conversation", "conversations",
            "lesson", "lessons", "consultation", "consultations", "audio", "video", "screen", "event", "events");

        // The items and joints of a list of features, which a negation before them reaches across.
        var listed = new List<string>();
        foreach (var key in words.Keys)
        {
            listed.AddRange(key.Split(' '));
        }

        Add(ListWord, [.. listed]);
        foreach (var parts in words.Keys.Select(k => k.Split(' ')).Where(p => p.Length > 1).ToArray())
        {
            Add(PairStart, parts[0]);
        }

        Add(ListWord, "or", "and", "nor", "any", "other", "local", "meeting", "a", "the", "of", "in", "live", "analysis", "tracking", "scoring");
        return words;
    }

    private static Dictionary<string, int> BuildKnown()
    {
        var known = new Dictionary<string, int>(Words, StringComparer.Ordinal);
        void Add(string word, int info) => known[word] = (known.TryGetValue(word, out var had) ? had : 0) | info;
        foreach (var subject in Subjects)
        {
            Add(subject.Key, subject.Value << SubjectShift);
        }

        foreach (var word in Negations)
        {
            Add(word, NegationWord);
        }

        foreach (var word in Conditions)
        {
            Add(word, ConditionWord);
        }

        Add("waiting", Waiting);
        return known;
    }

    private static FactDefinition Fact(string path) =>
        FactCatalog.TryGet(path, out var fact) ? fact : throw new InvalidOperationException($"Fact '{path}' is read against statements, but the catalogue does not have it.");
}
