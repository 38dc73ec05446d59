using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// Evidence must be about what it is cited for (docs/scoring.md, "Evidence", <c>offSubject</c>): a
/// narrow document cited under several expectations whose subject its title, id and reference do
/// not name earns nothing there, while the honest samples, whose documents miss at most two of
/// the expectations citing them, keep every citation.
/// </summary>
public class EvidenceSubjectTests
{
    private static readonly RuleSet RuleSet = BuiltInRuleSets.VtcJointStatement2020;
    private static readonly AttestationEvaluator Evaluator = new(RuleSet);
    private static readonly DateTime Date = new(2026, 11, 1);
    private static readonly Attestation Sample = new AttestationReader().ReadFile(Path.Combine(RepositoryPaths.Samples, "harbourlight-meetings.json")).GetValueOrThrow();

    private const string RetentionSchedule = "harbourlight-data-retention-schedule";

    [Fact]
    public void ARetentionScheduleCitedAsHowSecurityMeasuresAreAchieved_EarnsNothingWhereItNamesNothingOfTheMeasure()
    {
        var gamed = WithAchievedBy(Sample, RetentionSchedule, "SEC-05", "SEC-06", "SEC-09", "SEC-10");

        var report = Evaluator.Evaluate(gamed, Date);
        foreach (var id in new[] { "SEC-05", "SEC-06", "SEC-09", "SEC-10" })
        {
            var result = Result(report, id);
            result.Evidence[0].Verdict.Should().Be(EvidenceVerdict.OffSubject, "a retention schedule says nothing of {0}", id);
            result.Reasons.Should().Contain(r => r.Code == ReasonCodes.EvidenceOffSubject && r.Pointer == $"/answers/{id}/evidence/0/ref"
                && r.Arguments.SequenceEqual(new[] { new ReasonArgument("evidence", "Harbourlight data retention schedule"), new ReasonArgument("misses", "4") }));
            result.FollowUps.Should().Contain(q => q.Kind == FollowUpKind.SupportingInformation && q.Pointer == $"/answers/{id}/evidence/0"
                && q.Question.Contains("says nothing of this measure", StringComparison.Ordinal));
            result.AssuranceAspects.Should().NotContain(EvidencePurpose.Achieve);
        }

        // Where it is about the measure, it still counts: retention is its subject.
        Result(report, "PBD-07").Evidence.Single(e => e.Ref == RetentionSchedule).Verdict.Should().Be(EvidenceVerdict.Counted);
        report.Score!.Value.Should().BeLessThan(Evaluator.Evaluate(Sample, Date).Score!.Value);
    }

    [Fact]
    public void ADocumentThatMissesOnlyTwoOfItsExpectations_IsNotHeldToItsSubject()
    {
        // An honest title may name its subject in words of its own ("Signing in to…" for
        // multi-factor authentication): up to two misses are the samples' own, and prove nothing.
        var twice = WithAchievedBy(Sample, RetentionSchedule, "SEC-05", "SEC-06");

        var report = Evaluator.Evaluate(twice, Date);
        Result(report, "SEC-05").Evidence[0].Verdict.Should().Be(EvidenceVerdict.Counted);
        Result(report, "SEC-06").Evidence[0].Verdict.Should().Be(EvidenceVerdict.Counted);
        report.Principles.SelectMany(p => p.Expectations).SelectMany(e => e.Reasons).Should().NotContain(r => r.Code == ReasonCodes.EvidenceOffSubject);
    }

