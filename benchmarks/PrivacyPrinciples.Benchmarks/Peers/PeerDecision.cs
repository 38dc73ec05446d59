using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// What a peer engine decides about one expectation: the outcome, the assurance level and the level
/// after audience raises. These are the decisions the evaluator's scores are computed from, so a
/// peer that reaches the same three for every expectation does the same work.
/// </summary>
/// <param name="ExpectationId">The expectation, for example <c>SEC-01</c>.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Assurance">The assurance level; <see cref="AssuranceLevel.None"/> when nothing is credited.</param>
/// <param name="Level">The level after the declared audiences raised it.</param>
public readonly record struct PeerDecision(string ExpectationId, Outcome Outcome, AssuranceLevel Assurance, ExpectationLevel Level)
{
    /// <summary>The evaluator's decisions from its report, in rule-set order, for comparison with a peer's.</summary>
    /// <param name="report">A report of the evaluator.</param>
    /// <returns>One decision per evaluated expectation.</returns>
    public static PeerDecision[] From(EvaluationReport report)
    {
        var decisions = new System.Collections.Generic.List<PeerDecision>();
        foreach (var principle in report.Principles)
        {
            foreach (var result in principle.Expectations)
            {
                decisions.Add(new PeerDecision(result.Id, result.Outcome, result.AssuranceLevel, result.Level));
            }
        }

        return [.. decisions];
    }
}
