using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using RulesEngine.Models;
using RulesEngineWorkflow = RulesEngine.Models.Workflow;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// The rule set as a Microsoft RulesEngine user would write it: one workflow per expectation, its
/// decisions as rules whose lambda-expression strings read a <see cref="PeerCase"/> (input
/// <c>c</c>) and its <see cref="PeerCitation"/>s, with the shared sub-expressions as workflow
/// <c>GlobalParams</c>. The workflows are generated from the rule set's data (checks,
/// not-applicable policy and conditions, audiences, levels, evidence classes and kinds), the way
/// a team porting these rules to RulesEngine's JSON would write them by hand. Compiled once, in
/// the constructor; thread-safe after that.
/// </summary>
/// <remarks>
/// Best configuration: FastExpressionCompiler on, actions off (the decisions are read from the
/// rule results), exceptions surfaced instead of being turned into failed rules.
/// </remarks>
public sealed class RulesEnginePeer
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly PeerRules _rules;
    private readonly Dictionary<string, Decides> _decides = new(StringComparer.Ordinal);

    /// <summary>Generates the workflows for <paramref name="ruleSet"/>'s active expectations and compiles them.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentException">The rule set lacks an evidence kind's rule or an expectation's evidence class.</exception>
    public RulesEnginePeer(RuleSet ruleSet)
    {
        _rules = new PeerRules(ruleSet);
        var workflows = _rules.Active.Select((e, i) => Workflow(ruleSet, e, _rules.Classes[i])).ToArray();
        Workflows = workflows;
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings
        {
            CustomTypes =
            [
                typeof(AnswerStatus), typeof(EvidencePurpose), typeof(EvidenceKind), typeof(EndToEndEncryption), typeof(EndToEndTiers), typeof(ClientUpdates), typeof(MultiFactorSupport),
                typeof(ModelTrainingUse), typeof(OptionalProcessingConsent),
            ],
            UseFastExpressionCompiler = true,
            AutoExecuteActions = false,
            EnableExceptionAsErrorMessage = true,
            IsExpressionCaseSensitive = true,
        });

        // RulesEngine compiles a workflow on first use: warm every one so timing starts compiled.
        foreach (var c in _rules.Cases(Empty, DateTime.UnixEpoch))
        {
            _ = _engine.ExecuteAllRulesAsync(c.Id, new RuleParameter("c", c)).AsTask().GetAwaiter().GetResult();
        }
    }

    private enum Decides
    {
        Outcome,
        Aspect,
        Level,
    }

    /// <summary>The generated workflows, as RulesEngine would load them from JSON.</summary>
    public IReadOnlyList<RulesEngineWorkflow> Workflows { get; }

    private static Attestation Empty { get; } = new()
    {
        SchemaVersion = Attestation.CurrentSchemaVersion,
        Vendor = new VendorInfo { Id = "warm-up", Name = "Warm-up" },
        Service = new ServiceInfo { Name = "Warm-up" },
        AttestedOn = DateTime.UnixEpoch,
        Audiences = AudienceDeclarations.Serving(),
    };

    /// <summary>Decides every active expectation for one attestation.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <param name="evaluatedOn">The evaluation date.</param>
    /// <returns>The decisions, in rule-set order.</returns>
    /// <exception cref="InvalidOperationException">A rule threw, or the rules decided no outcome or two.</exception>
    public PeerDecision[] Decide(Attestation attestation, DateTime evaluatedOn)
    {
        var cases = _rules.Cases(attestation, evaluatedOn);
        var decisions = new PeerDecision[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            var c = cases[i];
            var results = _engine.ExecuteAllRulesAsync(c.Id, new RuleParameter("c", c)).AsTask().GetAwaiter().GetResult();
            Outcome? outcome = null;
            var aspects = PeerAspects.None;
            var level = c.Expectation.Level;
            foreach (var result in results)
            {
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} threw: {result.ExceptionMessage}");
                }

                if (!result.IsSuccess)
                {
                    continue;
                }

                switch (_decides[result.Rule.RuleName])
                {
                    case Decides.Outcome:
                        outcome = outcome is null
                            ? Enum.Parse<Outcome>(result.Rule.SuccessEvent)
                            : throw new InvalidOperationException($"Two outcome rules of {c.Id} succeeded: {outcome} and {result.Rule.SuccessEvent}.");
                        break;
                    case Decides.Aspect:
                        aspects |= PeerDecision.AspectOf(Enum.Parse<EvidencePurpose>(result.Rule.SuccessEvent));
                        break;
                    default:
                        level = (ExpectationLevel)Math.Max((int)level, (int)Enum.Parse<ExpectationLevel>(result.Rule.SuccessEvent));
                        break;
                }
            }

            decisions[i] = new PeerDecision(c.Id, outcome ?? throw new InvalidOperationException($"No outcome rule of {c.Id} succeeded."), aspects, level);
        }

        return decisions;
    }

    private RulesEngineWorkflow Workflow(RuleSet ruleSet, Expectation expectation, EvidenceClass evidenceClass)
    {
        var checks = Verdict(expectation.Checks, all: true);
        var hasConditions = expectation.NotApplicableWhen.Count > 0;
        var conditions = hasConditions ? Verdict(expectation.NotApplicableWhen, all: true) : checks;
        var baselineRaises = expectation.RaisedFor.Where(r => r.Level == ExpectationLevel.Baseline).Select(r => r.Audience).ToArray();

        // Whether a cited piece of evidence counts at all (declared, the answer's weighed citation
        // of its document, current, within its kind's maximum age, with a reference a reviewer can
        // follow), and for which aspect, from the rule set's evidence kinds and the expectation's
        // evidence class.
        var counts = $"e.Item != null && !e.RepeatsDocument && e.Item.Issued.Date <= e.On && (e.Item.Expires == null || e.Item.Expires.Value.Date >= e.On) && {WithinMaxAge(ruleSet)} && {Locates}";
        var achieves = $"e.Shows == EvidencePurpose.Achieve && {KindIn(evidenceClass.Achieve)}";
        // Monitoring, or validation that counts as monitoring: the vendor's own, or independent work of a kind the class does not take as validation.
        // Independent work needs an issuer named, even the vendor's own ("Our user community" is a crowd: no issuer).
        // Evidence of a kind that may be independent, unless it is publicity (a blog post, a marketing agency's work).
        var mayBeIndependent = "(" + KindIn(ruleSet.EvidenceKinds.Where(k => k.MayBeIndependent).Select(k => k.Kind)) + " && !e.IsPublicity)";
        var independentElsewhere = "e.Item.Independent && " + mayBeIndependent
            + $" && e.NamesIssuer && !({KindIn(evidenceClass.Validate)})";
        var monitors = $"(e.Shows == EvidencePurpose.Monitor || (e.Shows == EvidencePurpose.Validate && (!e.Item.Independent || (e.IssuedByVendor && e.NamesIssuer && {mayBeIndependent}) || ({independentElsewhere})))) && {KindIn(evidenceClass.Monitor)}";
        var validates = "e.Shows == EvidencePurpose.Validate && e.Item.Independent && " + mayBeIndependent
            + $" && e.NamesIssuer && !e.IssuedByVendor && {KindIn(evidenceClass.Validate)}";

        var rules = new List<Rule>
        {
            Rule(expectation, Decides.Outcome, "audience", Outcome.NotApplicable, "!applies"),
            Rule(expectation, Decides.Outcome, "unanswered", Outcome.NotAnswered, "applies && c.Answer == null"),

            // "Not applicable" is a claim: contradicted by the facts, refused by the rule set,
            // unverified without the facts that would show it, or unjustified.
            Rule(expectation, Decides.Outcome, "na.contradicted", Outcome.Contradicted, "claimsNotApplicable && conditionsFail"),
        };

        if (expectation.NotApplicable == NotApplicablePolicy.Never)
        {
            rules.Add(Rule(expectation, Decides.Outcome, "na.refused", Outcome.NotMet, "claimsNotApplicable && !conditionsFail"));
        }
        else
        {
            // With conditions of its own, they must hold; without, the checks must not fail.
            var settled = hasConditions ? "conditionsHold" : "!conditionsFail";
            if (hasConditions)
            {
                rules.Add(Rule(expectation, Decides.Outcome, "na.unverified", Outcome.Unverified, "claimsNotApplicable && !conditionsFail && !conditionsHold && c.JustificationHasSubstance"));
            }

            // A justification without substance is not met, whether or not the facts are stated.
            rules.Add(Rule(expectation, Decides.Outcome, "na.justified", Outcome.NotApplicable, $"claimsNotApplicable && {settled} && c.JustificationHasSubstance"));
            rules.Add(Rule(expectation, Decides.Outcome, "na.unjustified", Outcome.NotMet, "claimsNotApplicable && !conditionsFail && !c.JustificationHasSubstance"));
        }

        rules.AddRange(
        [
            Rule(expectation, Decides.Outcome, "contradicted", Outcome.Contradicted, "claimsImplemented && checksFail"),
            Rule(expectation, Decides.Outcome, "met", Outcome.Met, "claimsImplemented && checksHold && c.StatementHasSubstance && (!baseline || achieved)"),
            Rule(expectation, Decides.Outcome, "unverified", Outcome.Unverified, "claimsImplemented && !checksFail && (!c.StatementHasSubstance || !checksHold || (baseline && !achieved))"),
            Rule(expectation, Decides.Outcome, "partial", Outcome.PartiallyMet, "answered && c.Answer.Status == AnswerStatus.Partial && c.StatementHasSubstance"),
            Rule(expectation, Decides.Outcome, "partial.unverified", Outcome.Unverified, "answered && c.Answer.Status == AnswerStatus.Partial && !c.StatementHasSubstance"),
            Rule(expectation, Decides.Outcome, "denied", Outcome.NotMet, "answered && (c.Answer.Status == AnswerStatus.Planned || c.Answer.Status == AnswerStatus.NotImplemented)"),
            Rule(expectation, Decides.Outcome, "undetermined", Outcome.Undetermined, "answered && c.Answer.Status == AnswerStatus.Undetermined"),
            Rule(expectation, Decides.Aspect, "achieve", EvidencePurpose.Achieve, "achieved"),
            Rule(expectation, Decides.Aspect, "monitor", EvidencePurpose.Monitor, "monitored"),
            Rule(expectation, Decides.Aspect, "validate", EvidencePurpose.Validate, "validated"),
        ]);

        foreach (var raise in expectation.RaisedFor.Where(r => r.Level > expectation.Level).GroupBy(r => r.Level))
        {
            rules.Add(Rule(expectation, Decides.Level, FactCatalog.JsonName(raise.Key), raise.Key, AnyAudience(raise.Select(r => r.Audience))));
        }

        return new RulesEngineWorkflow
        {
            WorkflowName = expectation.Id,
            GlobalParams =
            [
                new ScopedParam { Name = "applies", Expression = expectation.AppliesTo.Count == 0 ? "true" : AnyAudience(expectation.AppliesTo) },
                new ScopedParam { Name = "answered", Expression = "applies && c.Answer != null" },
                new ScopedParam { Name = "claimsImplemented", Expression = "answered && c.Answer.Status == AnswerStatus.Implemented" },
                new ScopedParam { Name = "claimsNotApplicable", Expression = "answered && c.Answer.Status == AnswerStatus.NotApplicable" },
                new ScopedParam { Name = "credited", Expression = "answered && (c.Answer.Status == AnswerStatus.Implemented || c.Answer.Status == AnswerStatus.Partial)" },
                new ScopedParam { Name = "baseline", Expression = expectation.Level == ExpectationLevel.Baseline ? "true" : baselineRaises.Length == 0 ? "false" : AnyAudience(baselineRaises) },
                new ScopedParam { Name = "checksHold", Expression = checks.Holds },
                new ScopedParam { Name = "checksFail", Expression = checks.Fails },
                new ScopedParam { Name = "conditionsHold", Expression = conditions.Holds },
                new ScopedParam { Name = "conditionsFail", Expression = conditions.Fails },
                new ScopedParam { Name = "achieved", Expression = $"credited && c.Citations.Any(e => {counts} && {achieves})" },
                new ScopedParam { Name = "monitored", Expression = $"credited && c.Citations.Any(e => {counts} && {monitors})" },
                new ScopedParam { Name = "validated", Expression = $"credited && c.Citations.Any(e => {counts} && {validates})" },
            ],
            Rules = rules,
        };
    }

    private Rule Rule<TEnum>(Expectation expectation, Decides decides, string name, TEnum value, string expression)
        where TEnum : struct, Enum
    {
        var ruleName = expectation.Id + "." + decides + "." + name;
        _decides[ruleName] = decides;
        return new Rule { RuleName = ruleName, SuccessEvent = value.ToString(), Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression };
    }

    private static string AnyAudience(IEnumerable<Audience> audiences) =>
        "(" + string.Join(" || ", audiences.Distinct().Select(a => "c.Declared." + a)) + ")";

    private static string KindIn(IEnumerable<EvidenceKind> kinds)
    {
        var tests = kinds.Distinct().Select(k => "e.Item.Kind == EvidenceKind." + k).ToArray();
        return tests.Length == 0 ? "false" : "(" + string.Join(" || ", tests) + ")";
    }

    // Issued plus the kind's maximum age saturates at the calendar's last day, which no evaluation
    // date is after: evidence whose limit lies beyond it is never stale, and AddMonths is only
    // asked for a date inside the calendar.
    private static string WithinMaxAge(RuleSet ruleSet)
    {
        var byKind = ruleSet.EvidenceKinds.GroupBy(k => k.Kind).Select(g => g.First()).ToArray();
        var months = byKind[^1].MaxAgeMonths.ToString(CultureInfo.InvariantCulture);
        for (var i = byKind.Length - 2; i >= 0; i--)
        {
            months = $"(e.Item.Kind == EvidenceKind.{byKind[i].Kind} ? {byKind[i].MaxAgeMonths.ToString(CultureInfo.InvariantCulture)} : {months})";
        }

        return $"!(((DateTime.MaxValue.Year - e.Item.Issued.Year) * 12) + (DateTime.MaxValue.Month - e.Item.Issued.Month) >= {months} && e.Item.Issued.Date.AddMonths({months}) < e.On)";
    }

    // A reference a reviewer can follow: a URL that names more than a word; or, not placeholder
    // text and at least two letters or digits, a path or number, or a title of three words or more,
    // and when it says the evidence is withheld, a document number or path to ask for; and unless
    // it is a URL or three words or more that do not say it is withheld, beside a title that says
    // which document it is.
    private const string Locates =
        "e.NormalisedReference.Length > 0 && !e.ReferenceIsUnreachable && (e.ReferenceIsUrl || (e.NormalisedReference.Length >= 2 && !e.ReferenceIsPlaceholder && ((e.ReferenceSaysWithheld && e.ReferenceHoldsDocumentNumberOrPath) || (!e.ReferenceSaysWithheld && (e.ReferenceHoldsIdentifier || e.NormalisedReference.Count(ch => ch == ' ') >= 2))) && ((!e.ReferenceSaysWithheld && e.NormalisedReference.Count(ch => ch == ' ') >= 2) || e.TitleNamesDocument)))";

    // A check is three-valued: a stated fact meets it (holds) or contradicts it (fails); an
    // unstated fact decides neither. allOf holds when every child holds and fails when any fails;
    // anyOf holds when any child holds and fails when every child fails.
    private static (string Holds, string Fails) Verdict(IReadOnlyList<Condition> conditions, bool all)
    {
        var children = conditions.Select(Verdict).ToArray();
        string Join(IEnumerable<string> parts, string op, string empty)
        {
            var list = parts.ToArray();
            return list.Length == 0 ? empty : "(" + string.Join(op, list) + ")";
        }

        return all
            ? (Join(children.Select(c => c.Holds), " && ", "true"), Join(children.Select(c => c.Fails), " || ", "false"))
            : (Join(children.Select(c => c.Holds), " || ", "false"), Join(children.Select(c => c.Fails), " && ", "true"));
    }

    private static (string Holds, string Fails) Verdict(Condition condition)
    {
        if (condition.AllOf is not null)
        {
            return Verdict(condition.AllOf, all: true);
        }

        if (condition.AnyOf is not null)
        {
            return Verdict(condition.AnyOf, all: false);
        }

        var fact = FactCatalog.TryGet(condition.Fact!, out var found) ? found : throw new InvalidOperationException($"Unknown fact {condition.Fact}.");
        var segments = fact.Path.Split('.').Select(Pascal).ToArray();
        var member = "c.Facts." + string.Join(".", segments);

        // The facts are typed: choices are enums (registered as custom types), numbers and flags nullable.
        var type = typeof(ServiceFacts);
        foreach (var segment in segments)
        {
            type = type.GetProperty(segment)!.PropertyType;
        }

        var valueType = Nullable.GetUnderlyingType(type) ?? type;
        string Literal(FactValue value) => value.Kind switch
        {
            FactValueKind.Boolean => value.AsBoolean ? "true" : "false",
            FactValueKind.Number => value.AsNumber.ToString("R", CultureInfo.InvariantCulture),
            _ => valueType.Name + "." + Pascal(value.AsText),
        };

        var test = condition.EqualTo is FactValue expected ? $"{member} == {Literal(expected)}"
            : condition.In is { } allowed ? "(" + string.Join(" || ", allowed.Select(v => $"{member} == {Literal(v)}")) + ")"
            : condition.AtMost is double max ? $"{member} <= {Literal(FactValue.From(max))}"
            : $"{member} >= {Literal(FactValue.From(condition.AtLeast!.Value))}";
        return ($"({member} != null && {test})", $"({member} != null && !({test}))");
    }

    private static string Pascal(string name)
    {
        var builder = new StringBuilder(name);
        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }
}
