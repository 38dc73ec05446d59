using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>
/// An engagement read from its file with everything it refers to: the rule set (or resolved
/// profile) and each round's evaluated attestations. Attestations that cannot be read are kept
/// as problems of their round; only a broken engagement, profile or rule set makes the load fail.
/// Immutable.
/// </summary>
public sealed record EngagementLoadResult
{
    private readonly IReadOnlyList<RoundSubmissions> _rounds = [];
    private readonly IReadOnlyList<InputError> _errors = [];

    /// <summary>The engagement; <see langword="null"/> when it could not be read.</summary>
    public Engagement? Engagement { get; init; }

    /// <summary>The rule set attestations were evaluated against.</summary>
    public RuleSet? RuleSet { get; init; }

    /// <summary>What each round received, in the engagement's order.</summary>
    public IReadOnlyList<RoundSubmissions> Rounds { get => _rounds; init => _rounds = value ?? []; }

    /// <summary>Why the engagement, its profile or its rule set could not be used; empty on success.</summary>
    public IReadOnlyList<InputError> Errors { get => _errors; init => _errors = value ?? []; }

    /// <summary>Whether the engagement and its rule set were read.</summary>
    [MemberNotNullWhen(true, nameof(Engagement), nameof(RuleSet))]
    public bool Succeeded => Errors.Count == 0 && Engagement is not null && RuleSet is not null;
}
