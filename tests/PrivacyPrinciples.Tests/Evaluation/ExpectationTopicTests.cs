using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// A claim's statement must use at least one word of what its expectation is about
/// (docs/scoring.md, "Substance"): generated marketing text with words of its own is not a
/// statement, while every honest statement of the samples and of the synthetic vendors is.
/// </summary>
public class ExpectationTopicTests
{
    private static readonly RuleSet RuleSet = BuiltInRuleSets.VtcJointStatement2020;
    private static readonly ExpectationTopic?[] Topics = ExpectationTopic.OfRuleSet(RuleSet);
    private static readonly WordSet Naming = Substance.WordsNamingExpectations(RuleSet.Expectations);

    [Theory]
    [InlineData("SEC-03", "Our proactive and relentless measures drive customer momentum, while sophisticated layers strengthen confidence. We support journeys with battle-tested vigilance.")]
    [InlineData("SEC-04", "Our mature and leading controls guide customer resilience, while streamlined shields power partnerships. We ensure continuity with sincere processes.")]
    [InlineData("TRF-04", "Our robust and reasoned leadership uphold customer continuity, while elegant diligence enable progress. We support partnerships with vigilant mechanisms.")]
    [InlineData("SEC-01", "Our privacy-first culture puts people first, and we treat everyone with great care and respect.")]
    public void GeneratedMarketingText_MissesTheTopic(string id, string statement) =>
        Judge(id, statement).Should().Be(SubstanceVerdict.OffTopic, "\"{0}\" says nothing of {1}", statement, id);

    [Theory]
    [InlineData("SEC-01", "Calls travel over SRTP and TLS 1.3 between every client and our media routers; dial-in legs are protected from the gateway on.")]
    [InlineData("SEC-05", "Sign-in offers TOTP apps and hardware security keys, admins can make them mandatory, and we throttle credential stuffing.")]
    [InlineData("EUC-02", "Everyone controls their own microphone, camera and screen sharing; hosts can mute, remove people and lock the call.")]
    public void AnHonestStatementInItsOwnWords_UsesTheTopic(string id, string statement) =>
        Judge(id, statement).Should().Be(SubstanceVerdict.Substantive, "\"{0}\" is about {1}", statement, id);

    [Fact]
    public void ClaimsAreHeldToTheirTopics_OnlyWhenManyOfThemMiss()
    {
        // An honest statement may name a measure in words of its own only ("servers in Frankfurt"
        // for where data is stored): one or two such are not held to the topic; text that says
        // nothing of any measure is written for every answer.
        ExpectationTopic.AreHeld(2, 4).Should().BeFalse("fewer than three statements miss");
        ExpectationTopic.AreHeld(3, 13).Should().BeFalse("fewer than a quarter miss");
        ExpectationTopic.AreHeld(3, 12).Should().BeTrue();
        ExpectationTopic.AreHeld(24, 35).Should().BeTrue();

        var sample = new AttestationReader().ReadFile(Path.Combine(RepositoryPaths.Samples, "harbourlight-meetings.json")).GetValueOrThrow();
        var own = sample with
        {
            Answers = sample.Answers.ToDictionary(p => p.Key, p => p.Key == "TRF-04"
                ? p.Value with { Statement = "Our media servers sit in Frankfurt and Dublin; support staff in Manila may see metadata when a customer asks for help." }
                : p.Value),
        };
        Judge("TRF-04", own.Answers["TRF-04"].Statement!).Should().Be(SubstanceVerdict.OffTopic, "alone, the statement uses none of the topic's words");
        var evaluator = new PrivacyPrinciples.Evaluation.AttestationEvaluator(RuleSet);
        var date = new DateTime(2026, 11, 1);
        var result = evaluator.Evaluate(own, date).Principles.SelectMany(p => p.Expectations).Single(e => e.Id == "TRF-04");
        result.Reasons.Should().NotContain(r => r.Code == PrivacyPrinciples.Evaluation.ReasonCodes.WeakStatement, "one statement in its own words is not held to the topic");
    }

