namespace PrivacyPrinciples.Attestations;

/// <summary>The company answering. Immutable.</summary>
public sealed record VendorInfo
{
    /// <summary>A stable identifier (lower-case letters, digits and hyphens), used to match a vendor across rounds and engagements.</summary>
    public required string Id { get; init; }

    /// <summary>The vendor's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where a reviewer can send follow-up questions.</summary>
    public string? Contact { get; init; }
}
