using System;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// Whether a statement limits the measure it describes to some of the service's plans ("On the
/// Enterprise and Government plans, …", "available only on paid plans", "free-plan guests use our
/// request form"): an implemented claim whose statement does is, by its own account, the partial
/// implementation it describes, as one whose scope names some tiers is (the regulators ask the
/// same protection for paid and free users alike). Plans every user has limit nothing ("on every
/// plan", "whatever the plan", "the plans sold to clinics", "even on the free plan"), nor does an
/// extra some plans add to a measure all have ("On Enterprise plans, administrators can also…").
/// Stateless, so thread-safe.
/// </summary>
internal static class PlanLimits
{
    /// <summary>The most words a sentence is read in at once; a longer one is read in parts (an honest sentence is far shorter).</summary>
    private const int MostWords = 96;

    /// <summary>The most words between a preposition and the plan it names ("on the Enterprise, Business and Government plans").</summary>
    private const int MostNameWords = 6;

    // Words that name what a customer buys, an add-on to a plan too. ("Licence" and "package" are
    // left out: "available under the MIT licence", "in the Debian package" say nothing of plans.)
    private static readonly string[] PlanWordStems = ["plan", "tier", "edition", "subscription", "add-on", "addon"];

    private static readonly WordSet PlanWords = new([
        "plan", "plans", "tier", "tiers", "edition", "editions", "subscription", "subscriptions", "add-on", "add-ons", "addon", "addons",
    ]);

    // Words that make a plan a document of the vendor's, not one its customers buy ("our incident
    // response plan", "as provided for in our Disaster Recovery Plan").
    private static readonly WordSet DocumentPlans = new([
        "response", "continuity", "recovery", "security", "action", "retention", "remediation", "project", "test", "testing", "management",
        "treatment", "communication", "communications", "training", "audit", "work", "development", "release", "protection", "contingency",
        "improvement", "implementation", "migration", "deployment", "rollout", "transition", "mitigation", "privacy", "data", "emergency", "disaster",
    ]);

    // Words that put what follows on a plan: "on", "in", "for"…, and buying or requiring it
    // ("customers who buy the Premium add-on get…", "requires the Enterprise plan").
    private static readonly WordSet Prepositions = new(["on", "in", "for", "with", "under", "within", "to", "buy", "buys", "purchase", "purchases", "requires", "require", "requiring"]);

    // Words that make a plan every plan.
    private static readonly WordSet Universal = new(["all", "every", "each", "any", "whatever", "whichever", "both", "no"]);

    // Words that name a kind of plan in lower case; a capitalised word names one too ("Enterprise").
    private static readonly WordSet TierNames = new([
        "paid", "premium", "higher", "enterprise", "business", "pro", "professional", "plus", "advanced", "corporate",
        "free", "basic", "standard", "starter", "other", "some", "certain", "selected", "select", "eligible", "commercial", "team", "teams",
    ]);

    // Kinds of plan that set themselves against the rest, so that naming them limits the measure
    // wherever they stand in a sentence ("on other plans hosts turn it on meeting by meeting").
    private static readonly WordSet Contrasting = new(["other", "free", "basic", "some", "certain", "selected", "select", "eligible", "higher"]);

    // Words before the preposition that make the plans a limit ("available on", "limited to"), and
    // those that make a plan the condition of the measure ("comes with a Business subscription",
    // "requires the Premium add-on", "who buy the Enterprise plan").
    private static readonly WordSet Limiting = new([
        "only", "exclusively", "solely", "available", "offered", "included", "supported", "enabled", "provided", "applies", "apply", "limited", "restricted", "reserved",
        "comes", "come", "requires", "require", "needs", "need", "bundled", "sold", "buy", "buys", "purchase", "purchases",
    ]);

    // Words before the preposition that make the plans an inclusion ("even on the free plan").
    private static readonly WordSet Including = new(["even", "including", "incl", "also"]);

    // Words that make a sentence about plans an extra beside the measure, not a limit of it.
    private static readonly WordSet Extras = new(["also", "additionally", "addition", "extra", "too", "optionally", "optional", "additional", "well"]);

    /// <summary>The words of <paramref name="statement"/> that limit the measure to some plans, or <see langword="null"/> when none do.</summary>
    public static string? LimitingPhrase(string? statement)
    {
        if (statement is null)
        {
            return null;
        }

        // Read as it reads: a plan's name in full-width letters, or "plan" with a soft hyphen or an
        // accent in it, is still a plan to the reader (see Substance.Readable).
        statement = Substance.Readable(statement);
        if (!HoldsPlanWord(statement))
        {
            return null;
        }

        Span<int> starts = stackalloc int[MostWords];
        Span<int> lengths = stackalloc int[MostWords];
        var at = 0;
        while (at < statement.Length)
        {
            var count = 0;
            var end = at;
            for (; end < statement.Length && count < MostWords; end++)
            {
                var c = statement[end];
                if (IsSentenceEnd(statement, end))
                {
                    break;
                }

                if (IsWordCharacter(c) && (end == at || !IsWordCharacter(statement[end - 1])))
                {
                    var start = end;
                    while (end + 1 < statement.Length && (IsWordCharacter(statement[end + 1]) || (IsJoint(statement[end + 1]) && end + 2 < statement.Length && IsWordCharacter(statement[end + 2]))))
                    {
                        end++;
                    }

                    (starts[count], lengths[count]) = (start, end - start + 1);
                    count++;
                }
            }

            if (Limit(statement, starts.Slice(0, count), lengths.Slice(0, count)) is { } phrase)
            {
                return phrase;
            }

            at = end + 1;
        }

        return null;
    }

