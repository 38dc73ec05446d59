using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Profiles;

/// <summary>What a tailoring profile changes in one expectation; a property left <see langword="null"/> keeps the base rule set's value. Immutable.</summary>
public sealed record ExpectationChangeSet
{
    /// <summary>The expectation changed.</summary>
    public required string Id { get; init; }

    /// <summary>The new level.</summary>
    public ExpectationLevel? Level { get; init; }

    /// <summary>The new weight.</summary>
    public double? Weight { get; init; }

    /// <summary>The audiences that raise the level, replacing the base rule set's.</summary>
    public IReadOnlyList<LevelRaise>? RaisedFor { get; init; }

    /// <summary>The audiences the expectation applies to, replacing the base rule set's.</summary>
    public IReadOnlyList<Audience>? AppliesTo { get; init; }

    /// <summary>
    /// Checks on the attestation's facts that replace the base rule set's, for a profile that
    /// checks a measure as an outside checklist defines it; an empty list removes every check.
    /// </summary>
    public IReadOnlyList<Condition>? Checks { get; init; }
}
