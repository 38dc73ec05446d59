using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Synthetic.Tests;

public class SyntheticEngagementTests
{
    private static readonly Lazy<SyntheticEngagement> Default = new(SyntheticEngagement.Create);

    private static readonly Lazy<EngagementLoadResult> Sample = new(() => new EngagementLoader().Load(RepositoryPaths.Combine("samples", "engagement", "engagement.json")));

    [Fact]
    public void Create_Default_InvitesTwentyTwoVendors_OfWhichOneNeverAnswers()
    {
        var generated = Default.Value;

        generated.Engagement.Invited.Should().HaveCount(22).And.OnlyHaveUniqueItems(v => v.VendorId);
        generated.FirstRound.Should().HaveCount(21);
        generated.FollowUpRound.Select(a => a.Vendor.Id).Should().Equal(generated.FirstRound.Select(a => a.Vendor.Id));
        generated.Engagement.Rounds.Select(r => r.Id).Should().Equal(SyntheticEngagement.FirstRoundFolder, SyntheticEngagement.FollowUpRoundFolder);
    }

    [Fact]
    public void Create_EveryAttestation_IsValid()
    {
        var reader = new AttestationReader();
        var generated = Default.Value;

        foreach (var attestation in generated.FirstRound.Concat(generated.FollowUpRound))
        {
            reader.Read(PrivacyPrinciplesJson.Serialize(attestation), SyntheticEngagement.FileName(attestation)).Errors.Should().BeEmpty();
        }
    }

    [Fact]
    public void Create_LateResponders_AttestAfterTheDeadline_InEachRound()
    {
        var generated = Default.Value;
        var first = generated.Engagement.Rounds[0].Deadline!.Value;
        var second = generated.Engagement.Rounds[1].Deadline!.Value;

        generated.FirstRound.Count(a => a.AttestedOn > first).Should().Be(2);
        generated.FollowUpRound.Count(a => a.AttestedOn > second).Should().Be(2);
        generated.FollowUpRound.Should().OnlyContain(a => a.AttestedOn > first.AddDays(30));
    }

    [Fact]
    public void FollowUp_KeepsTheServiceAndItsFacts_AndAddsAnswersAndAssurance()
    {
        var generated = Default.Value;
        var pairs = generated.FirstRound.Zip(generated.FollowUpRound, (first, second) => (First: first, Second: second)).ToArray();

        pairs.Should().OnlyContain(p => p.First.Service == p.Second.Service && p.First.Facts == p.Second.Facts && p.First.Audiences == p.Second.Audiences);
        pairs.Sum(p => p.Second.Answers.Count).Should().BeGreaterThan(pairs.Sum(p => p.First.Answers.Count), "vendors answer some of what they left open");
        pairs.Sum(p => Assured(p.Second)).Should().BeGreaterThan(pairs.Sum(p => Assured(p.First)), "the follow-up asks how measures are monitored and validated");
        pairs.Sum(p => Implemented(p.Second)).Should().BeGreaterThan(pairs.Sum(p => Implemented(p.First)), "plans come true");

        static int Assured(Attestation a) => a.Answers.Values.Sum(x => x.Evidence.Count(e => e.Shows is EvidencePurpose.Monitor or EvidencePurpose.Validate));
        static int Implemented(Attestation a) => a.Answers.Values.Count(x => x.Status == AnswerStatus.Implemented);
    }

    [Fact]
    public void Create_SameOptions_SameEngagement_DifferentSeed_DifferentVendors()
    {
        var again = SyntheticEngagement.Create(new SyntheticEngagementOptions { Seed = 1 });
        var other = SyntheticEngagement.Create(new SyntheticEngagementOptions { Seed = 2 });

        PrivacyPrinciplesJson.Serialize(again.Engagement).Should().Be(PrivacyPrinciplesJson.Serialize(Default.Value.Engagement));
        again.FollowUpRound.Select(PrivacyPrinciplesJson.Serialize).Should().Equal(Default.Value.FollowUpRound.Select(PrivacyPrinciplesJson.Serialize));
        other.Engagement.Invited.Select(v => v.VendorId).Should().NotEqual(Default.Value.Engagement.Invited.Select(v => v.VendorId));
    }