    [Theory]
    [InlineData("SEC-05", "Nos processus éprouvés et rigoureux accompagnent la croissance de nos clients partout dans le monde.")]
    [InlineData("SEC-05", "Unsere bewährten und robusten Abläufe begleiten das Wachstum unserer Kunden weltweit jeden Tag.")]
    [InlineData("SEC-01", "Wir gestalten reibungslose Beziehungen und schaffen mutige Wege für effiziente Leistungen unserer Gemeinschaft.")]
    [InlineData("PBD-07", "Wir verfolgen langfristige Ziele und schaffen mit Wettbewerbsvorteilen echte Werte für unsere Kunden.")]
    [InlineData("SEC-04", "Impulsamos soluciones innovadoras y creamos valor sostenible para nuestros clientes con pasión.")]
    [InlineData("TRF-03", "Costruiamo relazioni durature e creiamo valore condiviso per i nostri clienti con passione e visione.")]
    [InlineData("EUC-03", "Wij bouwen duurzame relaties en creëren waarde voor onze klanten met passie en visie.")]
    [InlineData("KYA-01", "Construímos relações duradouras e criamos valor para os nossos clientes com paixão e visão.")]
    public void MarketingTextInAnotherLanguage_MissesTheTopic(string id, string statement) =>
        Judge(id, statement).Should().Be(SubstanceVerdict.OffTopic, "\"{0}\" says nothing of {1} in its language", statement, id);

    [Theory]
    [InlineData("SEC-01", "Anrufe laufen zwischen jedem Client und unseren Medienroutern über SRTP und TLS 1.3; Einwahlen sind ab dem Gateway geschützt.")]
    [InlineData("SEC-04", "Sitzungsaufzeichnungen und Chatverläufe werden in unseren Rechenzentren nur verschlüsselt abgelegt.")]
    [InlineData("PBD-07", "Cloud-Mitschnitte werden nach 90 Tagen automatisch gelöscht, sofern der Kunde nichts anderes festlegt.")]
    [InlineData("SEC-05", "La connexion exige une application TOTP ou une clé matérielle, et les administrateurs peuvent la rendre obligatoire pour tous.")]
    [InlineData("PBD-04", "La sala de espera está activada en cada nueva reunión y el anfitrión admite a las personas una por una.")]
    [InlineData("EUC-02", "Ogni partecipante controlla il proprio microfono, la telecamera e la condivisione dello schermo; l'organizzatore può solo chiedere.")]
    [InlineData("PBD-03", "Microfoons staan bij binnenkomst gedempt en camera's uit, zodat niemand per ongeluk beeld of geluid deelt.")]
    [InlineData("TRF-03", "Nunca usamos o conteúdo das reuniões para publicidade, não o vendemos e não o usamos para treinar modelos.")]
    public void AnHonestStatementInAnotherLanguage_UsesTheTopic(string id, string statement) =>
        Judge(id, statement).Should().Be(SubstanceVerdict.Substantive, "\"{0}\" is about {1}", statement, id);

    [Theory]
    [InlineData("SEC-01", "Wir nutzen TLS 1.3 und SRTP für alle Calls, auch für Dial-in über unsere Gateways.", false)]
    [InlineData("SEC-01", "Wir liefern Synergy und Momentum für die Customer Journeys unserer Community.", true)]
    [InlineData("SEC-04", "Recordings und Chatverläufe sind at rest mit AES-256 verschlüsselt, with keys in a hardware module.", false)]
    public void AStatementMixingLanguages_IsReadInEachAndInEnglishWords(string id, string statement, bool offTopic) =>
        Judge(id, statement).Should().Be(offTopic ? SubstanceVerdict.OffTopic : SubstanceVerdict.Substantive, "\"{0}\" under {1}", statement, id);

