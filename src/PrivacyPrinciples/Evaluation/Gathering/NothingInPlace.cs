using System;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// Whether a partial claim's text says only that the measure is not in place: "We do not publish a
/// transparency report", "Users cannot delete their recordings yet", "We plan to add it in 2027".
/// A partial claim says part of the measure is in place, so a statement (and scope) that denies the
/// measure and affirms nothing is not the vendor's word for a partial measure. Immutable, so
/// thread-safe.
/// </summary>
/// <remarks>
/// The text is read clause by clause (split at <c>. , ; : ! ?</c>, brackets, line breaks and turns
/// such as "but", "while", "aber", "mais", "pero"). A clause <em>denies</em> the measure when it
/// holds a negation ("not", "no", "cannot", "nicht", "pas", "non", "geen"…) beside a word that says
/// the measure is provided or done ("publish", "offer", "available", "have"…) or "yet" in one of
/// the languages read ("noch", "encore", "todavía"…), or when it says the measure is planned (the
/// not-in-place wording of <see cref="Substance.NotInPlacePhrases"/> and
/// <see cref="NotInPlaceWording"/>), but not when it says the measure is being rolled out, in a
/// pilot, beta or early access, where it is in place for some. Any other clause of two counted words or more affirms
/// something, and so does a denial that names a part of the service ("not yet in the web client",
/// "guests cannot …", "not for all accounts"): a partial claim that names what is not covered
/// keeps its credit. A negation of what a measure prevents ("we do not track attention", "never
/// sold", "hosts cannot unmute others") is no denial: it describes a measure in place. A scope
/// that lists tiers, products or platforms, or an administrator's action, names the part covered.
/// </remarks>
internal static class NothingInPlace
{
    // Negations of the seven languages read, normalised ("can't" normalises to "can t"). Not "ne"
    // ("ne … que" is "only") nor "without", which describe measures in place as often as not.
    private static readonly WordSet Negations = new(
    [
        "not", "no", "never", "none", "nor", "neither", "cannot", "t", "dont", "doesnt", "cant", "isnt", "arent", "wont", "havent", "hasnt", "nothing",
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
        "pas", "jamais", "aucun", "aucune", "ni",
        "nunca", "ningun", "ninguna", "ninguno", "tampoco",
        "non", "mai", "nessun", "nessuna", "nessuno",
        "niet", "geen", "nooit",
        "nao", "nenhum", "nenhuma", "nem",
    ]);

    // Words that, beside a negation, say the measure itself is not provided, offered or done.
    private static readonly WordSet Provided = new(
    [
        "publish", "published", "publishes", "offer", "offered", "offers", "support", "supported", "supports",
        "available", "have", "exist", "exists", "there", "implement", "implemented", "enabled", "place", "conduct", "conducted",
        "perform", "performed", "done", "issue", "issued", "ship", "shipped", "built", "deployed", "introduced", "launched",
        "veroffentlichen", "veroffentlicht", "angeboten", "anbieten", "bieten", "verfugbar", "unterstutzt", "vorhanden", "gibt", "haben", "umgesetzt", "eingefuhrt",
        "publions", "publie", "publiee", "publies", "proposons", "propose", "proposee", "disponible", "disponibles", "offrons", "fournissons", "existe", "avons", "ya",
        "publicamos", "publica", "publicado", "ofrecemos", "ofrece", "existe", "hay", "tenemos", "proporcionamos", "disponibles",
        "pubblichiamo", "pubblicato", "offriamo", "disponibile", "disponibili", "esiste", "abbiamo", "forniamo",
        "publiceren", "gepubliceerd", "bieden", "beschikbaar", "hebben", "bestaat", "ondersteund", "aangeboden",
        "publicamos", "oferecemos", "disponivel", "disponiveis", "temos", "fornecemos",
    ]);

    // "yet" in each language: with a negation, the measure is not done yet.
    private static readonly WordSet Yet = new(["yet", "noch", "encore", "todavia", "aun", "ancora", "nog", "ainda"]);

    // Words that name a part of the service (a client, platform, plan or group of people) or a
    // share of it: a denial that names one says what is not covered, not that nothing is.
    private static readonly WordSet Parts = new(
    [
        "web", "browser", "browsers", "client", "clients", "desktop", "mobile", "app", "apps", "ios", "android", "windows", "macos", "linux",
        "free", "paid", "basic", "business", "enterprise", "pro", "premium", "plan", "plans", "tier", "tiers", "edition", "editions", "guest", "guests",
        "dial", "phone", "telephone", "room", "rooms", "version", "versions", "region", "regions", "older", "legacy", "all", "every", "some", "certain",
        "navigateur", "gratuit", "gratuite", "invite", "invites", "tous", "toutes", "certains",
        "kostenlos", "kostenlosen", "gast", "gaste", "alle", "allen",
        "navegador", "gratis", "invitado", "invitados", "todos", "todas", "algunos",
        "ospite", "ospiti", "tutti", "tutte", "alcuni", "gratuito",
        "gast", "gasten", "sommige", "gratis",
        "convidado", "convidados", "alguns",
    ]);

