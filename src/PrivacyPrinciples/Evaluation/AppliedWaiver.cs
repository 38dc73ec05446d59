using System;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>A waiver as it applied to one report: the waiver and what it did. Immutable.</summary>
public sealed record AppliedWaiver
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal AppliedWaiver()
    {
    }

    /// <summary>The expectation waived.</summary>
    [JsonInclude]
    public string ExpectationId { get; internal init; } = string.Empty;

    /// <summary>Why the gap is accepted.</summary>
    [JsonInclude]
    public string Justification { get; internal init; } = string.Empty;

    /// <summary>Who approved it.</summary>
    [JsonInclude]
    public string Approver { get; internal init; } = string.Empty;

    /// <summary>The last date the waiver applies.</summary>
    [JsonInclude]
    public DateTime Expires { get; internal init; }

    /// <summary>What the waiver did in this evaluation.</summary>
    [JsonInclude]
    public WaiverState State { get; internal init; }
}
