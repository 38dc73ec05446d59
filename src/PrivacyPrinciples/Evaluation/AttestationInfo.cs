using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation;

/// <summary>Which attestation a report is about. Immutable.</summary>
public sealed record AttestationInfo
{
    private readonly IReadOnlyList<Audience> _audiences = [];

    /// <summary>Where the attestation was read from, as the caller named it; <see langword="null"/> when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Who assessed the service: <see cref="AssessingParty.Vendor"/> for a self-attestation, or
    /// <see cref="AssessingParty.ThirdParty"/> with <see cref="Assessor"/> named.
    /// </summary>
    public AssessingParty AssessedBy { get; init; }

    /// <summary>For a third-party assessment, who made it.</summary>
    public string? Assessor { get; init; }

    /// <summary>The vendor's identifier.</summary>
    public required string VendorId { get; init; }

    /// <summary>The vendor's name.</summary>
    public required string Vendor { get; init; }

    /// <summary>The service's name.</summary>
    public required string Service { get; init; }

    /// <summary>The tier attested, when given.</summary>
    public string? Tier { get; init; }

    /// <summary>The date of the attestation.</summary>
    public required DateTime AttestedOn { get; init; }

    /// <summary>The audiences declared.</summary>
    public IReadOnlyList<Audience> Audiences { get => _audiences; init => _audiences = value ?? []; }
}
