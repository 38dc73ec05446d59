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
/// <c>c</c>), with the shared sub-expressions as workflow <c>GlobalParams</c>. The workflows are
/// generated from the rule set's data, the way a team porting these rules to RulesEngine's JSON
/// would write them by hand. Compiled once, in the constructor; thread-safe after that.
/// </summary>
/// <remarks>
/// Best configuration: FastExpressionCompiler on, actions off (the decisions are read from the
/// rule results), exceptions surfaced instead of being turned into failed rules.
/// </remarks>
public sealed class RulesEnginePeer
{
    private const string Current =
        "e.Issued.Date <= c.On && (e.Expires == null ? e.Issued.Date.AddMonths(c.ValidityMonths) >= c.On : e.Expires.Value.Date >= c.On)";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Expectation[] _expectations;
    private readonly Dictionary<string, Decides> _decides = new(StringComparer.Ordinal);
    private readonly int _validityMonths;

    /// <summary>Generates the workflows for <paramref name="ruleSet"/>'s active expectations and compiles them.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="evidenceValidityMonths">How long evidence without an expiry date counts.</param>
    public RulesEnginePeer(RuleSet ruleSet, int evidenceValidityMonths = 36)
    {
        _validityMonths = evidenceValidityMonths;
        _expectations = ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).ToArray();
        var workflows = _expectations.Select(Workflow).ToArray();
        Workflows = workflows;
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings
        {
            CustomTypes = [typeof(AnswerStatus), typeof(EvidencePurpose), typeof(EndToEndEncryption), typeof(MultiFactorSupport), typeof(ModelTrainingUse), typeof(OptionalProcessingConsent)],
            UseFastExpressionCompiler = true,
            AutoExecuteActions = false,
            EnableExceptionAsErrorMessage = true,
            IsExpressionCaseSensitive = true,
        });

        // RulesEngine compiles a workflow on first use: warm every one so timing starts compiled.
        foreach (var expectation in _expectations)
        {
            _ = _engine.ExecuteAllRulesAsync(expectation.Id, new RuleParameter("c", new PeerCase(expectation, Empty, [], DateTime.UnixEpoch, _validityMonths))).AsTask().GetAwaiter().GetResult();
        }
    }

    private enum Decides
    {
        Outcome,
        Assurance,
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
    };

    /// <summary>Decides every active expectation for one attestation.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <param name="evaluatedOn">The evaluation date.</param>
    /// <returns>The decisions, in rule-set order.</returns>
    /// <exception cref="InvalidOperationException">A rule threw, or the rules decided no outcome or two.</exception>
    public PeerDecision[] Decide(Attestation attestation, DateTime evaluatedOn)
    {
        var audiences = attestation.Audiences.Select(a => FactCatalog.JsonName(a)).ToArray();
        var decisions = new PeerDecision[_expectations.Length];
        for (var i = 0; i < _expectations.Length; i++)
        {
            var expectation = _expectations[i];
            var results = _engine.ExecuteAllRulesAsync(expectation.Id, new RuleParameter("c", new PeerCase(expectation, attestation, audiences, evaluatedOn, _validityMonths))).AsTask().GetAwaiter().GetResult();
            Outcome? outcome = null;
            var assurance = AssuranceLevel.None;
            var level = expectation.Level;
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
                            : throw new InvalidOperationException($"Two outcome rules of {expectation.Id} succeeded.");
                        break;
                    case Decides.Assurance:
                        assurance = (AssuranceLevel)Math.Max((int)assurance, (int)Enum.Parse<AssuranceLevel>(result.Rule.SuccessEvent));
                        break;
                    default:
                        level = (ExpectationLevel)Math.Max((int)level, (int)Enum.Parse<ExpectationLevel>(result.Rule.SuccessEvent));
                        break;
                }
            }

            decisions[i] = new PeerDecision(expectation.Id, outcome ?? throw new InvalidOperationException($"No outcome rule of {expectation.Id} succeeded."), assurance, level);
        }

        return decisions;
    }

    private RulesEngineWorkflow Workflow(Expectation expectation)
    {
        var applies = expectation.AppliesTo.Count == 0 ? "true" : AnyAudience(expectation.AppliesTo);
        var rules = new List<Rule>
        {
            Rule(expectation, Decides.Outcome, "audience", Outcome.NotApplicable, "!applies"),
            Rule(expectation, Decides.Outcome, "unanswered", Outcome.NotAnswered, "applies && c.Answer == null"),
            Rule(expectation, Decides.Outcome, "justified", Outcome.NotApplicable, "answered && c.Answer.Status == AnswerStatus.NotApplicable && !string.IsNullOrWhiteSpace(c.Answer.Justification)"),
            Rule(expectation, Decides.Outcome, "unjustified", Outcome.NotMet, "answered && c.Answer.Status == AnswerStatus.NotApplicable && string.IsNullOrWhiteSpace(c.Answer.Justification)"),
            Rule(expectation, Decides.Outcome, "contradicted", Outcome.Contradicted, "answered && c.Answer.Status == AnswerStatus.Implemented && failsChecks"),
            Rule(expectation, Decides.Outcome, "met", Outcome.Met, "answered && c.Answer.Status == AnswerStatus.Implemented && !failsChecks"),
            Rule(expectation, Decides.Outcome, "partial", Outcome.PartiallyMet, "answered && c.Answer.Status == AnswerStatus.Partial"),
            Rule(expectation, Decides.Outcome, "denied", Outcome.NotMet, "answered && (c.Answer.Status == AnswerStatus.Planned || c.Answer.Status == AnswerStatus.NotImplemented)"),
            Rule(expectation, Decides.Assurance, "validated", AssuranceLevel.Validated, $"credited && c.Answer.Evidence.Any(e => e.Shows == EvidencePurpose.Validate && e.Independent && {Current})"),
            Rule(expectation, Decides.Assurance, "monitored", AssuranceLevel.Monitored, $"credited && c.Answer.Evidence.Any(e => (e.Shows == EvidencePurpose.Monitor || (e.Shows == EvidencePurpose.Validate && !e.Independent)) && {Current})"),
            Rule(expectation, Decides.Assurance, "described", AssuranceLevel.Described, $"credited && c.Answer.Evidence.Any(e => e.Shows == EvidencePurpose.Achieve && {Current})"),
            Rule(expectation, Decides.Assurance, "asserted", AssuranceLevel.Asserted, "credited"),
        };

        foreach (var raise in expectation.RaisedFor.Where(r => r.Level > expectation.Level).GroupBy(r => r.Level))
        {
            rules.Add(Rule(expectation, Decides.Level, FactCatalog.JsonName(raise.Key), raise.Key, AnyAudience(raise.Select(r => r.Audience))));
        }

        return new RulesEngineWorkflow
        {
            WorkflowName = expectation.Id,
            GlobalParams =
            [
                new ScopedParam { Name = "applies", Expression = applies },
                new ScopedParam { Name = "answered", Expression = "applies && c.Answer != null" },
                new ScopedParam { Name = "credited", Expression = "answered && (c.Answer.Status == AnswerStatus.Implemented || c.Answer.Status == AnswerStatus.Partial)" },
                new ScopedParam { Name = "failsChecks", Expression = Fails(expectation.Checks, all: true) },
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
        "(" + string.Join(" || ", audiences.Select(a => $"c.Audiences.Contains(\"{FactCatalog.JsonName(a)}\")")) + ")";

    // A check fails when a stated fact contradicts it; an unstated fact never fails one. allOf fails
    // when any child fails; anyOf only when every child fails.
    private static string Fails(IReadOnlyList<Condition> conditions, bool all) =>
        "(" + string.Join(all ? " || " : " && ", conditions.Select(Fails)) + ")";

    private static string Fails(Condition condition)
    {
        if (condition.AllOf is not null)
        {
            return Fails(condition.AllOf, all: true);
        }

        if (condition.AnyOf is not null)
        {
            return Fails(condition.AnyOf, all: false);
        }

        FactCatalog.TryGet(condition.Fact!, out var fact);
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

        if (condition.EqualTo is FactValue expected)
        {
            return $"({member} != null && {member} != {Literal(expected)})";
        }

        if (condition.In is { } allowed)
        {
            return $"({member} != null && {string.Join(" && ", allowed.Select(v => $"{member} != {Literal(v)}"))})";
        }

        return condition.AtMost is double max
            ? $"({member} != null && {member} > {Literal(FactValue.From(max))})"
            : $"({member} != null && {member} < {Literal(FactValue.From(condition.AtLeast!.Value))})";
    }

    private static string Pascal(string name)
    {
        var builder = new StringBuilder(name);
        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }
}
