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

    /// <summary>
    /// The responses of this invited vendor that could not be read, in source order; empty when
    /// there are none (and then left out of the JSON). Their errors are also among the report's
    /// <see cref="EngagementReport.Problems"/>.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<UnreadableResponse> Unreadable { get; internal init => field = ValueList<UnreadableResponse>.Of(value); } = ValueList<UnreadableResponse>.Empty;

    // Written only when there is one, so a report without any keeps the shape it always had.
    [JsonPropertyName("unreadable")]
    [JsonInclude]
    internal IReadOnlyList<UnreadableResponse>? UnreadableWhenAny => Unreadable.Count == 0 ? null : Unreadable;

    /// <summary>The attestations received, by source.</summary>
    [JsonInclude]
    public IReadOnlyList<SubmissionSummary> Submissions { get => _submissions; internal init => _submissions = ValueList<SubmissionSummary>.Of(value); }
}
