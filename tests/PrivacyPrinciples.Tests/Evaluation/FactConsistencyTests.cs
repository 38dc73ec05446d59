using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Testing;
using PrivacyPrinciples.Tests.Support;
using static PrivacyPrinciples.Tests.Support.FactEdits;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Two stated facts that cannot both hold decide nothing, are noted, and cap the rating.</summary>
public class FactConsistencyTests
{
    private static readonly AttestationEvaluator Evaluator = new();

    private static EvaluationReport Report(Attestation attestation) => Evaluator.Evaluate(attestation, EvaluationDate);

    // The good facts, but the service is said to store no content while keeping it for 90 days.
    private static readonly ServiceFacts StoresNothingButKeepsIt = GoodFacts with { Features = GoodFacts.Features with { StoresContent = false } };

    private static Answer NotApplicable(string justification) => new() { Status = AnswerStatus.NotApplicable, Justification = justification };

    [Fact]
    public void NotApplicable_ShownByAFactThatAnotherContradicts_IsUnverified_AndABaselineGap()
    {
        var honest = (Empty() with { Facts = GoodFacts with { Features = GoodFacts.Features with { StoresContent = false }, DataPractices = GoodFacts.DataPractices with { ContentRetentionDays = 0 } } })
            .With("SEC-04", NotApplicable("Media is relayed in memory only; recordings, chat and transcripts are never written to our servers."));
        var disputed = (Empty() with { Facts = StoresNothingButKeepsIt })
            .With("SEC-04", NotApplicable("Media is relayed in memory only; recordings, chat and transcripts are never written to our servers."));

        Report(honest).GetExpectation("SEC-04").Outcome.Should().Be(Outcome.NotApplicable, "retention of 0 days is consistent with storing nothing");

        var result = Report(disputed).GetExpectation("SEC-04");
        result.Outcome.Should().Be(Outcome.Unverified);
        result.IsBaselineGap.Should().BeTrue();
        result.Reasons.Should().Contain(r => r.Code == ReasonCodes.FactDisputed && r.Pointer == "/facts/features/storesContent"
            && r.Message == "Fact features.storesContent is stated as false, which cannot hold with fact dataPractices.contentRetentionDays stated as 90, so it corroborates nothing until the two are reconciled.");
        result.Reasons.Should().Contain(r => r.Code == ReasonCodes.NotApplicableUnverified && r.Message.Contains("contradict other stated facts", StringComparison.Ordinal));
        result.FollowUps.Should().ContainSingle(f => f.Kind == FollowUpKind.Contradiction).Which.Question.Should().Be(
            "You state that SEC-04 (Stored content is encrypted at rest) does not apply, but the facts that would show it contradict other facts the attestation states: "
            + "dataPractices.contentRetentionDays is 90, which needs features.storesContent to be true, yet it is false. Please correct /facts so that they agree.");
        result.FollowUps.Should().NotContain(f => f.Kind == FollowUpKind.MissingFacts, "both facts are stated");
    }

    [Fact]
    public void AClaimCheckedAgainstADisputedFact_IsUnverified_WithAQuestionToReconcile()
    {
        // SEC-11 holds when administrators can require multi-factor authentication, which the service is said not to offer at all.
        var facts = GoodFacts with { Authentication = GoodFacts.Authentication with { MultiFactor = MultiFactorSupport.None, AdministratorsCanRequireMultiFactor = true } };
        var result = Report((Empty(Audience.Education) with { Facts = facts }).With("SEC-11", AnswerStatus.Implemented, Evidence(EvidencePurpose.Achieve))).GetExpectation("SEC-11");

        result.Outcome.Should().Be(Outcome.Unverified);
        result.Reasons.Should().Contain(r => r.Code == ReasonCodes.FactDisputed && r.Pointer == "/facts/authentication/multiFactor");
        result.Reasons.Should().Contain(r => r.Code == ReasonCodes.FactDisputed && r.Pointer == "/facts/authentication/administratorsCanRequireMultiFactor");
        result.FollowUps.Should().Contain(f => f.Kind == FollowUpKind.Contradiction && f.Question.Contains("authentication.administratorsCanRequireMultiFactor is true, which needs authentication.multiFactor to be one of \"optional\", \"required\", yet it is \"none\"", StringComparison.Ordinal));
        result.FollowUps.Should().NotContain(f => f.Kind == FollowUpKind.MissingFacts);
    }

