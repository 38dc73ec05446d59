using System;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// Tells, in an "implemented" claim's normalised statement, that the measure is due only on a date
/// the evaluation date has not reached: a word that sets when something is done or starts
/// ("by", "from", "starting", "beginning", "as of", "as from", "effective", "no later than",
/// "targeted for", "targeting", "slated for"), then, with at most <see cref="MostWordsBetween"/>
/// words that only say which part of a year it is between them ("the end of", "the first quarter
/// of", "March", "1 March", "Q2", "H1"), a year; the month, quarter or half named (or the month and
/// day of an ISO date, "2027-03-01") narrows the year. When that period begins after the evaluation
/// date, the statement says the measure is not in place yet: "MFA becomes mandatory for every
/// account by March 2027", "the waiting room is on by default from Q2 2027", "targeted for
/// 2027". A period that has begun ("by the end of 2026" on 2026-11-01, "from 2025") is not read as
/// one to come, so a deadline being met today is never held against a claim; nor is a date after
/// another word ("valid until 2028", "expires in 2028", "the next test is in March 2027"), nor a
/// number after "by" that is no year of the coming decade or is followed by a unit ("protected by
/// 2048-bit keys"). Nor, whatever the dates, may it name a period to come after such a word or
/// after "in", "over", "during" or "later": "next" and a period ("by next year", "from next
/// quarter", "in next year's release"), "coming" or "upcoming" and periods ("in the coming
/// months"), or, after "later", "this" and a period ("later this year"). A date after a check that
/// recurs or a term that runs out ("the next review is due by March 2027", "the certificate is
/// renewed by June 2027") is when the next one is due, not when the measure arrives, and is not
/// read this way.
/// </summary>
internal static class DateToCome
{
    /// <summary>The most words that only say which part of a year it is between the word that sets a date and the year.</summary>
    internal const int MostWordsBetween = 6;

    /// <summary>The furthest a year may be after the evaluation date's and still be read as a date (a larger number after "by" is a quantity).</summary>
    internal const int MostYearsAhead = 10;

    // The words that set when something is done or starts, each as its words.
    internal static readonly string[][] Triggers =
    [
        ["by"], ["from"], ["starting"], ["beginning"], ["as", "of"], ["as", "from"], ["effective"], ["no", "later", "than"],
        ["targeted", "for"], ["targeting"], ["slated", "for"],
    ];

    // Words before a period to come only ("in the coming months", "later this year").
    private static readonly string[] ToComeTriggers = ["in", "over", "during", "later"];

    // Periods that "next", "coming" or "upcoming" make periods to come.
    private static readonly string[] Periods =
    [
        "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "release", "releases", "version", "versions",
        "spring", "summer", "autumn", "fall", "winter",
    ];

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // Words that only say which part of a year (or which day) it is: they may stand between a trigger and the year.
    private static readonly string[] Between =
    [
        "the", "end", "start", "beginning", "middle", "mid", "early", "late", "first", "second", "third", "fourth", "last", "half", "quarter",
        "of", "in", "on", "calendar", "year", "spring", "summer", "autumn", "fall", "winter", "st", "nd", "rd", "th",
    ];

    // The same in German, French, Spanish, Italian, Dutch and Portuguese (normalised, accents
    // dropped), read only for a statement that reads as one of them (see Names). No word that also
    // says "until" ("bis", "jusqu", "hasta", "fino", "tot", "ate"): "gültig bis 2028" is when a
    // certificate runs out, as "valid until 2028" is.
    internal static readonly string[][] OtherTriggers =
    [
        ["ab"], ["spatestens"], ["a", "partir"], ["des"], ["d", "ici"], ["a", "compter"], ["au", "plus", "tard"], ["desde"], ["a", "mas", "tardar"],
        ["a", "partire"], ["dal"], ["dalla"], ["entro"], ["vanaf"], ["per"], ["uiterlijk"], ["tegen"], ["no", "mais", "tardar"],
    ];

    private static readonly string[] OtherToComeTriggers = ["im", "dans", "en", "nei", "nel", "nella", "nos", "nas", "em"];

    // "next" and "coming" in those languages, as the starts of their forms ("nachsten", "prochaine", "proximos").
    private static readonly string[] OtherNextStarts = ["nachst", "kommend", "prochain", "proxim", "prossim", "volgend", "komend"];

