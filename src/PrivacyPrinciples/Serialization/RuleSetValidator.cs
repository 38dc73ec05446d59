using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Checks a rule set completely: unique identifiers, known principles and sources, valid weights
/// and level raises, and checks that name facts the attestation model has with values of the
/// right type. Every problem is reported with its JSON Pointer. Thread-safe.
/// </summary>
public static class RuleSetValidator
{
    /// <summary>Validates a rule set built in code or read from JSON.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>Every problem found; empty when the rule set is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<InputError> Validate(RuleSet ruleSet)
    {
        _ = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        var errors = new ErrorSink(int.MaxValue);
        Validate(ruleSet, new SemanticContext(ruleSet.Id ?? string.Empty, null, errors));
        return errors.Listed;
    }

    internal static void Validate(RuleSet ruleSet, SemanticContext context)
    {
        var principleIds = ValidatePrinciples(ruleSet, context);
        var sourceIds = ValidateSources(ruleSet, context);
        var expectationIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ruleSet.Expectations.Count; i++)
        {
            var id = ruleSet.Expectations[i].Id;
            if (!expectationIds.Add(id))
            {
                context.Add(InputErrorCodes.DuplicateId, ErrorMessages.DuplicateId("expectation", id), $"/expectations/{i}/id");
            }
        }

        for (var i = 0; i < ruleSet.Expectations.Count; i++)
        {
            ValidateExpectation(ruleSet.Expectations[i], JsonPointer.Append("/expectations", i), principleIds, sourceIds, expectationIds, context);
        }

