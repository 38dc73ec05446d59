using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// A validated <see cref="Condition"/> turned into a tree that evaluates against a service's facts.
/// Built from data only; evaluating it reads facts and compares values, nothing else. Immutable.
/// </summary>
internal abstract class CompiledCheck
{
    /// <summary>Evaluates the check and adds the fact tests that decided it to <paramref name="because"/>.</summary>
    public abstract CheckVerdict Evaluate(ServiceFacts facts, List<CheckObservation> because);

    /// <summary>Compiles the checks of an expectation, which must all hold. Assumes the rule set was validated.</summary>
    public static CompiledCheck All(IReadOnlyList<Condition> conditions) => new AllOf(conditions.Select(Compile).ToArray());

    private static CompiledCheck Compile(Condition condition)
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
            return new FactTest(fact, v => v == expected, expected.ToString());
        }

        if (condition.In is { } allowed)
        {
            return new FactTest(fact, v => allowed.Contains(v), "one of " + string.Join(", ", allowed));
        }

        if (condition.AtMost is double max)
        {
            return new FactTest(fact, v => v.Kind == FactValueKind.Number && v.AsNumber <= max, "at most " + max.ToString("R", CultureInfo.InvariantCulture));
        }

        var min = condition.AtLeast!.Value;
        return new FactTest(fact, v => v.Kind == FactValueKind.Number && v.AsNumber >= min, "at least " + min.ToString("R", CultureInfo.InvariantCulture));
    }

    private sealed class FactTest(FactDefinition fact, Func<FactValue, bool> test, string expected) : CompiledCheck
    {
        public override CheckVerdict Evaluate(ServiceFacts facts, List<CheckObservation> because)
        {
            var stated = fact.Read(facts);
            var verdict = stated.IsMissing ? CheckVerdict.Unknown : test(stated) ? CheckVerdict.Holds : CheckVerdict.Fails;
            because.Add(new CheckObservation(fact, stated, expected, verdict));
            return verdict;
        }
    }

    private sealed class AllOf(CompiledCheck[] children) : CompiledCheck
    {
        public override CheckVerdict Evaluate(ServiceFacts facts, List<CheckObservation> because) =>
            Combine(children, facts, because, decisive: CheckVerdict.Fails, otherwise: CheckVerdict.Holds);
    }

    private sealed class AnyOf(CompiledCheck[] children) : CompiledCheck
    {
        public override CheckVerdict Evaluate(ServiceFacts facts, List<CheckObservation> because) =>
            Combine(children, facts, because, decisive: CheckVerdict.Holds, otherwise: CheckVerdict.Fails);
    }

    // allOf fails as soon as one child fails; anyOf holds as soon as one holds. Otherwise an unknown
    // child makes the whole unknown. Only the children that decided the verdict explain it.
    private static CheckVerdict Combine(CompiledCheck[] children, ServiceFacts facts, List<CheckObservation> because, CheckVerdict decisive, CheckVerdict otherwise)
    {
        var results = new List<(CheckVerdict Verdict, List<CheckObservation> Because)>(children.Length);
        foreach (var child in children)
        {
            var childBecause = new List<CheckObservation>();
            results.Add((child.Evaluate(facts, childBecause), childBecause));
        }

        var verdict = results.Any(r => r.Verdict == decisive) ? decisive
            : results.Any(r => r.Verdict == CheckVerdict.Unknown) ? CheckVerdict.Unknown
            : otherwise;

        foreach (var result in results)
        {
            if (verdict == otherwise || result.Verdict == verdict)
            {
                because.AddRange(result.Because);
            }
        }

        return verdict;
    }
}
