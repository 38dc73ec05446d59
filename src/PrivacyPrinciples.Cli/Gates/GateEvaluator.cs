using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Gates;

/// <summary>Checks reports against the gates. Waived gaps never fail a gate.</summary>
internal static class GateEvaluator
{
    public static (List<GateFailure> Failures, List<string> Notices) Check(IReadOnlyList<EvaluationReport> reports, GateSettings gates)
    {
        var failures = new List<GateFailure>();
        var notices = new List<string>();
        var previous = gates.Previous.GroupBy(ReportComparison.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var report in reports)
        {
            // Vendor text, made single-line: a name cannot forge a line of its own in the log.
            var name = DisplayText.Clean($"{report.Attestation.Vendor} — {report.Attestation.Service}");
            // No score (nothing in scope) cannot show the minimum is reached, so it fails the gate.
            if (gates.FailUnder is double threshold && !(report.Score >= threshold))
            {
                failures.Add(new GateFailure("--fail-under", report.Score is null
                    ? $"{name} has no score (nothing in the rule set is in scope for it), so it cannot reach {N(threshold)}"
                    : $"{name} scored {N(report.Score)}, under {N(threshold)}"));
            }

            var gaps = report.BaselineGaps.Where(g => !g.IsWaived).ToArray();
            if (gates.OnBaseline && gaps.Length > 0)
            {
                failures.Add(new GateFailure("--fail-on baseline", $"{name} has {Count(gaps.Length, "baseline gap", "baseline gaps")}: {string.Join(", ", gaps.Select(g => $"{g.ExpectationId} ({Name(g.Outcome)})"))}"));
            }

            if (gates.OnContradiction && report.Contradictions.Count > 0)
            {
                var ids = report.Contradictions.Select(c => c.ExpectationId).Distinct().ToArray();
                failures.Add(new GateFailure("--fail-on contradiction", $"{name} contradicts its own facts on {string.Join(", ", ids)}"));
            }

            if (gates.OnRegression)
            {
                if (!previous.TryGetValue(ReportComparison.Key(report), out var before))
                {
                    notices.Add($"{name}: no previous report for this service, so nothing to compare with");
                }
                else
                {
                    var regressions = ReportComparer.Compare(before, report).Regressions.ToArray();
                    if (regressions.Length > 0)
                    {
                        failures.Add(new GateFailure("--fail-on regression", $"{name} regressed on {string.Join("; ", regressions.Select(Describe))}"));
                    }
                }
            }

            foreach (var waiver in report.Waivers.Where(w => w.State == Evaluation.WaiverState.Expired))
            {
                notices.Add($"{name}: the waiver for {waiver.ExpectationId} expired on {waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} and no longer waives it");
            }

            // A waiver for an expectation the rule set does not have waives nothing: usually a typo, never silent.
            foreach (var waiver in report.Waivers.Where(w => w.State == Evaluation.WaiverState.UnknownExpectation))
            {
                notices.Add($"{name}: the waiver for {waiver.ExpectationId} names no expectation of {report.RuleSet.Id} {report.RuleSet.Version} and waives nothing");
            }
        }

        // Previous reports of other services only (another vendor's file, say), or none at all (an
        // empty list), rule out no regression: the gate would pass without comparing anything.
        if (gates.OnRegression && reports.Count > 0 && !reports.Any(r => previous.ContainsKey(ReportComparison.Key(r))))
        {
            var none = reports.Count == 1 ? "the attestation has no previous report" : $"none of the {reports.Count} attestations has a previous report";
            failures.Add(new GateFailure("--fail-on regression", gates.Previous.Count == 0
                ? $"--previous holds no report at all, so there is nothing to compare {(reports.Count == 1 ? "the attestation" : $"the {reports.Count} attestations")} with and no regression can be ruled out; expected earlier reports of the same services"
                : $"{none} of its service (matched by vendor id, service and tier), so no regression can be ruled out; expected earlier reports of the same services"));
        }

        return (failures, notices);
    }

    private static string Describe(ExpectationChange change) => change.Change == ChangeKind.NoLongerAnswered
        ? $"{change.Id} (no longer answered)"
        : $"{change.Id} ({Name(change.Before!.Value)} {N(change.ScoreBefore)} → {Name(change.After!.Value)} {N(change.ScoreAfter)})";

    private static string N(double? value) => value is double v ? v.ToString("0.0#", CultureInfo.InvariantCulture) : "n/a";

    private static string Name(Outcome outcome) => PrivacyPrinciplesJson.NameOf(outcome);

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
