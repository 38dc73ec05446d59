using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation;

/// <summary>Which attestation a report is about. Immutable.</summary>
public sealed record AttestationInfo
{
    private readonly IReadOnlyList<Audience> _audiences = ValueList<Audience>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal AttestationInfo()
    {
    }

    /// <summary>Where the attestation was read from, as the caller named it; <see langword="null"/> when unknown.</summary>
    [JsonInclude]
    public string? Source { get; internal init; }

    /// <summary>
    /// Who assessed the service: <see cref="AssessingParty.Vendor"/> for a self-attestation, or
    /// <see cref="AssessingParty.ThirdParty"/> with <see cref="Assessor"/> named.
    /// </summary>
    [JsonInclude]
    public AssessingParty AssessedBy { get; internal init; }

    /// <summary>For a third-party assessment, who made it.</summary>
    [JsonInclude]
    public string? Assessor { get; internal init; }

    /// <summary>The vendor's identifier.</summary>
    [JsonInclude]
    public string VendorId { get; internal init; } = string.Empty;

    /// <summary>The vendor's name.</summary>
    [JsonInclude]
    public string Vendor { get; internal init; } = string.Empty;

    /// <summary>The service's name.</summary>
    [JsonInclude]
    public string Service { get; internal init; } = string.Empty;

    /// <summary>The tier attested, when given.</summary>
    [JsonInclude]
    public string? Tier { get; internal init; }

    /// <summary>The date of the attestation.</summary>
    [JsonInclude]
    public DateTime AttestedOn { get; internal init; }

    /// <summary>
    /// The audiences the service was evaluated as serving: those the attestation declares, and any
    /// its own name, tier or description names although declared not served (each such audience
    /// has a note coded <see cref="ReasonCodes.AudienceNamed"/>).
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<Audience> Audiences { get => _audiences; internal init => _audiences = ValueList<Audience>.Of(value); }
}
