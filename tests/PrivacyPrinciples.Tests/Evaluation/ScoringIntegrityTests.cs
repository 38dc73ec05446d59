using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Tests.Support;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Each rule that keeps a score from being earned without substance, one at a time.</summary>
public class ScoringIntegrityTests
{
    private static readonly AttestationEvaluator Evaluator = new();

    private static EvaluationReport Report(Attestation attestation) => Evaluator.Evaluate(attestation, EvaluationDate);

    private static ExpectationResult Evaluate(Attestation attestation, string id) => Report(attestation).GetExpectation(id);

    private static Answer Implemented(string statement, params EvidenceCitation[] evidence) => new() { Status = AnswerStatus.Implemented, Statement = statement, Evidence = evidence };

    [Theory]
    [InlineData(null, "answer.statement.missing")]
    [InlineData("   ", "answer.statement.missing")]
    [InlineData("n/a", "answer.statement.insubstantial")]
    [InlineData("TBD: the platform team will describe this before the next release of the service", "answer.statement.insubstantial")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.", "answer.statement.insubstantial")]
    [InlineData("All call content is encrypted in transit.", "answer.statement.insubstantial")]
    [InlineData("Yes, fully implemented and compliant.", "answer.statement.insubstantial")]
    // One word of its own, repeated: words count once however often they are written.
    [InlineData("firewall firewall firewall firewall firewall firewall firewall firewall firewall", "answer.statement.insubstantial")]
    // A placeholder as the very last word, after a few words of substance, still gives it away
    // (fewer than PlaceholderOutweighedBy words of its own besides).
    [InlineData("Session keys rotate hourly; cipher details tbd", "answer.statement.insubstantial")]
    public void ImplementedWithoutAStatementOfSubstance_IsUnverified(string? statement, string code)
    {
        var result = Evaluate(WithGoodFacts().With("SEC-01", new Answer { Status = AnswerStatus.Implemented, Statement = statement }), "SEC-01");

        result.Outcome.Should().Be(Outcome.Unverified);
        result.Implementation.Should().Be(50, "an unverified claim is credited as partial at most");
        result.IsBaselineGap.Should().BeTrue();
        result.Reasons.Should().Contain(r => r.Code == code);
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.MoreClarity);
    }

    [Theory]
    [InlineData("Media and signalling use TLS 1.3 between every client and our servers; dial-in legs are not encrypted yet and are on our roadmap for 2027.")]
    [InlineData("Browser clients use TLS 1.3 for media and signalling; we plan to add encryption for room systems and dial-in gateways next year.")]
    [InlineData("Desktop and mobile clients encrypt media with SRTP keyed over TLS, and the same encryption for dial-in legs is planned for the 2027 release.")]
    // An undated future, or a stage before general availability.
    [InlineData("Media and signalling use TLS 1.3 between browsers and our servers, and encryption for dial-in legs will soon follow on every gateway.")]
    [InlineData("Media and signalling use TLS 1.3 between browsers and our servers; encryption for room systems is coming soon.")]
    [InlineData("TLS 1.3 protects media and signalling for every client; encrypted dial-in is in beta with a few customers.")]
    [InlineData("TLS 1.3 protects media and signalling for every client; encrypted dial-in is available in private preview.")]
    [InlineData("TLS 1.3 for media and signalling is being rolled out to every client and room system this quarter.")]
    [InlineData("We are rolling out TLS 1.3 for media and signalling to all customers, starting with browsers and desktop apps.")]
    [InlineData("TLS 1.3 for media and signalling is in pilot with selected customers on desktop, mobile and browser clients.")]
    [InlineData("TLS 1.3 for media and signalling on every client is available to early-access customers, and to everyone next.")]
    public void AnImplementedClaimWhoseStatementSaysTheMeasureIsNotInPlaceYet_IsUnverified_AndAPartialOneIsNot(string statement)
    {
        var achieve = Evidence(EvidencePurpose.Achieve);
        var (declared, citations) = Declare(WithGoodFacts(), [achieve]);
        var attestation = WithGoodFacts() with { Evidence = declared };

        var implemented = Evaluate(attestation.With("SEC-01", Implemented(statement, [.. citations])), "SEC-01");
        var partial = Evaluate(attestation.With("SEC-01", new Answer { Status = AnswerStatus.Partial, Statement = statement, Evidence = citations }), "SEC-01");

        implemented.Outcome.Should().Be(Outcome.Unverified);
        implemented.Reasons.Should().Contain(r => r.Code == "answer.statement.insubstantial" && r.Arguments.Contains(new ReasonArgument("problem", "notInPlace")));
        implemented.FollowUps.Should().Contain(f => f.Question.Contains("but its statement says the measure is not in place yet", StringComparison.Ordinal));
        partial.Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial", "a partial claim may say what is not done yet");
    }

    [Theory]
    // The same in the other languages a statement is read in.
    [InlineData("Medien und Signalisierung nutzen TLS 1.3 auf jedem Client; die Verschlüsselung der Telefoneinwahl ist für das nächste Quartal geplant.")]
    [InlineData("Medien und Signalisierung nutzen TLS 1.3, aber die Verschlüsselung ist noch nicht für alle Raumsysteme umgesetzt.")]
    [InlineData("Les médias et la signalisation utilisent TLS 1.3 ; le chiffrement des appels téléphoniques est à l'étude pour nos passerelles.")]
    [InlineData("Les médias et la signalisation utilisent TLS 1.3, mais le chiffrement n'est pas encore déployé sur les systèmes de salle.")]
    [InlineData("Los medios y la señalización usan TLS 1.3; el cifrado de las llamadas telefónicas está previsto para el próximo trimestre.")]
    [InlineData("Los medios y la señalización usan TLS 1.3, pero el cifrado todavía no está implantado en los sistemas de sala.")]
    public void AnImplementedClaimWhoseStatementSaysTheMeasureIsNotInPlaceYetInAnotherLanguage_IsUnverified_AndAPartialOneIsNot(string statement) =>
        AnImplementedClaimWhoseStatementSaysTheMeasureIsNotInPlaceYet_IsUnverified_AndAPartialOneIsNot(statement);

    [Theory]
    // "Not yet" of people or things the measure handles is a measure in place.
    [InlineData("Participants who have not yet been admitted wait in the lobby, and media between every client and our servers uses TLS 1.3.")]
    [InlineData("Recordings are deleted after 30 days; media and signalling use TLS 1.3, and certificates that will be renewed soon are monitored.")]
    // Release words that speak of other things than the measure's stage.
    [InlineData("Media and signalling use TLS 1.3 on every client; we roll out updates weekly, and beta features are disabled by default.")]
    [InlineData("Media and signalling use TLS 1.3 on every client, including Pilot, our plan for small teams, and the meeting preview before joining.")]
    [InlineData("Media and signalling use TLS 1.3 on every client; updates reach 1% of devices before rolling out to all customers.")]
    [InlineData("Media and signalling use TLS 1.3 on every client, and recording stops as soon as the host ends it.")]
    [InlineData("Medien und Signalisierung nutzen TLS 1.3 auf jedem Client; Teilnehmende, die noch nicht zugelassen sind, warten im Warteraum.")]
    [InlineData("Les médias et la signalisation utilisent TLS 1.3, comme prévu par le contrat, sur chaque client et chaque système de salle.")]
    [InlineData("Los medios y la señalización usan TLS 1.3 en cada cliente; quienes aún no han sido admitidos esperan en la sala de espera.")]
    public void AnImplementedClaimWhoseStatementSpeaksOfWhatIsNotYetDone_ByOthers_IsMet(string statement)
    {
        var achieve = Evidence(EvidencePurpose.Achieve);
        var (declared, citations) = Declare(WithGoodFacts(), [achieve]);

        Evaluate((WithGoodFacts() with { Evidence = declared }).With("SEC-01", Implemented(statement, [.. citations])), "SEC-01")
            .Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial");
    }