    // The phrase of one sentence (its words' starts and lengths) that limits the measure to some plans.
    private static string? Limit(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
    {
        Span<char> lower = stackalloc char[32];
        for (var i = 0; i < starts.Length; i++)
        {
            var word = Lower(text.AsSpan(starts[i], lengths[i]), lower);
            var joint = word.LastIndexOfAny('-', '\u2010', '\u2011');
            var compound = joint > 0 && PlanWords.Contains(word.Slice(joint + 1));
            if (!compound && !PlanWords.Contains(word))
            {
                continue;
            }

            // A compound ("free-plan guests") names its plan in its first part.
            if (compound)
            {
                var name = word.Slice(0, joint);
                var named = TierNames.Contains(name) || char.IsUpper(text[starts[i]]);
                if (named && !Universal.Contains(name) && (i == 0 || Near(text, starts, lengths, i - 3, i, Limiting)) && !HoldsExtra(text, starts, lengths))
                {
                    return text.Substring(starts[i], lengths[i]);
                }

                continue;
            }

            if (i > 0 && DocumentPlans.Contains(Lower(text.AsSpan(starts[i - 1], lengths[i - 1]), lower)))
            {
                continue;
            }

            // The preposition that puts the measure on the plan, and the words naming the plan.
            var p = i - 1;
            while (p >= 0 && p >= i - 1 - MostNameWords && !Prepositions.Contains(Lower(text.AsSpan(starts[p], lengths[p]), lower)))
            {
                p--;
            }

            if (p < 0 || p < i - 1 - MostNameWords)
            {
                continue;
            }

            var (names, contrasts, universal) = (false, false, false);
            for (var n = p + 1; n < i; n++)
            {
                var modifier = Lower(text.AsSpan(starts[n], lengths[n]), lower);
                universal |= Universal.Contains(modifier);
                contrasts |= Contrasting.Contains(modifier);
                names |= TierNames.Contains(modifier) || char.IsUpper(text[starts[n]]);
            }

            if (universal || !names || (p > 0 && Including.Contains(Lower(text.AsSpan(starts[p - 1], lengths[p - 1]), lower))))
            {
                continue;
            }

            var limits = Near(text, starts, lengths, p - 3, i, Limiting)
                || ((p == 0 || contrasts) && !HoldsExtra(text, starts, lengths));
            if (limits)
            {
                return text.Substring(starts[p], starts[i] + lengths[i] - starts[p]);
            }
        }

        return null;
    }

    // Whether a word from `from` up to `to` (not included) is one of `words`.
    private static bool Near(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, int from, int to, WordSet words)
    {
        Span<char> lower = stackalloc char[32];
        for (var n = Math.Max(0, from); n < to; n++)
        {
            if (words.Contains(Lower(text.AsSpan(starts[n], lengths[n]), lower)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsExtra(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths) =>
        Near(text, starts, lengths, 0, starts.Length, Extras);

    // A word in lower case, in `into` (a word longer than it is no word of the lists, and is left as it is).
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> into)
    {
        if (word.Length > into.Length)
        {
            return word;
        }

        for (var i = 0; i < word.Length; i++)
        {
            into[i] = char.ToLowerInvariant(word[i]);
        }

        return into.Slice(0, word.Length);
    }

#if NET
    // Every stem in one vectorised search, in any case (this runs for nearly every implemented claim).
    private static readonly System.Buffers.SearchValues<string> PlanWordSearch = System.Buffers.SearchValues.Create(PlanWordStems, StringComparison.OrdinalIgnoreCase);

    private static bool HoldsPlanWord(string statement) => statement.AsSpan().IndexOfAny(PlanWordSearch) >= 0;
#else
    private static bool HoldsPlanWord(string statement)
    {
        foreach (var stem in PlanWordStems)
        {
            // The search by a stem's first letter: the general one compares at every character
            // without globalisation data.
            if (AttestationContext.IndexOfIgnoreCase(statement.AsSpan(), stem.AsSpan()) >= 0)
            {
                return true;
            }
        }

        return false;
    }
#endif

    // A sentence ends at a full stop, question or exclamation mark before a space (not "TLS 1.3"),
    // at a semicolon or colon, and at a line break.
    private static bool IsSentenceEnd(string text, int at) => text[at] switch
    {
        '.' or '!' or '?' => at + 1 == text.Length || char.IsWhiteSpace(text[at + 1]),
        ';' or ':' or '\n' or '\r' or '\u2022' => true,
        _ => false,
    };

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '\'' || c == '\u2019';

    private static bool IsJoint(char c) => c is '-' or '\u2010' or '\u2011';
}
