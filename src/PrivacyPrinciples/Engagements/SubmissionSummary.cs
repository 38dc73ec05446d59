using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Engagements;

/// <summary>One attestation received in a round, summarised: one row of the vendor × principle matrix. Immutable.</summary>
public sealed record SubmissionSummary
{
    private readonly IReadOnlyDictionary<string, double?> _principles = new Dictionary<string, double?>(StringComparer.Ordinal);

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal SubmissionSummary()
    {
    }

    /// <summary>Where the attestation was read from.</summary>
    [JsonInclude]
    public string? Source { get; internal init; }

    /// <summary>Who assessed the service: the vendor, or a third party.</summary>
    [JsonInclude]
    public AssessingParty AssessedBy { get; internal init; }

    /// <summary>For a third-party assessment, who made it.</summary>
    [JsonInclude]
    public string? Assessor { get; internal init; }

    /// <summary>The service attested.</summary>
    [JsonInclude]
    public string Service { get; internal init; } = string.Empty;

    /// <summary>The tier attested, when given.</summary>
    [JsonInclude]
    public string? Tier { get; internal init; }

    /// <summary>The attestation date.</summary>
    [JsonInclude]
    public DateTime AttestedOn { get; internal init; }

    /// <summary>Whether it was attested after the deadline.</summary>
    [JsonPropertyName("late")]
    [JsonInclude]
    public bool IsLate { get; internal init; }

    /// <summary>The overall score; <see langword="null"/> when nothing was in scope.</summary>
    [JsonInclude]
    public double? Score { get; internal init; }

    /// <summary>The rating; <see langword="null"/> when nothing was in scope.</summary>
    [JsonInclude]
    public Rating? Rating { get; internal init; }

    /// <summary>The score of each principle, keyed by principle id; <see langword="null"/> when nothing was in scope.</summary>
    [JsonInclude]
    public IReadOnlyDictionary<string, double?> Principles { get => _principles; internal init => _principles = value ?? new Dictionary<string, double?>(StringComparer.Ordinal); }

    /// <summary>Expectations in scope without an answer.</summary>
    [JsonInclude]
    public int NotAnswered { get; internal init; }

    /// <summary>Expectations a third-party assessor could not determine.</summary>
    [JsonInclude]
    public int Undetermined { get; internal init; }

    /// <summary>Baseline expectations not met.</summary>
    [JsonInclude]
    public int BaselineGaps { get; internal init; }

    /// <summary>Answers contradicting the attestation's facts.</summary>
    [JsonInclude]
    public int Contradictions { get; internal init; }

    /// <summary>Follow-up questions raised.</summary>
    [JsonInclude]
    public int FollowUps { get; internal init; }
}
