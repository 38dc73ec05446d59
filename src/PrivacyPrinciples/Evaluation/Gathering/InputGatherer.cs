using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>Reads what each expectation's decision needs from an attestation: the answer, the raised level, whether its audience applies. Decides nothing.</summary>
internal static class InputGatherer
{
    public static ExpectationInput Gather(Expectation expectation, Attestation attestation, DateTime evaluatedOn)
    {
        var declared = attestation.Audiences;
        var raisedBy = expectation.RaisedFor
            .Where(r => declared.Contains(r.Audience) && r.Level > expectation.Level)
            .ToArray();
        var level = raisedBy.Length == 0 ? expectation.Level : raisedBy.Max(r => r.Level);

        attestation.Answers.TryGetValue(expectation.Id, out var answer);
        return new ExpectationInput
        {
            Expectation = expectation,
            Level = level,
            RaisedBy = raisedBy.Where(r => r.Level == level).Select(r => r.Audience).Distinct().OrderBy(a => a).ToArray(),
            AudienceApplies = expectation.AppliesTo.Count == 0 || expectation.AppliesTo.Any(declared.Contains),
            Answer = answer,
            AnswerPointer = JsonPointer.Append("/answers", expectation.Id),
            Facts = attestation.Facts,
            ServiceName = attestation.Service.Name,
            EvaluatedOn = evaluatedOn,
        };
    }

    /// <summary>Answers the rule set cannot use: unknown or deprecated expectations, in ordinal order.</summary>
    public static IEnumerable<(string Id, string Pointer, Expectation? Deprecated)> UnusedAnswers(RuleSet ruleSet, Attestation attestation)
    {
        var byId = ruleSet.Expectations.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var id in attestation.Answers.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (!byId.TryGetValue(id, out var expectation))
            {
                yield return (id, JsonPointer.Append("/answers", id), null);
            }
            else if (expectation.Lifecycle == ExpectationLifecycle.Deprecated)
            {
                yield return (id, JsonPointer.Append("/answers", id), expectation);
            }
        }
    }
}