    [Theory]
    [InlineData("SEC-05", "Nasze sprawdzone i solidne procesy wspierają rozwój naszych klientów na całym świecie.", true)]
    [InlineData("SEC-05", "Stellar experiences unlock nimble value; visionary culture advance lasting customer trust.", true)]
    [InlineData("SEC-05", "Calls: SRTP, TLS 1.3. Dial-in: gateway onwards. Browsers: DTLS-SRTP. Rooms: same.", true)]
    [InlineData("SEC-01", "Calls: SRTP, TLS 1.3. Dial-in: gateway onwards. Browsers: DTLS-SRTP. Rooms: same.", false)]
    [InlineData("SEC-01", "Samtal, chat och files krypteras in transit med SRTP och TLS 1.3.", false)]
    public void AStatementThatReadsAsNoLanguage_IsHeldToTheEnglishWords(string id, string statement, bool offTopic) =>
        Judge(id, statement).Should().Be(
            offTopic ? SubstanceVerdict.OffTopic : SubstanceVerdict.Substantive,
            "a statement reading as none of the languages (terse English, generated text avoiding every marker word, a language none of them reads) names its measure in English words or names none: \"{0}\" under {1}",
            statement,
            id);

    [Theory]
    [InlineData("SEC-01", "All call content is encrypted in transit. Our visionary culture and bold ambition deliver lasting customer momentum.", true)]
    [InlineData("SEC-01", "Yes: all call content is encrypted in transit, and our rigorous capabilities maintain customer momentum.", true)]
    [InlineData("SEC-01", "All call content is encrypted in transit: TLS 1.3 on every channel, dial-in gateways included.", false)]
    [InlineData("SEC-01", "Call content is always encrypted while in transit, and our rigorous capabilities maintain customer momentum.", false)]
    public void AStatementRestatingItsTitle_IsJudgedByItsOtherWords(string id, string statement, bool offTopic) =>
        Judge(id, statement).Should().Be(
            offTopic ? SubstanceVerdict.OffTopic : SubstanceVerdict.Substantive,
            "the title written word for word is the claim itself, and only the words beside it can say how the measure is met: \"{0}\" under {1}",
            statement,
            id);

    [Theory]
    [InlineData("SEC-01", "Encrypted matters: stellar experiences unlock nimble value; visionary culture advance lasting customer trust.", true)]
    [InlineData("SEC-01", "Encryption everywhere, and our visionary culture and bold ambition deliver lasting customer momentum.", true)]
    [InlineData("SEC-01", "Encryption in transit everywhere, and our visionary culture and bold ambition deliver lasting customer momentum.", false)]
    [InlineData("SEC-01", "Chat and file transfers are encrypted with TLS 1.3.", false)]
    public void AnEnglishStatement_NamesItsMeasureInTwoWordsOfItsTopic(string id, string statement, bool offTopic) =>
        Judge(id, statement).Should().Be(
            offTopic ? SubstanceVerdict.OffTopic : SubstanceVerdict.Substantive,
            "one word of the topic beside generated text names a subject, not how the measure is met: \"{0}\" under {1}",
            statement,
            id);

    [Fact]
    public void ADocumentTitledAsTheExpectationIs_NamesItsTopic()
    {
        var at = RuleSet.Expectations.ToList().FindIndex(e => e.Id == "SEC-01");
        Topics[at]!.IsNamedBy(Substance.Normalise(RuleSet.Expectations[at].Title).AsSpan()).Should().BeTrue("a title is a claim in a statement, but names the subject of a document");
    }