    [Theory]
    // A date the evaluation date (2026-11-01) has not reached, with no plan word.
    [InlineData("SEC-05", "Multi-factor authentication with security keys becomes mandatory for every account by March 2027; passwords need 12 characters.")]
    [InlineData("PBD-04", "From Q2 2027 the waiting room is on by default for every new meeting, and the host admits people one by one or all at once.")]
    [InlineData("EUC-03", "Starting 1 January 2027, users can see, download and delete their recordings, chat history and profile from their account settings.")]
    public void AnImplementedClaimWhoseStatementSetsTheMeasureADateToCome_IsUnverified_AndAPartialOneIsNot(string id, string statement)
    {
        var achieve = Evidence(EvidencePurpose.Achieve);
        var (declared, citations) = Declare(WithGoodFacts(), [achieve]);
        var attestation = WithGoodFacts() with { Evidence = declared };

        var implemented = Evaluate(attestation.With(id, Implemented(statement, [.. citations])), id);
        var partial = Evaluate(attestation.With(id, new Answer { Status = AnswerStatus.Partial, Statement = statement, Evidence = citations }), id);
        var later = Evaluator.Evaluate(attestation.With(id, Implemented(statement, [.. citations])), new DateTime(2027, 4, 1)).GetExpectation(id);

        implemented.Outcome.Should().Be(Outcome.Unverified, "'{0}' sets the measure a date to come", statement);
        implemented.Reasons.Should().Contain(r => r.Code == "answer.statement.insubstantial" && r.Arguments.Contains(new ReasonArgument("problem", "notInPlace")));
        implemented.FollowUps.Should().Contain(f => f.Question.Contains("but its statement says the measure is not in place yet", StringComparison.Ordinal));
        partial.Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial", "a partial claim may say when the rest comes");
        later.Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial", "once the date has come, the statement is judged as any other");
    }

    [Theory]
    // A period to come, with no date: to come on any evaluation date.
    [InlineData("PBD-04", "The waiting room becomes the default for every new meeting in the coming months, and the host admits people one by one or all at once.")]
    [InlineData("SEC-05", "Multi-factor authentication with security keys becomes mandatory for every account by next year; passwords need 12 characters.")]
    public void AnImplementedClaimWhoseStatementSetsTheMeasureAPeriodToCome_IsUnverified_AndAPartialOneIsNot(string id, string statement)
    {
        var achieve = Evidence(EvidencePurpose.Achieve);
        var (declared, citations) = Declare(WithGoodFacts(), [achieve]);
        var attestation = WithGoodFacts() with { Evidence = declared };

        var implemented = Evaluate(attestation.With(id, Implemented(statement, [.. citations])), id);
        var partial = Evaluate(attestation.With(id, new Answer { Status = AnswerStatus.Partial, Statement = statement, Evidence = citations }), id);

        implemented.Outcome.Should().Be(Outcome.Unverified, "'{0}' sets the measure a period to come", statement);
        implemented.Reasons.Should().Contain(r => r.Code == "answer.statement.insubstantial" && r.Arguments.Contains(new ReasonArgument("problem", "notInPlace")));
        partial.Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial", "a partial claim may say when the rest comes");
    }

    [Theory]
    // Dates to come that set no deadline for the measure, past dates, and numbers that are no dates.
    [InlineData("SEC-07", "An independent firm tests the platform every 12 months; the next test is booked for March 2027, and our ISO/IEC 27001 certificate is valid until November 2028.")]
    [InlineData("SEC-05", "Every account has had to use multi-factor authentication since 2024, and from 2025 passwords are checked against lists of breached passwords.")]
    [InlineData("SEC-04", "Recordings, chat and transcripts are encrypted at rest with AES-256; key-encryption keys are protected by 2048-bit RSA in hardware security modules.")]
    [InlineData("PBD-07", "Cloud recordings are deleted after 180 days by a nightly job, and contracts renewed in 2027 keep the same retention schedule.")]
    [InlineData("PBD-04", "The waiting room is on by default; hosts admit the next person in the lobby, and people coming late wait there too.")]
    public void AnImplementedClaimWhoseStatementNamesADateThatSetsNoDeadline_IsMet(string id, string statement)
    {
        var achieve = Evidence(EvidencePurpose.Achieve);
        var (declared, citations) = Declare(WithGoodFacts(), [achieve]);

        Evaluate((WithGoodFacts() with { Evidence = declared }).With(id, Implemented(statement, [.. citations])), id)
            .Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial", "'{0}' states a measure in place", statement);
    }

    [Theory]
    // The encryption the expectation requires, said to be absent, with no plan word.
    [InlineData("SEC-04", "Recordings, transcripts and chat are kept in our European data centres. Recordings are not encrypted at rest.")]
    [InlineData("SEC-04", "Cloud recordings are stored unencrypted on our storage cluster, which only the operations team can reach.")]
    [InlineData("SEC-02", "Hosts on every plan can lock meetings and require passcodes, but we do not offer end-to-end encryption.")]
    [InlineData("SEC-02", "Group calls run through our media servers with TLS 1.3; they aren't end-to-end encrypted on any plan.")]
    [InlineData("SEC-01", "Media between browsers and our servers is never encrypted, as the relays in our data centres inspect it for quality.")]
    public void AnImplementedClaimWhoseStatementSaysTheRequiredEncryptionIsAbsent_IsUnverified_AndAPartialOneIsNot(string id, string statement)
    {
        var achieve = Evidence(EvidencePurpose.Achieve);
        var (declared, citations) = Declare(WithGoodFacts(), [achieve]);
        var attestation = WithGoodFacts() with { Evidence = declared };

        var implemented = Evaluate(attestation.With(id, Implemented(statement, [.. citations])), id);
        var partial = Evaluate(attestation.With(id, new Answer { Status = AnswerStatus.Partial, Statement = statement, Evidence = citations }), id);

        implemented.Outcome.Should().Be(Outcome.Unverified, "'{0}' says the encryption is absent", statement);
        implemented.Reasons.Should().Contain(r => r.Code == "answer.statement.insubstantial" && r.Arguments.Contains(new ReasonArgument("problem", "notInPlace")));
        partial.Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial", "a partial claim may say what is not done");
    }

    [Theory]
    // Negation that states a control, or speaks of another encryption than the one required, or of
    // something the statement only qualifies.
    [InlineData("SEC-04", "Recordings are never stored unencrypted: every object is sealed with AES-256 under keys held in our key management service.")]
    [InlineData("SEC-04", "Stored recordings are encrypted at rest with AES-256. They are not end-to-end encrypted, so cloud transcription can run.")]
    [InlineData("SEC-04", "We do not sell personal data and do not share data with advertisers; stored content is encrypted at rest with AES-256.")]
    [InlineData("SEC-04", "Recordings are encrypted at rest with AES-256 and are not accessible to staff without an approved, logged request.")]
    [InlineData("SEC-04", "Stored content is encrypted at rest with AES-256; we never use encryption keys shared between customers.")]
    [InlineData("SEC-01", "All media and signalling use TLS 1.3 or DTLS-SRTP; calls are not end-to-end encrypted unless the host turns that on.")]
    [InlineData("SEC-01", "Clients refuse any connection that is not encrypted, and media and signalling use TLS 1.3 between every client and our servers.")]
    [InlineData("SEC-01", "Media and signalling are not only encrypted with TLS 1.3 in transit but also authenticated with certificate pinning.")]
    [InlineData("SEC-01", "Media and signalling use TLS 1.3 between every client and our servers. If a legacy room system cannot encrypt, it is not admitted.")]
    public void AnImplementedClaimWhoseStatementNegatesSomethingElse_IsMet(string id, string statement)
    {
        var achieve = Evidence(EvidencePurpose.Achieve);
        var (declared, citations) = Declare(WithGoodFacts(), [achieve]);

        Evaluate((WithGoodFacts() with { Evidence = declared }).With(id, Implemented(statement, [.. citations])), id)
            .Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial", "'{0}' states a measure in place", statement);
    }

