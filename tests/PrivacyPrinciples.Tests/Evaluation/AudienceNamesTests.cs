using System;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Testing;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>An audience the service's own words name is evaluated as served, whatever the attestation declares.</summary>
public class AudienceNamesTests
{
    private static readonly AttestationEvaluator Evaluator = new();

    private static Attestation Described(string? description, string? tier = null, string name = "Example Meet", params Audience[] declared) =>
        Empty(declared) with { Service = new ServiceInfo { Name = name, Tier = tier, Description = description } };

    private static string Named(Attestation attestation) =>
        string.Join(",", AudienceNames.Undeclared(attestation).Select(n => n.Audience + ":" + n.Word));

    [Theory]
    [InlineData("Video consultations between clinicians and their patients.", "Health:clinicians")]
    [InlineData("Secure telehealth for health care providers.", "Health:telehealth")]
    [InlineData("Live lessons for primary schools.", "Education:schools,Children:primary schools")]
    [InlineData("Meetings for ministries, municipalities and public bodies.", "Government:ministries")]
    [InlineData("Board meetings for city councils.", "Government:city councils")]
    [InlineData("Visioconférence pour les hôpitaux et les écoles.", "Education:ecoles,Health:hopitaux")]
    [InlineData("Videosprechstunde für Patienten und Ärzte.", "Health:patienten")]
    [InlineData("Zero-install, no-download consultations between clinicians and patients.", "Health:clinicians")]
    [InlineData("Sans installation, consultations vidéo avec les patients.", "Health:patients")]
    [InlineData("Consultations between GPs and the people registered at their surgeries, and counselling sessions.", "Health:surgeries")]
    [InlineData("Live tutoring for young learners.", "Education:tutoring,Children:young learners")]
    [InlineData("Meetings for teams of every size. Webinars for customers.", "")]
    [InlineData("We keep no patient data.", "")]
    [InlineData("Meetings without school records.", "")]
    [InlineData("Without waiting rooms, patients join at once.", "Health:patients")]
    [InlineData("Meetings without patients, clinicians or records.", "")]
    [InlineData("Meetings without school records, for pupils and teachers.", "Education:pupils,Children:pupils")]
    [InlineData("Never used by hospitals, clinics, pharmacies or schools.", "")]
    [InlineData("Not intended for children or schools.", "")]
    [InlineData("Built for businesses; unsuitable for patient consultations.", "")]
    [InlineData("For businesses, not hospitals. Lessons learned are shared with every customer.", "")]
    [InlineData("Minor updates every week, with health checks of every server.", "")]
    [InlineData("A kinder way to meet.", "")]
    [InlineData(null, "")]
    public void Undeclared_NamesTheAudiencesTheServicesOwnWordsName_OutsideNegatedSentences(string? description, string expected) =>
        Named(Described(description)).Should().Be(expected, "for \"{0}\"", description);

    [Fact]
    public void Undeclared_ReadsTheNameAndTier_AndSkipsDeclaredAudiences()
    {
        Named(Described(null, tier: "Education edition")).Should().Be("Education:education");
        Named(Described(null, tier: "K-12")).Should().Be("Education:k 12,Children:k 12");
        Named(Described(null, tier: "Gov")).Should().Be("Government:gov");
        Named(Described("FedRAMP-authorised meetings.")).Should().Be("Government:fedramp");
        Named(Described(null, name: "Example Telemedicine")).Should().Be("Health:telemedicine");
        Named(Described("Video consultations with patients in schools.", null, "Example Meet", Audience.Health)).Should().Be("Education:schools", "health care is declared");
        AudienceNames.Undeclared(Described("Video consultations with patients.")).Should().ContainSingle().Which.Pointer.Should().Be("/audiences/health");
    }

    [Fact]
    public void AnAudienceTheDescriptionNames_IsEvaluatedAsServed_AsIfDeclared_AndNoted()
    {
        var description = "Video consultations between clinicians and their patients.";
        var denied = WithGoodFacts(Audience.Business) with { Service = new ServiceInfo { Name = "Example Meet", Description = description } };
        var declared = WithGoodFacts(Audience.Business, Audience.Health) with { Service = denied.Service };

        var report = Evaluator.Evaluate(denied, EvaluationDate);
        var honest = Evaluator.Evaluate(declared, EvaluationDate);

        report.Attestation.Audiences.Should().Equal(honest.Attestation.Audiences);
        report.Score.Should().Be(honest.Score);
        report.Expectations.Select(e => (e.Id, e.Outcome, e.Level)).Should().Equal(honest.Expectations.Select(e => (e.Id, e.Outcome, e.Level)));
        report.GetExpectation("SEC-11").Outcome.Should().NotBe(Outcome.NotApplicable, "multi-factor authentication applies to a service used for health care");
        report.Notes.Should().ContainSingle(n => n.Code == ReasonCodes.AudienceNamed).Which.Should().Match<Reason>(n =>
            n.Pointer == "/audiences/health"
            && n.Message == "The service's own name or description names the health audience (\"clinicians\"), but the attestation states it does not serve it; it is evaluated as serving it, so the expectations health raises or makes apply are held to it.");
        honest.Notes.Should().NotContain(n => n.Code == ReasonCodes.AudienceNamed);
    }

    [Fact]
    public void TheGamingFixture_ScoresAsTheHonestDeclarationWould()
    {
        var file = RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Fixtures", "gaming", "audiences-denied-while-the-description-names-them.json");
        var denied = new AttestationReader().ReadFile(file).GetValueOrThrow();
        var honest = denied with { Audiences = AudienceDeclarations.Serving(Audience.Business, Audience.Education, Audience.Health, Audience.Children, Audience.Government) };
        var date = new DateTime(2026, 11, 1);

        var report = Evaluator.Evaluate(denied, date);

        report.Score.Should().Be(Evaluator.Evaluate(honest, date).Score);
        report.BaselineGaps.Select(g => g.ExpectationId).Should().BeEquivalentTo(["SEC-11", "KYA-03"]);
        report.Notes.Where(n => n.Code == ReasonCodes.AudienceNamed).Select(n => n.Pointer).Should().Equal("/audiences/education", "/audiences/health", "/audiences/children");
    }
}
