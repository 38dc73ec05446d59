using System.Text.Json.Serialization;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation;

/// <summary>Which rules a report was made with, proven by content. Immutable.</summary>
public sealed record RuleSetInfo
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal RuleSetInfo()
    {
    }

    /// <summary>The rule set's identifier.</summary>
    [JsonInclude]
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The rule set's version.</summary>
    [JsonInclude]
    public string Version { get; internal init; } = string.Empty;

    /// <summary>The rule set's title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;

    /// <summary>
    /// The content digest of the rules as evaluated, after tailoring (<see cref="RuleSetDigest"/>):
    /// two reports with the same digest were decided by the same rules.
    /// </summary>
    [JsonInclude]
    public string Digest { get; internal init; } = string.Empty;

    /// <summary>Whether the rules are exactly a built-in rule set, tailored by a profile, or custom.</summary>
    [JsonInclude]
    public RuleSetOrigin Origin { get; internal init; }

    /// <summary>The tailoring profile the rule set was resolved from, with what it changed; <see langword="null"/> when not tailored.</summary>
    [JsonInclude]
    public ProfileReference? Profile { get; internal init; }

    /// <summary>Describes a valid rule set, with its digest and origin.</summary>
    internal static RuleSetInfo Of(RuleSet ruleSet)
    {
        var (digest, origin) = RuleSetProvenance.Of(ruleSet);
        return new RuleSetInfo { Id = ruleSet.Id, Version = ruleSet.Version, Title = ruleSet.Title, Digest = digest, Origin = origin, Profile = ruleSet.Profile };
    }
}
