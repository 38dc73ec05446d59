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
    public static ExpectationResult ScoreExpectation(ExpectationResult unscored, Assessment assessment, Expectation expectation, ExpectationLevel level)
    {
        var weight = expectation.Weight * LevelFactor(level);
        var weightText = $"weight {N(expectation.Weight)} × {N(LevelFactor(level))} ({Rules.FactCatalog.JsonName(level)}) = {N(weight)}";
        if (!assessment.InScope)
        {
            return unscored with
            {
                Weight = weight,
                Reasons = [.. assessment.Reasons, new Reason { Code = ReasonCodes.Calculation, Message = $"Not applicable: no score, and the {weightText} leaves the principle's denominators." }],
            };
        }

        var implementation = ImplementationPoints(assessment.Credit);
        var assurance = AssurancePoints(assessment.Assurance);
        var score = Combine(implementation, assurance);
        var formula = $"Score = implementation {N(implementation)} × ({N(1 - AssuranceShare)} + {N(AssuranceShare)} × assurance {N(assurance)} ÷ 100) = {N(score)}; {weightText}.";
        return unscored with
        {
            Weight = weight,
            Implementation = implementation,
            Assurance = assurance,
            Score = score,
            Reasons = [.. assessment.Reasons, new Reason { Code = ReasonCodes.Calculation, Message = formula }],
        };
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
