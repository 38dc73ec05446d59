using System;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Synthetic.Tests;

/// <summary>Generated attestations look like a real population of vendors when evaluated (300 attestations, seed 1, evaluated on 2026-11-01).</summary>
public class SyntheticRealismTests
{
    private static readonly SyntheticSamples.Sample[] Samples = [.. SyntheticSamples.All];

    [Fact]
    public void Scores_CoverAWideRange()
    {
        var scores = Samples.Select(s => s.Report.Score).ToArray();

        scores.Should().Contain(s => s < 35);
        scores.Should().Contain(s => s > 80);
        Samples.Select(s => s.Report.Rating).Distinct().Should().HaveCountGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Scores_FollowTheProfiles()
    {
        Median(SyntheticVendorProfile.Strong).Should().BeGreaterThan(Median(SyntheticVendorProfile.Average));
        Median(SyntheticVendorProfile.Average).Should().BeGreaterThan(Median(SyntheticVendorProfile.Weak));
        Median(SyntheticVendorProfile.Average).Should().BeGreaterThan(Median(SyntheticVendorProfile.PartialResponder));

        static double Median(SyntheticVendorProfile profile)
        {
            var scores = Samples.Where(s => s.Profile == profile).Select(s => s.Report.Score ?? throw new InvalidOperationException("the built-in rule set always has something in scope")).OrderBy(s => s).ToArray();
            return scores[scores.Length / 2];
        }
    }

    [Fact]
    public void SomeReports_HaveContradictions_ButOnlyAFewPercentOfClaims()
    {
        var claims = Samples.Sum(s => s.Attestation.Answers.Count);
        var contradicted = Samples.Sum(s => s.Report.Contradictions.Select(c => c.ExpectationId).Distinct().Count());

        Samples.Should().Contain(s => s.Report.Contradictions.Count > 0);
        Samples.Should().Contain(s => s.Report.Contradictions.Count == 0);
        (contradicted / (double)claims).Should().BeInRange(0.005, 0.06);
    }

    [Fact]
    public void SomeReports_HaveUnansweredExpectations()
    {
        Samples.Should().Contain(s => s.Report.Coverage.NotAnswered > 0);
        Samples.Where(s => s.Profile == SyntheticVendorProfile.Strong).Average(s => s.Report.Coverage.NotAnswered).Should().BeLessThan(1);
    }

    [Fact]
    public void PartialResponders_LeaveFortyToEightyPercentUnanswered()
    {
        foreach (var sample in Samples.Where(s => s.Profile == SyntheticVendorProfile.PartialResponder))
        {
            var applicable = SyntheticSamples.Applicable(sample.Attestation).Count;
            var unanswered = (applicable - sample.Attestation.Answers.Count) / (double)applicable;

            unanswered.Should().BeInRange(0.38, 0.82, "vendor {0} is a partial responder", sample.Attestation.Vendor.Id);
        }
    }

    [Fact]
    public void NotApplicableAnswers_AreFew_MostlyJustified_SomeNot()
    {
        var answers = Samples.SelectMany(s => s.Attestation.Answers.Values).ToArray();
        var notApplicable = answers.Where(a => a.Status == AnswerStatus.NotApplicable).ToArray();

        (notApplicable.Length / (double)answers.Length).Should().BeInRange(0.005, 0.06);
        notApplicable.Count(a => a.Justification is not null).Should().BeGreaterThan(notApplicable.Length / 2);
        notApplicable.Should().Contain(a => a.Justification == null);
        Samples.Should().Contain(s => s.Report.Expectations.Any(e => e.Status == AnswerStatus.NotApplicable && e.Outcome == Outcome.NotApplicable));
    }

    [Fact]
    public void SomeEvidence_HasExpiredByTheReview()
    {
        Samples.Should().Contain(s => s.Report.Expectations.Any(e => e.Reasons.Any(r => r.Code == "evidence.expired")));
        Samples.Should().Contain(s => s.Report.Expectations.Any(e => e.AssuranceAspects.Contains(EvidencePurpose.Validate)));
    }

    [Fact]
    public void Evidence_FitsItsPurpose_AndIsDatedBeforeTheAttestation()
    {
        foreach (var sample in Samples)
        {
            var declared = sample.Attestation.Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var citation in sample.Attestation.Answers.Values.SelectMany(a => a.Evidence))
            {
                var evidence = declared[citation.Ref];
                evidence.Issued.Should().BeOnOrBefore(sample.Attestation.AttestedOn).And.BeOnOrAfter(sample.Attestation.AttestedOn.AddMonths(-30));
                switch (citation.Shows)
                {
                    case EvidencePurpose.Achieve:
                        evidence.Kind.Should().BeOneOf(EvidenceKind.Policy, EvidenceKind.Design, EvidenceKind.DefaultSetting, EvidenceKind.Documentation, EvidenceKind.PrivacyImpactAssessment, EvidenceKind.Contract, EvidenceKind.Training, EvidenceKind.TransparencyReport);
                        evidence.Expires.Should().BeNull();
                        break;
                    case EvidencePurpose.Monitor:
                        evidence.Kind.Should().BeOneOf(EvidenceKind.Monitoring, EvidenceKind.InternalReview, EvidenceKind.InternalAudit);
                        break;
                    default:
                        evidence.Kind.Should().BeOneOf(EvidenceKind.IndependentAudit, EvidenceKind.Certification, EvidenceKind.PenetrationTest, EvidenceKind.BugBounty);
                        evidence.Expires.Should().NotBeNull();
                        evidence.Expires!.Value.Should().BeOnOrAfter(evidence.Issued.AddMonths(12)).And.BeOnOrBefore(evidence.Issued.AddMonths(36));
                        break;
                }
            }

            sample.Attestation.Answers.Values.Should().OnlyContain(a => a.Evidence.Count <= 4);
        }

        var validations = Samples.SelectMany(s => s.Attestation.Answers.Values.SelectMany(a => a.Evidence).Where(c => c.Shows == EvidencePurpose.Validate).Select(c => s.Attestation.Evidence.Single(e => e.Id == c.Ref))).ToArray();
        validations.Count(e => e.Independent).Should().BeGreaterThan(validations.Length * 3 / 4);
        validations.Where(e => e.Independent).Should().OnlyContain(e => e.Issuer!.EndsWith(" (fictional)", StringComparison.Ordinal));
    }