    private static readonly string[] OtherPeriods =
    [
        "quartal", "quartals", "jahr", "jahres", "monat", "monaten", "halbjahr", "trimestre", "trimestres", "semestre", "annee", "mois", "ano", "anos", "mes",
        "meses", "anno", "mese", "mesi", "kwartaal", "jaar", "maand", "maanden", "version", "versione", "versie", "versao",
    ];

    // Months by number, each language's name in a row of its own.
    private static readonly string[][] OtherMonths =
    [
        ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    ];

    private static readonly string[] OtherBetween =
    [
        "dem", "der", "des", "den", "die", "im", "am", "les", "los", "las", "gli", "i", "os", "as", "ende", "anfang", "mitte", "beginn", "quartal", "quartals", "halbjahr", "halbjahrs", "jahres", "jahr",
        "le", "la", "l", "du", "de", "d", "en", "au", "fin", "debut", "mi", "milieu", "trimestre", "semestre", "annee",
        "el", "del", "finales", "final", "principios", "inicio", "mediados", "ano", "il", "della", "di", "a", "al", "alla", "inizio", "meta", "anno",
        "het", "eind", "einde", "begin", "midden", "medio", "kwartaal", "helft", "jaar", "van", "o", "do", "da", "no", "na", "fim", "meados",
    ];

    // Ordinals of the quarter or half named, 1 to 4.
    private static readonly string[][] OtherOrdinals =
    [
        ["ersten", "erste", "erstes", "premier", "premiere", "1er", "primer", "primero", "primo", "eerste", "primeiro"],
        ["zweiten", "zweite", "zweites", "deuxieme", "second", "seconde", "segundo", "secondo", "tweede"],
        ["dritten", "dritte", "drittes", "troisieme", "tercer", "tercero", "terzo", "derde", "terceiro"],
        ["vierten", "vierte", "viertes", "quatrieme", "cuarto", "quarto", "vierde"],
    ];

    private static readonly string[] OtherQuarters = ["quartal", "quartals", "trimestre", "kwartaal"];

    private static readonly string[] OtherHalves = ["halbjahr", "halbjahrs", "semestre", "helft"];

    // How many words before a trigger are read for a check that recurs (see AfterARecurringCheck).
    private const int WordsBeforeATrigger = 3;

    // Words of a check that recurs or a term that runs out: a date to come after them is when the next is due.
    private static readonly string[] RecurringChecks =
    [
        "next", "due", "renew", "renewed", "renewal", "renewals", "review", "reviewed", "reviews", "audit", "audited", "audits", "test", "tested",
        "tests", "retest", "retested", "pentest", "assessment", "reassessment", "reassessed", "rotation", "rotated", "recertification",
        "recertified", "surveillance", "expire", "expires", "expiry", "refreshed", "refresh",
    ];

    // Words after a number that make it a quantity, not a year ("2048-bit keys").
    private static readonly string[] Units =
    [
        "bit", "bits", "byte", "bytes", "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "px", "hz", "khz", "ms", "x",
    ];

    /// <summary>Whether <paramref name="normalised"/> names, after a word that sets when something is done or starts, a period that begins after <paramref name="evaluatedOn"/>, or one to come whatever the date ("next year", "the coming months").</summary>
    public static bool Names(ReadOnlySpan<char> normalised, DateTime evaluatedOn) => Reads(normalised, evaluatedOn, other: false);

    /// <summary>
    /// The same reading in German, French, Spanish, Italian, Dutch and Portuguese ("ab dem dritten
    /// Quartal 2027", "à partir de mars 2027", "d'ici 2027", "desde el segundo trimestre de 2027",
    /// "entro marzo 2027", "vanaf 1 januari 2027", "ab dem nächsten Quartal", "dans les prochains
    /// mois"), with those languages' words that set a date, months, ordinals, quarters and halves:
    /// for a statement that reads as one of them (see <see cref="StatementLanguage"/>), once the
    /// English reading finds nothing.
    /// </summary>
    public static bool NamesInOtherLanguages(ReadOnlySpan<char> normalised, DateTime evaluatedOn) => Reads(normalised, evaluatedOn, other: true);

