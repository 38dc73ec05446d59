using System.Globalization;
using PrivacyPrinciples.Evaluation.Decisions;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Scoring;

/// <summary>
/// Turns decisions into numbers. Every constant of the formula is here and in docs/scoring.md;
/// nothing else in the package computes a score.
/// </summary>
internal static class ScoringPolicy
{
    /// <summary>How much the assurance axis can take off a fully implemented measure: score = implementation × (1 − w + w × assurance/100).</summary>
    public const double AssuranceShare = 0.5;

    public const double StrongThreshold = 75;
    public const double ExemplaryThreshold = 90;
    public const double ModerateThreshold = 60;
    public const double WeakThreshold = 40;

    /// <summary>The rating a baseline gap caps the rating at.</summary>
    public const Rating BaselineCap = Rating.Weak;

    public static double ImplementationPoints(ImplementationCredit credit) => credit switch
    {
        ImplementationCredit.Full => 100,
        ImplementationCredit.Partial => 50,
        _ => 0,
    };

    public static double AssurancePoints(AssuranceLevel level) => level switch
    {
        AssuranceLevel.Validated => 100,
        AssuranceLevel.Monitored => 75,
        AssuranceLevel.Described => 50,
        AssuranceLevel.Asserted => 25,
        _ => 0,
    };

    public static double LevelFactor(ExpectationLevel level) => level switch
    {
        ExpectationLevel.Baseline => 3,
        ExpectationLevel.Expected => 2,
        _ => 1,
    };

    public static double Combine(double implementation, double assurance) =>
        Score.From(implementation * ((1 - AssuranceShare) + (AssuranceShare * assurance / 100)));

    public static Rating RatingFor(double score) =>
        score >= ExemplaryThreshold ? Rating.Exemplary
        : score >= StrongThreshold ? Rating.Strong
        : score >= ModerateThreshold ? Rating.Moderate
        : score >= WeakThreshold ? Rating.Weak
        : Rating.Poor;

    public static Rating Cap(Rating rating, bool baselineGap) =>
        baselineGap && rating > BaselineCap ? BaselineCap : rating;

    /// <summary>Scores one decision and explains the arithmetic.</summary>
    /// <param name="expectation">The expectation.</param>
    /// <param name="level">Its level after audience raises, which sets the weight.</param>
    /// <param name="inScope">False when it is not applicable: no score, and it leaves the denominators.</param>
    /// <param name="credit">The implementation credit decided.</param>
    /// <param name="assurance">The assurance level decided.</param>
    public static Calculation Calculate(Expectation expectation, ExpectationLevel level, bool inScope, ImplementationCredit credit, AssuranceLevel assurance)
    {
        var weight = expectation.Weight * LevelFactor(level);
        var weightText = $"weight {N(expectation.Weight)} × {N(LevelFactor(level))} ({Rules.FactCatalog.JsonName(level)}) = {N(weight)}";
        if (!inScope)
        {
            return new Calculation(weight, null, null, null, new Reason { Code = ReasonCodes.Calculation, Message = $"Not applicable: no score, and the {weightText} leaves the principle's denominators." });
        }

        var implementation = ImplementationPoints(credit);
        var assurancePoints = AssurancePoints(assurance);
        var score = Combine(implementation, assurancePoints);
        var formula = $"Score = implementation {N(implementation)} × ({N(1 - AssuranceShare)} + {N(AssuranceShare)} × assurance {N(assurancePoints)} ÷ 100) = {N(score)}; {weightText}.";
        return new Calculation(weight, implementation, assurancePoints, score, new Reason { Code = ReasonCodes.Calculation, Message = formula });
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>The numbers of one scored decision and the reason that explains them; shared by every report with the same decision.</summary>
internal sealed class Calculation(double weight, double? implementation, double? assurance, double? score, Reason explanation)
{
    public double Weight { get; } = weight;

    public double? Implementation { get; } = implementation;

    public double? Assurance { get; } = assurance;

    public double? Score { get; } = score;

    public Reason Explanation { get; } = explanation;
}
