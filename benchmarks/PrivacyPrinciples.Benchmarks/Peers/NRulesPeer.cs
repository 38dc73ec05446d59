using System;
using System.Linq;
using NRules;
using NRules.Fluent;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// The rule set as an NRules user would write it: rules in NRules' fluent C# DSL matching one
/// <see cref="PeerCase"/> fact per expectation, with the checks written by hand in
/// <see cref="FactChecks"/>. The rules are compiled into a Rete network once, in the constructor;
/// each attestation gets a fresh session (sessions are not thread-safe, the factory is).
/// </summary>
/// <remarks>
/// Best configuration: conditions that exclude each other, so no rule needs <c>Update</c> and the
/// agenda fires each activation once; no joins between facts.
/// </remarks>
public sealed class NRulesPeer
{
    private readonly ISessionFactory _factory;
    private readonly Expectation[] _expectations;
    private readonly int _validityMonths;

    /// <summary>Compiles the rules for <paramref name="ruleSet"/>'s active expectations.</summary>
    /// <param name="ruleSet">The rule set; its expectations must be those <see cref="FactChecks"/> knows.</param>
    /// <param name="evidenceValidityMonths">How long evidence without an expiry date counts.</param>
    public NRulesPeer(RuleSet ruleSet, int evidenceValidityMonths = 36)
    {
        _validityMonths = evidenceValidityMonths;
        _expectations = ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).ToArray();
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
        var audiences = attestation.Audiences.Select(a => FactCatalog.JsonName(a)).ToArray();
        var cases = new PeerCase[_expectations.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            cases[i] = new PeerCase(_expectations[i], attestation, audiences, evaluatedOn, _validityMonths);
        }

        var session = _factory.CreateSession();
        session.InsertAll(cases);
        session.Fire();

        var decisions = new PeerDecision[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            decisions[i] = cases[i].Decision();
        }

        return decisions;
    }
}
