using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Comparison;

/// <summary>Two evaluations of the same service compared: overall, per principle and per expectation. Immutable.</summary>
public sealed record ReportComparison
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal ReportComparison()
    {
    }

    /// <summary>The older evaluation's attestation.</summary>
    [JsonInclude]
    public AttestationInfo Before { get; internal init; } = null!;

    /// <summary>The newer evaluation's attestation.</summary>
    [JsonInclude]
    public AttestationInfo After { get; internal init; } = null!;

    /// <summary>The older overall score; <see langword="null"/> when nothing was in scope.</summary>
    [JsonInclude]
    public double? ScoreBefore { get; internal init; }

    /// <summary>The newer overall score; <see langword="null"/> when nothing is in scope.</summary>
    [JsonInclude]
    public double? ScoreAfter { get; internal init; }

    /// <summary>The older rating; <see langword="null"/> when nothing was in scope.</summary>
    [JsonInclude]
    public Rating? RatingBefore { get; internal init; }

    /// <summary>The newer rating; <see langword="null"/> when nothing is in scope.</summary>
    [JsonInclude]
    public Rating? RatingAfter { get; internal init; }

    /// <summary>Per principle, in the newer rule set's order (then any only in the older).</summary>
    [JsonInclude]
    public IReadOnlyList<PrincipleChange> Principles { get; internal init => field = ValueList<PrincipleChange>.Of(value); } = ValueList<PrincipleChange>.Empty;

    /// <summary>Per expectation, in the newer rule set's order (then any only in the older).</summary>
    [JsonInclude]
    public IReadOnlyList<ExpectationChange> Expectations { get; internal init => field = ValueList<ExpectationChange>.Of(value); } = ValueList<ExpectationChange>.Empty;

    /// <summary>Expectations that regressed or are no longer answered and are not waived now: what a regression gate fails on.</summary>
    [JsonIgnore]
    public IEnumerable<ExpectationChange> Regressions =>
        Expectations.Where(e => e.Change is ChangeKind.Regressed or ChangeKind.NoLongerAnswered && !e.IsWaived);

    /// <summary>How many expectations changed in each way.</summary>
    /// <param name="kind">The kind of change.</param>
    /// <returns>The count.</returns>
    public int Count(ChangeKind kind) => Expectations.Count(e => e.Change == kind);

    /// <summary>Whether two reports are about the same service (vendor id, service name and tier), so comparing them makes sense.</summary>
    /// <param name="a">One report.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether they match.</returns>
    public static bool SameService(EvaluationReport a, EvaluationReport b) =>
        Key(a ?? throw new ArgumentNullException(nameof(a))) == Key(b ?? throw new ArgumentNullException(nameof(b)));

    /// <summary>The key two reports of the same service share: vendor id, service and tier.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The key.</returns>
    public static string Key(EvaluationReport report) =>
        (report ?? throw new ArgumentNullException(nameof(report))).Attestation.VendorId + "\n" + report.Attestation.Service + "\n" + report.Attestation.Tier;
}
