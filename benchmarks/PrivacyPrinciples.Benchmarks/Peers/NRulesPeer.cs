using System;
using NRules;
using NRules.Fluent;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// The rule set as an NRules user would write it: rules in NRules' fluent C# DSL matching one
/// <see cref="PeerCase"/> fact per expectation and one <see cref="PeerCitation"/> fact per cited
/// piece of evidence, with the checks and not-applicable conditions written by hand in
/// <see cref="FactChecks"/>; audiences, levels, the not-applicable policy and the evidence kinds and
/// classes are read from the rule set. The rules are compiled into a Rete network once, in the
/// constructor; each attestation gets a fresh session (sessions are not thread-safe, the factory is).
/// </summary>
/// <remarks>
/// Best configuration: outcome conditions that exclude each other and read no state an action
/// writes, so no rule needs <c>Update</c> and the agenda fires each activation once. A baseline
/// claim's outcome depends on its evidence, so those rules join a case with its citations
/// (<c>Exists</c> and <c>Not</c>), as do the assurance rules.
/// </remarks>
public sealed class NRulesPeer
{
    private readonly ISessionFactory _factory;
    private readonly PeerRules _rules;

    /// <summary>Compiles the rules for <paramref name="ruleSet"/>'s active expectations.</summary>
    /// <param name="ruleSet">The rule set; its expectations must be those <see cref="FactChecks"/> knows.</param>
    /// <exception cref="ArgumentException">The rule set lacks an evidence kind's rule or an expectation's evidence class.</exception>
    public NRulesPeer(RuleSet ruleSet)
    {
        _rules = new PeerRules(ruleSet);
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NRulesPeer).Assembly).Where(r => r.IsTagged(NRulesRules.Tag)));
        _factory = repository.Compile();
    }

    /// <summary>Decides every active expectation for one attestation.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <param name="evaluatedOn">The evaluation date.</param>
    /// <returns>The decisions, in rule-set order.</returns>
    public PeerDecision[] Decide(Attestation attestation, DateTime evaluatedOn)
    {
        var cases = _rules.Cases(attestation, evaluatedOn);
        var session = _factory.CreateSession();
        session.InsertAll(cases);
        foreach (var c in cases)
        {
            if (c.Citations.Count > 0)
            {
                session.InsertAll(c.Citations);
            }
        }

        session.Fire();

        var decisions = new PeerDecision[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            decisions[i] = cases[i].Decision();
        }

        return decisions;
    }
}
