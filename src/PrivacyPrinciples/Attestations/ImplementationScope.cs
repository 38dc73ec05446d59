using System.Collections.Generic;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// Which part of a service a partial implementation covers. Immutable.
/// </summary>
public sealed record ImplementationScope
{
    private readonly IReadOnlyList<string> _tiers = [];
    private readonly IReadOnlyList<string> _products = [];
    private readonly IReadOnlyList<string> _platforms = [];

    /// <summary>The scope in words.</summary>
    public string? Description { get; init; }

    /// <summary>The tiers or plans covered (for example "Enterprise").</summary>
    public IReadOnlyList<string> Tiers { get => _tiers; init => _tiers = value ?? []; }

    /// <summary>The products covered.</summary>
    public IReadOnlyList<string> Products { get => _products; init => _products = value ?? []; }

    /// <summary>The platforms covered (for example "desktop", "web").</summary>
    public IReadOnlyList<string> Platforms { get => _platforms; init => _platforms = value ?? []; }

    /// <summary>Whether the measure applies only once an administrator turns it on.</summary>
    public bool? RequiresAdminAction { get; init; }

    /// <summary>
    /// Whether the scope names a part of the service: a description, tiers, products or platforms,
    /// or a measure that applies only once an administrator turns it on. (An administrator's action
    /// declared unneeded limits nothing.)
    /// </summary>
    internal bool IsLimiting =>
        !string.IsNullOrWhiteSpace(Description) || Tiers.Count > 0 || Products.Count > 0 || Platforms.Count > 0 || RequiresAdminAction == true;

    /// <summary>Whether the scope says anything at all.</summary>
    internal bool IsSpecified =>
        !string.IsNullOrWhiteSpace(Description) || Tiers.Count > 0 || Products.Count > 0 || Platforms.Count > 0 || RequiresAdminAction is not null;
}
