using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Comparison;

/// <summary>
/// Compares two evaluations of the same service: what improved, regressed, was newly answered or
/// is still missing, per expectation and per principle. Thread-safe.
/// </summary>
/// <remarks>
/// An expectation regresses when it becomes a gap, or its score falls; it improves when it stops
/// being a gap, or its score rises. A missing answer is its own kind of change, never a silent zero.
/// </remarks>
public static class ReportComparer
{
    /// <summary>Compares an older and a newer report.</summary>
    /// <param name="before">The older report.</param>
    /// <param name="after">The newer report.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReportComparison Compare(EvaluationReport before, EvaluationReport after)
    {
        _ = before ?? throw new ArgumentNullException(nameof(before));
        _ = after ?? throw new ArgumentNullException(nameof(after));

        var old = before.Expectations.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var now = after.Expectations.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var expectations = after.Expectations
            .Select(e => Change(old.TryGetValue(e.Id, out var b) ? b : null, e))
            .Concat(before.Expectations.Where(e => !now.ContainsKey(e.Id)).Select(e => Change(e, null)))
            .ToArray();

        var oldPrinciples = before.Principles.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var newPrinciples = new HashSet<string>(after.Principles.Select(p => p.Id), StringComparer.Ordinal);
        var principles = after.Principles
            .Select(p => Principle(p.Id, p.Title, oldPrinciples.TryGetValue(p.Id, out var b) ? b.Score : null, p.Score))
            .Concat(before.Principles.Where(p => !newPrinciples.Contains(p.Id)).Select(p => Principle(p.Id, p.Title, p.Score, null)))
            .ToArray();

        return new ReportComparison
        {
            Before = before.Attestation,
            After = after.Attestation,
            ScoreBefore = before.Score,
            ScoreAfter = after.Score,
            RatingBefore = before.Rating,
            RatingAfter = after.Rating,
            Principles = principles,
            Expectations = expectations,
        };
    }

    private static PrincipleChange Principle(string id, string title, double? before, double? after) => new()
    {
        Id = id,
        Title = title,
        Before = before,
        After = after,
        Delta = before is double b && after is double a ? Math.Round(a - b, 2, MidpointRounding.AwayFromZero) : null,
    };

    private static ExpectationChange Change(ExpectationResult? before, ExpectationResult? after)
    {
        var any = after ?? before!;
        return new ExpectationChange
        {
            Id = any.Id,
            Principle = any.Principle,
            Title = any.Title,
            Change = Kind(before, after),
            Before = before?.Outcome,
            After = after?.Outcome,
            ScoreBefore = before?.Score,
            ScoreAfter = after?.Score,
            IsWaived = after?.IsWaived ?? false,
        };
    }

    private static ChangeKind Kind(ExpectationResult? before, ExpectationResult? after)
    {
        if (before is null)
        {
            return ChangeKind.Added;
        }

        if (after is null)
        {
            return ChangeKind.Removed;
        }

        var (wasAnswered, isAnswered) = (before.Outcome != Outcome.NotAnswered, after.Outcome != Outcome.NotAnswered);
        if (!wasAnswered || !isAnswered)
        {
            return (wasAnswered, isAnswered) switch
            {
                (false, false) => ChangeKind.StillMissing,
                (false, true) => ChangeKind.NewlyAnswered,
                _ => ChangeKind.NoLongerAnswered,
            };
        }

        if (before.IsGap != after.IsGap)
        {
            return after.IsGap ? ChangeKind.Regressed : ChangeKind.Improved;
        }

        if (before.Score is double b && after.Score is double a && a != b)
        {
            return a > b ? ChangeKind.Improved : ChangeKind.Regressed;
        }

        return ChangeKind.Unchanged;
    }
}
