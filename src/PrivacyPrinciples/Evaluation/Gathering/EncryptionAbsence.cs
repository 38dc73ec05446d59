using System;
#if NET
using System.Buffers;
#endif
using System.Collections.Generic;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>Tells, in an "implemented" claim's normalised statement, that the encryption the expectation requires is absent (see <see cref="EncryptionSubjects"/>).</summary>
internal static class EncryptionAbsence
{
    /// <summary>The encryption an expectation's checks require to be in place.</summary>
    public static EncryptionSubjects Of(Expectation expectation)
    {
        var subjects = EncryptionSubjects.None;
        foreach (var check in expectation.Checks)
        {
            subjects |= Of(check);
        }

        return subjects;
    }

    private static EncryptionSubjects Of(Condition check)
    {
        var subjects = EncryptionSubjects.None;
        foreach (var child in check.AnyOf ?? [])
        {
            subjects |= Of(child);
        }

        foreach (var child in check.AllOf ?? [])
        {
            subjects |= Of(child);
        }

        if (check.Fact is not { } fact || !fact.StartsWith("encryption.", StringComparison.Ordinal) || !RequiresPresence(check))
        {
            return subjects;
        }

        return subjects | (fact.StartsWith("encryption.endToEnd", StringComparison.Ordinal) ? EncryptionSubjects.EndToEnd
            : fact == "encryption.inTransit" ? EncryptionSubjects.InTransit
            : fact == "encryption.atRest" ? EncryptionSubjects.AtRest
            : EncryptionSubjects.None);
    }