    [Fact]
    public void AnAuditCoveringTheWholeProgramme_MayBeCitedUnderManyExpectationsWithoutNamingEach()
    {
        // The SOC 2 report validates many measures its title does not name: audits, certifications,
        // tests, reviews and monitoring assure a programme, and are not held to one subject.
        EvidenceSubject.CoversTheProgramme(EvidenceKind.IndependentAudit).Should().BeTrue();
        EvidenceSubject.CoversTheProgramme(EvidenceKind.Certification).Should().BeTrue();
        EvidenceSubject.CoversTheProgramme(EvidenceKind.Monitoring).Should().BeTrue();
        EvidenceSubject.CoversTheProgramme(EvidenceKind.Policy).Should().BeFalse();
        EvidenceSubject.CoversTheProgramme(EvidenceKind.Documentation).Should().BeFalse();

        var report = Evaluator.Evaluate(Sample, Date);
        report.Principles.SelectMany(p => p.Expectations).Where(e => e.Evidence.Any(c => c.Ref == "harbourlight-soc-2-type-ii-report-2026"))
            .Should().HaveCountGreaterThan(EvidenceSubject.FewestMisses)
            .And.OnlyContain(e => e.Evidence.Where(c => c.Ref == "harbourlight-soc-2-type-ii-report-2026").All(c => c.Verdict == EvidenceVerdict.Counted));
    }

    [Theory]
    [InlineData("civic-hall-video.json")]
    [InlineData("copperfield-video.json")]
    [InlineData("driftwood-rooms.json")]
    [InlineData("harbourlight-meetings.json")]
    [InlineData("mendwell-consult.json")]
    [InlineData("slate-and-chalk-live.json")]
    [InlineData("tinpot-talk.json")]
    public void NoHonestSample_HasEvidenceOffItsSubject(string file)
    {
        var sample = new AttestationReader().ReadFile(Path.Combine(RepositoryPaths.Samples, file)).GetValueOrThrow();

        Evaluator.Evaluate(sample, Date).Principles.SelectMany(p => p.Expectations).SelectMany(e => e.Evidence)
            .Should().NotContain(e => e.Verdict == EvidenceVerdict.OffSubject);
    }

    [Theory]
    [InlineData("Harbourlight data retention schedule", "SEC-05", false)]
    [InlineData("Account security: multi-factor authentication and password rules", "SEC-05", true)]
    [InlineData("Harbourlight data retention schedule", "PBD-07", true)]
    [InlineData("Participant and host controls", "EUC-02", true)]
    // Titles in other languages, read in each language the topic has words in: a title is too
    // short to tell its language by.
    [InlineData("Aufbewahrungsfristen und Löschfristen von Harbourlight", "SEC-05", false)]
    [InlineData("Aufbewahrungsfristen und Löschfristen von Harbourlight", "PBD-07", true)]
    [InlineData("Durées de conservation des données Harbourlight", "SEC-05", false)]
    [InlineData("Durées de conservation des données Harbourlight", "PBD-07", true)]
    [InlineData("Plazos de conservación de datos de Harbourlight", "SEC-06", false)]
    [InlineData("Plazos de conservación de datos de Harbourlight", "PBD-07", true)]
    [InlineData("Datenschutzhinweis von Harbourlight (mehrstufig)", "TRF-01", true)]
    [InlineData("Aviso de privacidad de Harbourlight (por capas)", "TRF-01", true)]
    [InlineData("Paramètres par défaut des réunions : référence pour les administrateurs", "PBD-04", true)]
    [InlineData("Standardeinstellungen für Meetings: Referenz für Administratoren", "PBD-03", true)]
    [InlineData("Penetrationstest der Abrechnungsplattform", "PBD-07", false)]
    [InlineData("Audit de la paie", "SEC-05", false)]
    public void ATitleNamesTheSubject_WhenItUsesAWordOfTheTopic(string title, string id, bool named)
    {
        var topics = ExpectationTopic.OfRuleSet(RuleSet);
        var index = RuleSet.Expectations.Select((e, i) => (e, i)).Single(p => p.e.Id == id).i;

        topics[index]!.IsNamedBy(Substance.Normalise(title)).Should().Be(named, "'{0}' under {1}", title, id);
    }