    [Fact]
    public void EveryPair_IsNoted_AndCapsTheRating_EvenWhereNoAnswerReadsIt()
    {
        var facts = GoodFacts with { DataPractices = GoodFacts.DataPractices with { RegulatorConsultation = true, PrivacyImpactAssessments = false } };
        var attestation = Empty() with { Facts = facts };
        foreach (var expectation in Evaluator.RuleSet.Expectations.Where(e => e.Id != "PBD-01" && e.Id != "PBD-08"))
        {
            attestation = attestation.With(expectation.Id, AnswerStatus.Implemented, AchieveEvidenceFor(expectation.Id), Evidence(EvidencePurpose.Monitor), Evidence(EvidencePurpose.Validate, independent: true));
        }

        var consistent = Report(attestation with { Facts = GoodFacts });
        var report = Report(attestation);

        consistent.Rating.Should().Be(Rating.Exemplary, "the same answers with consistent facts are exemplary");
        report.Score.Should().Be(consistent.Score, "no answer reads the disputed facts");
        report.Rating.Should().Be(Rating.Strong);
        report.Notes.Should().ContainSingle(n => n.Code == ReasonCodes.FactsInconsistent).Which.Should().BeEquivalentTo(new
        {
            Pointer = "/facts/dataPractices/regulatorConsultation",
            Message = "Fact dataPractices.regulatorConsultation is true, which needs dataPractices.privacyImpactAssessments to be true, but it is false; at least one of them is wrong, so neither counts for any answer until they are reconciled.",
        });
        report.Notes.Should().ContainSingle(n => n.Code == ReasonCodes.InconsistencyCap).Which.Message.Should().Be(
            "The attestation has 0 unverified claims, 0 contradictions and 1 pair of facts that contradict each other; an exemplary rating needs every claim supported and consistent with the facts, so the rating is capped at strong.");
    }

    [Fact]
    public void TheTextSummary_NamesEachPair()
    {
        var report = Report((Empty() with { Facts = StoresNothingButKeepsIt }).With("SEC-01", AnswerStatus.Implemented));
        var text = new StringWriter();

        PrivacyPrinciples.Reporting.TextReportWriter.WriteSummary(report, text, color: false);

        text.ToString().Split('\n').Should().Contain(
            "  Inconsistent facts: Fact dataPractices.contentRetentionDays is 90, which needs features.storesContent to be true, but it is false; at least one of them is wrong, so neither counts for any answer until they are reconciled.");
    }

    [Fact]
    public void TheRecordingNotice_CannotBeNotApplicable_WhenRecordingStartsByItself()
    {
        var facts = GoodFacts with
        {
            Features = GoodFacts.Features with { Recording = false, Transcription = false, LiveStreaming = false },
            MeetingDefaults = GoodFacts.MeetingDefaults with { RecordingStartsAutomatically = true },
        };
        var report = Report((Empty() with { Facts = facts }).With("EUC-01", NotApplicable("No client offers recording, captioning or streaming, so nothing is ever captured that participants could be told about.")));

        report.GetExpectation("EUC-01").Outcome.Should().Be(Outcome.Unverified);
        report.BaselineGaps.Should().Contain(g => g.ExpectationId == "EUC-01");
    }

    [Fact]
    public void TheGoodFacts_AndTheSampleAttestations_HoldNoPairThatContradictsItself_SaveTheCarelessVendors()
    {
        FactConsistency.Check(GoodFacts).Disputes.Should().BeEmpty();
        var reader = new AttestationReader();
        var samples = Directory.GetFiles(RepositoryPaths.Samples, "*.json")
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("samples", "assessments"), "*.json"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var disputed = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var path in samples)
        {
            var disputes = FactConsistency.Check(reader.Read(File.ReadAllBytes(path), path).GetValueOrThrow().Facts).Disputes;
            if (disputes.Count > 0)
            {
                disputed[Path.GetFileName(path)] = [.. disputes.Select(d => d.Fact.Path + " / " + d.Other.Path)];
            }
        }

        samples.Should().HaveCountGreaterThan(8);

        // Tinpot Talk, the weak sample, says it neither records nor stores content, while its
        // answers describe recordings and chat it keeps until users delete them.
        disputed.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["tinpot-talk.json"] = ["dataPractices.contentRetentionDays / features.storesContent"],
        });
    }

    [Fact]
    public void EachPair_IsDisputedOnlyWhenItsFactsDisagree_AndBothAreThenLeftOutOfTheDecision()
    {
        foreach (var (when, requires, _) in FactConsistency.Pairs)
        {
            var whenFact = Fact(when);
            var requiresFact = Fact(requires);
            var disputedOnce = false;
            foreach (var whenValue in Candidates(when))
            {
                foreach (var requiresValue in Candidates(requires))
                {
                    var facts = With(With(new ServiceFacts(), when, whenValue), requires, requiresValue);
                    var (decided, disputes) = FactConsistency.Check(facts);
                    if (disputes.Count == 0)
                    {
                        decided.Should().BeSameAs(facts);
                        continue;
                    }

                    disputedOnce = true;
                    disputes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Stated = whenValue, OtherStated = requiresValue }, o => o.ComparingByValue<FactValue>());
                    whenFact.Read(decided).IsMissing.Should().BeTrue();
                    requiresFact.Read(decided).IsMissing.Should().BeTrue();
                    FactCatalog.All.Where(f => f != whenFact && f != requiresFact).Should().OnlyContain(f => f.Read(decided) == f.Read(facts), "only the pair is left out");
                }

                // Either fact alone is never disputed.
                FactConsistency.Check(With(new ServiceFacts(), when, whenValue)).Disputes.Should().BeEmpty();
            }

            disputedOnce.Should().BeTrue($"{when} and {requires} can disagree");
        }
    }
}