    [Theory]
    // Outside the encryption expectations, negation is how many controls are stated.
    [InlineData("TRF-03", "We do not sell meeting content, never use it for advertising and do not train models on it; this is written into our terms.")]
    [InlineData("SEC-08", "Customer content is not accessible to staff: support engineers get time-limited access only after the customer approves it, and every session is logged.")]
    [InlineData("TRF-07", "Meeting settings explain that meetings which are not end-to-end encrypted can be read by our servers, and which features end-to-end encryption turns off.")]
    public void AnImplementedClaimOutsideTheEncryptionExpectations_IsNotReadForAbsence(string id, string statement)
    {
        var achieve = Evidence(EvidencePurpose.Achieve);
        var (declared, citations) = Declare(WithGoodFacts(), [achieve]);

        Evaluate((WithGoodFacts() with { Evidence = declared }).With(id, Implemented(statement, [.. citations])), id)
            .Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial" && r.Arguments.Contains(new ReasonArgument("problem", "notInPlace")));
    }

    [Fact]
    public void AStatementPastedIntoThreeAnswers_IsBoilerplateInEachOfThem()
    {
        const string Pasted = "We take privacy and security very seriously and follow industry best practice everywhere.";
        var attestation = WithGoodFacts()
            .With("SEC-07", Implemented(Pasted))
            .With("SEC-08", Implemented(Pasted))
            .With("SEC-09", Implemented(Pasted));

        var report = Report(attestation);

        foreach (var id in new[] { "SEC-07", "SEC-08", "SEC-09" })
        {
            report.GetExpectation(id).Reasons.Should().Contain(r => r.Message == "The statement is the same text as the answers to other expectations, so it does not say how this measure is achieved.");
            report.GetExpectation(id).Outcome.Should().Be(Outcome.Unverified);
        }

        Report(WithGoodFacts().With("SEC-07", Implemented(Pasted)).With("SEC-08", Implemented(Pasted))).GetExpectation("SEC-07").Outcome
            .Should().Be(Outcome.Met, "two answers with the same words are not yet boilerplate");
    }

    [Fact]
    public void BaselineClaimWithoutEvidenceOfHowItIsAchieved_IsUnverified_AndOneDocumentMeetsIt()
    {
        var without = Evaluate(WithGoodFacts().With("SEC-01", AnswerStatus.Implemented, Evidence(EvidencePurpose.Validate, independent: true)), "SEC-01");
        var with = Evaluate(WithGoodFacts().With("SEC-01", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve)), "SEC-01");