    // Whether a check on one fact holds only when the encryption is there: true, or a value that
    // is not a way of saying it is absent.
    private static bool RequiresPresence(Condition check)
    {
        if (check.EqualTo is { } value)
        {
            return Present(value);
        }

        if (check.In is { Count: > 0 } values)
        {
            foreach (var each in values)
            {
                if (!Present(each))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool Present(Attestations.FactValue value) => value.Kind switch
    {
        Attestations.FactValueKind.Boolean => value.AsBoolean,
        Attestations.FactValueKind.Text => value.AsText is not ("none" or "never" or "off" or "notOffered" or "notAvailable" or "no"),
        _ => false,
    };

    /// <summary>
    /// Whether a normalised statement says the encryption of <paramref name="subjects"/> is absent:
    /// a negation ("not", "never", "cannot", "n't") before "encrypted" or "encrypt", or before
    /// "offer", "provide", "support", "use" or "enable" and then "encryption", with nothing between
    /// but words that do not change the sense ("yet", "currently", "always", "be", "a", "any"…);
    /// or "unencrypted" after "is", "are", "stored", "sent" or the like with no negation before
    /// it. What the encryption is said of ("end to end", "in transit", "at rest", just before or
    /// after) must be one of <paramref name="subjects"/>; said of nothing, it is of all of them.
    /// </summary>
    /// <remarks>
    /// A negation in a clause that only qualifies something ("Meetings that are not end-to-end
    /// encrypted…", "if a link is not encrypted…") says nothing of the service, and one negation
    /// of another is none ("never stored unencrypted", "not only encrypted but…"). One vectorised
    /// search for "encrypt" finds the only places worth a look, so a statement that does not use
    /// the word costs one pass.
    /// </remarks>
    public static bool SaysAbsent(ReadOnlySpan<char> normalised, EncryptionSubjects subjects)
    {
        if (subjects == EncryptionSubjects.None)
        {
            return false;
        }

        for (var from = 0; from < normalised.Length;)
        {
#if NET
            var hit = normalised.Slice(from).IndexOfAny(Anchor);
#else
            var hit = normalised.Slice(from).IndexOf("encrypt".AsSpan(), StringComparison.Ordinal);
#endif
            if (hit < 0)
            {
                return false;
            }

            var start = from + hit;
            while (start > 0 && normalised[start - 1] != ' ')
            {
                start--;
            }

            var end = Substance.WordEnd(normalised, start);
            if (IsAbsence(normalised, start, end, subjects))
            {
                return true;
            }

            from = end + 1;
        }

        return false;
    }

#if NET
    private static readonly SearchValues<string> Anchor = SearchValues.Create(["encrypt"], StringComparison.Ordinal);
#endif

    // The most words looked at before the word found, and after it.
    private const int WordsBefore = 6;
    private const int WordsAfter = 3;

    private static bool IsAbsence(ReadOnlySpan<char> text, int start, int end, EncryptionSubjects subjects)
    {
        var word = text.Slice(start, end - start);
        var verb = word.SequenceEqual("encrypted".AsSpan()) || word.SequenceEqual("encrypt".AsSpan());
        var noun = word.SequenceEqual("encryption".AsSpan());
        var unencrypted = word.SequenceEqual("unencrypted".AsSpan());
        if (!verb && !noun && !unencrypted)
        {
            return false;
        }

        // The words before, nearest first.
        Span<(int Start, int End)> before = stackalloc (int, int)[WordsBefore];
        var count = 0;
        for (var at = start - 1; at > 0 && count < WordsBefore; count++)
        {
            var wordEnd = at;
            var wordStart = wordEnd;
            while (wordStart > 0 && text[wordStart - 1] != ' ')
            {
                wordStart--;
            }

            before[count] = (wordStart, wordEnd);
            at = wordStart - 1;
        }

        // What the encryption is said of, from the words after it and those between the negation and it.
        var said = SaidOf(text, end, before, count);
        if (said != EncryptionSubjects.None && (said & subjects) == 0)
        {
            return false;
        }

        if (unencrypted)
        {
            // "Recordings are stored unencrypted": absent, unless a negation or a qualifying clause comes before.
            if (count == 0 || !Is(text, before[0], StatesOf))
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                if (Is(text, before[i], Negations) || Is(text, before[i], Qualifying))
                {
                    return false;
                }
            }

            return true;
        }

        // Back past words that do not change the sense ("end to end", "yet", "a"), and for the noun
        // past the verb that offers it, to a negation.
        var i2 = 0;
        while (i2 < count && (Is(text, before[i2], Neutral) || Is(text, before[i2], Qualifiers)))
        {
            i2++;
        }

        if (noun)
        {
            // "Encryption" as the first word of a compound ("encryption keys") is not what is offered.
            if (end + 1 < text.Length && Is(text, (end + 1, Substance.WordEnd(text, end + 1)), Compounds))
            {
                return false;
            }

            if (i2 >= count || !Is(text, before[i2], Offers))
            {
                return false;
            }

            i2++;
            while (i2 < count && Is(text, before[i2], Neutral))
            {
                i2++;
            }
        }

        if (i2 >= count || !IsNegation(text, before, i2, count))
        {
            return false;
        }

        // Not in a clause that only qualifies, and not a negation of a negation.
        for (var i = i2 + 1; i < count; i++)
        {
            if (Is(text, before[i], Qualifying) || Is(text, before[i], Negations))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the word at `i` is a negation: "not", "never", "cannot", or the "t" of "n't" ("don t", "isn t").
    private static bool IsNegation(ReadOnlySpan<char> text, Span<(int Start, int End)> before, int i, int count)
    {
        if (Is(text, before[i], Negations))
        {
            return true;
        }

        var (s, e) = before[i];
        return e - s == 1 && text[s] == 't' && i + 1 < count && before[i + 1].End > before[i + 1].Start && text[before[i + 1].End - 1] == 'n';
    }

    // What encryption the words around it say it is: "end to end" (or "e2e", "e2ee") between the
    // negation and the word or just after it; "in transit" or "at rest" just after.
    private static EncryptionSubjects SaidOf(ReadOnlySpan<char> text, int end, Span<(int Start, int End)> before, int count)
    {
        var said = EncryptionSubjects.None;
        for (var i = 0; i < count && i < 4; i++)
        {
            said |= Of(text.Slice(before[i].Start, before[i].End - before[i].Start));
        }

        var at = end + 1;
        for (var n = 0; n < WordsAfter && at < text.Length; n++)
        {
            var wordEnd = Substance.WordEnd(text, at);
            said |= Of(text.Slice(at, wordEnd - at));
            at = wordEnd + 1;
        }

        return said;

        static EncryptionSubjects Of(ReadOnlySpan<char> word) =>
            word.SequenceEqual("transit".AsSpan()) ? EncryptionSubjects.InTransit
            : word.SequenceEqual("rest".AsSpan()) ? EncryptionSubjects.AtRest
            : word.SequenceEqual("end".AsSpan()) || word.SequenceEqual("e2e".AsSpan()) || word.SequenceEqual("e2ee".AsSpan()) ? EncryptionSubjects.EndToEnd
            : EncryptionSubjects.None;
    }

    private static bool Is(ReadOnlySpan<char> text, (int Start, int End) word, HashSet<string> set) =>
#if NET
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Slice(word.Start, word.End - word.Start));
#else
        set.Contains(text.Slice(word.Start, word.End - word.Start).ToString());
#endif

    private static readonly HashSet<string> Negations = new(["not", "never", "cannot", "no", "nothing", "none", "neither", "nor", "without"], StringComparer.Ordinal);

    // Words between a negation and what it negates that do not change the sense.
    private static readonly HashSet<string> Neutral = new(
        ["yet", "currently", "always", "fully", "be", "been", "being", "is", "are", "a", "an", "any", "the", "to", "end", "e2e", "e2ee", "also", "actually", "presently", "today"],
        StringComparer.Ordinal);

    // What encryption is said of, between the negation and it ("not end to end encrypted").
    private static readonly HashSet<string> Qualifiers = new(["end", "to", "e2e", "e2ee", "strongly", "properly"], StringComparer.Ordinal);

    // Verbs that offer what they are said with ("do not offer end-to-end encryption").
    private static readonly HashSet<string> Offers = new(
        ["offer", "offers", "provide", "provides", "support", "supports", "use", "uses", "enable", "enables", "apply", "applies", "have", "has"],
        StringComparer.Ordinal);

    // Nouns that "encryption" qualifies rather than names ("encryption keys", "an encryption library").
    private static readonly HashSet<string> Compounds = new(
        ["key", "keys", "keying", "algorithm", "algorithms", "method", "methods", "scheme", "schemes", "standard", "standards", "library",
         "libraries", "protocol", "protocols", "software", "module", "modules", "service", "services", "provider", "providers", "vendor",
         "vendors", "product", "products", "tool", "tools", "setting", "settings", "option", "options", "mode", "modes", "code", "codes",
         "secret", "secrets", "material", "certificate", "certificates", "hardware", "backdoor", "backdoors", "bypass", "exception", "exceptions"],
        StringComparer.Ordinal);

    // Words that make a clause qualify something rather than state what the service does.
    private static readonly HashSet<string> Qualifying = new(
        ["that", "which", "who", "whose", "if", "when", "whenever", "where", "unless", "whether", "even", "only", "except", "until", "once"],
        StringComparer.Ordinal);

    // Words after which "unencrypted" says how something is kept or sent.
    private static readonly HashSet<string> StatesOf = new(
        ["is", "are", "was", "were", "stored", "sent", "kept", "held", "saved", "transmitted", "travels", "travel", "remain", "remains", "stay", "stays", "left"],
        StringComparer.Ordinal);
}
