using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// Checks a rule set completely: unique identifiers, known principles and sources, a citation and
/// a basis for every expectation (an extension is never baseline), valid weights and level raises, and checks that name facts the attestation model has with values of the
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
        ValidateContent(ruleSet, context);

        // Only a rule set that is sound otherwise can be compared with the built-in one.
        if (context.Errors.Count == 0 && RuleSetProvenance.Impersonates(ruleSet))
        {
            context.Add(InputErrorCodes.ImpersonatesBuiltIn, ErrorMessages.ImpersonatesBuiltIn(ruleSet.Id, ruleSet.Version), "/version");
        }
    }

    /// <summary>Everything but the comparison with the built-in rule sets, which the built-in ones themselves skip.</summary>
    internal static void ValidateContent(RuleSet ruleSet, SemanticContext context)
    {
        var principleIds = ValidatePrinciples(ruleSet, context);
        var sourceIds = ValidateSources(ruleSet, context);
        var classIds = ValidateEvidenceRules(ruleSet, context);
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
            ValidateExpectation(ruleSet.Expectations[i], JsonPointer.Append("/expectations", i), principleIds, sourceIds, classIds, expectationIds, context);
        }

        ValidateRevision(ruleSet, expectationIds, context);

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

    // Every kind listed exactly once, so nothing is accepted by default; classes unique and not empty.
    private static List<string> ValidateEvidenceRules(RuleSet ruleSet, SemanticContext context)
    {
        var listed = new HashSet<Attestations.EvidenceKind>();
        for (var i = 0; i < ruleSet.EvidenceKinds.Count; i++)
        {
            var rule = ruleSet.EvidenceKinds[i];
            var pointer = JsonPointer.Append("/evidenceKinds", i);
            if (!listed.Add(rule.Kind))
            {
                context.Add(InputErrorCodes.BadEvidenceRules, ErrorMessages.EvidenceKindTwice(FactCatalog.JsonName(rule.Kind)), pointer + "/kind");
            }

            if (rule.MaxAgeMonths is < 1 or > 120)
            {
                context.Add(InputErrorCodes.OutOfRange, $"maxAgeMonths is {rule.MaxAgeMonths.ToString(System.Globalization.CultureInfo.InvariantCulture)}; expected 1 to 120", pointer + "/maxAgeMonths");
            }
        }

#if NET
        var kinds = Enum.GetValues<Attestations.EvidenceKind>();
#else
        var kinds = (Attestations.EvidenceKind[])Enum.GetValues(typeof(Attestations.EvidenceKind));
#endif
        var missing = kinds.Where(k => !listed.Contains(k)).Select(k => FactCatalog.JsonName(k)).ToArray();
        if (missing.Length > 0)
        {
            context.Add(InputErrorCodes.BadEvidenceRules, ErrorMessages.EvidenceKindsMissing(missing), "/evidenceKinds");
        }

        var ids = new List<string>();
        for (var i = 0; i < ruleSet.EvidenceClasses.Count; i++)
        {
            var evidenceClass = ruleSet.EvidenceClasses[i];
            var pointer = JsonPointer.Append("/evidenceClasses", i);
            if (ids.Contains(evidenceClass.Id))
            {
                context.Add(InputErrorCodes.DuplicateId, ErrorMessages.DuplicateId("evidence class", evidenceClass.Id), pointer + "/id");
            }
            else
            {
                ids.Add(evidenceClass.Id);
            }

            if (evidenceClass.Achieve.Count == 0)
            {
                context.Add(InputErrorCodes.BadEvidenceRules, ErrorMessages.EmptyEvidenceClass(evidenceClass.Id), pointer + "/achieve");
            }
        }

        return ids;
    }

    private static void ValidateExpectation(Expectation expectation, string pointer, List<string> principleIds, List<string> sourceIds, List<string> classIds, HashSet<string> expectationIds, SemanticContext context)
    {
        if (!classIds.Contains(expectation.EvidenceClass))
        {
            context.Add(InputErrorCodes.BadEvidenceRules, ErrorMessages.UnknownEvidenceClass(expectation.EvidenceClass, classIds), pointer + "/evidenceClass");
        }

        if (!principleIds.Contains(expectation.Principle))
        {
            context.Add(InputErrorCodes.UnknownPrinciple, ErrorMessages.UnknownPrinciple(expectation.Principle, principleIds), pointer + "/principle");
        }

        ValidateCitations(expectation, pointer, sourceIds, context);

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

        if (expectation.NotApplicable == NotApplicablePolicy.Never && expectation.NotApplicableWhen.Count > 0)
        {
            context.Add(InputErrorCodes.BadCheck, ErrorMessages.NotApplicableWhenNever, pointer + "/notApplicableWhen");
        }

        for (var i = 0; i < expectation.NotApplicableWhen.Count; i++)
        {
            ValidateCondition(expectation.NotApplicableWhen[i], JsonPointer.Append(pointer + "/notApplicableWhen", i), context);
        }
    }

    private static void ValidateCitations(Expectation expectation, string pointer, List<string> sourceIds, SemanticContext context)
    {
        if (expectation.Sources.Count == 0)
        {
            context.Add(InputErrorCodes.Citation, ErrorMessages.NoCitation, pointer + "/sources");
        }

        var cited = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < expectation.Sources.Count; i++)
        {
            var document = expectation.Sources[i].Document;
            var citationPointer = JsonPointer.Append(pointer + "/sources", i);
            if (!sourceIds.Contains(document))
            {
                context.Add(InputErrorCodes.UnknownSource, ErrorMessages.UnknownSource(document, sourceIds), citationPointer + "/document");
            }
            else if (!cited.Add(document))
            {
                context.Add(InputErrorCodes.Citation, ErrorMessages.CitedTwice(document), citationPointer + "/document");
            }
        }

        // A must comes from the sources: the rule set's own good practice can score, never gate.
        if (expectation.Basis == ExpectationBasis.Extension)
        {
            if (expectation.Level == ExpectationLevel.Baseline)
            {
                context.Add(InputErrorCodes.ExtensionBaseline, ErrorMessages.ExtensionBaseline("for every service"), pointer + "/level");
            }

            for (var i = 0; i < expectation.RaisedFor.Count; i++)
            {
                if (expectation.RaisedFor[i].Level == ExpectationLevel.Baseline)
                {
                    context.Add(InputErrorCodes.ExtensionBaseline, ErrorMessages.ExtensionBaseline("for " + FactCatalog.JsonName(expectation.RaisedFor[i].Audience)), JsonPointer.Append(pointer + "/raisedFor", i) + "/level");
                }
            }
        }
    }

    private static void ValidateRevision(RuleSet ruleSet, HashSet<string> expectationIds, SemanticContext context)
    {
        if (ruleSet.Revision is not { } revision)
        {
            return;
        }

        if (string.Equals(revision.PreviousVersion, ruleSet.Version, StringComparison.Ordinal))
        {
            context.Add(InputErrorCodes.BadRevision, ErrorMessages.RevisionOfItself(revision.PreviousVersion), "/revision/previousVersion");
        }

        for (var i = 0; i < revision.Notes.Count; i++)
        {
            if (revision.Notes[i].Expectation is string id && !expectationIds.Contains(id))
            {
                context.Add(InputErrorCodes.BadRevision, ErrorMessages.UnknownRevisionTarget(id), JsonPointer.Append("/revision/notes", i) + "/expectation");
            }
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
