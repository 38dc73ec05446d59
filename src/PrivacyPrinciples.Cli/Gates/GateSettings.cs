using System.Collections.Generic;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Cli.Gates;

/// <summary>The gates asked for on the command line.</summary>
internal sealed record GateSettings
{
    public const string Baseline = "baseline";
    public const string Regression = "regression";
    public const string Contradiction = "contradiction";

    public static readonly string[] Names = [Baseline, Regression, Contradiction];

    public double? FailUnder { get; init; }

    public bool OnBaseline { get; init; }

    public bool OnRegression { get; init; }

    public bool OnContradiction { get; init; }

    /// <summary>The previous reports a regression gate compares with.</summary>
    public IReadOnlyList<EvaluationReport> Previous { get; init; } = [];
}
