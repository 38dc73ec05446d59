using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>One attestation received in a round, summarised: one row of the vendor × principle matrix. Immutable.</summary>
public sealed record SubmissionSummary
{
    private readonly IReadOnlyDictionary<string, double?> _principles = new Dictionary<string, double?>(StringComparer.Ordinal);

    /// <summary>Where the attestation was read from.</summary>
    public string? Source { get; init; }

    /// <summary>Who assessed the service: the vendor, or a third party.</summary>
    public AssessingParty AssessedBy { get; init; }

    /// <summary>For a third-party assessment, who made it.</summary>
    public string? Assessor { get; init; }

    /// <summary>The service attested.</summary>
    public required string Service { get; init; }

    /// <summary>The tier attested, when given.</summary>
    public string? Tier { get; init; }

    /// <summary>The attestation date.</summary>
    public required DateTime AttestedOn { get; init; }

    /// <summary>Whether it was attested after the deadline.</summary>
    [JsonPropertyName("late")]
    public required bool IsLate { get; init; }

    /// <summary>The overall score.</summary>
    public required double Score { get; init; }

    /// <summary>The rating.</summary>
    public required Rating Rating { get; init; }

    /// <summary>The score of each principle, keyed by principle id; <see langword="null"/> when nothing was in scope.</summary>
    public IReadOnlyDictionary<string, double?> Principles { get => _principles; init => _principles = value ?? new Dictionary<string, double?>(StringComparer.Ordinal); }

    /// <summary>Expectations in scope without an answer.</summary>
    public required int NotAnswered { get; init; }

    /// <summary>Expectations a third-party assessor could not determine.</summary>
    public int Undetermined { get; init; }

    /// <summary>Baseline expectations not met.</summary>
    public required int BaselineGaps { get; init; }

    /// <summary>Answers contradicting the attestation's facts.</summary>
    public required int Contradictions { get; init; }

    /// <summary>Follow-up questions raised.</summary>
    public required int FollowUps { get; init; }
}