    private static bool Reads(ReadOnlySpan<char> normalised, DateTime evaluatedOn, bool other)
    {
        var on = evaluatedOn.Date;

        // Cheap first: a date to come needs a year from the evaluation date's on, and a period to
        // come one of its words; most statements have neither ("TLS 1.2", "90 days", "since 2024").
        if (!HoldsAYearFrom(normalised, on.Year) && (other ? !HoldsOtherNext(normalised)
            : normalised.IndexOf("next".AsSpan()) < 0 && normalised.IndexOf("coming".AsSpan()) < 0 && normalised.IndexOf("later this".AsSpan()) < 0))
        {
            return false;
        }

        for (var start = 0; start < normalised.Length; start = Substance.WordEnd(normalised, start) + 1)
        {
            var (after, kind) = other ? OtherTriggerEnd(normalised, start) : TriggerEnd(normalised, start);
            if (after >= 0 && other)
            {
                if ((kind == Trigger.SetsDate && PeriodStart(normalised, after, on.Year, other: true) is DateTime due && due > on) || OtherToCome(normalised, after))
                {
                    return true;
                }

                continue;
            }

            if (after < 0 || AfterARecurringCheck(normalised, start))
            {
                continue;
            }

            if ((kind == Trigger.SetsDate && PeriodStart(normalised, after, on.Year, other: false) is DateTime begins && begins > on) || ToCome(normalised, after, kind == Trigger.Later))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a word starts as "next" or "coming" does in one of the other languages.
    private static bool HoldsOtherNext(ReadOnlySpan<char> normalised)
    {
        foreach (var next in OtherNextStarts)
        {
            if (normalised.IndexOf(next.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The other languages' triggers, as TriggerEnd reads the English ones.
    private static (int After, Trigger Kind) OtherTriggerEnd(ReadOnlySpan<char> normalised, int start)
    {
        var word = Word(normalised, start);
        if (IsOneOf(word, OtherToComeTriggers) || word.SequenceEqual("in".AsSpan()))
        {
            return (Substance.WordEnd(normalised, start) + 1, Trigger.ToComeOnly);
        }

        return (PhraseEnd(normalised, start, word, OtherTriggers), Trigger.SetsDate);
    }

    // Where the first of `phrases` written from the word at `start` (`word`) ends, past the space
    // after it, or -1 when none is.
    private static int PhraseEnd(ReadOnlySpan<char> normalised, int start, ReadOnlySpan<char> word, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (!word.SequenceEqual(phrase[0].AsSpan()))
            {
                continue;
            }

            var at = start;
            var matched = true;
            foreach (var each in phrase)
            {
                if (at >= normalised.Length || !Word(normalised, at).SequenceEqual(each.AsSpan()))
                {
                    matched = false;
                    break;
                }

                at = Substance.WordEnd(normalised, at) + 1;
            }

            if (matched)
            {
                return at;
            }
        }

        return -1;
    }

    // A period to come in the other languages: "next" or "coming" before a period ("dem nächsten
    // Quartal", "les prochains mois") or after it ("l'année prochaine", "el año próximo"), with
    // only words that say which part of a period it is before them.
    private static bool OtherToCome(ReadOnlySpan<char> normalised, int at)
    {
        for (var between = 0; at < normalised.Length && between <= MostWordsBetween; between++)
        {
            var word = Word(normalised, at);
            var next = Substance.WordEnd(normalised, at) + 1;
            var following = next < normalised.Length ? Word(normalised, next) : default;
            if (StartsOneOf(word, OtherNextStarts))
            {
                return IsOneOf(following, OtherPeriods);
            }

            if (IsOneOf(word, OtherPeriods) && StartsOneOf(following, OtherNextStarts))
            {
                return true;
            }

            if (!IsOneOf(word, OtherBetween) && !IsOneOf(word, Between))
            {
                return false;
            }

            at = next;
        }

        return false;
    }

    private static bool StartsOneOf(ReadOnlySpan<char> word, string[] starts)
    {
        foreach (var start in starts)
        {
            if (word.StartsWith(start.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a run of four digits stands for a year from `year` to MostYearsAhead after it.
    private static bool HoldsAYearFrom(ReadOnlySpan<char> normalised, int year)
    {
        for (var at = 0; at < normalised.Length; at++)
        {
#if NET
            // Straight to the next digit, vectorised.
            var skip = normalised.Slice(at).IndexOfAnyInRange('0', '9');
            if (skip < 0)
            {
                return false;
            }

            at += skip;
#endif
            var length = 0;
            var number = 0;
            for (; at < normalised.Length && normalised[at] is >= '0' and <= '9'; at++, length++)
            {
                number = length < 5 ? number * 10 + (normalised[at] - '0') : number;
            }

            if (length == 4 && number >= year && number <= year + MostYearsAhead)
            {
                return true;
            }
        }

        return false;
    }

    // Whether one of the few words before a trigger names a check that recurs or a term that runs
    // out: the date is when the next one is due ("the next review is due by March 2027", "renewed
    // by June 2027"), not when the measure arrives.
    private static bool AfterARecurringCheck(ReadOnlySpan<char> normalised, int start)
    {
        var end = start - 1;
        for (var words = 0; end > 0 && words < WordsBeforeATrigger; words++)
        {
            var begin = normalised.Slice(0, end).LastIndexOf(' ') + 1;
            if (IsOneOf(normalised.Slice(begin, end - begin), RecurringChecks))
            {
                return true;
            }

            end = begin - 1;
        }

        return false;
    }

    // What a trigger may be followed by: a date or a period to come; a period to come only ("in
    // the coming months", not "in 2028", which may be when a certificate expires); or, after
    // "later", the rest of the present period ("later this year").
    private enum Trigger
    {
        SetsDate,
        ToComeOnly,
        Later,
    }

    // Where the words after a trigger that starts at `start` begin, and its kind; -1 when none starts there.
    private static (int After, Trigger Kind) TriggerEnd(ReadOnlySpan<char> normalised, int start)
    {
        var word = Word(normalised, start);
        if (IsOneOf(word, ToComeTriggers))
        {
            return (Substance.WordEnd(normalised, start) + 1, word.SequenceEqual("later".AsSpan()) ? Trigger.Later : Trigger.ToComeOnly);
        }

        return (PhraseEnd(normalised, start, word, Triggers), Trigger.SetsDate);
    }

    // Whether, from `at` on, with at most MostWordsBetween words between them that only say which
    // part of a period it is, a period to come is named: "next" and a period ("next year", "the end
    // of next quarter", "next release"), "coming" or "upcoming" and periods ("the coming months"),
    // or, after "later", "this" and a period ("later this year").
    private static bool ToCome(ReadOnlySpan<char> normalised, int at, bool later)
    {
        for (var between = 0; at < normalised.Length && between <= MostWordsBetween; between++)
        {
            var word = Word(normalised, at);
            var next = Substance.WordEnd(normalised, at) + 1;
            var following = next < normalised.Length ? Word(normalised, next) : default;
            if (word.SequenceEqual("next".AsSpan()) || word.SequenceEqual("coming".AsSpan()) || word.SequenceEqual("upcoming".AsSpan()))
            {
                return IsOneOf(following, Periods);
            }

            if (later && word.SequenceEqual("this".AsSpan()))
            {
                return IsOneOf(following, Periods);
            }

            if (!IsOneOf(word, Between))
            {
                return false;
            }

            at = next;
        }

        return false;
    }

    // The first day of the period named from `at` on, or null when no year follows within the words that may stand between.
    private static DateTime? PeriodStart(ReadOnlySpan<char> normalised, int at, int evaluationYear, bool other)
    {
        var month = 0;
        var day = 0;
        var quarter = 0;
        var half = 0;
        var ordinal = 0;
        for (var between = 0; at < normalised.Length && between <= MostWordsBetween; between++)
        {
            var word = Word(normalised, at);
            var next = Substance.WordEnd(normalised, at) + 1;
            if (Number(word) is var number && number >= 0)
            {
                if (word.Length == 4 && word[3] is >= '0' and <= '9')
                {
                    if (number < evaluationYear - 100 || number > evaluationYear + MostYearsAhead || (next < normalised.Length && IsOneOf(Word(normalised, next), Units)))
                    {
                        return null;
                    }

                    // After the year: an ISO date's month and day, or a quarter or half ("2027 q2").
                    if (next < normalised.Length && Number(Word(normalised, next)) is var isoMonth and >= 1 and <= 12 && Word(normalised, next).Length <= 2)
                    {
                        month = isoMonth;
                        var dayAt = Substance.WordEnd(normalised, next) + 1;
                        day = dayAt < normalised.Length && Number(Word(normalised, dayAt)) is var isoDay and >= 1 and <= 31 && Word(normalised, dayAt).Length <= 2 ? isoDay : 0;
                    }
                    else if (next < normalised.Length && Period(Word(normalised, next)) is var (q, h) && (q | h) != 0)
                    {
                        quarter = q;
                        half = h;
                    }

                    return Begins(number, month, day, quarter, half);
                }

                if (number is < 1 or > 31)
                {
                    return null;
                }

                day = number;
            }
            else if ((other ? OtherMonthOf(word) : MonthOf(word)) is var named and > 0)
            {
                month = named;
            }
            else if (other && ordinal > 0 && IsOneOf(word, OtherQuarters))
            {
                quarter = ordinal;
            }
            else if (other && ordinal is 1 or 2 && IsOneOf(word, OtherHalves))
            {
                half = ordinal;
            }
            else if (Period(word) is var (q, h) && (q | h) != 0)
            {
                quarter = q;
                half = h;
            }
            else if (word.SequenceEqual("quarter".AsSpan()) && ordinal > 0)
            {
                quarter = ordinal;
            }
            else if (word.SequenceEqual("half".AsSpan()) && ordinal is 1 or 2)
            {
                half = ordinal;
            }
            else if (!IsOneOf(word, Between) && !(other && (IsOneOf(word, OtherBetween) || OrdinalOf(word) > 0)))
            {
                return null;
            }

            ordinal = other && OrdinalOf(word) is var numbered and > 0 ? numbered : word.SequenceEqual("first".AsSpan()) ? 1 : word.SequenceEqual("second".AsSpan()) ? 2 : word.SequenceEqual("third".AsSpan()) ? 3
                : word.SequenceEqual("fourth".AsSpan()) ? 4 : ordinal;
            at = next;
        }

        return null;
    }

    private static DateTime Begins(int year, int month, int day, int quarter, int half)
    {
        if (month > 0)
        {
            return new DateTime(year, month, day > 0 ? Math.Min(day, DateTime.DaysInMonth(year, month)) : 1, 0, 0, 0, DateTimeKind.Unspecified);
        }

        var first = quarter > 0 ? 3 * (quarter - 1) + 1 : half > 0 ? 6 * (half - 1) + 1 : 1;
        return new DateTime(year, first, 1, 0, 0, 0, DateTimeKind.Unspecified);
    }

    // "q1" to "q4" as a quarter, "h1" and "h2" as a half.
    private static (int Quarter, int Half) Period(ReadOnlySpan<char> word) =>
        word.Length == 2 && word[1] is >= '1' and <= '4' ? word[0] switch
        {
            'q' => (word[1] - '0', 0),
            'h' when word[1] <= '2' => (0, word[1] - '0'),
            _ => (0, 0),
        } : (0, 0);

    private static int OtherMonthOf(ReadOnlySpan<char> word)
    {
        foreach (var months in OtherMonths)
        {
            for (var i = 0; i < months.Length; i++)
            {
                if (word.SequenceEqual(months[i].AsSpan()))
                {
                    return i + 1;
                }
            }
        }

        return 0;
    }

    private static int OrdinalOf(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < OtherOrdinals.Length; i++)
        {
            if (IsOneOf(word, OtherOrdinals[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (word.SequenceEqual(Months[i].AsSpan()))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // A word of digits only (at most 4) as its number, a day with its suffix ("1st", "15th") as
    // its day; -1 for any other word.
    private static int Number(ReadOnlySpan<char> word)
    {
        var digits = word.Length;
        if (word.Length is 3 or 4 && (word.EndsWith("st".AsSpan()) || word.EndsWith("er".AsSpan()) || word.EndsWith("nd".AsSpan()) || word.EndsWith("rd".AsSpan()) || word.EndsWith("th".AsSpan())))
        {
            digits -= 2;
        }

        if (digits is 0 or > 4)
        {
            return -1;
        }

        var number = 0;
        for (var i = 0; i < digits; i++)
        {
            if (word[i] is < '0' or > '9')
            {
                return -1;
            }

            number = number * 10 + (word[i] - '0');
        }

        return number;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var each in words)
        {
            if (word.SequenceEqual(each.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> normalised, int start) => normalised.Slice(start, Substance.WordEnd(normalised, start) - start);
}
