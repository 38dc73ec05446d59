namespace PrivacyPrinciples.Attestations;

/// <summary>The service (product or tier) being attested. Immutable.</summary>
public sealed record ServiceInfo
{
    /// <summary>The service's name.</summary>
    public required string Name { get; init; }

    /// <summary>The tier or plan attested, when the answers differ by tier.</summary>
    public string? Tier { get; init; }

    /// <summary>A short description of the service.</summary>
    public string? Description { get; init; }
}