    [Fact]
    public void PartialAnswers_MostlyHaveAScope_PlannedAnswersADate_SomeAlreadyPast()
    {
        var partial = Samples.SelectMany(s => s.Attestation.Answers.Values).Where(a => a.Status == AnswerStatus.Partial).ToArray();
        var planned = Samples.SelectMany(s => s.Attestation.Answers.Values.Where(a => a.Status == AnswerStatus.Planned).Select(a => (a, s.Attestation.AttestedOn))).ToArray();

        partial.Count(a => a.Scope is not null).Should().BeGreaterThan(partial.Length * 7 / 10);
        planned.Count(p => p.a.PlannedFor is not null).Should().BeGreaterThan(planned.Length * 8 / 10);
        planned.Should().Contain(p => p.a.PlannedFor < p.AttestedOn);
        planned.Should().Contain(p => p.a.PlannedFor > p.AttestedOn);
    }

    [Fact]
    public void AudienceSpecificExpectations_AreAnsweredOnlyWhenTheAudienceIsDeclared()
    {
        Samples.Where(s => s.Attestation.Answers.ContainsKey("KYA-03")).Should().NotBeEmpty()
            .And.OnlyContain(s => s.Attestation.Audiences.Serves(Audience.Children));
        Samples.Where(s => s.Attestation.Audiences.Serves(Audience.Children) && s.Profile != SyntheticVendorProfile.PartialResponder)
            .Should().Contain(s => s.Attestation.Answers.ContainsKey("KYA-03"));
    }

