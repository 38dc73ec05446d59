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
}

/// <summary>
/// Weighted means of the three axes over the items that have a score, summed in the order they
/// come, each rounded by <see cref="Score.From"/>; <see langword="null"/> when no item has a score.
/// </summary>
internal struct WeightedTotals
{
    private double _score;
    private double _implementation;
    private double _assurance;
    private double _weights;

    /// <summary>Adds an item; one without a score (not applicable) leaves the denominators.</summary>
    public void Add(double? score, double? implementation, double? assurance, double weight)
    {
        if (score is { } value)
        {
            _score += value * weight;
            _implementation += implementation!.Value * weight;
            _assurance += assurance!.Value * weight;
            _weights += weight;
        }
    }

    public readonly double? Score => Mean(_score);

    public readonly double? Implementation => Mean(_implementation);

    public readonly double? Assurance => Mean(_assurance);

    private readonly double? Mean(double sum) => _weights > 0 ? Scoring.Score.From(sum / _weights) : null;
}
