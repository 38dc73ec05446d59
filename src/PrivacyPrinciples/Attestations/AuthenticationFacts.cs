namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about account authentication. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record AuthenticationFacts
{
    /// <summary>Whether multi-factor authentication is offered or required.</summary>
    public MultiFactorSupport? MultiFactor { get; init; }

    /// <summary>Administrators can require multi-factor authentication for every account they manage.</summary>
    public bool? AdministratorsCanRequireMultiFactor { get; init; }

    /// <summary>Passwords must meet strength rules.</summary>
    public bool? StrongPasswordPolicy { get; init; }
}