    [Fact]
    public void ARuleSetWhoseWordsNameFewConcepts_KeepsItsOtherLanguageStatementsUnjudged()
    {
        // A custom rule set about something the glossary does not speak of: its topics have no
        // words in other languages, so a German statement is not judged, as before; an English one is.
        var custom = RuleSet with
        {
            Expectations = [.. RuleSet.Expectations.Select((e, i) => i > 0 ? e : e with
            {
                Title = "Beehive inspection",
                Rationale = "Apiaries need frequent hive inspections for varroa mites and queen vigour.",
                Remediation = "Inspect every hive fortnightly during the season.",
                Guidance = null,
                Checks = [],
                NotApplicableWhen = [],
            })],
        };
        var topic = ExpectationTopic.OfRuleSet(custom)[0]!;

        topic.Translated.Should().Be(StatementLanguages.None);
        topic.IsMissedBy(Substance.Normalise("Wir gestalten reibungslose Beziehungen und schaffen mutige Wege für unsere Gemeinschaft.").AsSpan()).Should().BeFalse();
        topic.IsMissedBy(Substance.Normalise("We craft inspiring relationships and deliver robust qualities for our community.").AsSpan()).Should().BeTrue();
        Topics.Should().OnlyContain(t => t!.Translated == (StatementLanguages.German | StatementLanguages.French | StatementLanguages.Spanish | StatementLanguages.Italian
            | StatementLanguages.Dutch | StatementLanguages.Portuguese), "every built-in expectation's words name enough concepts");
    }

    [Theory]
    [InlineData("Wir verschlüsseln alle Anrufe und unsere Server stehen in der EU.", 2)]
    [InlineData("Nous chiffrons les appels et nos serveurs sont dans l'UE.", 4)]
    [InlineData("Ciframos las llamadas y nuestros servidores están en la UE.", 8)]
    [InlineData("Cifriamo le chiamate e i nostri server sono nella UE.", 16)]
    [InlineData("Wij versleutelen alle gesprekken en onze servers staan in de EU.", 32)]
    [InlineData("Ciframos as chamadas e os nossos servidores estão na UE.", 64)]
    [InlineData("We encrypt every call and the servers are in the EU.", 1)]
    [InlineData("Wir verschlüsseln all calls with TLS and store the keys im Rechenzentrum.", 1 | 2)]
    [InlineData("Våra servrar finns i EU och alla samtal krypteras.", 0)]
    public void AStatementsLanguage_IsToldByItsMarkerWords(string statement, int expected) =>
        StatementLanguage.Of(Substance.Normalise(statement).AsSpan()).Should().Be((StatementLanguages)expected);

    [Fact]
    public void EveryClaimOfTheHonestTranslations_IsOnTopic_AndEveryStatementOfTheMarketingMissesIt()
    {
        var reader = new AttestationReader();
        var gaming = Path.Combine(AppContext.BaseDirectory, "Fixtures", "gaming");
        foreach (var file in new[] { "honest-statements-translated-into-german.json", "honest-statements-translated-into-french.json", "honest-statements-translated-into-spanish.json" })
        {
            var attestation = reader.ReadFile(Path.Combine(gaming, file)).GetValueOrThrow();
            foreach (var (id, answer) in attestation.Answers)
            {
                var at = RuleSet.Expectations.ToList().FindIndex(e => e.Id == id);
                Topics[at]!.IsMissedBy(Substance.Normalise(answer.Statement!).AsSpan()).Should().BeFalse("{0} of {1} is on topic: \"{2}\"", id, file, answer.Statement);
            }
        }

        var marketing = reader.ReadFile(Path.Combine(gaming, "marketing-sentences-in-german-with-different-words-in-every-answer.json")).GetValueOrThrow();
        foreach (var (id, answer) in marketing.Answers.Where(a => a.Value.Statement is not null))
        {
            var at = RuleSet.Expectations.ToList().FindIndex(e => e.Id == id);
            Topics[at]!.IsMissedBy(Substance.Normalise(answer.Statement!).AsSpan()).Should().BeTrue("{0}: \"{1}\" says nothing of it", id, answer.Statement);
        }
    }

    [Fact]
    public void EveryStemOfTheGlossary_IsOneWordOfFourLettersOrMore_InEveryLanguage()
    {
        foreach (var concept in TopicGlossary.Concepts)
        {
            concept.Should().HaveCount(StatementLanguage.Count);
            foreach (var stem in concept.Skip(1).SelectMany(l => l.Split(' ')))
            {
                var normalised = Substance.Normalise(stem.TrimStart('-'));
                normalised.Should().NotContain(" ", "'{0}' is one word", stem);
                normalised.Length.Should().BeGreaterThanOrEqualTo(4, "'{0}' is no shorter than four letters", stem);
            }
        }
    }

