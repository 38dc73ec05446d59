using System.Collections.Generic;

namespace PrivacyPrinciples.Evaluation;

/// <summary>The evaluation of one principle and its expectations. Immutable.</summary>
public sealed record PrincipleResult
{
    private readonly IReadOnlyList<ExpectationResult> _expectations = [];

    /// <summary>The principle's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The principle's title.</summary>
    public required string Title { get; init; }

    /// <summary>The principle's weight in the overall score.</summary>
    public required double Weight { get; init; }

    /// <summary>The weighted mean score of the expectations in scope, 0–100; <see langword="null"/> when none is in scope.</summary>
    public double? Score { get; init; }

    /// <summary>The weighted mean implementation, 0–100; <see langword="null"/> when none is in scope.</summary>
    public double? Implementation { get; init; }

    /// <summary>The weighted mean assurance, 0–100; <see langword="null"/> when none is in scope.</summary>
    public double? Assurance { get; init; }

    /// <summary>The expectations, in catalogue order.</summary>
    public IReadOnlyList<ExpectationResult> Expectations { get => _expectations; init => _expectations = value ?? []; }
}