    // Stages of a measure on its way to everyone (a roll-out, a pilot, a beta, early access): the
    // measure is in place for some, so a partial claim may say so alone.
    private static readonly WordSet Stages = new(
    [
        "rolled", "rolling", "pilot", "piloted", "piloting", "beta", "preview", "early", "ausgerollt", "pilotphase", "betaphase", "pilotbetrieb", "testphase",
        "pilote", "piloto", "pilota", "uitgerold", "pilotfase", "generalisation", "generalise", "generalisee", "deploiement",
    ]);

    // Words that turn a sentence to another clause.
    private static readonly WordSet Turns = new(
        ["but", "while", "whereas", "although", "though", "however", "aber", "jedoch", "doch", "sondern", "mais", "cependant", "pero", "ma", "tuttavia", "maar", "echter", "mas", "porem", "contudo"]);

    /// <summary>
    /// Whether statement <paramref name="index"/> of <paramref name="statements"/> (given as a partial
    /// claim's) and the claim's <paramref name="scope"/> say only that the measure is not in place.
    /// </summary>
    public static bool Says(StatementSet statements, int index, string? statement, ImplementationScope? scope)
    {
        if (statement is null || scope is { Tiers.Count: > 0 } or { Products.Count: > 0 } or { Platforms.Count: > 0 } or { RequiresAdminAction: true })
        {
            return false;
        }

        // Most partial statements affirm something without a negation or plan word anywhere: one
        // pass over the words already normalised, no string made.
        var normalised = statements.NormalisedText(index);
        var languages = (StatementLanguages)0;
        if (!HoldsNegation(normalised))
        {
            languages = statements.LanguagesOf(index);
            if (!Substance.SaysNotInPlace(normalised) && !NotInPlaceWording.Says(normalised, languages))
            {
                return false;
            }
        }

        if (languages == 0)
        {
            languages = statements.LanguagesOf(index);
        }

        var denials = 0;
        return Read(statement, languages, ref denials) && (scope?.Description is not { } description || Read(description, languages, ref denials)) && denials > 0;
    }

    private static bool HoldsNegation(ReadOnlySpan<char> normalised) => Negations.HoldsAnyWordOf(normalised);

    // Reads a text's clauses, counting the denials; false as soon as one affirms something. Only
    // partial claims that hold a negation or plan wording come here, so a clause is normalised as a string.
    private static bool Read(string text, StatementLanguages languages, ref int denials)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !EndsClause(text[i]))
            {
                continue;
            }

            if (i > start)
            {
                var normalised = Substance.Normalise(text.Substring(start, i - start));
                for (int from = 0, to; from < normalised.Length; from = to + 1)
                {
                    // A clause's part up to the next turn word, or its end.
                    for (to = from; to < normalised.Length; to = Substance.WordEnd(normalised, to) + 1)
                    {
                        if (to > from && Turns.Contains(normalised.AsSpan(to, Substance.WordEnd(normalised, to) - to)))
                        {
                            break;
                        }
                    }

                    var clause = normalised.AsSpan(from, Math.Min(to, normalised.Length) - from).TrimEnd(' ');
                    switch (Judge(clause, languages))
                    {
                        case Clause.Affirms:
                            return false;
                        case Clause.Denies:
                            denials++;
                            break;
                    }

                    if (to < normalised.Length)
                    {
                        // Skip the turn word itself.
                        to = Substance.WordEnd(normalised, to);
                    }
                    else
                    {
                        break;
                    }
                }
            }

            start = i + 1;
        }

        return true;
    }

    private static bool EndsClause(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '\n' or '\r' or '\u2022' or '\u2013' or '\u2014';

    private static Clause Judge(ReadOnlySpan<char> clause, StatementLanguages languages)
    {
        bool negated = false, provided = false, yet = false, part = false, stage = false;
        var counted = 0;
        for (int start = 0, end; start < clause.Length; start = end + 1)
        {
            end = Substance.WordEnd(clause, start);
            var word = clause.Slice(start, end - start);
            if (Negations.Contains(word))
            {
                negated = true;
                continue;
            }

            provided |= Provided.Contains(word);
            yet |= Yet.Contains(word);
            part |= Parts.Contains(word);
            stage |= Stages.Contains(word);
            if (Substance.Counts(word))
            {
                counted++;
            }
        }

        if (!negated)
        {
            return !stage && (Substance.SaysNotInPlace(clause) || NotInPlaceWording.Says(clause, languages)) ? Clause.Denies
                : counted >= 2 ? Clause.Affirms : Clause.SaysNothing;
        }

        // A denial that names a part says what is not covered; a negation of what the measure
        // prevents describes it.
        return (provided || yet) && !part ? Clause.Denies : Clause.Affirms;
    }

    private enum Clause
    {
        SaysNothing,
        Affirms,
        Denies,
    }
}
