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

    // The reasons for flags and choices are made once per value; numbers are worded when seen.
    private sealed class FactTest : CompiledCheck
    {
        private readonly FactDefinition _fact;
        private readonly Func<FactValue, bool> _test;
        private readonly string _expected;
        private readonly Reason _unknown;
        private readonly FactValue[] _values;
        private readonly CheckVerdict[] _verdicts;
        private readonly Reason[] _reasons;

        public FactTest(FactDefinition fact, Func<FactValue, bool> test, string expected)
        {
            _fact = fact;
            _test = test;
            _expected = expected;
            _unknown = new Reason(ReasonCodes.CheckUnknown, ReasonWording.CheckUnknown, fact.Pointer, fact.Path);
            _values = fact.Type switch
            {
                FactType.Boolean => [FactValue.From(false), FactValue.From(true)],
                FactType.Choice => fact.Choices.Select(FactValue.From).ToArray(),
                _ => [],
            };
            _verdicts = _values.Select(v => test(v) ? CheckVerdict.Holds : CheckVerdict.Fails).ToArray();
            _reasons = _values.Select((v, i) => Explain(v, _verdicts[i])).ToArray();
        }

        public override CheckVerdict Evaluate(ServiceFacts facts, List<CheckObservation> because)
        {
            var stated = _fact.Read(facts);
            if (stated.IsMissing)
            {
                because.Add(new CheckObservation(_fact, stated, _expected, CheckVerdict.Unknown, _unknown));
                return CheckVerdict.Unknown;
            }

            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] == stated)
                {
                    because.Add(new CheckObservation(_fact, stated, _expected, _verdicts[i], _reasons[i]));
                    return _verdicts[i];
                }
            }

            var verdict = _test(stated) ? CheckVerdict.Holds : CheckVerdict.Fails;
            because.Add(new CheckObservation(_fact, stated, _expected, verdict, Explain(stated, verdict)));
            return verdict;
        }

        private Reason Explain(FactValue stated, CheckVerdict verdict) => verdict == CheckVerdict.Holds
            ? new Reason(ReasonCodes.CheckHolds, ReasonWording.CheckHolds, _fact.Pointer, _fact.Path, stated, _expected)
            : new Reason(ReasonCodes.CheckFails, ReasonWording.CheckFails, _fact.Pointer, _fact.Path, stated, _expected);
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
    // child makes the whole unknown. Only the children that decided the verdict explain it: each
    // child appends to the shared list, and the observations of the others are removed after.
    private static CheckVerdict Combine(CompiledCheck[] children, ServiceFacts facts, List<CheckObservation> because, CheckVerdict decisive, CheckVerdict otherwise)
    {
        const int OnStack = 16;
        Span<CheckVerdict> verdicts = children.Length <= OnStack ? stackalloc CheckVerdict[OnStack] : new CheckVerdict[children.Length];
        Span<int> ends = children.Length <= OnStack ? stackalloc int[OnStack] : new int[children.Length];
        var start = because.Count;
        var anyDecisive = false;
        var anyUnknown = false;
        for (var i = 0; i < children.Length; i++)
        {
            verdicts[i] = children[i].Evaluate(facts, because);
            ends[i] = because.Count;
            anyDecisive |= verdicts[i] == decisive;
            anyUnknown |= verdicts[i] == CheckVerdict.Unknown;
        }

        var verdict = anyDecisive ? decisive : anyUnknown ? CheckVerdict.Unknown : otherwise;
        if (verdict == otherwise)
        {
            return verdict;
        }

        var write = start;
        var from = start;
        for (var i = 0; i < children.Length; i++)
        {
            if (verdicts[i] == verdict)
            {
                for (var j = from; j < ends[i]; j++)
                {
                    because[write++] = because[j];
                }
            }

            from = ends[i];
        }

        because.RemoveRange(write, because.Count - write);
        return verdict;
    }
}