    [Fact]
    public void EveryExpectationsTitle_NamesItsSubject()
    {
        // Documentation titled as the measure it shows is always about it, whatever else cites it.
        var topics = ExpectationTopic.OfRuleSet(RuleSet);

        RuleSet.Expectations.Select((e, i) => (e.Id, Named: topics[i]!.IsNamedBy(Substance.Normalise(e.Title))))
            .Should().OnlyContain(p => p.Named);
    }

    [Theory]
    [InlineData("harbourlight-aufbewahrungsfristen", "Aufbewahrungsfristen und Löschfristen von Harbourlight")]
    [InlineData("harbourlight-durees-de-conservation", "Durées de conservation des données Harbourlight")]
    [InlineData("harbourlight-plazos-de-conservacion", "Plazos de conservación de datos de Harbourlight")]
    public void ARetentionScheduleTitledInAnotherLanguage_IsHeldToItsSubjectAsInEnglish_AndCountsForRetention(string id, string title)
    {
        var gamed = WithAchievedBy(Retitled(Sample, RetentionSchedule, id, title), id, "SEC-05", "SEC-06", "SEC-09", "SEC-10");

        var report = Evaluator.Evaluate(gamed, Date);
        foreach (var expectation in new[] { "SEC-05", "SEC-06", "SEC-09", "SEC-10" })
        {
            Result(report, expectation).Evidence[0].Verdict.Should().Be(EvidenceVerdict.OffSubject, "'{0}' says nothing of {1}", title, expectation);
        }

        Result(report, "PBD-07").Evidence.Single(e => e.Ref == id).Verdict.Should().Be(EvidenceVerdict.Counted, "'{0}' is about retention", title);
    }

    [Fact]
    public void HonestDocumentsTitledInAnotherLanguage_KeepEveryCitation()
    {
        // The sample's narrow documents cited under three or more expectations, titled honestly in
        // German, with ids and addresses in German too: before titles were read in other languages,
        // the meeting defaults and the privacy notice missed every expectation citing them.
        var german = Retitled(Retitled(Retitled(Sample,
            "meeting-defaults-reference-for", "standardeinstellungen-fur-meetings", "Standardeinstellungen für Meetings: Referenz für Administratoren"),
            "harbourlight-privacy-notice-layered", "harbourlight-datenschutzhinweis", "Datenschutzhinweis von Harbourlight (mehrstufig)"),
            "harbourlight-meetings-security-white", "harbourlight-sicherheits-whitepaper", "Sicherheits-Whitepaper von Harbourlight Meetings, Version 7");

        Evaluator.Evaluate(german, Date).Principles.SelectMany(p => p.Expectations).SelectMany(e => e.Evidence)
            .Should().NotContain(e => e.Verdict == EvidenceVerdict.OffSubject);
    }

    // The attestation with the evidence `id` renamed `newId` (its citations too), titled `title`, at an address named by its new id.
    private static Attestation Retitled(Attestation attestation, string id, string newId, string title) => attestation with
    {
        Evidence = [.. attestation.Evidence.Select(e => e.Id != id ? e : e with { Id = newId, Title = title, Reference = "https://trust.harbourlight.example/de/" + newId })],
        Answers = attestation.Answers.ToDictionary(p => p.Key, p => p.Value with
        {
            Evidence = [.. p.Value.Evidence.Select(c => c.Ref == id ? c with { Ref = newId } : c)],
        }),
    };

    // The sample with each of `ids` citing `evidence` as how it is achieved, in place of its own achieve evidence.
    private static Attestation WithAchievedBy(Attestation attestation, string evidence, params string[] ids) => attestation with
    {
        Answers = attestation.Answers.ToDictionary(p => p.Key, p => !ids.Contains(p.Key) ? p.Value : p.Value with
        {
            Evidence = [new EvidenceCitation { Ref = evidence, Shows = EvidencePurpose.Achieve }, .. p.Value.Evidence.Where(c => c.Shows != EvidencePurpose.Achieve)],
        }),
    };

    private static ExpectationResult Result(EvaluationReport report, string id) => report.Principles.SelectMany(p => p.Expectations).Single(e => e.Id == id);
}
