using System;
using System.Collections.Generic;
using System.Linq;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// The wording, in the languages a statement is read in besides English (see
/// <see cref="StatementLanguage"/>), that says a measure is not in place yet: planned ("ist
/// geplant", "prévu pour", "está previsto"), on a roadmap, being built or prepared ("in
/// Entwicklung", "en cours de développement", "en desarrollo"), under consideration ("à l'étude",
/// "wird erwogen"), not done yet ("noch nicht umgesetzt", "pas encore déployé", "todavía no
/// implantado"), soon, in beta or in a pilot. The same reading as the English
/// <see cref="Substance.NotInPlacePhrases"/>, as data by language, read only in the languages a
/// statement reads as (so "en desarrollo" in an English sentence says nothing), and only when the
/// English phrases find nothing: a statement that reads as English only is done with at once. As in English, "not yet" alone is no
/// such wording ("Teilnehmende, die noch nicht zugelassen sind, warten im Warteraum" describes a
/// measure in place): only "not yet" before a word that says the measure is done, available or
/// switched on is. Immutable, so thread-safe.
/// </summary>
/// <remarks>
/// Each phrase is words as normalised (accents may be written; they are dropped as the table is
/// read), separated by spaces. A word may list alternatives separated by <c>|</c>, and an
/// alternative ending in <c>*</c> matches any word it starts (the forms of a participle:
/// "previst*" for "previsto", "prevista", "previstos"). A <c>~</c> stands for up to
/// <see cref="GapWords"/> words of any kind ("noch nicht ~ umgesetzt" holds "noch nicht vollständig
/// umgesetzt"; "pas encore ~ déployé*" holds "pas encore été déployée"), and two of them for up to
/// twice as many (German and Dutch put the participle at the clause's end: "noch nicht für alle
/// Konten umgesetzt").
/// </remarks>
internal static class NotInPlaceWording
{
    /// <summary>The most words a <c>~</c> in a phrase stands for.</summary>
    public const int GapWords = 2;

