namespace PrivacyPrinciples.Attestations;

/// <summary>The rule set an attestation was written against. Immutable.</summary>
public sealed record RuleSetReference
{
    /// <summary>The rule set's identifier, for example <c>vtc-joint-statement-2020</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The rule set's version, for example <c>1.0.0</c>.</summary>
    public string? Version { get; init; }
}