        without.Outcome.Should().Be(Outcome.Unverified);
        without.Reasons.Should().Contain(r => r.Code == "assurance.baselineEvidence");
        with.Outcome.Should().Be(Outcome.Met);
        with.Score.Should().Be(70);
    }

    [Fact]
    public void ExpectedLevelClaimWithAStatementAndFacts_IsMetOnTheVendorsWord_AtHalfTheScore()
    {
        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented), "SEC-07");

        (result.Outcome, result.Assurance, result.Score).Should().Be((Outcome.Met, 0.0, 50.0));
    }

    [Fact]
    public void Assurance_AddsUpAchieveMonitorAndValidate_AndNoSinglePieceGivesItAll()
    {
        double Score(params Cited[] evidence) => Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, evidence), "SEC-07").Score!.Value;

        Score(Evidence(EvidencePurpose.Achieve)).Should().Be(70);
        Score(Evidence(EvidencePurpose.Monitor)).Should().Be(65);
        Score(Evidence(EvidencePurpose.Validate, independent: true)).Should().Be(65);
        Score(Evidence(EvidencePurpose.Achieve), Evidence(EvidencePurpose.Monitor)).Should().Be(85);
        Score(Evidence(EvidencePurpose.Achieve), Evidence(EvidencePurpose.Monitor), Evidence(EvidencePurpose.Validate, independent: true)).Should().Be(100);
    }

    [Theory]
    [InlineData(EvidenceKind.PenetrationTest, EvidencePurpose.Validate, true, "PBD-05")]
    [InlineData(EvidenceKind.Policy, EvidencePurpose.Validate, false, "SEC-01")]
    [InlineData(EvidenceKind.Certification, EvidencePurpose.Achieve, true, "TRF-01")]
    [InlineData(EvidenceKind.Training, EvidencePurpose.Monitor, false, "EUC-02")]
    public void EvidenceOfAKindTheExpectationsClassDoesNotAccept_EarnsNothing(EvidenceKind kind, EvidencePurpose shows, bool independent, string id)
    {
        var result = Evaluate(WithGoodFacts().With(id, AnswerStatus.Implemented, Evidence(shows, independent: independent, kind: kind)), id);

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.Unfit);
        result.AssuranceAspects.Should().BeEmpty();
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.SupportingInformation && f.Question.Contains("cannot show how", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EvidenceKind.InternalReview)]
    [InlineData(EvidenceKind.Other)]
    public void EvidenceMarkedIndependentOfAKindThatCannotBe_EarnsNothing(EvidenceKind kind)
    {
        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, Evidence(EvidencePurpose.Validate, independent: true, kind: kind)), "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.CannotBeIndependent);
        result.Score.Should().Be(50);
    }

    [Theory]
    [InlineData("  ", false)]
    [InlineData("—", false)]
    [InlineData("-- / --", false)]
    [InlineData("\u00a0.\u3000", false)]
    [InlineData("Ř", true)]
    [InlineData("٣", true)]
    [InlineData("\u3164\u3164\u3164", false)]
    [InlineData("TBD", false)]
    [InlineData("A", false)]
    [InlineData("Unknown", false)]
    [InlineData("N/A", false)]
    [InlineData("None", false)]
    [InlineData("Independent third party", false)]
    [InlineData("External auditors", false)]
    [InlineData("Name withheld under NDA", false)]
    [InlineData("To be appointed", false)]
    [InlineData("Undisclosed", false)]
    [InlineData("Pending selection", false)]
    [InlineData("See report", false)]
    [InlineData("Various", false)]
    [InlineData("A reputable firm", false)]
    [InlineData("Ditto", false)]
    [InlineData("Confidential", false)]
    [InlineData("Multiple firms", false)]
    [InlineData("A Big Four firm", false)]
    [InlineData("Accredited CB", false)]
    [InlineData("Company X", false)]
    [InlineData("XYZ Ltd", false)]
    [InlineData("Available on request", false)]
    [InlineData("Northgate Assurance LLP", true)]
    [InlineData("Open Lens Reviews", true)]
    [InlineData("Big Sky Audit Partners", true)]
    [InlineData("Northgate Assurance LLP (report under NDA)", true)]
    [InlineData("Global Certification Ltd", true)]
    public void IndependentEvidence_HasAnIssuerOnlyWhenItNamesSomeone_InAnyScript(string issuer, bool named)
    {
        // Independent evidence without an issuer, or with one that names nobody in particular, earns nothing.
        var cited = Evidence(EvidencePurpose.Validate, independent: true);
        var attestation = WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, cited with { Item = cited.Item with { Issuer = issuer } });

        var verdict = Evaluate(attestation, "SEC-07").Evidence.Should().ContainSingle().Which.Verdict;
        (verdict == EvidenceVerdict.NoIssuer).Should().Be(!named, "the issuer is '{0}'", issuer);
    }

    [Theory]
    [InlineData("Security researchers worldwide")]
    [InlineData("Our user community")]
    [InlineData("Customers")]
    [InlineData("The security community")]
    [InlineData("Independent researchers")]
    [InlineData("Ethical hackers")]
    [InlineData("Independent security experts around the world")]
    [InlineData("Open researcher community via an independent bounty platform")]
    [InlineData("Invited independent researchers (fictional programme)")]
    [InlineData("The public")]
    [InlineData("Communauté de chercheurs")]
    public void IndependentEvidenceIssuedByACrowd_NamesNoIssuer_AndAsksWhoRanTheWork(string crowd)
    {
        // The vendor's own bug-bounty page, declared as independent validation issued by a crowd:
        // nobody a reviewer could ask answers for it.
        var bounty = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.BugBounty, reference: "https://vendor.example/security/bug-bounty");
        var (declared, citations) = Declare(WithGoodFacts(), [bounty with { Item = bounty.Item with { Issuer = crowd } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        var result = Evaluate(attestation, "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.NoIssuer, "'{0}' names no one", crowd);
        result.AssuranceAspects.Should().BeEmpty();
        result.Reasons.Should().ContainSingle(r => r.Code == "evidence.noIssuer").Which.Message.Should()
            .Be($"Evidence '{bounty.Item.Id}' is marked independent, but its issuer, '{crowd}', is a crowd or community, not a party a reviewer could ask, so it names no issuer and does not count.");
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.SupportingInformation
            && f.Question.Contains($"its issuer, '{crowd}', is a crowd or community rather than a party. Please name the independent party that ran or checked the work", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bug bounty platform")]
    [InlineData("A bug bounty platform")]
    [InlineData("Third-party auditor")]
    [InlineData("An independent assessor")]
    [InlineData("External security firm")]
    [InlineData("Independent testing lab")]
    [InlineData("Accredited certification provider")]
    [InlineData("External security company")]
    [InlineData("Independent penetration testing services")]
    [InlineData("Bug bounty platform (fictional)")]
    [InlineData("Laboratoire de test indépendant")]
    public void IndependentEvidenceIssuedByAKindOfParty_NamesNoIssuer_AndAsksForItsName(string kind)
    {
        // Words that say what kind of party did the work fit thousands of them: no reviewer could
        // ask the one that did.
        var test = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, reference: "https://vendor.example/security/pentest-2026");
        var (declared, citations) = Declare(WithGoodFacts(), [test with { Item = test.Item with { Issuer = kind } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        var result = Evaluate(attestation, "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.NoIssuer, "'{0}' names no one", kind);
        result.AssuranceAspects.Should().BeEmpty();
        var reason = result.Reasons.Should().ContainSingle(r => r.Code == "evidence.noIssuer").Which;
        reason.Message.Should().Be($"Evidence '{test.Item.Id}' is marked independent, but its issuer, '{kind}', says only what kind of party issued it, not which one, so it names no issuer and does not count.");
        reason.Pointer.Should().EndWith("/issuer");
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.SupportingInformation
            && f.Question.Contains($"its issuer, '{kind}', says only what kind of party issued it. Please give the name of the firm, laboratory or platform that ran or checked the work", StringComparison.Ordinal));
    }

    [Theory]
    // Words that make the issuer the vendor's own keep it the vendor's: its own work is monitoring,
    // not an issuer left unnamed.
    [InlineData("Security team")]
    [InlineData("Our external audit team")]
    [InlineData("Privacy office")]
    public void IndependentEvidenceIssuedByTheVendorsOwnTeam_IsTheVendorsOwn_NotAKindOfParty(string issuer)
    {
        var test = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, reference: "https://vendor.example/security/pentest-2026");
        var (declared, citations) = Declare(WithGoodFacts(), [test with { Item = test.Item with { Issuer = issuer } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        var result = Evaluate(attestation, "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().NotBe(EvidenceVerdict.NoIssuer, "'{0}' is the vendor's own", issuer);
        result.Reasons.Should().Contain(r => r.Code == "evidence.notIndependent");
    }

    [Theory]
    // A proper name or a legal form keeps an issuer a party, whatever crowd's words it uses: a
    // registered organisation answers for what it issued.
    [InlineData("Open Web Security Community e.V.")]
    [InlineData("Security Community e.V.")]
    [InlineData("Researchers Guild Ltd")]
    [InlineData("Ethical Hackers Ltd")]
    [InlineData("Open researcher community via the Tidewater Bounty Platform")]
    [InlineData("Global Certification Ltd")]
    [InlineData("Redwater Security Testing")]
    [InlineData("World Privacy Forum")]
    // Nor do a kind of party's words make a named one nobody.
    [InlineData("Tidewater Bounty Platform")]
    [InlineData("Kestrel Assurance LLP")]
    [InlineData("Independent Testing Lab Ltd")]
    [InlineData("Payment Card Security Standards Council")]
    [InlineData("Gullwing Security Labs (fictional)")]
    [InlineData("Quillhaven Testing Group (fictional)")]
    [InlineData("Bug Bounty Platform GmbH")]
    public void IndependentEvidenceIssuedByANamedOrganisation_WhateverCrowdWordsItUses_IsIndependentValidation(string issuer)
    {
        var test = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, reference: "https://vendor.example/security/pentest-2026");
        var (declared, citations) = Declare(WithGoodFacts(), [test with { Item = test.Item with { Issuer = issuer } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        var result = Evaluate(attestation, "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.Counted, "'{0}' names a party", issuer);
        result.AssuranceAspects.Should().Equal([EvidencePurpose.Validate]);
    }

    [Theory]
    [InlineData("https://trust.example/soc2", "https://trust.example/soc2")]
    [InlineData("https://trust.example/soc2", "http://www.trust.example/soc2#monitoring")]
    [InlineData("Trust centre report TC-9", "trust centre report tc 9")]
    [InlineData("https://trust.example/soc2", "https://trust.example:443/soc2")]
    [InlineData("https://trust.example/soc2", "https://trust.example/%73oc%32")]
    [InlineData("https://trust.example/soc2/", "https://trust.example/soc2/index.html")]
    [InlineData("https://trust.example/soc2?id=7", "https://trust.example/soc2?utm_source=mail&id=7&fbclid=x")]
    [InlineData("https://trust.example/soc2", "https://trust.example/soc2?")]
    [InlineData("https://trust.example/soc2/", "https://trust.example/soc2/%69ndex.html?%75tm_source=mail")]
    [InlineData("https://trust.example/soc2", "https://reviewer@trust.example/soc2")]
    [InlineData("https://trust.example/soc2", "https://trust.example/archive/../soc2")]
    [InlineData("https://trust.example/reports/soc2", "https://trust.example/reports/2025/%2E%2E/./soc2")]
    [InlineData("https://trust.example/reports/soc2", "https://trust.example/reports%2Fsoc2")]
    [InlineData("https://trust.example/soc2", "https://trust.example/soc2;jsessionid=7F3A9C21")]
    public void OneDocumentDeclaredAsSeveralKinds_CountsOnceInAnAnswer(string reference, string sameReference)
    {
        // One document declared three times, as documentation, monitoring and an independent audit,
        // is still one piece of evidence: only the answer's first citation of it counts.
        double Score(params Cited[] evidence) => Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, evidence), "SEC-07").Score!.Value;
        var achieve = Evidence(EvidencePurpose.Achieve, reference: reference);
        var monitor = Evidence(EvidencePurpose.Monitor, reference: sameReference);
        var validate = Evidence(EvidencePurpose.Validate, independent: true, reference: reference);

        Score(achieve, monitor, validate).Should().Be(70).And.Be(Score(achieve));
        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, achieve, monitor, validate), "SEC-07");
        result.Evidence.Select(e => e.Verdict).Should().Equal(EvidenceVerdict.Counted, EvidenceVerdict.SameDocument, EvidenceVerdict.SameDocument);
        result.Reasons.Should().Contain(r => r.Code == ReasonCodes.EvidenceSameDocument && r.Pointer == "/answers/SEC-07/evidence/1/ref");
        result.FollowUps.Should().Contain(q => q.Kind == FollowUpKind.SupportingInformation && q.Question.Contains("same document", StringComparison.Ordinal));

        // Other answers may cite it again: the rule is one document per answer, not per attestation.
        var twoAnswers = WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, achieve).With("SEC-08", AnswerStatus.Implemented, achieve);
        Report(twoAnswers).Expectations.Where(e => e.Id is "SEC-07" or "SEC-08").SelectMany(e => e.Evidence).Should().OnlyContain(e => e.Verdict == EvidenceVerdict.Counted);
    }

    [Theory]
    [InlineData("Blog post: how we think about security", "https://vendor.example/insights/security", "Example Assurance LLP", "blog")]
    [InlineData("Annual independent audit", "https://vendor.example/news/2026/annual-audit", "Example Assurance LLP", "news")]
    [InlineData("Press release: our platform passes its annual audit", "https://vendor.example/audit", "Example Assurance LLP", "press release")]
    [InlineData("Annual independent audit of the meeting platform", "https://vendor.example/audit-2026", "Brightwater Digital Marketing Agency", "marketing")]
    [InlineData("Customer case study: secure meetings for hospitals", "https://vendor.example/customers/hospitals", "Example Assurance LLP", "case study")]
    public void PublicityDeclaredAsIndependentValidation_DoesNotCount_AndIsAskedAbout(string title, string reference, string issuer, string publicity)
    {
        var audit = Evidence(EvidencePurpose.Validate, independent: true, reference: reference);
        var (declared, citations) = Declare(WithGoodFacts(), [audit with { Item = audit.Item with { Title = title, Issuer = issuer } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        var result = Evaluate(attestation, "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.CannotBeIndependent);
        result.Reasons.Should().Contain(r => r.Code == "evidence.cannotBeIndependent" && r.Message.Contains($"names publicity ('{publicity}')", StringComparison.Ordinal));
        result.FollowUps.Should().Contain(f => f.Question.Contains("Please cite the report of the independent work itself", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cloud controls self-assessment (questionnaire v4) for the meeting platform", "https://vendor.example/trust/caiq-2026.pdf", "self assessment")]
    [InlineData("Security certification 2026", "https://vendor.example/trust/self-certified-2026.pdf", "self certified")]
    [InlineData("Selbstauskunft zur Informationssicherheit 2026", "https://vendor.example/trust/isms-2026.pdf", "selbstauskunft")]
    [InlineData("Annual privacy self-declaration", "https://vendor.example/trust/declaration", "self declaration")]
    public void ASelfAssessmentDeclaredAsIndependentValidation_DoesNotCount_AndIsAskedAbout(string title, string reference, string self)
    {
        // A registry that lists self-assessments is named as the issuer: the document is still the
        // vendor's account of itself.
        var audit = Evidence(EvidencePurpose.Validate, independent: true, reference: reference);
        var (declared, citations) = Declare(WithGoodFacts(), [audit with { Item = audit.Item with { Kind = EvidenceKind.Certification, Title = title, Issuer = "Cloud Assurance Registry" } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        var result = Evaluate(attestation, "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.CannotBeIndependent);
        result.Reasons.Should().Contain(r => r.Code == "evidence.cannotBeIndependent" && r.Pointer.EndsWith("/independent", StringComparison.Ordinal)
            && r.Message.Contains($"says it is a self-assessment ('{self}')", StringComparison.Ordinal));
        result.FollowUps.Should().Contain(f => f.Question.Contains("it is a self-assessment", StringComparison.Ordinal));
    }

    [Theory]
    // Another party's work on a self-assessment is that party's work.
    [InlineData("Independent review of our self-assessment against the cloud controls matrix", "https://vendor.example/trust/review-2026.pdf")]
    [InlineData("Self-assessment questionnaire verified by Tidewater Assurance", "https://vendor.example/trust/verified-2026.pdf")]
    public void ASelfAssessmentThatAnotherPartyReviewed_StillValidates(string title, string reference)
    {
        var audit = Evidence(EvidencePurpose.Validate, independent: true, reference: reference);
        var (declared, citations) = Declare(WithGoodFacts(), [audit with { Item = audit.Item with { Title = title, Issuer = "Tidewater Assurance LLP" } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        Evaluate(attestation, "SEC-07").Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.Counted);
    }

    [Theory]
    // A penetration test of the service's own webinars or marketing site is still a penetration test.
    [InlineData("Penetration test of the webinar and marketing website platform", "https://vendor.example/trust/pentest-2026", "Redwater Security Testing Ltd")]
    [InlineData("SOC 2 Type II report 2026", "https://vendor.example/trust/soc2", "Example Assurance LLP")]
    public void IndependentWorkThatNamesNoPublicityGenre_StillValidates(string title, string reference, string issuer)
    {
        var audit = Evidence(EvidencePurpose.Validate, independent: true, reference: reference);
        var (declared, citations) = Declare(WithGoodFacts(), [audit with { Item = audit.Item with { Title = title, Issuer = issuer } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        Evaluate(attestation, "SEC-07").Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.Counted);
    }

    [Theory]
    [InlineData("D1", "x", false)]
    [InlineData("D1", "Document", false)]
    [InlineData("PT-7", "Report 2", false)]
    [InlineData("PT-7", "Final report, latest version", false)]
    [InlineData("report PT-7, available on request", "Stuff", false)]
    [InlineData("D1", "Annual penetration test of the meeting platform", true)]
    [InlineData("PT-7", "SOC 2 Type II", true)]
    [InlineData("report PT-7, available on request", "Annual penetration test", true)]
    // A title of three words or more, or an address, says where to look whatever the title.
    [InlineData("Harbour continuous control monitoring: quarterly summary", "x", true)]
    [InlineData("https://trust.example/pentest-2026", "x", true)]
    public void ADocumentNumberAlone_LeadsNowhere_UnlessItsTitleSaysWhichDocument(string reference, string title, bool counts)
    {
        var cited = Evidence(EvidencePurpose.Achieve, reference: reference);
        var (declared, citations) = Declare(WithGoodFacts(), [cited with { Item = cited.Item with { Title = title } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-07", Implemented(Statement("SEC-07"), [.. citations]));

        var result = Evaluate(attestation, "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(counts ? EvidenceVerdict.Counted : EvidenceVerdict.NoReference);
        if (!counts)
        {
            result.FollowUps.Should().Contain(f => f.Question.Contains("a document number with a title that says which document it is", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Covered by: TLS configuration monitoring dashboard; Quarterly security review of meeting encryption.", Outcome.Unverified)]
    // Case and punctuation between the title's words do not make them the vendor's own.
    [InlineData("covered by - TLS Configuration, Monitoring Dashboard / quarterly security review: of meeting encryption", Outcome.Unverified)]
    // A statement that says how the measure is met and names its evidence keeps its own words.
    [InlineData("Every media and signalling connection uses TLS 1.3 with forward secrecy; the TLS configuration monitoring dashboard alerts the on-call engineer within minutes.", Outcome.Met)]
    public void AStatementMadeOfItsEvidencesTitles_SaysNothingOfItsOwn(string statement, Outcome expected)
    {
        var dashboard = Evidence(EvidencePurpose.Achieve, id: "dashboard");
        var review = Evidence(EvidencePurpose.Monitor, id: "review");
        var (declared, citations) = Declare(WithGoodFacts(), [
            dashboard with { Item = dashboard.Item with { Title = "TLS configuration monitoring dashboard" } },
            review with { Item = review.Item with { Title = "Quarterly security review of meeting encryption" } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-01", Implemented(statement, [.. citations]));

        Evaluate(attestation, "SEC-01").Outcome.Should().Be(expected);
    }

    [Fact]
    public void TheTitleOfEvidenceTheAnswerDoesNotCite_OrOfOneWord_StaysTheVendorsWords()
    {
        // Only the titles of the evidence an answer cites are its data there; a title of one word is a word anyone may use.
        const string Statement = "Every media and signalling connection uses TLS with forward secrecy, and the monitoring dashboard alerts on-call engineers.";
        var cited = Evidence(EvidencePurpose.Achieve, id: "cited");
        var other = Evidence(EvidencePurpose.Monitor, id: "other");
        var (declared, citations) = Declare(WithGoodFacts(), [cited with { Item = cited.Item with { Title = "Dashboard" } }, other with { Item = other.Item with { Title = "Every media and signalling connection uses TLS with forward secrecy" } }]);
        var attestation = (WithGoodFacts() with { Evidence = declared }).With("SEC-01", Implemented(Statement, citations[0]));

        Evaluate(attestation, "SEC-01").Reasons.Should().NotContain(r => r.Code == "answer.statement.insubstantial");
    }

    [Theory]
    [InlineData("https://trust.example/#/documents/soc2", "https://trust.example/#/documents/iso27001")]
    [InlineData("https://trust.example/download?id=7", "https://trust.example/download?id=8")]
    [InlineData("https://trust.example/a%2Fb", "https://trust.example/a%2Fc")]
    [InlineData("https://trust.example/?utm_source=x#/documents/soc2", "https://trust.example/?utm_source=y#/documents/iso27001")]
    [InlineData("https://code.example/policy.md?ref=v2", "https://code.example/policy.md?ref=v3")]
    public void DocumentsThatDifferOnlyInWhatNamesThem_AreDifferentDocuments(string one, string other)
    {
        // A page's route or a query that picks the document names a document of its own; only what
        // spells one address in several ways (a port, escapes, a default page, tracking parameters) does not.
        var first = Evidence(EvidencePurpose.Achieve, reference: one);
        var second = Evidence(EvidencePurpose.Monitor, reference: other);

        Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, first, second), "SEC-07").Evidence.Should().OnlyContain(e => e.Verdict == EvidenceVerdict.Counted);
    }

    [Fact]
    public void PagesOfOnePortalByTheirRoutes_AreDifferentDocuments()
    {
        var soc2 = Evidence(EvidencePurpose.Achieve, reference: "https://trust.example/#/documents/soc2");
        var iso = Evidence(EvidencePurpose.Monitor, reference: "https://trust.example/#/documents/iso27001");

        Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, soc2, iso), "SEC-07").Evidence.Should().OnlyContain(e => e.Verdict == EvidenceVerdict.Counted);
    }

    [Theory]
    [InlineData("https://trust.example/", "https://trust.example/?section=2", "https://trust.example/?section=3#audits", "Trust centre", "Trust centre", "Trust centre", true)]
    [InlineData("https://trust.example/?tab=a", "https://trust.example/?tab=b", "https://trust.example/?tab=c", "Trust Centre", "trust centre!", "TRUST CENTRE", true)]
    [InlineData("https://vendor.example/download?file=policy.pdf", "https://vendor.example/download?file=monitoring.pdf", "https://vendor.example/download?file=soc2.pdf", "Security policy", "Monitoring dashboard", "SOC 2 report", false)]
    [InlineData("https://trust.example/policy", "https://trust.example/monitoring?v=1", "https://trust.example/audit?v=1", "Trust centre", "Trust centre", "Trust centre", false)]
    public void OnePageDeclaredUnderSeveralQueries_WithOneTitle_IsOneDocument(string first, string second, string third, string title, string secondTitle, string thirdTitle, bool oneDocument)
    {
        // A query may select another document, but not one a reader could not tell apart by its title.
        Cited Titled(Cited cited, string named) => cited with { Item = cited.Item with { Title = named } };
        var achieve = Titled(Evidence(EvidencePurpose.Achieve, reference: first), title);
        var monitor = Titled(Evidence(EvidencePurpose.Monitor, reference: second), secondTitle);
        var validate = Titled(Evidence(EvidencePurpose.Validate, independent: true, reference: third), thirdTitle);

        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, achieve, monitor, validate), "SEC-07");

        result.Evidence.Select(e => e.Verdict).Should().Equal(oneDocument
            ? [EvidenceVerdict.Counted, EvidenceVerdict.SameDocument, EvidenceVerdict.SameDocument]
            : [EvidenceVerdict.Counted, EvidenceVerdict.Counted, EvidenceVerdict.Counted]);
    }

    [Fact]
    public void OfOneDocumentCitedTwice_TheCitationThatWouldCount_IsTheOneWeighed()
    {
        // Validation is worth more than monitoring, but not when it names no issuer: then the
        // monitoring declaration of the same document is weighed, and the answer keeps that aspect.
        var audit = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, reference: "https://trust.example/ops");
        var unnamed = audit with { Item = audit.Item with { Issuer = "Independent tester" } };
        var monitored = Evidence(EvidencePurpose.Monitor, reference: "https://trust.example/ops");

        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, unnamed, monitored), "SEC-07");

        result.Evidence.Select(e => e.Verdict).Should().Equal(EvidenceVerdict.SameDocument, EvidenceVerdict.Counted);
        result.AssuranceAspects.Should().Equal(EvidencePurpose.Monitor);
    }

    [Fact]
    public void TheSameEvidenceCitedForTwoPurposesInOneAnswer_CountsOnce()
    {
        var documentation = Evidence(EvidencePurpose.Achieve);
        var monitoring = documentation with { Shows = EvidencePurpose.Monitor };
        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, documentation, monitoring), "SEC-07");

        result.Evidence.Select(e => e.Verdict).Should().Equal(EvidenceVerdict.Counted, EvidenceVerdict.SameDocument);
    }

    [Fact]
    public void IndependentWorkOfAKindTheClassTakesOnlyAsMonitoring_CountsAsMonitoring_NeverLessThanTheSameWorkNotMarkedIndependent()
    {
        // Security operations take a bug bounty as monitoring, not as validation.
        double Score(bool independent) => Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, Evidence(EvidencePurpose.Validate, independent: independent, kind: EvidenceKind.BugBounty)), "SEC-07").Score!.Value;

        Score(independent: true).Should().Be(65).And.Be(Score(independent: false));
    }

    [Theory]
    [InlineData("see file")]
    [InlineData("trust me")]
    [InlineData("n/a")]
    [InlineData("See file.")]
    [InlineData("Available on request")]
    [InlineData("Report available upon request.")]
    [InlineData("Can be provided under NDA")]
    [InlineData("Not public: contact us")]
    [InlineData("https://x")]
    [InlineData("https://")]
    [InlineData("https://n/a")]
    [InlineData("https://on request")]
    [InlineData("on request ://a b")]
    [InlineData("Available on request (2024)")]
    [InlineData("Provided upon request, e.g. by email")]
    [InlineData("Available upon written request")]
    [InlineData("Shared under an NDA")]
    [InlineData("Given under a non-disclosure agreement")]
    [InlineData("To be uploaded later")]
    [InlineData("Will be published soon")]
    [InlineData("Trust us please")]
    [InlineData("Audit report coming soon")]
    [InlineData("Link to follow")]
    [InlineData("Ask your account manager")]
    [InlineData("Contact your sales representative")]
    [InlineData("Confidential, internal use only")]
    [InlineData("Cannot be shared")]
    [InlineData("Held by legal")]
    [InlineData("In our files")]
    [InlineData("Available after contract signature")]
    [InlineData("https://localhost/report")]
    [InlineData("http://127.0.0.1/report")]
    [InlineData("https://10.0.0.7:8443/audit.pdf")]
    [InlineData("https://192.168.1.20/audit")]
    [InlineData("https://intranet/report")]
    [InlineData("https://wiki.corp/security/audit")]
    [InlineData("https://user@[::1]/audit")]
    [InlineData("file:///C:/reports/audit.pdf")]
    [InlineData("FILE://server/share/audit.pdf")]
    [InlineData("https://example.com/soc2-report.pdf")]
    [InlineData("https://www.EXAMPLE.org/audit")]
    [InlineData("http://docs.example.net:8080/pentest.pdf")]
    [InlineData("https://trust.vendor.test/soc2")]
    public void EvidenceWithoutAReferenceAReviewerCouldFollow_EarnsNothing(string reference)
    {
        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve, reference: reference)), "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.NoReference);
    }

    [Theory]
    [InlineData("https://trust.example.example/tbd/report")]
    [InlineData("SOC 2 Type II report 2026")]
    [InlineData("Annual independent security assessment report")]
    [InlineData("Penetration test report PT-7, available on request")]
    [InlineData("reports/pentest.pdf")]
    [InlineData("Harbourlight data subject request metrics")]
    [InlineData("Audit report AR-2026/01, given under NDA")]
    [InlineData("Confidential penetration test report 2025")]
    [InlineData("https://203.0.113.9/reports/pentest")]
    [InlineData("https://trust.harbourlight.example:8443/soc2")]
    [InlineData("File: ISMS-POL-001 Information Security Policy v3")]
    [InlineData("https://notexample.com/soc2-report.pdf")]
    [InlineData("https://example.com.harbourlight.example/soc2")]
    [InlineData("https://trust.harbourlight.example/test/soc2")]
    public void AReferenceThatLeadsSomewhere_Counts(string reference)
    {
        Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve, reference: reference)), "SEC-07")
            .Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.Counted);
    }

    [Fact]
    public void EvidenceIssuedLongAgo_IsStale_WhateverItsExpiryDateSays()
    {
        var result = Evaluate(WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, Evidence(EvidencePurpose.Validate, independent: true, issued: new DateTime(1970, 1, 1), expires: new DateTime(2099, 12, 31))), "SEC-07");

        result.Evidence.Should().ContainSingle().Which.Verdict.Should().Be(EvidenceVerdict.Stale);
    }

    [Fact]
    public void EvidenceIssuedNearTheEndOfTheCalendar_DoesNotOverflow()
    {
        var attestation = WithGoodFacts().With("SEC-07", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve, issued: new DateTime(9999, 12, 1)));

        var act = () => Evaluator.Evaluate(attestation, new DateTime(9999, 12, 31));

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData("SEC-01")]
    [InlineData("SEC-06")]
    [InlineData("TRF-09")]
    public void NotApplicableOnAnExpectationThatAppliesToEveryService_IsRefused(string id)
    {
        var result = Evaluate(WithGoodFacts().With(id, new Answer { Status = AnswerStatus.NotApplicable, Justification = "Our customers configure this themselves under their own policies and contracts with us." }), id);

        result.Outcome.Should().Be(Outcome.NotMet);
        result.IsBaselineGap.Should().BeTrue();
        result.Reasons.Should().Contain(r => r.Code == "answer.notApplicable.refused");
    }

    [Fact]
    public void NotApplicableThatTheFactsContradict_IsAContradiction()
    {
        var facts = GoodFacts with { AudienceSafeguards = GoodFacts.AudienceSafeguards with { ChildrenProfiled = true } };
        var report = Report((WithGoodFacts(Audience.Children) with { Facts = facts })
            .With("KYA-03", new Answer { Status = AnswerStatus.NotApplicable, Justification = "Children only use the service through their schools, which decide how it is configured." }));

        report.GetExpectation("KYA-03").Outcome.Should().Be(Outcome.Contradicted);
        report.Contradictions.Should().ContainSingle().Which.Should().BeEquivalentTo(new { ExpectationId = "KYA-03", Claimed = AnswerStatus.NotApplicable, Fact = "audienceSafeguards.childrenProfiled" });
    }

    [Fact]
    public void NotApplicableWhereTheRuleSetAllowsIt_NeedsTheFactsThatShowIt()
    {
        Answer NoRecording() => new() { Status = AnswerStatus.NotApplicable, Justification = "No client can record or transcribe a meeting, so recording can never start automatically." };
        var noFeatures = GoodFacts with { Features = new FeatureFacts { Recording = false, Transcription = false } };

        Evaluate(WithGoodFacts().With("PBD-05", NoRecording()), "PBD-05").Outcome.Should().Be(Outcome.Contradicted, "the facts say the service records");
        Evaluate(Empty().With("PBD-05", NoRecording()), "PBD-05").Outcome.Should().Be(Outcome.Unverified, "nothing says it does not");
        Evaluate((Empty() with { Facts = noFeatures }).With("PBD-05", NoRecording()), "PBD-05").Outcome.Should().Be(Outcome.NotApplicable);
        Evaluate((Empty() with { Facts = noFeatures }).With("PBD-05", NoRecording() with { Justification = "n/a" }), "PBD-05").Outcome.Should().Be(Outcome.NotMet);
    }

    // A service without the features some expectations concern, consistently: it keeps no content, for no days.
    private static readonly ServiceFacts NoFeatures = GoodFacts with
    {
        Features = new FeatureFacts { Recording = false, Transcription = false, LiveStreaming = false, GuestAccess = false, StoresContent = false },
        DataPractices = GoodFacts.DataPractices with { ContentRetentionDays = 0 },
    };

    [Fact]
    public void HeavyUseOfNotApplicable_CapsTheRating_AndSaysSo()
    {
        var facts = NoFeatures;
        var attestation = WithGoodFacts() with { Facts = facts };
        foreach (var expectation in Evaluator.RuleSet.Expectations.Where(e => e.AppliesTo.Count == 0))
        {
            attestation = expectation.NotApplicable == NotApplicablePolicy.Allowed
                ? attestation.With(expectation.Id, new Answer { Status = AnswerStatus.NotApplicable, Justification = $"The service behind {expectation.Id} has no such feature in any client, plan or region at all." })
                : attestation.With(expectation.Id, AnswerStatus.Implemented, AchieveEvidenceFor(expectation.Id), Evidence(EvidencePurpose.Monitor), Evidence(EvidencePurpose.Validate, independent: true));
        }

        var report = Report(attestation);

        report.Coverage.ClaimedNotApplicable.Should().Be(4);
        report.UncappedRating.Should().Be(Rating.Exemplary);
        report.Rating.Should().Be(Rating.Strong);
        report.Notes.Should().Contain(n => n.Code == "rating.notApplicableCap");
    }

    [Fact]
    public void NotApplicable_JustifiedWithTheExpectationsOwnRationale_IsNotAccepted()
    {
        // The rationale says why the expectation matters, not why it does not apply.
        var facts = NoFeatures;
        var attestation = WithGoodFacts() with { Facts = facts };
        var allowed = Evaluator.RuleSet.Expectations.Where(e => e.AppliesTo.Count == 0 && e.NotApplicable == NotApplicablePolicy.Allowed).ToArray();
        foreach (var expectation in allowed)
        {
            attestation = attestation.With(expectation.Id, new Answer { Status = AnswerStatus.NotApplicable, Justification = expectation.Rationale });
        }

        var report = Report(attestation);

        allowed.Should().NotBeEmpty();
        foreach (var expectation in allowed)
        {
            var result = report.Principles.SelectMany(p => p.Expectations).Single(r => r.Id == expectation.Id);
            result.Outcome.Should().NotBe(Outcome.NotApplicable, "{0}'s rationale is the rule set's words", expectation.Id);
            result.Reasons.Should().Contain(r => r.Code == ReasonCodes.Unjustified && r.Arguments.Contains(new ReasonArgument("problem", "repeatsTitle")));
        }
    }

    [Fact]
    public void AnUnverifiedClaimOrAContradiction_KeepsTheRatingBelowExemplary()
    {
        var attestation = WithGoodFacts();
        foreach (var expectation in Evaluator.RuleSet.Expectations.Where(e => e.AppliesTo.Count == 0))
        {
            attestation = attestation.With(expectation.Id, AnswerStatus.Implemented, AchieveEvidenceFor(expectation.Id), Evidence(EvidencePurpose.Monitor), Evidence(EvidencePurpose.Validate, independent: true));
        }

        Report(attestation).Rating.Should().Be(Rating.Exemplary);
        var unverified = attestation with { Facts = GoodFacts with { SecurityOperations = GoodFacts.SecurityOperations with { PenetrationTestIntervalMonths = null } } };
        var report = Report(unverified);

        report.GetExpectation("SEC-07").Outcome.Should().Be(Outcome.Unverified);
        report.UncappedRating.Should().Be(Rating.Exemplary);
        report.Rating.Should().Be(Rating.Strong);
        report.Notes.Should().Contain(n => n.Code == "rating.inconsistencyCap");
    }

    [Fact]
    public void OneDocumentPastedAcrossUnrelatedExpectations_IsNoted()
    {
        var pentest = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, id: "pentest");
        var report = Report(WithGoodFacts()
            .With("SEC-06", AnswerStatus.Implemented, pentest)
            .With("PBD-05", AnswerStatus.Implemented, pentest)
            .With("PBD-07", AnswerStatus.Implemented, pentest));

        report.Notes.Should().ContainSingle(n => n.Code == "evidence.reused").Which.Message.Should().StartWith(
            "Evidence 'pentest' is cited for 3 expectations of 3 kinds (default-setting, privacy-programme, technical-safeguard): PBD-05, PBD-07, SEC-06.");
    }

    [Fact]
    public void TwoDeclarationsOfOneDocument_AreOneDocumentPasted_AndOtherDocumentsAreNotNoted()
    {
        // The same reference once normalised (case, punctuation), under two ids.
        var first = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, id: "pentest-a", reference: "https://example.example/Pentest-2026.pdf");
        var second = Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, id: "pentest-b", reference: "HTTPS://EXAMPLE.EXAMPLE/pentest 2026 (pdf)");
        var other = Evidence(EvidencePurpose.Achieve, id: "handbook", reference: "https://example.example/handbook");
        var report = Report(WithGoodFacts()
            .With("SEC-06", AnswerStatus.Implemented, first, other)
            .With("PBD-05", AnswerStatus.Implemented, first, other)
            .With("PBD-07", AnswerStatus.Implemented, second));

        report.Notes.Should().ContainSingle(n => n.Code == "evidence.reused").Which.Message.Should().StartWith(
            "Evidence 'pentest-a' is cited for 3 expectations of 3 kinds (default-setting, privacy-programme, technical-safeguard): PBD-05, PBD-07, SEC-06.");
    }

    [Fact]
    public void ManyDocumentsEachRefusedAndDeclaredTwice_AreEachOneDocumentPasted()
    {
        // Each document is looked up by its normalised reference, not compared with every refused
        // document, so hundreds of them cost no more per document than one; each is still found
        // under both of its declarations (case and punctuation aside) and reported once.
        const int documents = 300;
        var cited = new List<Cited>();
        for (var i = 0; i < documents; i++)
        {
            var reference = $"https://example.example/pentest-{i:D4}.pdf";
            cited.Add(Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, id: $"pentest-{i:D4}-a", reference: reference));
            cited.Add(Evidence(EvidencePurpose.Validate, independent: true, kind: EvidenceKind.PenetrationTest, id: $"pentest-{i:D4}-b", reference: reference.ToUpperInvariant().Replace('-', ' ')));
        }

        var firsts = cited.Where((_, i) => i % 2 == 0).ToArray();
        var seconds = cited.Where((_, i) => i % 2 == 1).ToArray();
        var report = Report(WithGoodFacts()
            .With("SEC-06", AnswerStatus.Implemented, firsts)
            .With("PBD-05", AnswerStatus.Implemented, seconds));

        var notes = report.Notes.Where(n => n.Code == "evidence.reused").ToList();
        notes.Should().HaveCount(documents);
        notes.Select(n => n.Pointer).Should().Equal(Enumerable.Range(0, documents).Select(i => "/evidence/" + i.ToString(CultureInfo.InvariantCulture)));
        notes[documents - 1].Message.Should().StartWith($"Evidence 'pentest-{documents - 1:D4}-a' is cited for 2 expectations of 2 kinds");
    }

    [Fact]
    public void TheReport_ProvesWhichRulesMadeIt()
    {
        var builtIn = Report(Empty()).RuleSet;
        var custom = new AttestationEvaluator(BuiltInRuleSets.VtcJointStatement2020 with { Id = "my-rules" }).Evaluate(Empty(), EvaluationDate).RuleSet;

        (builtIn.Origin, builtIn.Digest).Should().Be((RuleSetOrigin.BuiltIn, RuleSetDigest.Compute(BuiltInRuleSets.VtcJointStatement2020)));
        custom.Origin.Should().Be(RuleSetOrigin.Custom);
        custom.Digest.Should().NotBe(builtIn.Digest);
    }

    [Fact]
    public void ARuleSetInCodeThatImpersonatesTheBuiltInOne_IsRefused()
    {
        var lowered = BuiltInRuleSets.VtcJointStatement2020 with
        {
            Expectations = [.. BuiltInRuleSets.VtcJointStatement2020.Expectations.Select(e => e with { Level = ExpectationLevel.Enhanced, RaisedFor = [] })],
        };

        var act = () => new AttestationEvaluator(lowered);

        act.Should().Throw<ArgumentException>().WithMessage("*ruleset-builtin-conflict*");
    }
}
