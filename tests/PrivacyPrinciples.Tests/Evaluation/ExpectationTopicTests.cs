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
    [InlineData("Nos processus éprouvés et rigoureux accompagnent la croissance de nos clients partout dans le monde.")]
    [InlineData("Unsere bewährten und robusten Abläufe begleiten das Wachstum unserer Kunden weltweit jeden Tag.")]
    [InlineData("Calls: SRTP, TLS 1.3. Dial-in: gateway onwards. Browsers: DTLS-SRTP. Rooms: same.")]
    public void AStatementThatDoesNotReadAsEnglish_IsNotJudged(string statement) =>
        Judge("SEC-05", statement).Should().NotBe(SubstanceVerdict.OffTopic, "only English statements are held to the topic's English words");

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
    // the expectations (and at least 3) use; a statement misses when it holds two English markers
    // and none of its counted words has a key of its expectation.
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
        var statementWords = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return statementWords.Count(w => ExpectationTopic.EnglishMarkers.Contains(w)) >= 2
            && !statementWords.Any(w => Substance.Counts(w.AsSpan()) && topic.Contains(Key(w)));
    }
}
