using System;

namespace PrivacyPrinciples.Evaluation.Scoring;

/// <summary>Score arithmetic behind named bounds: every number a report publishes passes through here.</summary>
internal static class Score
{
    public const double Min = 0;
    public const double Max = 100;

    /// <summary>Checks a score is within bounds and rounds it to two decimals, away from zero, the same on every machine.</summary>
    /// <exception cref="InvalidOperationException">The value is outside 0–100: a bug in the scoring policy, never bad input.</exception>
    public static double From(double value)
    {
        if (double.IsNaN(value) || value < Min - 1e-9 || value > Max + 1e-9)
        {
            throw new InvalidOperationException($"A score of {value} is outside {Min}–{Max}; the scoring policy is broken.");
        }

        return Math.Round(Math.Min(Max, Math.Max(Min, value)), 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The weighted mean of scores, or <see langword="null"/> when the weights sum to zero.</summary>
    public static double? WeightedMean(ReadOnlySpan<(double Value, double Weight)> items)
    {
        double sum = 0;
        double weights = 0;
        foreach (var (value, weight) in items)
        {
            sum += value * weight;
            weights += weight;
        }

        return weights > 0 ? From(sum / weights) : null;
    }
}
