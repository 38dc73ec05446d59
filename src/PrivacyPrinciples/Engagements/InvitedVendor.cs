namespace PrivacyPrinciples.Engagements;

/// <summary>A vendor asked to attest. Immutable.</summary>
public sealed record InvitedVendor
{
    /// <summary>The vendor id its attestations use (<c>vendor.id</c>).</summary>
    public required string VendorId { get; init; }

    /// <summary>The vendor's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where follow-up letters go.</summary>
    public string? Contact { get; init; }
}