    [Fact]
    public void Audiences_HaveRealisticFrequencies()
    {
        double Share(Audience audience) => Samples.Count(s => s.Attestation.Audiences.Serves(audience)) / (double)Samples.Length;

        Share(Audience.Business).Should().BeGreaterThan(0.6);
        Share(Audience.Consumers).Should().BeGreaterThan(0.35);
        Share(Audience.Education).Should().BeInRange(0.08, 0.35);
        Share(Audience.Health).Should().BeInRange(0.05, 0.3);
        Share(Audience.Government).Should().BeInRange(0.02, 0.2);
        Share(Audience.Children).Should().BeInRange(0.01, 0.15);
        Samples.Count(s => s.Attestation.Audiences.Serves(Audience.Children) && !s.Attestation.Audiences.Serves(Audience.Education))
            .Should().BeLessThan(Samples.Count(s => s.Attestation.Audiences.Serves(Audience.Children) && s.Attestation.Audiences.Serves(Audience.Education)));
        Samples.Should().OnlyContain(s => s.Attestation.Audiences.Served().Count > 0);
    }

    [Fact]
    public void Facts_EveryCatalogueFactIsStatedSomewhere_AndSomeAreLeftUnstated()
    {
        foreach (var fact in FactCatalog.All)
        {
            Samples.Should().Contain(s => !fact.Read(s.Attestation.Facts).IsMissing, "the generator writes {0}", fact.Path);
            Samples.Should().Contain(s => fact.Read(s.Attestation.Facts).IsMissing, "vendors leave {0} out now and then", fact.Path);
        }
    }

    [Fact]
    public void Names_AreInventedAndLinksUseTheExampleDomain()
    {
        foreach (var attestation in Samples.Select(s => s.Attestation))
        {
            attestation.Vendor.Name.Should().MatchRegex("^[A-Z][a-z]+ [A-Z][a-z]+");
            attestation.Service.Name.Should().StartWith(attestation.Vendor.Name.Split(' ')[0]);
            if (attestation.Vendor.Contact is { } contact)
            {
                contact.Should().EndWith(".example");
            }

            foreach (var reference in attestation.Evidence.Select(e => e.Reference).Where(r => r.StartsWith("https://", StringComparison.Ordinal)))
            {
                new Uri(reference).Host.Should().EndWith(".example");
            }
        }

        Samples.Select(s => s.Attestation.Vendor.Name).Distinct().Should().HaveCountGreaterThan(250);
    }

    [Fact]
    public void Statements_ArePlainSentences()
    {
        var statements = Samples.SelectMany(s => s.Attestation.Answers.Values).Select(a => a.Statement).OfType<string>().ToArray();

        statements.Should().OnlyContain(s => Regex.IsMatch(s, "^[A-Z].*\\.$") && !s.Contains("  ", StringComparison.Ordinal) && !s.Contains('{', StringComparison.Ordinal));
        Samples.SelectMany(s => s.Attestation.Answers.Values).Where(a => a.Status == AnswerStatus.Implemented)
            .Count(a => a.Statement is null).Should().BeGreaterThan(0, "a few vendors answer without a statement");
    }

    [Fact]
    public void Facts_MostlyAgreeWithTheAnswers()
    {
        // Implemented claims whose checks fail are the deliberate contradictions; everything else agrees.
        var implemented = Samples.Sum(s => s.Attestation.Answers.Values.Count(a => a.Status == AnswerStatus.Implemented));
        var contradicted = Samples.Sum(s => s.Report.Expectations.Count(e => e.Outcome == Outcome.Contradicted));

        contradicted.Should().BeGreaterThan(0);
        (contradicted / (double)implemented).Should().BeLessThan(0.08);
    }
}