    /// <summary>
    /// The phrases of each language, by its position in <see cref="StatementLanguage"/> (none for
    /// English, whose phrases are <see cref="Substance.NotInPlacePhrases"/>).
    /// </summary>
    internal static readonly string[][] Phrases =
    [
        [],

        // German. "geplant" only beside a plan's time or as the predicate ("jährlich geplant" is a
        // schedule); no "geprüft" ("wird derzeit geprüft" is as often an audit under way), and no
        // "wir planen" ("wir planen jährliche Übungen" is a schedule too).
        [
            "ist|sind|wird|werden geplant", "geplant ist|sind", "geplant fur|ab|bis|zum|im", "fur|ab|bis|zum|im|in ~ nachst*|kommend*|quartal|halbjahr|ende|anfang|mitte|202*|203* ~ geplant|vorgesehen",
            "in planung", "in vorbereitung", "in entwicklung", "sich in der entwicklung|planung|vorbereitung|testphase|betaphase|pilotphase|erprobung",
            "wird|werden derzeit|gerade|noch entwickelt", "wird|werden derzeit|gerade|schrittweise ausgerollt", "wird|werden ~ erwogen", "in erwagung",
            "auf|in unserer|der roadmap", "wir beabsichtigen",
            "noch nicht ~ ~ umgesetzt|implementiert|verfugbar|aktiviert|eingefuhrt|eingerichtet|verschlusselt|abgeschlossen|ausgerollt|unterstutzt|bereitgestellt|freigeschaltet",
            "noch nicht in betrieb|kraft", "derzeit|noch unverschlusselt", "demnachst|bald verfugbar", "wird|werden demnachst|bald", "in kurze",
            "in einer kunftigen|spateren|kommenden version|release", "in der nachsten|kommenden version|release", "im nachsten|kommenden release|update", "in der beta|betaphase|pilotphase|testphase",
            "in einer pilotphase|betaphase", "im pilotbetrieb",
        ],

        // French. "prévu" only beside a plan's time ("prévu par le contrat", "un espace prévu pour
        // les invités" are measures in place), and no future of a behaviour ("sera mis en sourdine").
        [
            "prevu*|planifie* pour|d|au|en|a|avant|courant ~ prochain*|fin|debut|courant|trimestre|semestre|202*|203*", "il est prevu de|d", "nous avons prevu de|d",
            "a l etude", "en cours d etude", "en cours de developpement|deploiement|preparation|realisation|generalisation", "en cours de mise en place|oeuvre",
            "en developpement", "en preparation", "en projet", "a l etat de projet", "sur|dans notre|la feuille de route", "nous prevoyons|envisageons|projetons de|d",
            "nous avons l intention", "sera|seront introduit*|generalise*",
            "pas encore ~ deploye*|disponible*|implemente*|active*|chiffre*|termine*|finalise*|operationnel*|propose*|generalise*",
            "pas encore ~ en place|service|production|vigueur", "pas encore ~ mis|mise*|pris en place|oeuvre|charge", "actuellement|encore non chiffre*",
            "bientot disponible*", "sera|seront bientot|prochainement", "prochainement disponible*", "dans une|la prochaine|future version",
            "dans une version future|ulterieure", "en version|phase beta|pilote", "en phase de test|tests", "en beta", "en pilote",
        ],

        // Spanish. "previsto" only beside a plan's time, as in French.
        [
            "previst*|planificad*|planead*|programad* para|en|antes ~ proxim*|final|finales|principios|inicio|trimestre|semestre|202*|203*", "esta|estan previst* que",
            "en estudio", "en fase de estudio|desarrollo|preparacion|pruebas|implantacion|implementacion|piloto", "en desarrollo", "en preparacion", "en proyecto",
            "en nuestra|la hoja de ruta", "planeamos|planificamos|pretendemos|prevemos", "tenemos previsto|planeado|pensado|planificado", "se implantara|implementara|introducira",
            "sera|seran implantad*|implementad*|introducid*",
            "todavia|aun no ~ implantad*|implementad*|disponible*|desplegad*|activad*|habilitad*|cifrad*|completad*|terminad*|operativ*|ofrecid*",
            "todavia|aun no ~ en marcha|funcionamiento|produccion|vigor", "actualmente|todavia|aun sin cifrar", "proximamente",
            "en una|la proxima|futura version", "en una version futura|posterior", "en version|fase beta|piloto", "en beta", "en piloto",
        ],

        // Italian. "previsto" only beside a plan's time ("come previsto dal contratto" is in place).
        [
            "previst*|pianificat*|programmat* per|entro|nel|nella|a|ad ~ prossim*|fine|inizio|trimestre|semestre|202*|203*", "e|sono previst* che",
            "in fase di studio|sviluppo|preparazione|valutazione|implementazione|rilascio|test|sperimentazione", "in sviluppo", "in corso di sviluppo|implementazione|valutazione",
            "in preparazione", "allo studio", "nella|sulla nostra roadmap", "prevediamo|intendiamo|pianifichiamo di", "abbiamo in programma", "e|sono in programma",
            "sara|saranno implementat*|introdott*",
            "non ancora ~ implementat*|disponibil*|attivat*|introdott*|cifrat*|completat*|distribuit*|operativ*",
            "non e|sono ancora ~ implementat*|disponibil*|attivat*|introdott*|cifrat*|completat*|distribuit*|operativ*",
            "non ancora ~ in funzione|produzione|vigore|esercizio", "attualmente|ancora non cifrat*", "prossimamente", "disponibil* a breve", "a breve disponibil*",
            "presto disponibil*", "in una|la prossima|futura versione|release", "in versione|fase beta|pilota", "in beta", "in pilota",
        ],

        // Dutch. "gepland" only as the predicate or beside a plan's time.
        [
            "is|zijn|wordt|worden gepland", "gepland voor|in|vanaf", "voor|in|vanaf ~ volgend*|komend*|kwartaal|eind|begin|202*|203* ~ gepland", "staat|staan gepland",
            "staat|staan op|in onze|de roadmap", "op|in onze|de roadmap", "wij|we zijn van plan", "wij|we overwegen", "in ontwikkeling", "wordt|worden ontwikkeld",
            "in voorbereiding", "in overweging", "wordt|worden ~ overwogen", "wordt|worden momenteel|geleidelijk uitgerold",
            "nog niet ~ ~ beschikbaar|geimplementeerd|ingevoerd|geactiveerd|versleuteld|uitgerold|voltooid|afgerond|ondersteund|ingeschakeld|aangeboden|operationeel",
            "nog niet in gebruik|productie", "momenteel|nog onversleuteld", "binnenkort", "in een|de volgende|toekomstige|latere versie|release", "in beta",
            "in de beta|pilotfase|testfase", "in een pilot|pilotfase",
        ],

        // Portuguese. "previsto" only beside a plan's time, as in Spanish.
        [
            "previst*|planejad*|planead*|programad* para|em|ate|antes ~ proxim*|final|fim|inicio|trimestre|semestre|202*|203*", "esta|estao previst* que",
            "em estudo", "esta|estao em estudo|analise", "em fase de estudo|desenvolvimento|preparacao|testes|implementacao|implantacao|piloto", "em desenvolvimento",
            "em preparacao", "no|em nosso|o roteiro|roadmap", "planejamos|planeamos|pretendemos|prevemos", "temos previsto|planejado|planeado",
            "sera|serao implementad*|implantad*|introduzid*",
            "ainda nao ~ implementad*|implantad*|disponive*|disponivel|ativad*|cifrad*|criptografad*|concluid*|lancad*|oferecid*|operacional*",
            "ainda nao ~ em funcionamento|producao|vigor", "atualmente|ainda sem criptografia|cifra", "em breve", "brevemente",
            "na|numa proxima|futura versao", "em uma proxima|futura versao", "em versao|fase beta|piloto", "em beta", "em piloto",
        ],
    ];

