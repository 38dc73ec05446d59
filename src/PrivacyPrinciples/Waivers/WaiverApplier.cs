using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Waivers;

/// <summary>
/// Applies waivers to a report, judged on the report's evaluation date. Scores never change: a
/// waiver only marks a gap as accepted, so gates can pass over it while every format still shows
/// it. An expired waiver waives nothing and says so. Thread-safe.
/// </summary>
public static class WaiverApplier
{
    /// <summary>
    /// How far past the evaluation date a waiver may run, in months. A waiver that expires later
    /// waives nothing (<see cref="WaiverState.BeyondHorizon"/>): accepted gaps are reviewed at least
    /// once a year.
    /// </summary>
    public const int MaximumHorizonMonths = 12;

    /// <summary>Applies waivers to a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="waivers">The waivers.</param>
    /// <returns>A new report with <see cref="EvaluationReport.Waivers"/> filled in and waived gaps marked.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static EvaluationReport Apply(EvaluationReport report, WaiverSet waivers)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        _ = waivers ?? throw new ArgumentNullException(nameof(waivers));

        var results = report.Expectations.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var applied = new List<AppliedWaiver>();
        var active = new HashSet<string>(StringComparer.Ordinal);
        foreach (var waiver in waivers.Waivers)
        {
            var state = !results.TryGetValue(waiver.ExpectationId, out var result) ? WaiverState.UnknownExpectation
                : waiver.Expires.Date < report.EvaluatedOn ? WaiverState.Expired
                : waiver.Expires.Date > DateArithmetic.AddMonthsSaturating(report.EvaluatedOn, MaximumHorizonMonths) ? WaiverState.BeyondHorizon
                : !result.IsGap ? WaiverState.NotNeeded
                : WaiverState.Active;
            if (state == WaiverState.Active)
            {
                active.Add(waiver.ExpectationId);
            }

            applied.Add(new AppliedWaiver
            {
                ExpectationId = waiver.ExpectationId,
                Justification = waiver.Justification,
                Approver = waiver.Approver,
                Expires = waiver.Expires.Date,
                State = state,
            });
        }

        return report with
        {
            Principles = [.. report.Principles.Select(p => p with { Expectations = [.. p.Expectations.Select(e => e with { IsWaived = active.Contains(e.Id) })] })],
            BaselineGaps = [.. report.BaselineGaps.Select(g => g with { IsWaived = active.Contains(g.ExpectationId) })],
            Waivers = applied,
        };
    }
}
