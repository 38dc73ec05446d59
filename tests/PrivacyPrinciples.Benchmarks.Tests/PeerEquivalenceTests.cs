using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Benchmarks.Peers;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Synthetic;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Benchmarks.Tests;

/// <summary>
/// The peers in the benchmarks must reach the evaluator's decisions (outcome, assurance level and
/// raised level of every expectation) on the same attestations, or the speed comparison is not a
/// comparison of the same work.
/// </summary>
public sealed class PeerEquivalenceTests : IClassFixture<PeerEquivalenceTests.Engines>
{
    // Evaluation dates chosen so evidence is current at the first, and much of it expired or stale at the second.
    private static readonly DateTime[] Dates = [new(2026, 11, 30), new(2030, 6, 1)];

    private readonly Engines _engines;

    public PeerEquivalenceTests(Engines engines) => _engines = engines;

    public static TheoryData<string> SampleFiles() => new(SamplePaths());

    // The bundled attestations and both rounds of the sample engagement, relative to the repository.
    private static IEnumerable<string> SamplePaths() =>
        Directory.EnumerateFiles(RepositoryPaths.Samples, "*.json")
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Combine("samples", "engagement"), "*.json", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("round-", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Peers_decide_every_expectation_of_a_sample_as_the_evaluator_does(string relativePath)
    {
        var attestation = Read(RepositoryPaths.Combine(relativePath));
        foreach (var date in Dates)
        {
            var expected = PeerDecision.From(_engines.Evaluator.Evaluate(attestation, date));
            _engines.RulesEngine.Decide(attestation, date).Should().Equal(expected, $"RulesEngine on {relativePath} at {date:yyyy-MM-dd}");
            _engines.NRules.Decide(attestation, date).Should().Equal(expected, $"NRules on {relativePath} at {date:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void Peers_decide_as_the_evaluator_on_500_synthetic_attestations()
    {
        foreach (var attestation in new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 11 }).Generate(500))
        {
            foreach (var date in Dates)
            {
                var expected = PeerDecision.From(_engines.Evaluator.Evaluate(attestation, date));
                _engines.RulesEngine.Decide(attestation, date).Should().Equal(expected, $"RulesEngine on {attestation.Vendor.Id} at {date:yyyy-MM-dd}");
                _engines.NRules.Decide(attestation, date).Should().Equal(expected, $"NRules on {attestation.Vendor.Id} at {date:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void The_compared_set_reaches_every_outcome_assurance_level_and_raised_level()
    {
        // Equivalence proves little if the attestations never reach a decision: check they reach all of them.
        var decisions = SamplePaths().Select(path => Read(RepositoryPaths.Combine(path)))
            .Concat(new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 11 }).Generate(500))
            .SelectMany(a => Dates.SelectMany(d => PeerDecision.From(_engines.Evaluator.Evaluate(a, d))))
            .ToList();

        decisions.Select(d => d.Outcome).Distinct().Should().BeEquivalentTo(Enum.GetValues<Outcome>());
        decisions.Select(d => d.Assurance).Distinct().Should().BeEquivalentTo(Enum.GetValues<AssuranceLevel>());
        decisions.Where(d => d.Level != BuiltInRuleSets.VtcJointStatement2020.Expectations.Single(e => e.Id == d.ExpectationId).Level)
            .Select(d => d.ExpectationId).Distinct().Should().HaveCountGreaterThan(5, "audience raises must be exercised");
    }

    [Fact]
    public void A_peer_that_decides_differently_is_caught()
    {
        // The same rule set with one check inverted: the RulesEngine peer must now disagree somewhere.
        var ruleSet = BuiltInRuleSets.VtcJointStatement2020;
        var altered = ruleSet with
        {
            Expectations = ruleSet.Expectations.Select(e => e.Id == "SEC-01"
                ? e with { Checks = [new Condition { Fact = "encryption.inTransit", EqualTo = FactValue.From(false) }] }
                : e).ToArray(),
        };
        var peer = new RulesEnginePeer(altered);

        var disagreements = SamplePaths().Select(path => Read(RepositoryPaths.Combine(path)))
            .Count(a => !peer.Decide(a, Dates[0]).SequenceEqual(PeerDecision.From(_engines.Evaluator.Evaluate(a, Dates[0]))));

        disagreements.Should().BePositive();
    }

    [Fact]
    public void RulesEngine_gets_one_workflow_per_active_expectation()
    {
        _engines.RulesEngine.Workflows.Select(w => w.WorkflowName).Should().Equal(
            BuiltInRuleSets.VtcJointStatement2020.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).Select(e => e.Id));
    }

    private static Attestation Read(string path) =>
        new AttestationReader().Read(new ReadOnlyMemory<byte>(File.ReadAllBytes(path)), path).GetValueOrThrow();

    /// <summary>The engines, compiled once for the class.</summary>
    public sealed class Engines
    {
        public AttestationEvaluator Evaluator { get; } = new();

        public RulesEnginePeer RulesEngine { get; } = new(BuiltInRuleSets.VtcJointStatement2020);

        public NRulesPeer NRules { get; } = new(BuiltInRuleSets.VtcJointStatement2020);
    }
}
