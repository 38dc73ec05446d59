using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>
/// The rules each attestation is evaluated against: what <c>--rule-set</c> names, or, without it,
/// the version of the built-in rule set the attestation says it answers (the latest when it names
/// none, or a version that is not shipped, which the report then notes). An attestation written
/// against 1.0.0 is thus still judged by 1.0.0 after 2.0.0 ships, until its author moves it on.
/// </summary>
internal sealed class RuleSelection : IDocumentEvaluator
{
    private readonly RuleSet? _named;
    private readonly Dictionary<RuleSet, AttestationEvaluator> _evaluators = new(ReferenceEqualityComparer.Instance);

    private RuleSelection(RuleSet? named) => _named = named;

    /// <summary>The rule set the command line named, or the latest built-in one: the rules of the batch as a whole.</summary>
    public RuleSet RuleSet => _named ?? BuiltInRuleSets.VtcJointStatement2020;

    /// <summary>Whether <c>--rule-set</c> named the rules, so every attestation is judged by them.</summary>
    public bool IsNamed => _named is not null;

    /// <summary>The selection for a <c>--rule-set</c> value; null (after printing why) when it names nothing usable.</summary>
    public static RuleSelection? Create(string? value, CliContext context)
    {
        if (value is null)
        {
            return new RuleSelection(null);
        }

        var named = CommonOptions.ResolveRuleSet(value, context);
        return named is null ? null : new RuleSelection(named);
    }

    /// <summary>The rules one attestation is judged by.</summary>
    public RuleSet For(Attestation attestation)
    {
        if (_named is not null)
        {
            return _named;
        }

        return attestation.RuleSet is { } reference && BuiltInRuleSets.TryGet(reference.Id, reference.Version, out var answered)
            ? answered
            : BuiltInRuleSets.VtcJointStatement2020;
    }

    public EvaluationReport Evaluate(ReadResult<Attestation> document, DateTime evaluationDate) => EvaluatorFor(document).Evaluate(document, evaluationDate);

    // A failed read has no value to choose by: the batch's rules refuse it, with its errors.
    private AttestationEvaluator EvaluatorFor(ReadResult<Attestation> document) =>
        EvaluatorFor((document ?? throw new ArgumentNullException(nameof(document))).Value is { } attestation ? For(attestation) : RuleSet);

    private AttestationEvaluator EvaluatorFor(RuleSet ruleSet)
    {
        // Batches are evaluated on several threads (--parallel).
        lock (_evaluators)
        {
            if (!_evaluators.TryGetValue(ruleSet, out var evaluator))
            {
                evaluator = new AttestationEvaluator(ruleSet);
                _evaluators[ruleSet] = evaluator;
            }

            return evaluator;
        }
    }
}
