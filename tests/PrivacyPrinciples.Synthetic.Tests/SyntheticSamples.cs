using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic.Tests;

/// <summary>Three hundred attestations of the default generator and their evaluations, made once and shared by the tests.</summary>
internal static class SyntheticSamples
{
    public const int Count = 300;

    public static readonly DateTime EvaluationDate = new(2026, 11, 1);

    private static readonly Lazy<IReadOnlyList<Sample>> Made = new(() =>
    {
        var generator = new SyntheticAttestationGenerator();
        var evaluator = new AttestationEvaluator();
        return generator.Generate(Count)
            .Select((attestation, index) => new Sample(index, generator.ProfileOf(index), attestation, evaluator.Evaluate(attestation, EvaluationDate)))
            .ToArray();
    });

    public static IReadOnlyList<Sample> All => Made.Value;

    /// <summary>The active expectations of the built-in rule set that apply to the attestation's audiences.</summary>
    public static IReadOnlyList<Expectation> Applicable(Attestation attestation) =>
        BuiltInRuleSets.VtcJointStatement2020.Expectations
            .Where(e => e.Lifecycle == ExpectationLifecycle.Active && (e.AppliesTo.Count == 0 || e.AppliesTo.Any(attestation.Audiences.Serves)))
            .ToArray();

    public sealed record Sample(int Index, SyntheticVendorProfile Profile, Attestation Attestation, EvaluationReport Report);
}