    [Fact]
    public void WordsMostExpectationsUse_NameNoTopic_AndEveryExpectationKeepsOne()
    {
        Topics.Should().HaveCount(RuleSet.Expectations.Count).And.OnlyContain(t => t != null, "every built-in expectation has words of its own");
        Judge("SEC-01", "Our privacy culture puts users and their data first, and we treat everyone with great care.").Should().Be(SubstanceVerdict.OffTopic);
        Judge("SEC-01", "Our privacy culture puts users and their data first, and we keep everything encrypted for everyone.").Should().Be(SubstanceVerdict.Substantive, "'encrypted' matches 'encrypted'");
    }

    [Fact]
    public void OnlyAClaimsStatementIsHeldToTheTopic_NotAJustification()
    {
        const string text = "Our elegant and hardened workflows safeguard customer ecosystems, while exemplary systems nurture transformation.";
        using var set = new StatementSet([text], Naming);
        set.Judge(0, Substance.TitleWords(RuleSet.Expectations[0].Title), ExpectationText.Of(RuleSet.Expectations)).Should().Be(SubstanceVerdict.Substantive);
    }

    [Fact]
    public void EveryClaimOfTheSamplesAndOfSyntheticVendors_IsOnTopic()
    {
        var reader = new AttestationReader();
        // The engagement's rounds are synthetic vendors' attestations.
        var attestations = new[] { RepositoryPaths.Samples, RepositoryPaths.Combine("samples", "engagement", "round-1"), RepositoryPaths.Combine("samples", "engagement", "round-2") }
            .SelectMany(folder => Directory.GetFiles(folder, "*.json"))
            .Select(p => reader.ReadFile(p).GetValueOrThrow())
            .ToArray();
        var judged = 0;
        foreach (var attestation in attestations)
        {
            foreach (var (id, answer) in attestation.Answers)
            {
                if (answer.Status is AnswerStatus.Implemented or AnswerStatus.Partial && answer.Statement is { } statement
                    && RuleSet.Expectations.ToList().FindIndex(e => e.Id == id) is var at and >= 0)
                {
                    Topics[at]!.IsMissedBy(Substance.Normalise(statement).AsSpan()).Should().BeFalse("{0} of {1} is on topic: \"{2}\"", id, attestation.Vendor.Name, statement);
                    judged++;
                }
            }
        }

        judged.Should().BeGreaterThan(500);
    }

    [Fact]
    public void AnyStatement_IsOffTopicExactlyWhenTheModelSaysSo()
    {
        // Words of the expectation's own texts, of other expectations' texts and of none, in
        // English sentences or not; the model keys words plainly, as strings.
        var words = RuleSet.Expectations.SelectMany(e => (e.Rationale + " " + e.Guidance).Split(' ')).Distinct().Take(400)
            .Concat(["elegant", "synergy", "workflows", "customer", "momentum", "the", "and", "our", "we", "with", "of", "les", "und", "SRTP", "keys", "key", "encrypts"])
            .Concat(["der", "wir", "et", "nous", "los", "con", "il", "che", "het", "een", "os", "uma", "verschlüsselt", "Sitzungsaufzeichnung", "gelöscht", "chiffrés",
                "enregistrement", "grabación", "registrazione", "wachtkamer", "gravação", "Gemeinschaft", "Werbung", "Bewerbung", "langfristig", "Teilnehmerliste"])
            .ToArray();
        Gen.Select(Gen.Int[0, RuleSet.Expectations.Count - 1], Gen.Int[0, words.Length - 1].Array[1, 14]).Sample((e, picks) =>
        {
            var text = string.Join(" ", picks.Select(i => words[i]));
            var normalised = Substance.Normalise(text);
            Topics[e]!.IsMissedBy(normalised.AsSpan()).Should().Be(ModelMisses(RuleSet.Expectations[e], normalised), "for \"{0}\" under {1}", text, RuleSet.Expectations[e].Id);
        });
    }