        for (var i = 0; i < ruleSet.Principles.Count; i++)
        {
            var id = ruleSet.Principles[i].Id;
            if (!ruleSet.Expectations.Any(e => e.Principle == id && e.Lifecycle == ExpectationLifecycle.Active))
            {
                context.Add(InputErrorCodes.EmptyPrinciple, ErrorMessages.EmptyPrinciple(id), JsonPointer.Append("/principles", i));
            }
        }
    }

    private static List<string> ValidatePrinciples(RuleSet ruleSet, SemanticContext context)
    {
        var ids = new List<string>();
        for (var i = 0; i < ruleSet.Principles.Count; i++)
        {
            var principle = ruleSet.Principles[i];
            var pointer = JsonPointer.Append("/principles", i);
            if (ids.Contains(principle.Id))
            {
                context.Add(InputErrorCodes.DuplicateId, ErrorMessages.DuplicateId("principle", principle.Id), pointer + "/id");
            }
            else
            {
                ids.Add(principle.Id);
            }

            CheckWeight(principle.Weight, pointer + "/weight", context);
        }

        return ids;
    }

    private static List<string> ValidateSources(RuleSet ruleSet, SemanticContext context)
    {
        var ids = new List<string>();
        for (var i = 0; i < ruleSet.Sources.Count; i++)
        {
            var id = ruleSet.Sources[i].Id;
            if (ids.Contains(id))
            {
                context.Add(InputErrorCodes.DuplicateId, ErrorMessages.DuplicateId("source", id), JsonPointer.Append("/sources", i) + "/id");
            }
            else
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static void ValidateExpectation(Expectation expectation, string pointer, List<string> principleIds, List<string> sourceIds, HashSet<string> expectationIds, SemanticContext context)
    {
        if (!principleIds.Contains(expectation.Principle))
        {
            context.Add(InputErrorCodes.UnknownPrinciple, ErrorMessages.UnknownPrinciple(expectation.Principle, principleIds), pointer + "/principle");
        }

        if (!sourceIds.Contains(expectation.Source.Document))
        {
            context.Add(InputErrorCodes.UnknownSource, ErrorMessages.UnknownSource(expectation.Source.Document, sourceIds), pointer + "/source/document");
        }

        CheckWeight(expectation.Weight, pointer + "/weight", context);

        var raisedAudiences = new HashSet<Attestations.Audience>();
        for (var i = 0; i < expectation.RaisedFor.Count; i++)
        {
            var raise = expectation.RaisedFor[i];
            var raisePointer = JsonPointer.Append(pointer + "/raisedFor", i);
            var audience = FactCatalog.JsonName(raise.Audience);
            if (!raisedAudiences.Add(raise.Audience))
            {
                context.Add(InputErrorCodes.BadLevelRaise, ErrorMessages.DuplicateRaise(audience), raisePointer + "/audience");
            }

            if (raise.Level <= expectation.Level)
            {
                context.Add(InputErrorCodes.BadLevelRaise, ErrorMessages.BadLevelRaise(audience, FactCatalog.JsonName(raise.Level), FactCatalog.JsonName(expectation.Level)), raisePointer + "/level");
            }
        }

        if (expectation.ReplacedBy is string replacement)
        {
            if (expectation.Lifecycle != ExpectationLifecycle.Deprecated)
            {
                context.Add(InputErrorCodes.BadReplacement, ErrorMessages.ReplacedByOnActive, pointer + "/replacedBy");
            }
            else if (!expectationIds.Contains(replacement) || replacement == expectation.Id)
            {
                context.Add(InputErrorCodes.BadReplacement, ErrorMessages.BadReplacement(replacement), pointer + "/replacedBy");
            }
        }

        for (var i = 0; i < expectation.Checks.Count; i++)
        {
            ValidateCondition(expectation.Checks[i], JsonPointer.Append(pointer + "/checks", i), context);
        }
    }

    private static void ValidateCondition(Condition condition, string pointer, SemanticContext context)
    {
        var operators = new List<string>();
        if (condition.EqualTo is not null)
        {
            operators.Add("equals");
        }

        if (condition.In is not null)
        {
            operators.Add("in");
        }

        if (condition.AtMost is not null)
        {
            operators.Add("atMost");
        }

        if (condition.AtLeast is not null)
        {
            operators.Add("atLeast");
        }

        var factForm = condition.Fact is not null || operators.Count > 0;
        var forms = (factForm ? 1 : 0) + (condition.AnyOf is not null ? 1 : 0) + (condition.AllOf is not null ? 1 : 0);
        if (forms != 1)
        {
            context.Add(InputErrorCodes.BadCheck, ErrorMessages.CheckForm(forms), pointer);
            return;
        }

        if (condition.AnyOf is not null || condition.AllOf is not null)
        {
            var (name, children) = condition.AnyOf is not null ? ("anyOf", condition.AnyOf) : ("allOf", condition.AllOf!);
            for (var i = 0; i < children.Count; i++)
            {
                ValidateCondition(children[i], JsonPointer.Append(pointer + "/" + name, i), context);
            }

            return;
        }

        if (condition.Fact is null)
        {
            context.Add(InputErrorCodes.BadCheck, ErrorMessages.CheckWithoutFact, pointer);
            return;
        }

        if (operators.Count != 1)
        {
            context.Add(InputErrorCodes.BadCheck, operators.Count == 0 ? ErrorMessages.CheckWithoutOperator : ErrorMessages.CheckOperatorCount(operators.Count), pointer);
            return;
        }

        if (!FactCatalog.TryGet(condition.Fact, out var fact))
        {
            context.Add(InputErrorCodes.UnknownFact, ErrorMessages.UnknownFact(condition.Fact, FactCatalog.All.Select(f => f.Path).ToArray()), pointer + "/fact");
            return;
        }

        if (condition.AtMost is not null || condition.AtLeast is not null)
        {
            if (fact.Type != FactType.Number)
            {
                context.Add(InputErrorCodes.BadCheckValue, ErrorMessages.CheckNotNumeric(fact.Path, operators[0], Describe(fact)), pointer + "/" + operators[0]);
            }

            return;
        }

        if (condition.EqualTo is FactValue value)
        {
            CheckValue(fact, value, pointer + "/equals", context);
        }
        else
        {
            for (var i = 0; i < condition.In!.Count; i++)
            {
                CheckValue(fact, condition.In[i], JsonPointer.Append(pointer + "/in", i), context);
            }
        }
    }

    private static void CheckValue(FactDefinition fact, FactValue value, string pointer, SemanticContext context)
    {
        var expectedKind = fact.Type switch
        {
            FactType.Boolean => FactValueKind.Boolean,
            FactType.Number => FactValueKind.Number,
            _ => FactValueKind.Text,
        };

        if (value.Kind != expectedKind)
        {
            context.Add(InputErrorCodes.BadCheckValue, ErrorMessages.CheckValueType(fact.Path, Describe(fact), value.ToString()), pointer);
        }
        else if (fact.Type == FactType.Choice && !fact.Choices.Contains(value.AsText))
        {
            context.Add(InputErrorCodes.BadCheckValue, ErrorMessages.CheckChoice(fact.Path, value.ToString(), fact.Choices), pointer);
        }
    }

    private static string Describe(FactDefinition fact) => fact.Type switch
    {
        FactType.Boolean => "true or false",
        FactType.Number => "a number",
        _ => "one of " + ErrorMessages.Quote(fact.Choices),
    };

    private static void CheckWeight(double weight, string pointer, SemanticContext context)
    {
        if (double.IsNaN(weight) || double.IsInfinity(weight) || weight <= 0 || weight > 100)
        {
            context.Add(InputErrorCodes.BadWeight, ErrorMessages.BadWeight(weight), pointer);
        }
    }
}
