using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic.Tests;

// FactCheck is this package's copy of the evaluator's check decision (the core keeps its own
// internal); these tests prove the copy decides as the evaluator does, through its public reports.
public class FactCheckTests
{
    private static readonly DateTime Date = new(2026, 11, 1);

    private static readonly Dictionary<string, CheckVerdict> Verdicts = new(StringComparer.Ordinal)
    {
        ["check.holds"] = CheckVerdict.Holds,
        ["check.fails"] = CheckVerdict.Fails,
        ["check.unknown"] = CheckVerdict.Unknown,
    };

    [Theory]
    [InlineData("vtc-joint-statement-2020@1.0.0")]
    [InlineData("vtc-joint-statement-2020@2.0.0")]
    public void Evaluate_GeneratedAttestations_DecidesAsTheEvaluatorReports(string ruleSetId)
    {
        BuiltInRuleSets.TryGet(ruleSetId, out var ruleSet).Should().BeTrue();
        var evaluator = new AttestationEvaluator(ruleSet!);
        var checks = ruleSet!.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).ToDictionary(e => e.Id, e => FactCheck.All(e.Checks), StringComparer.Ordinal);
        var seen = new HashSet<CheckVerdict>();

        foreach (var attestation in new SyntheticAttestationGenerator(new SyntheticAttestationOptions { RuleSet = ruleSet, Seed = 17 }).Generate(150))
        {
            foreach (var result in evaluator.Evaluate(attestation, Date).Expectations)
            {
                // The evaluator explains a decided check with the fact tests that decided it, all with the
                // verdict's code. A "not applicable" answer is tested by other conditions.
                // Facts that contradict each other decide nothing in the evaluator (check.disputed); the
                // copy decides on the stated facts, as the generator plans them, so those are left out.
                var codes = result.Reasons.Select(r => r.Code).Where(Verdicts.ContainsKey).Distinct().ToArray();
                if (codes.Length == 0 || attestation.Answers[result.Id].Status == AnswerStatus.NotApplicable || result.Reasons.Any(r => r.Code == ReasonCodes.FactDisputed))
                {
                    continue;
                }

                codes.Should().ContainSingle("{0} of {1}", result.Id, attestation.Vendor.Id);
                var reported = Verdicts[codes[0]];

                checks[result.Id].Evaluate(attestation.Facts).Should().Be(reported, "{0} of {1}", result.Id, attestation.Vendor.Id);
                seen.Add(reported);
            }
        }

        seen.Should().BeEquivalentTo([CheckVerdict.Holds, CheckVerdict.Fails, CheckVerdict.Unknown], "the sample reaches every verdict");
    }

    [Fact]
    public void All_UnknownFact_Throws()
    {
        var act = () => FactCheck.All([new Condition { Fact = "encryption.nonsense", EqualTo = FactValue.From(true) }]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'encryption.nonsense'*");
    }
}
