using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>The evaluation of one principle and its expectations. Immutable.</summary>
public sealed record PrincipleResult
{
    private readonly IReadOnlyList<ExpectationResult> _expectations = ValueList<ExpectationResult>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal PrincipleResult()
    {
    }

    /// <summary>The principle's identifier.</summary>
    [JsonInclude]
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The principle's title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;

    /// <summary>The principle's weight in the overall score.</summary>
    [JsonInclude]
    public double Weight { get; internal init; }

    /// <summary>The weighted mean score of the expectations in scope, 0–100; <see langword="null"/> when none is in scope.</summary>
    [JsonInclude]
    public double? Score { get; internal init; }

    /// <summary>The weighted mean implementation, 0–100; <see langword="null"/> when none is in scope.</summary>
    [JsonInclude]
    public double? Implementation { get; internal init; }

    /// <summary>The weighted mean assurance, 0–100; <see langword="null"/> when none is in scope.</summary>
    [JsonInclude]
    public double? Assurance { get; internal init; }

    /// <summary>The expectations, in catalogue order.</summary>
    [JsonInclude]
    public IReadOnlyList<ExpectationResult> Expectations { get => _expectations; internal init => _expectations = ValueList<ExpectationResult>.Of(value); }
}
