using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
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
    private readonly IReadOnlyList<RoundSubmissions> _rounds = ValueList<RoundSubmissions>.Empty;
    private readonly IReadOnlyList<InputError> _errors = ValueList<InputError>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal EngagementLoadResult()
    {
    }

    /// <summary>The engagement; <see langword="null"/> when it could not be read.</summary>
    [JsonInclude]
    public Engagement? Engagement { get; internal init; }

    /// <summary>The rule set attestations were evaluated against.</summary>
    [JsonInclude]
    public RuleSet? RuleSet { get; internal init; }

    /// <summary>What each round received, in the engagement's order.</summary>
    [JsonInclude]
    public IReadOnlyList<RoundSubmissions> Rounds { get => _rounds; internal init => _rounds = ValueList<RoundSubmissions>.Of(value); }

    /// <summary>Why the engagement, its profile or its rule set could not be used; empty on success.</summary>
    [JsonInclude]
    public IReadOnlyList<InputError> Errors { get => _errors; internal init => _errors = ValueList<InputError>.Of(value); }

    /// <summary>Whether the engagement and its rule set were read.</summary>
    [MemberNotNullWhen(true, nameof(Engagement), nameof(RuleSet))]
    public bool Succeeded => Errors.Count == 0 && Engagement is not null && RuleSet is not null;
}
