using System.Collections.Generic;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// A versioned set of principles and expectations that attestations are evaluated against.
/// A rule set is data: the built-in one (<see cref="BuiltInRuleSets"/>) and a custom one loaded
/// with <see cref="Serialization.RuleSetReader"/> go through the same model and the same
/// validation. Immutable.
/// </summary>
public sealed record RuleSet
{
    private readonly IReadOnlyList<SourceDocument> _sources = [];

    /// <summary>The rule-set format version this library writes, and the major version it reads.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The rule-set format version of the document.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The identifier, for example <c>vtc-joint-statement-2020</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The semantic version of the rule set's content, for example <c>1.0.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>When the rule set was resolved from a tailoring profile, that profile; the id and version stay the base rule set's.</summary>
    public ProfileReference? Profile { get; init; }

    /// <summary>What the rule set covers.</summary>
    public string? Description { get; init; }

    /// <summary>The public documents the expectations are drawn from.</summary>
    public IReadOnlyList<SourceDocument> Sources { get => _sources; init => _sources = value ?? []; }

    /// <summary>The principles, in order.</summary>
    public required IReadOnlyList<Principle> Principles { get; init; }

    /// <summary>The expectations, in catalogue order.</summary>
    public required IReadOnlyList<Expectation> Expectations { get; init; }
}
