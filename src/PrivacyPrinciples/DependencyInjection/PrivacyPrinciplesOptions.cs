using System;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.DependencyInjection;

/// <summary>
/// What <c>AddPrivacyPrinciples</c> registers: which rule set, how evaluations are dated, and the
/// reader limits. Mutable options, validated once when the services are first resolved.
/// </summary>
public sealed class PrivacyPrinciplesOptions
{
    /// <summary>The rule set to evaluate against.</summary>
    /// <value>The default value is <see langword="null"/>: the built-in <see cref="BuiltInRuleSets.VtcJointStatement2020"/>, unless <see cref="RuleSetPath"/> is set.</value>
    public RuleSet? RuleSet { get; set; }

    /// <summary>A JSON rule set file to load instead of the built-in one; ignored when <see cref="RuleSet"/> is set.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? RuleSetPath { get; set; }

    /// <summary>How evaluations are dated: an explicit date, or a clock.</summary>
    public EvaluationOptions Evaluation { get; } = new();

    /// <summary>The limits readers enforce on input documents.</summary>
    public ReaderLimits Limits { get; } = new();

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An evaluation option or reader limit is out of range.</exception>
    public void Validate()
    {
        Evaluation.Validate();
        Limits.Validate();
    }

    internal RuleSet ResolveRuleSet()
    {
        if (RuleSet is not null)
        {
            return RuleSet;
        }

        if (RuleSetPath is null)
        {
            return BuiltInRuleSets.VtcJointStatement2020;
        }

        var read = new RuleSetReader(Limits).ReadFile(RuleSetPath);
        return read.Succeeded
            ? read.Value
            : throw new InvalidOperationException(string.Join(Environment.NewLine, [$"PrivacyPrinciplesOptions.RuleSetPath names a rule set that is not valid:", .. System.Linq.Enumerable.Select(read.Errors, e => "  " + e)]));
    }
}
