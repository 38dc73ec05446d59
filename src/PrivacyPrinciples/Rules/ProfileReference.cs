using System.Collections.Generic;

namespace PrivacyPrinciples.Rules;

/// <summary>The tailoring profile a rule set was resolved from, and what it changed. Immutable.</summary>
public sealed record ProfileReference
{
    private readonly IReadOnlyList<TailoringChange> _changes = [];

    /// <summary>The profile's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The profile's version.</summary>
    public required string Version { get; init; }

    /// <summary>The profile's title.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The content digest of the base rule set the profile tailored (see <see cref="RuleSetDigest"/>),
    /// so a reader can tell which rules it started from.
    /// </summary>
    public string? BaseDigest { get; init; }

    /// <summary>What the profile changed in the base rule set, expectation by expectation, in catalogue order.</summary>
    public IReadOnlyList<TailoringChange> Changes { get => _changes; init => _changes = value ?? []; }
}
