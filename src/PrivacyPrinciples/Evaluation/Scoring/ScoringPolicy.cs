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

    /// <summary>Claims of "not applicable" that stood, as a share of the expectations that apply by audience, above which the rating is capped at <see cref="NotApplicableCap"/>.</summary>
    public const double NotApplicableShare = 0.10;

    /// <summary>The rating heavy use of "not applicable" caps the rating at: never exemplary.</summary>
    public const Rating NotApplicableCap = Rating.Strong;

    /// <summary>The rating an attestation with a contradiction or an unverified claim is capped at: exemplary needs a clean attestation.</summary>
    public const Rating InconsistencyCap = Rating.Strong;

    /// <summary>Assurance points for current, fitting evidence of how the measure is achieved.</summary>
    public const double AchievePoints = AspectPoints.Achieve;

    /// <summary>Assurance points for current, fitting evidence of how the measure is monitored.</summary>
    public const double MonitorPoints = AspectPoints.Monitor;

    /// <summary>Assurance points for current, fitting, independent validation.</summary>
    public const double ValidatePoints = AspectPoints.Validate;

    public static double ImplementationPoints(ImplementationCredit credit) => credit switch
    {
        ImplementationCredit.Full => 100,
        ImplementationCredit.Partial => 50,
        _ => 0,
    };

    /// <summary>Each aspect covered adds its points (<see cref="AspectPoints"/>).</summary>
    public static double AssurancePoints(Aspects aspects) => AspectPoints.Of(aspects);

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

    public static Rating Cap(Rating rating, bool baselineGap, bool heavyNotApplicable, bool inconsistent)
    {
        if (heavyNotApplicable && rating > NotApplicableCap)
        {
            rating = NotApplicableCap;
        }

        if (inconsistent && rating > InconsistencyCap)
        {
            rating = InconsistencyCap;
        }

        return baselineGap && rating > BaselineCap ? BaselineCap : rating;
    }

    /// <summary>Whether the vendor's accepted "not applicable" claims are too many a share of what applies.</summary>
    /// <param name="claimed">Claims of "not applicable" that stood.</param>
    /// <param name="applicable">Expectations that apply by audience (answered or not).</param>
    public static bool HeavyNotApplicable(int claimed, int applicable) => applicable > 0 && claimed > NotApplicableShare * applicable;

    /// <summary>Scores one decision and explains the arithmetic.</summary>
    /// <param name="expectation">The expectation.</param>
    /// <param name="level">Its level after audience raises, which sets the weight.</param>
    /// <param name="inScope">False when it is not applicable: no score, and it leaves the denominators.</param>
    /// <param name="credit">The implementation credit decided.</param>
    /// <param name="aspects">What current, fitting evidence covers.</param>
    public static Calculation Calculate(Expectation expectation, ExpectationLevel level, bool inScope, ImplementationCredit credit, Aspects aspects)
    {
        var weight = expectation.Weight * LevelFactor(level);
        if (!inScope)
        {
            return new Calculation(weight, null, null, null, new Reason(ReasonCodes.Calculation, ReasonWording.CalculationNotApplicable, string.Empty, expectation.Weight, LevelFactor(level), level, weight));
        }

        var implementation = ImplementationPoints(credit);
        var assurancePoints = AssurancePoints(aspects);
        var score = Combine(implementation, assurancePoints);
        return new Calculation(weight, implementation, assurancePoints, score, new Reason(ReasonCodes.Calculation, ReasonWording.Calculation, string.Empty, implementation, assurancePoints, score, expectation.Weight, LevelFactor(level), level, weight));
    }

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
