using System.Collections.Generic;

namespace PrivacyPrinciples.Engagements;

/// <summary>An expectation commonly missing, contradicted or weakly supported across vendors. Immutable.</summary>
public sealed record ImprovementArea
{
    private readonly IReadOnlyList<string> _vendors = [];

    /// <summary>The expectation.</summary>
    public required string ExpectationId { get; init; }

    /// <summary>Its principle.</summary>
    public required string Principle { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>What is lacking.</summary>
    public required ImprovementKind Kind { get; init; }

    /// <summary>How many responding vendors show it.</summary>
    public required int Count { get; init; }

    /// <summary>How many responding vendors have the expectation in scope.</summary>
    public required int Of { get; init; }

    /// <summary>The vendor ids, in order.</summary>
    public IReadOnlyList<string> Vendors { get => _vendors; init => _vendors = value ?? []; }
}
