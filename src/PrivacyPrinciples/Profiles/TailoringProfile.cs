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
    private readonly IReadOnlyList<SourceDocument> _sources = [];
    private readonly IReadOnlyList<Principle> _principles = [];

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

    /// <summary>
    /// The base rule set: a built-in rule set (its id for the latest version, or <c>id@version</c>,
    /// for example <c>vtc-joint-statement-2020@2.0.0</c>), or a path to a rule set file relative to the profile.
    /// </summary>
    public required string Base { get; init; }

    /// <summary>Expectation or principle ids to keep; <see langword="null"/> keeps everything.</summary>
    public IReadOnlyList<string>? Include { get; init; }

    /// <summary>Expectation or principle ids to leave out.</summary>
    public IReadOnlyList<string> Exclude { get => _exclude; init => _exclude = value ?? []; }

    /// <summary>Changes to kept expectations.</summary>
    public IReadOnlyList<ExpectationChangeSet> Modify { get => _modify; init => _modify = value ?? []; }

    /// <summary>
    /// Source documents the profile's added expectations cite, beside the base rule set's: an
    /// outside checklist the profile mirrors, for instance. Their ids must not repeat the base's.
    /// </summary>
    public IReadOnlyList<SourceDocument> Sources { get => _sources; init => _sources = value ?? []; }

    /// <summary>Principles the profile's added expectations may belong to, beside the base rule set's; their ids must not repeat the base's.</summary>
    public IReadOnlyList<Principle> Principles { get => _principles; init => _principles = value ?? []; }

    /// <summary>
    /// Custom expectations to add, in the rule-set format: each belongs to a principle and cites a
    /// source of the base rule set or of the profile, and states its basis relative to what it cites.
    /// </summary>
    public IReadOnlyList<Expectation> Add { get => _add; init => _add = value ?? []; }
}
