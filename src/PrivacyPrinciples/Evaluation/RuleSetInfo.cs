using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation;

/// <summary>Which rules a report was made with, proven by content. Immutable.</summary>
public sealed record RuleSetInfo
{
    /// <summary>The rule set's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The rule set's version.</summary>
    public required string Version { get; init; }

    /// <summary>The rule set's title.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The content digest of the rules as evaluated, after tailoring (<see cref="RuleSetDigest"/>):
    /// two reports with the same digest were decided by the same rules.
    /// </summary>
    public required string Digest { get; init; }

    /// <summary>Whether the rules are exactly a built-in rule set, tailored by a profile, or custom.</summary>
    public required RuleSetOrigin Origin { get; init; }

    /// <summary>The tailoring profile the rule set was resolved from, with what it changed; <see langword="null"/> when not tailored.</summary>
    public ProfileReference? Profile { get; init; }

    /// <summary>Describes a valid rule set, with its digest and origin.</summary>
    internal static RuleSetInfo Of(RuleSet ruleSet)
    {
        var (digest, origin) = RuleSetProvenance.Of(ruleSet);
        return new RuleSetInfo { Id = ruleSet.Id, Version = ruleSet.Version, Title = ruleSet.Title, Digest = digest, Origin = origin, Profile = ruleSet.Profile };
    }
}