    [Theory]
    [InlineData(0, 0, 0, "Vendors must be from 1 to 10,000")]
    [InlineData(5, 5, 0, "NonResponders must be from 0 to Vendors - 1")]
    [InlineData(5, 1, 5, "LateResponders must be from 0 to the number of vendors that answer")]
    public void Create_BadOptions_ListsTheProblem(int vendors, int nonResponders, int late, string problem)
    {
        var create = () => SyntheticEngagement.Create(new SyntheticEngagementOptions { Vendors = vendors, NonResponders = nonResponders, LateResponders = late });

        create.Should().Throw<ArgumentException>().WithMessage($"*{problem}*");
    }

    [Fact]
    public void Create_FollowUpDeadlineTooSoon_IsRefused()
    {
        var create = () => SyntheticEngagement.Create(new SyntheticEngagementOptions { FirstDeadline = new DateTime(2026, 6, 30), FollowUpDeadline = new DateTime(2026, 7, 15) });

        create.Should().Throw<ArgumentException>().WithMessage("*FollowUpDeadline must be more than 30 days after FirstDeadline*");
    }

    [Fact]
    public void CheckedInSample_IsExactlyWhatTheGeneratorWrites()
    {
        // samples/engagement is written by 'privacy-principles generate --engagement samples/engagement --schemas ../../schemas';
        // after an intended change to the generator, delete the folder and run that command again.
        var folder = RepositoryPaths.Combine("samples", "engagement");
        var generated = Default.Value;

        File.ReadAllText(Path.Combine(folder, "engagement.json")).Should().Be(PrivacyPrinciplesJson.Serialize(generated.Engagement, "../../schemas/engagement.schema.json"));
        foreach (var (round, attestations) in new[] { (SyntheticEngagement.FirstRoundFolder, generated.FirstRound), (SyntheticEngagement.FollowUpRoundFolder, generated.FollowUpRound) })
        {
            Directory.GetFiles(Path.Combine(folder, round)).Select(Path.GetFileName).Should().BeEquivalentTo(attestations.Select(SyntheticEngagement.FileName));
            foreach (var attestation in attestations)
            {
                File.ReadAllText(Path.Combine(folder, round, SyntheticEngagement.FileName(attestation)))
                    .Should().Be(PrivacyPrinciplesJson.Serialize(attestation, "../../../schemas/attestation.schema.json"), SyntheticEngagement.FileName(attestation));
            }
        }
    }

    [Fact]
    public void CheckedInSample_HasTheStoryOfTheJointStatement()
    {
        var loaded = Sample.Value;
        loaded.Errors.Should().BeEmpty();

        var first = EngagementAnalyzer.Analyze(loaded.Engagement!, loaded.RuleSet!, loaded.Rounds, SyntheticEngagement.FirstRoundFolder);
        var second = EngagementAnalyzer.Analyze(loaded.Engagement!, loaded.RuleSet!, loaded.Rounds, SyntheticEngagement.FollowUpRoundFolder);

        first.Responses.Should().HaveCountGreaterThanOrEqualTo(20);
        first.Responses.Where(r => r.Status == ResponseStatus.NoResponse).Should().ContainSingle();
        first.Responses.Should().Contain(r => r.Status == ResponseStatus.AnsweredLate || (r.Status == ResponseStatus.Partial && r.IsLate));
        first.Responses.Should().Contain(r => r.Status == ResponseStatus.Partial);
        first.GoodPractices.Should().NotBeEmpty();
        first.AreasForImprovement.Should().NotBeEmpty();
        first.Letters.Should().HaveCount(22);
        second.PreviousRound!.Id.Should().Be(SyntheticEngagement.FirstRoundFolder);
        second.VendorChanges.Should().HaveCount(21);
        second.VendorChanges.Sum(v => v.Improved + v.NewlyAnswered).Should().BeGreaterThan(second.VendorChanges.Sum(v => v.Regressed));
    }
}
