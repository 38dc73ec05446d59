namespace PrivacyPrinciples.Rules;

/// <summary>One change a tailoring profile made to its base rule set. Immutable.</summary>
public sealed record TailoringChange
{
    /// <summary>The expectation changed, for example <c>SEC-03</c>.</summary>
    public required string ExpectationId { get; init; }

    /// <summary>What changed.</summary>
    public required TailoringChangeKind Kind { get; init; }

    /// <summary>The base rule set's value, as it appears in JSON (a level name, a weight); absent for exclusions and additions.</summary>
    public string? From { get; init; }

    /// <summary>The tailored value, as it appears in JSON; absent for exclusions and additions.</summary>
    public string? To { get; init; }
}