    // Each language's phrases, parsed: each word a list of alternatives, each exact or a prefix.
    private static readonly Phrase[][] Parsed = Phrases.Select(list => list.Select(Parse).ToArray()).ToArray();

    // Every alternative a phrase may start with, exact ones and prefixes apart, for every language:
    // a word no phrase starts with is passed over with one lookup.
    private static readonly WordSet FirstWords = new(Parsed.SelectMany(p => p).SelectMany(p => p.Words[0]).Where(a => !a.Prefix).Select(a => a.Text).Distinct(StringComparer.Ordinal));

    private static readonly WordSet FirstPrefixes = new(Parsed.SelectMany(p => p).SelectMany(p => p.Words[0]).Where(a => a.Prefix).Select(a => a.Text).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// Whether a normalised statement holds, as whole words, one of the phrases of a language it
    /// reads as (<paramref name="languages"/>; English is left to <see cref="Substance.SaysNotInPlace"/>).
    /// No string is made.
    /// </summary>
    public static bool Says(ReadOnlySpan<char> normalised, StatementLanguages languages)
    {
        if (((int)languages & ~(int)StatementLanguages.English) == 0)
        {
            return false;
        }

        for (var start = 0; start < normalised.Length; start = Substance.WordEnd(normalised, start) + 1)
        {
            var word = normalised.Slice(start, Substance.WordEnd(normalised, start) - start);
            if (!StartsAny(word))
            {
                continue;
            }

            for (var language = 1; language < StatementLanguage.Count; language++)
            {
                if (((int)languages & (1 << language)) == 0)
                {
                    continue;
                }

                foreach (var phrase in Parsed[language])
                {
                    if (Matches(phrase, 0, normalised, start))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Whether a word is, or starts with, one that some phrase starts with.
    private static bool StartsAny(ReadOnlySpan<char> word) => FirstWords.Contains(word) || FirstPrefixes.StartsAt(word, 0, 1);

    // Whether the phrase's words from `at` on match the text's words from `start` on, a gap
    // standing for up to GapWords words.
    private static bool Matches(Phrase phrase, int at, ReadOnlySpan<char> normalised, int start)
    {
        if (at == phrase.Words.Length)
        {
            return true;
        }

        if (start >= normalised.Length)
        {
            return false;
        }

        if (phrase.Gaps[at])
        {
            // Try the next phrase word after 0, 1 … GapWords skipped words.
            for (var skipped = 0; skipped <= GapWords && start < normalised.Length; skipped++)
            {
                if (Matches(phrase, at + 1, normalised, start))
                {
                    return true;
                }

                start = Substance.WordEnd(normalised, start) + 1;
            }

            return false;
        }

        var end = Substance.WordEnd(normalised, start);
        var word = normalised.Slice(start, end - start);
        foreach (var alternative in phrase.Words[at])
        {
            if (alternative.Prefix ? word.StartsWith(alternative.Text.AsSpan(), StringComparison.Ordinal) : word.SequenceEqual(alternative.Text.AsSpan()))
            {
                return Matches(phrase, at + 1, normalised, end + 1);
            }
        }

        return false;
    }

    // A phrase as its words (a gap is a word of no alternatives, marked in Gaps).
    private static Phrase Parse(string phrase)
    {
        var words = new List<Alternative[]>();
        var gaps = new List<bool>();
        foreach (var word in phrase.Split(' '))
        {
            if (word == "~")
            {
                words.Add([]);
                gaps.Add(true);
                continue;
            }

            words.Add(word.Split('|').Select(a => a.Length > 1 && a[a.Length - 1] == '*'
                ? new Alternative(Substance.Normalise(a.Substring(0, a.Length - 1)), true)
                : new Alternative(Substance.Normalise(a), false)).ToArray());
            gaps.Add(false);
        }

        return new Phrase(words.ToArray(), gaps.ToArray());
    }

    private sealed record Alternative(string Text, bool Prefix);

    private sealed record Phrase(Alternative[][] Words, bool[] Gaps);
}
