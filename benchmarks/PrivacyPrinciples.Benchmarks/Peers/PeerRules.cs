using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// What the peers' adapters read from a rule set once: its active expectations in order, each
/// with its evidence class, and the rule for each evidence kind. Immutable, so thread-safe.
/// </summary>
internal sealed class PeerRules
{
    private readonly EvidenceKindRule[] _kindRules;

    /// <exception cref="ArgumentException">The rule set lacks a kind's rule or an expectation's evidence class (a rule set that passes validation has both).</exception>
    public PeerRules(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        Active = ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).ToArray();
        NamingWords = Substance.WordsNamingExpectations(ruleSet.Expectations);
        RuleSetText = ExpectationText.OfRuleSet(ruleSet);
        var topics = ExpectationTopic.OfRuleSet(ruleSet);
        Topics = ruleSet.Expectations.Select((e, i) => (e, i)).Where(x => x.e.Lifecycle == ExpectationLifecycle.Active).Select(x => topics[x.i]).ToArray();
        var classes = ruleSet.EvidenceClasses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Classes = Active.Select(e => classes.TryGetValue(e.EvidenceClass, out var c) ? c
            : throw new ArgumentException($"Expectation {e.Id} names evidence class '{e.EvidenceClass}', which the rule set does not define.", nameof(ruleSet))).ToArray();
        _kindRules = Enum.GetValues<EvidenceKind>().Select(kind => ruleSet.EvidenceKinds.FirstOrDefault(r => r.Kind == kind)
            ?? throw new ArgumentException($"The rule set has no rule for evidence kind {kind}.", nameof(ruleSet))).ToArray();
    }

    /// <summary>The words that name the rule set's expectations, which do not tell pasted statements apart (an input to the substance test).</summary>
    internal WordSet NamingWords { get; }

    /// <summary>The runs of words of every expectation's own text, which a statement copying them does not count as its own (an input to the substance test).</summary>
    internal ExpectationText? RuleSetText { get; }

    /// <summary>What each active expectation is about, in rule-set order: a claim's statement that uses none of it has no substance (an input to the substance test).</summary>
    internal ExpectationTopic?[] Topics { get; }

    /// <summary>The active expectations, in rule-set order.</summary>
    public IReadOnlyList<Expectation> Active { get; }

    /// <summary>The evidence class of each active expectation, in the same order.</summary>
    public IReadOnlyList<EvidenceClass> Classes { get; }

    /// <summary>The rule set's rule for evidence of <paramref name="kind"/>.</summary>
    public EvidenceKindRule KindRule(EvidenceKind kind) => _kindRules[(int)kind];

    /// <summary>The cases of one attestation, one per active expectation (see <see cref="PeerCase.For"/>).</summary>
    public PeerCase[] Cases(Attestation attestation, DateTime evaluatedOn) => PeerCase.For(this, attestation, evaluatedOn);
}
