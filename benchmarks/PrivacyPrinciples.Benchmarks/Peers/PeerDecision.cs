using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// What a peer engine decides about one expectation: the outcome, the aspects of assurance that
/// evidence covers, and the level after audience raises. These are the decisions the evaluator's
/// scores are computed from, so a peer that reaches the same three for every expectation does the
/// same work.
/// </summary>
/// <param name="ExpectationId">The expectation, for example <c>SEC-01</c>.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Aspects">The aspects current, fitting evidence covers; <see cref="PeerAspects.None"/> when nothing is credited.</param>
/// <param name="Level">The level after the declared audiences raised it.</param>
public readonly record struct PeerDecision(string ExpectationId, Outcome Outcome, PeerAspects Aspects, ExpectationLevel Level)
{
    /// <summary>The evaluator's decisions from its report, in rule-set order, for comparison with a peer's.</summary>
    /// <param name="report">A report of the evaluator.</param>
    /// <returns>One decision per evaluated expectation.</returns>
    public static PeerDecision[] From(EvaluationReport report)
    {
        var decisions = new List<PeerDecision>();
        foreach (var principle in report.Principles)
        {
            foreach (var result in principle.Expectations)
            {
                decisions.Add(new PeerDecision(result.Id, result.Outcome, AspectsOf(result.AssuranceAspects), result.Level));
            }
        }

        return [.. decisions];
    }

    /// <summary>The flags for a list of purposes, such as <see cref="ExpectationResult.AssuranceAspects"/>.</summary>
    /// <param name="purposes">The purposes.</param>
    /// <returns>Their union.</returns>
    public static PeerAspects AspectsOf(IEnumerable<EvidencePurpose> purposes)
    {
        ArgumentNullException.ThrowIfNull(purposes);
        var aspects = PeerAspects.None;
        foreach (var purpose in purposes)
        {
            aspects |= AspectOf(purpose);
        }

        return aspects;
    }

    /// <summary>The flag for one purpose.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>Its flag.</returns>
    public static PeerAspects AspectOf(EvidencePurpose purpose) => purpose switch
    {
        EvidencePurpose.Achieve => PeerAspects.Achieve,
        EvidencePurpose.Monitor => PeerAspects.Monitor,
        EvidencePurpose.Validate => PeerAspects.Validate,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Not an evidence purpose."),
    };
}
