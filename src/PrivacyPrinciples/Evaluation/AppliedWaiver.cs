using System;

namespace PrivacyPrinciples.Evaluation;

/// <summary>A waiver as it applied to one report: the waiver and what it did. Immutable.</summary>
public sealed record AppliedWaiver
{
    /// <summary>The expectation waived.</summary>
    public required string ExpectationId { get; init; }

    /// <summary>Why the gap is accepted.</summary>
    public required string Justification { get; init; }

    /// <summary>Who approved it.</summary>
    public required string Approver { get; init; }

    /// <summary>The last date the waiver applies.</summary>
    public required DateTime Expires { get; init; }

    /// <summary>What the waiver did in this evaluation.</summary>
    public required WaiverState State { get; init; }
}
