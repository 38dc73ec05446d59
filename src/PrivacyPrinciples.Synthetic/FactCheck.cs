using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// A rule set's <see cref="Condition"/>s as a tree that decides whether they hold on a service's
/// facts, with the evaluator's semantics: a fact the vendor did not state makes a test unknown;
/// <c>allOf</c> fails if any child fails, <c>anyOf</c> holds if any child holds, and otherwise an
/// unknown child makes the whole unknown. The core keeps its own compiled checks (which also
/// explain their verdicts) internal, so this package carries this small copy of the decision
/// alone; a test compares the two through the evaluator's public reports. Immutable.
/// </summary>
internal abstract class FactCheck
{
    /// <summary>Whether the check holds, fails or cannot be decided on these facts.</summary>
    public abstract CheckVerdict Evaluate(ServiceFacts facts);

    /// <summary>Compiles the checks of an expectation, which must all hold. Assumes the rule set was validated.</summary>
    public static FactCheck All(IReadOnlyList<Condition> conditions) => new AllOf(conditions.Select(Compile).ToArray());

    private static FactCheck Compile(Condition condition)
    {
        if (condition.AllOf is not null)
        {
            return new AllOf(condition.AllOf.Select(Compile).ToArray());
        }

        if (condition.AnyOf is not null)
        {
            return new AnyOf(condition.AnyOf.Select(Compile).ToArray());
        }

        if (!FactCatalog.TryGet(condition.Fact!, out var fact))
        {
            throw new InvalidOperationException($"The rule set names fact '{condition.Fact}', which the attestation model does not have; validate rule sets before compiling them.");
        }

        if (condition.EqualTo is FactValue expected)
        {
            return new Test(fact, v => v == expected);
        }

        if (condition.In is { } allowed)
        {
            return new Test(fact, v => allowed.Contains(v));
        }

        if (condition.AtMost is double max)
        {
            return new Test(fact, v => v.Kind == FactValueKind.Number && v.AsNumber <= max);
        }

        var min = condition.AtLeast!.Value;
        return new Test(fact, v => v.Kind == FactValueKind.Number && v.AsNumber >= min);
    }

    private static CheckVerdict Combine(FactCheck[] children, ServiceFacts facts, CheckVerdict decisive, CheckVerdict otherwise)
    {
        var anyUnknown = false;
        foreach (var child in children)
        {
            var verdict = child.Evaluate(facts);
            if (verdict == decisive)
            {
                return decisive;
            }

            anyUnknown |= verdict == CheckVerdict.Unknown;
        }

        return anyUnknown ? CheckVerdict.Unknown : otherwise;
    }

    private sealed class Test(FactDefinition fact, Func<FactValue, bool> test) : FactCheck
    {
        public override CheckVerdict Evaluate(ServiceFacts facts)
        {
            var stated = fact.Read(facts);
            return stated.IsMissing ? CheckVerdict.Unknown : test(stated) ? CheckVerdict.Holds : CheckVerdict.Fails;
        }
    }

    private sealed class AllOf(FactCheck[] children) : FactCheck
    {
        public override CheckVerdict Evaluate(ServiceFacts facts) => Combine(children, facts, decisive: CheckVerdict.Fails, otherwise: CheckVerdict.Holds);
    }

    private sealed class AnyOf(FactCheck[] children) : FactCheck
    {
        public override CheckVerdict Evaluate(ServiceFacts facts) => Combine(children, facts, decisive: CheckVerdict.Holds, otherwise: CheckVerdict.Fails);
    }
}
