using System;
using System.Collections.Generic;

namespace PrivacyPrinciples.Engagements;

/// <summary>
/// One or more rounds of asking vendors for attestations: who was invited, by when, and what was
/// received, as in the regulators' 2020 letter, its follow-up, and the 2021 observations. Immutable.
/// </summary>
public sealed record Engagement
{
    private readonly ObservationOptions _observations = new();

    /// <summary>The engagement format version this library writes, and the major version it reads.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The engagement format version of the document.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The engagement's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The engagement's title.</summary>
    public required string Title { get; init; }

    /// <summary>What the engagement is about.</summary>
    public string? Description { get; init; }

    /// <summary>A built-in rule set id or a rule set file; <see langword="null"/> means the built-in joint statement.</summary>
    public string? RuleSet { get; init; }

    /// <summary>A tailoring profile file, used instead of <see cref="RuleSet"/>.</summary>
    public string? Profile { get; init; }

    /// <summary>The deadline of rounds that do not set their own.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>The vendors invited, in the order reports list them.</summary>
    public required IReadOnlyList<InvitedVendor> Invited { get; init; }

    /// <summary>The rounds, oldest first.</summary>
    public required IReadOnlyList<EngagementRound> Rounds { get; init; }

    /// <summary>When observations are common enough to report.</summary>
    public ObservationOptions Observations { get => _observations; init => _observations = value ?? new(); }
}
