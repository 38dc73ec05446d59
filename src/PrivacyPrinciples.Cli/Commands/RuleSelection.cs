using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>
/// The rules every attestation of a run is evaluated against: what <c>--rule-set</c> names, or the
/// latest built-in rule set. The party judged never chooses the rules: an attestation that says it
/// answers another version (1.0.0, whose expectations are fewer and laxer) is judged by these rules
/// all the same, and its report notes the difference; a user who wants the older judgement names
/// it (<c>--rule-set vtc-joint-statement-2020@1.0.0</c>).
/// </summary>
internal sealed class RuleSelection : IDocumentEvaluator
{
    private readonly RuleSet? _named;

    // Built when the first attestation is evaluated (safe across --parallel's threads): validating needs none.
    private readonly Lazy<AttestationEvaluator> _evaluator;

    private RuleSelection(RuleSet? named)
    {
        _named = named;
        _evaluator = new Lazy<AttestationEvaluator>(() => new AttestationEvaluator(RuleSet));
    }

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

    public EvaluationReport Evaluate(ReadResult<Attestation> document, DateTime evaluationDate) =>
        _evaluator.Value.Evaluate(document ?? throw new ArgumentNullException(nameof(document)), evaluationDate);
}
