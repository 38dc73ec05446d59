using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// A versioned set of principles and expectations that attestations are evaluated against.
/// A rule set is data: the built-in one (<see cref="BuiltInRuleSets"/>) and a custom one loaded
/// with <see cref="PrivacyPrinciples.Rules.RuleSetReader"/> go through the same model and the same
/// validation. Immutable.
/// </summary>
public sealed record RuleSet
{
    private readonly IReadOnlyList<SourceDocument> _sources = [];
    private readonly IReadOnlyList<EvidenceKindRule> _evidenceKinds = [];
    private readonly IReadOnlyList<EvidenceClass> _evidenceClasses = [];

    /// <summary>The rule-set format version this library writes, and the major version it reads.</summary>
    public const string CurrentSchemaVersion = "2.0";

    /// <summary>The rule-set format version of the document.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The identifier, for example <c>vtc-joint-statement-2020</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The semantic version of the rule set's content, for example <c>1.0.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// When the rule set was resolved from a tailoring profile, that profile and what it changed;
    /// the id and version stay the base rule set's. Only <see cref="Profiles.ProfileResolver"/>
    /// sets it: it is not part of the rule-set file format, so a file cannot claim to be tailored.
    /// </summary>
    [JsonIgnore]
    public ProfileReference? Profile { get; init; }

    /// <summary>What the rule set covers.</summary>
    public string? Description { get; init; }

    /// <summary>The public documents the expectations are drawn from.</summary>
    public IReadOnlyList<SourceDocument> Sources { get => _sources; init => _sources = value ?? []; }

    /// <summary>
    /// What the rule set accepts of each kind of evidence: whether it can be independent, and how
    /// long it counts. Every kind is listed once.
    /// </summary>
    public IReadOnlyList<EvidenceKindRule> EvidenceKinds { get => _evidenceKinds; init => _evidenceKinds = value ?? []; }

    /// <summary>Which kinds of evidence can show how each group of measures is achieved, monitored and validated.</summary>
    public IReadOnlyList<EvidenceClass> EvidenceClasses { get => _evidenceClasses; init => _evidenceClasses = value ?? []; }

    /// <summary>What this version changed since the previous one, and why; <see langword="null"/> for a first version.</summary>
    public RuleSetRevision? Revision { get; init; }

    /// <summary>The principles, in order.</summary>
    public required IReadOnlyList<Principle> Principles { get; init; }

    /// <summary>The expectations, in catalogue order.</summary>
    public required IReadOnlyList<Expectation> Expectations { get; init; }
}
