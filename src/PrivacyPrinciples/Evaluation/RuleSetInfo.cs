using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation;

/// <summary>Which rule set a report used. Immutable.</summary>
public sealed record RuleSetInfo
{
    /// <summary>The rule set's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The rule set's version.</summary>
    public required string Version { get; init; }

    /// <summary>The rule set's title.</summary>
    public required string Title { get; init; }

    /// <summary>The tailoring profile the rule set was resolved from, if any.</summary>
    public ProfileReference? Profile { get; init; }
}
