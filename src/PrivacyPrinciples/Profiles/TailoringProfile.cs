using System.Collections.Generic;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Profiles;

/// <summary>
/// A tailoring profile (the idea of an OSCAL profile): a base rule set with expectations selected
/// or excluded, levels and weights changed, and custom expectations added. It resolves to a rule
/// set that is validated like any other, and every report names the profile it used. Immutable.
/// </summary>
public sealed record TailoringProfile
{
    private readonly IReadOnlyList<string> _exclude = [];
    private readonly IReadOnlyList<ExpectationChangeSet> _modify = [];
    private readonly IReadOnlyList<Expectation> _add = [];

    /// <summary>The profile format version this library writes, and the major version it reads.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The profile format version of the document.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The profile's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The profile's semantic version.</summary>
    public required string Version { get; init; }

    /// <summary>The profile's title.</summary>
    public required string Title { get; init; }

    /// <summary>The base rule set: the id of a built-in rule set, or a path to a rule set file relative to the profile.</summary>
    public required string Base { get; init; }

    /// <summary>Expectation or principle ids to keep; <see langword="null"/> keeps everything.</summary>
    public IReadOnlyList<string>? Include { get; init; }

    /// <summary>Expectation or principle ids to leave out.</summary>
    public IReadOnlyList<string> Exclude { get => _exclude; init => _exclude = value ?? []; }

    /// <summary>Changes to kept expectations.</summary>
    public IReadOnlyList<ExpectationChangeSet> Modify { get => _modify; init => _modify = value ?? []; }

    /// <summary>Custom expectations to add; they must belong to one of the base rule set's principles and cite one of its sources.</summary>
    public IReadOnlyList<Expectation> Add { get => _add; init => _add = value ?? []; }
}