    private static SubstanceVerdict Judge(string id, string statement)
    {
        var at = RuleSet.Expectations.ToList().FindIndex(e => e.Id == id);
        using var set = new StatementSet([statement], Naming);
        return set.Judge(0, Substance.TitleWords(RuleSet.Expectations[at].Title), ExpectationText.Of(RuleSet.Expectations), Topics[at]);
    }

    // The contract as plainly as it can be put: the keys of every expectation's words (title,
    // rationale, remediation, guidance, its facts' paths and descriptions), less those that 40% of
    // the expectations (and at least 3) use; the stems of the glossary's concepts those keys name,
    // when they name 3 or more; a statement is judged when it holds two markers of English or of a
    // language with stems, or when it reads as no language (two markers of none), and misses when
    // fewer of its counted words outside a word-for-word restatement of its expectation's title
    // than two (one when it reads as a language other than English only) have a key of its
    // expectation and none starts with a stem of a language it reads as (or holds one marked with
    // a hyphen).
    private static bool ModelMisses(Expectation expectation, string normalised)
    {
        static string Key(string word)
        {
            var stem = word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
            return stem.Length > ExpectationTopic.KeyLength ? stem[..ExpectationTopic.KeyLength] : stem;
        }

        static IEnumerable<string> KeysOf(Expectation e)
        {
            var facts = e.Checks.Concat(e.NotApplicableWhen).Select(c => c.Fact).OfType<string>().Distinct().ToArray();
            var texts = new[] { e.Title, e.Rationale, e.Remediation, e.Guidance }
                .Concat(facts.Select(f => string.Concat(f.Select(c => char.IsUpper(c) ? " " + c : c is '.' or '_' or '-' ? " " : c.ToString()))))
                .Concat(facts.Select(f => FactCatalog.TryGet(f, out var d) ? d.Description : null));
            return texts.OfType<string>().SelectMany(t => Substance.Normalise(t).Split(' '))
                .Where(w => Substance.Counts(w.AsSpan()) && !w.Any(char.IsDigit)).Select(Key).Distinct();
        }

        var all = RuleSet.Expectations.Select(e => KeysOf(e).ToHashSet()).ToArray();
        var generic = all.SelectMany(k => k).GroupBy(k => k).Where(g => g.Count() >= Math.Max(3, 0.4 * all.Length)).Select(g => g.Key).ToHashSet();
        var topic = KeysOf(expectation).Where(k => !generic.Contains(k)).ToHashSet();
        var concepts = TopicGlossary.Concepts.Where(c => c[0].Split(' ').Any(w => topic.Contains(Key(w)))).ToArray();
        // Where the title is restated word for word, its words are the claim, not the topic's.
        var title = Substance.Normalise(expectation.Title);
        var statementWords = (" " + normalised + " ").Replace(" " + title + " ", "  ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var read = Enumerable.Range(0, StatementLanguage.Count).Where(l => statementWords.Count(w => StatementLanguage.Markers[l].Contains(w)) >= 2).ToArray();
        var stems = read.Where(l => l != StatementLanguage.English && concepts.Length >= 3)
            .SelectMany(l => concepts.SelectMany(c => c[l].Split(' '))).Select(s => (Stem: Substance.Normalise(s.TrimStart('-')), Inner: s.StartsWith('-'))).ToArray();
        var judged = read.Length == 0 || read.Contains(StatementLanguage.English) || stems.Length > 0;
        var counted = statementWords.Where(w => Substance.Counts(w.AsSpan())).ToArray();
        var english = read.Length == 0 || read.Contains(StatementLanguage.English);
        return judged && counted.Count(w => topic.Contains(Key(w))) < (english ? ExpectationTopic.FewestTopicWords : 1)
            && !counted.Any(w => stems.Any(s => w.StartsWith(s.Stem, StringComparison.Ordinal) || (s.Inner && w.Contains(s.Stem, StringComparison.Ordinal))));
    }
}
