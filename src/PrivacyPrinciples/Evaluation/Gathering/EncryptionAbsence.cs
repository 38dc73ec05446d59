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

    /// <summary>
    /// The same reading in German, French, Spanish, Italian, Dutch and Portuguese, for a statement
    /// that reads as one of them (see <see cref="StatementLanguage"/>) once the English reading finds
    /// nothing: a negation ("nicht", "pas", "no", "non", "niet", "não") with at most
    /// <see cref="OtherWordsBetween"/> words between it and a word that says encrypted ("werden im
    /// Ruhezustand nicht verschlüsselt", "ne sont pas chiffrés", "no se cifran", "non sono cifrati",
    /// "niet versleuteld", "não são criptografados"); "no encryption" ("keine Verschlüsselung",
    /// "aucun chiffrement", "sin cifrado", "senza crittografia", "geen versleuteling", "sem
    /// criptografia"); or "unencrypted" ("unverschlüsselt", "non chiffré", "sin cifrar", "non
    /// cifrato", "onversleuteld") with no negation before it. What the encryption is said of
    /// ("während der Übertragung", "au repos", "de extremo a extremo"…, within
    /// <see cref="OtherWordsAround"/> words) must be one of <paramref name="subjects"/>, and a negation
    /// in a clause that only qualifies ("wenn", "qui", "si", "que", "als"…) says nothing of the service.
    /// </summary>
    public static bool SaysAbsentInOtherLanguages(ReadOnlySpan<char> normalised, EncryptionSubjects subjects)
    {
        if (subjects == EncryptionSubjects.None)
        {
            return false;
        }

        Span<(int Start, int End)> before = stackalloc (int, int)[OtherWordsAround];
        for (int start = 0, end; start < normalised.Length; start = end + 1)
        {
            end = Substance.WordEnd(normalised, start);
            var word = normalised.Slice(start, end - start);
            var kind = OtherKind(word);
            if (kind == OtherWord.None)
            {
                continue;
            }

            // The words before, nearest first, as far as a negation may stand.
            var count = 0;
            for (var at = start - 1; at > 0 && count < OtherWordsAround; count++)
            {
                var wordStart = at;
                while (wordStart > 0 && normalised[wordStart - 1] != ' ')
                {
                    wordStart--;
                }

                before[count] = (wordStart, at);
                at = wordStart - 1;
            }

            var said = OtherSaidOf(normalised, end, before, count);
            if (said != EncryptionSubjects.None && (said & subjects) == 0)
            {
                continue;
            }

            var negation = -1;
            for (var i = 0; i < count; i++)
            {
                if (OtherNegations.Contains(normalised.Slice(before[i].Start, before[i].End - before[i].Start)))
                {
                    negation = i;
                    break;
                }
            }

            var absent = kind switch
            {
                // "unverschlüsselt": absent unless negated ("nie unverschlüsselt").
                OtherWord.Unencrypted => negation < 0,

                // "Verschlüsselung": only right after "no" or "without" ("keine Verschlüsselung").
                OtherWord.Encryption => NoneBefore(normalised, before, count),

                // "verschlüsselt": negated within the words allowed between.
                _ => negation >= 0 && negation <= OtherWordsBetween,
            };

            if (!absent)
            {
                continue;
            }

            // Not in a clause that only qualifies.
            var qualified = false;
            for (var i = 0; i < count && !qualified; i++)
            {
                qualified = OtherQualifying.Contains(normalised.Slice(before[i].Start, before[i].End - before[i].Start));
            }

            if (!qualified)
            {
                return true;
            }
        }

        return false;
    }

    // Whether "no" or "without" comes right before the noun, or before the words that say it is end
    // to end ("keine Ende-zu-Ende-Verschlüsselung"), and is no negation of a negation.
    private static bool NoneBefore(ReadOnlySpan<char> text, Span<(int Start, int End)> before, int count)
    {
        var i = 0;
        while (i < count && OtherEndToEndWords.Contains(text.Slice(before[i].Start, before[i].End - before[i].Start)))
        {
            i++;
        }

        return i < count && OtherNone.Contains(text.Slice(before[i].Start, before[i].End - before[i].Start))
            && !(i + 1 < count && OtherNegations.Contains(text.Slice(before[i + 1].Start, before[i + 1].End - before[i + 1].Start)));
    }

    /// <summary>The most words between a negation and the word that says encrypted, in the other languages ("nicht im Ruhezustand verschlüsselt").</summary>
    internal const int OtherWordsBetween = 3;

    /// <summary>How many words before and after the word are read in the other languages.</summary>
    internal const int OtherWordsAround = 5;

    private enum OtherWord
    {
        None,
        Encrypted,
        Encryption,
        Unencrypted,
    }

    // Whether a word says encrypted, encryption or unencrypted in the other languages (their participles' forms by their starts).
    private static OtherWord OtherKind(ReadOnlySpan<char> word)
    {
        if (OtherUnencrypted.Contains(word) || word.StartsWith("unverschlusselt".AsSpan(), StringComparison.Ordinal))
        {
            return OtherWord.Unencrypted;
        }

        if (OtherEncryption.Contains(word))
        {
            return OtherWord.Encryption;
        }

        foreach (var start in OtherEncryptedStarts)
        {
            if (word.StartsWith(start.AsSpan(), StringComparison.Ordinal))
            {
                return OtherWord.Encrypted;
            }
        }

        return OtherWord.None;
    }

    // The encryption the words around say it is, in the other languages.
    private static EncryptionSubjects OtherSaidOf(ReadOnlySpan<char> text, int end, Span<(int Start, int End)> before, int count)
    {
        var said = EncryptionSubjects.None;
        for (var i = 0; i < count; i++)
        {
            said |= OtherSubject(text.Slice(before[i].Start, before[i].End - before[i].Start));
        }

        var at = end + 1;
        for (var n = 0; n < OtherWordsAround && at < text.Length; n++)
        {
            var wordEnd = Substance.WordEnd(text, at);
            said |= OtherSubject(text.Slice(at, wordEnd - at));
            at = wordEnd + 1;
        }

        return said;

        static EncryptionSubjects OtherSubject(ReadOnlySpan<char> word) =>
            OtherInTransit.Contains(word) ? EncryptionSubjects.InTransit
            : OtherAtRest.Contains(word) ? EncryptionSubjects.AtRest
            : OtherEndToEnd.Contains(word) ? EncryptionSubjects.EndToEnd
            : EncryptionSubjects.None;
    }

    private static readonly string[] OtherEncryptedStarts = ["verschlusselt", "chiffre", "crypte", "cifrad", "cifran", "cifra", "encriptad", "cifrat", "crittografat", "versleuteld", "criptografad"];

    private static readonly WordSet OtherEncryption = new(["verschlusselung", "chiffrement", "cifrado", "crittografia", "cifratura", "versleuteling", "criptografia", "encriptacion", "encriptacao"]);

    private static readonly WordSet OtherUnencrypted = new(["onversleuteld", "onversleutelde"]);

    private static readonly WordSet OtherNegations = new(["nicht", "nie", "niemals", "kein", "keine", "pas", "jamais", "non", "no", "nunca", "mai", "niet", "nooit", "nao", "sin", "sem", "senza", "ohne", "sans", "zonder"]);

    // "No" and "without" before the noun ("keine Verschlüsselung", "sin cifrado").
    private static readonly WordSet OtherNone = new(
        ["kein", "keine", "keinerlei", "ohne", "aucun", "aucune", "sans", "ningun", "ninguna", "sin", "nessuna", "nessun", "senza", "geen", "zonder", "nenhuma", "nenhum", "sem"]);

    private static readonly WordSet OtherInTransit = new(["ubertragung", "transit", "transito", "transito", "transporte", "transport", "verzending"]);

    private static readonly WordSet OtherAtRest = new(["ruhezustand", "repos", "reposo", "riposo", "rust", "repouso", "gespeichert"]);

    private static readonly WordSet OtherEndToEnd = new(["ende", "bout", "extremo", "ponta", "end", "e2e", "e2ee", "capo"]);

    // The words of "end to end" in those languages, passed over between "no" and the noun.
    private static readonly WordSet OtherEndToEndWords = new(["ende", "zu", "bout", "en", "de", "extremo", "a", "ponta", "end", "to", "e2e", "e2ee", "capo", "tot", "eind"]);

    private static readonly WordSet OtherQualifying = new(
        ["wenn", "falls", "sofern", "ob", "welche", "welcher", "qui", "si", "lorsque", "quand", "sauf", "que", "cuando", "salvo", "che", "quando", "als", "wanneer", "tenzij", "dat"]);

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
