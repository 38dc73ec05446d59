using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>How one vendor responded in a round, with a summary of each attestation it sent. Immutable.</summary>
public sealed record VendorResponse
{
    private readonly IReadOnlyList<SubmissionSummary> _submissions = [];

    /// <summary>The vendor id.</summary>
    public required string VendorId { get; init; }

    /// <summary>The vendor's name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the vendor was invited; attestations from others are reported, but not asked for.</summary>
    [JsonPropertyName("invited")]
    public required bool IsInvited { get; init; }

    /// <summary>How the vendor responded.</summary>
    public required ResponseStatus Status { get; init; }

    /// <summary>Whether any attestation came after the deadline.</summary>
    [JsonPropertyName("late")]
    public required bool IsLate { get; init; }

    /// <summary>The attestations received, by source.</summary>
    public IReadOnlyList<SubmissionSummary> Submissions { get => _submissions; init => _submissions = value ?? []; }
}
