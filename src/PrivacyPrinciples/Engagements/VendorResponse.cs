using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>How one vendor responded in a round, with a summary of each attestation it sent. Immutable.</summary>
public sealed record VendorResponse
{
    private readonly IReadOnlyList<SubmissionSummary> _submissions = ValueList<SubmissionSummary>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal VendorResponse()
    {
    }

    /// <summary>The vendor id.</summary>
    [JsonInclude]
    public string VendorId { get; internal init; } = string.Empty;

    /// <summary>The vendor's name.</summary>
    [JsonInclude]
    public string Name { get; internal init; } = string.Empty;

    /// <summary>Whether the vendor was invited; attestations from others are reported, but not asked for.</summary>
    [JsonPropertyName("invited")]
    [JsonInclude]
    public bool IsInvited { get; internal init; }

    /// <summary>How the vendor responded.</summary>
    [JsonInclude]
    public ResponseStatus Status { get; internal init; }

    /// <summary>Whether any attestation came after the deadline.</summary>
    [JsonPropertyName("late")]
    [JsonInclude]
    public bool IsLate { get; internal init; }

    /// <summary>The attestations received, by source.</summary>
    [JsonInclude]
    public IReadOnlyList<SubmissionSummary> Submissions { get => _submissions; internal init => _submissions = ValueList<SubmissionSummary>.Of(value); }
}
