using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic.Tests;

public class FactPlannerTests
{
    private static readonly RuleSet BuiltIn = BuiltInRuleSets.VtcJointStatement2020;

    [Fact]
    public void Build_WritesEveryFactOfTheCatalogue()
    {
        var candidates = FactCatalog.All.ToDictionary(
            f => f.Path,
            f => f.Type switch { FactType.Boolean => FactValue.From(true), FactType.Number => FactValue.From(7), _ => FactValue.From(f.Choices[^1]) },
            StringComparer.Ordinal);

        var facts = FactPlanner.Build(path => candidates[path]);

        FactCatalog.All.Should().OnlyContain(f => f.Read(facts) == candidates[f.Path], "a fact added to the catalogue must be added to FactPlanner.Build too");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Choose_OneWish_IsGranted(bool holds)
    {
        var planner = new FactPlanner(BuiltIn);

        foreach (var expectation in BuiltIn.Expectations.Where(e => e.Checks.Count > 0))
        {
            for (var seed = 0; seed < 20; seed++)
            {
                var values = planner.Choose([new KeyValuePair<string, bool>(expectation.Id, holds)], SyntheticRandom.For(seed, 0, SyntheticStream.Facts));

                planner.Verdict(expectation.Id, planner.Build(values)).Should().Be(holds ? CheckVerdict.Holds : CheckVerdict.Fails, "{0} with seed {1}", expectation.Id, seed);
            }
        }
    }

    [Fact]
    public void Choose_ConflictingWishes_KeepsTheFirstAndDropsTheOther()
    {
        BuiltInRuleSets.TryGet("vtc-joint-statement-2020@1.0.0", out var first).Should().BeTrue();
        var planner = new FactPlanner(first!);

        // In 1.0.0, SEC-02 failing means no end-to-end encryption at all, so SEC-03 (on by default) cannot hold.
        var values = planner.Choose([new("SEC-02", false), new("SEC-03", true)], SyntheticRandom.For(1, 0, SyntheticStream.Facts));
        var facts = planner.Build(values);

        facts.Encryption.EndToEnd.Should().Be(EndToEndEncryption.None);
        planner.Verdict("SEC-03", facts).Should().Be(CheckVerdict.Fails);
    }

    [Fact]
    public void Build_UnstatedFacts_AreLeftOut()
    {
        var planner = new FactPlanner(BuiltIn);
        var values = planner.Choose([new("SEC-01", true)], SyntheticRandom.For(1, 0, SyntheticStream.Facts));
        var stated = new bool[values.Length];
        stated[planner.SlotOf("encryption.inTransit")] = true;

        var facts = planner.Build(values, stated);

        facts.Encryption.InTransit.Should().BeTrue();
        FactCatalog.All.Count(f => !f.Read(facts).IsMissing).Should().Be(1);
    }

    [Fact]
    public void CustomRuleSet_NumericThreshold_IsRespectedBothWays()
    {
        var custom = CustomRuleSet();
        var planner = new FactPlanner(custom);

        for (var seed = 0; seed < 50; seed++)
        {
            var met = planner.Build(planner.Choose([new("PBD-07", true)], SyntheticRandom.For(seed, 0, SyntheticStream.Facts)));
            var unmet = planner.Build(planner.Choose([new("PBD-07", false)], SyntheticRandom.For(seed, 0, SyntheticStream.Facts)));

            met.DataPractices.ContentRetentionDays.Should().BeLessThanOrEqualTo(45);
            unmet.DataPractices.ContentRetentionDays.Should().BeGreaterThan(45);
        }
    }

    [Fact]
    public void Generator_CustomRuleSet_AnswersItsExpectationsWithConsistentFacts()
    {
        var custom = CustomRuleSet();
        var generator = new SyntheticAttestationGenerator(new SyntheticAttestationOptions { RuleSet = custom, Seed = 3 });
        var evaluator = new AttestationEvaluator(custom);

        var attestations = generator.Generate(200).ToArray();
        var claimed = attestations
            .Where(a => a.Answers.TryGetValue("PBD-07", out var answer) && answer.Status == AnswerStatus.Implemented && a.Facts.DataPractices.ContentRetentionDays is not null)
            .ToArray();

        attestations.Should().OnlyContain(a => a.RuleSet!.Id == "custom-retention");
        claimed.Should().NotBeEmpty();
        claimed.Count(a => a.Facts.DataPractices.ContentRetentionDays <= 45).Should().BeGreaterThan(claimed.Length * 8 / 10);
        attestations.SelectMany(a => evaluator.Evaluate(a, new DateTime(2026, 11, 1)).Contradictions).Where(c => c.ExpectationId == "PBD-07")
            .Should().OnlyContain(c => c.Fact == "dataPractices.contentRetentionDays" || c.Fact == "dataPractices.retentionPeriodsDefined");
        attestations.SelectMany(a => a.Answers).Where(p => p.Key == "PBD-07" && p.Value.Status == AnswerStatus.Implemented && p.Value.Statement is not null)
            .Should().OnlyContain(p => p.Value.Statement!.StartsWith("Content is kept for 45 days at most.", StringComparison.Ordinal), "expectations of other rule sets are described by their titles");
    }

    // The built-in rule set under another id, with PBD-07 retitled and checked by a number the built-in one does not check.
    private static RuleSet CustomRuleSet() => BuiltIn with
    {
        Id = "custom-retention",
        Expectations = [.. BuiltIn.Expectations.Select(e => e.Id == "PBD-07"
            ? e with
            {
                Title = "Content is kept for 45 days at most",
                Checks = [new Condition { Fact = "dataPractices.contentRetentionDays", AtMost = 45 }],
            }
            : e)],
    };
}
