using System;
using System.Collections.Generic;

namespace PrivacyPrinciples.Engagements;

/// <summary>One round of an engagement: its deadline and the attestations received. Immutable.</summary>
public sealed record EngagementRound
{
    private readonly IReadOnlyList<string> _attestations = [];

    /// <summary>The round's identifier, for example <c>round-1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The round's title.</summary>
    public string? Title { get; init; }

    /// <summary>The answer deadline; answers attested after it are late. Defaults to the engagement's.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>The date evidence is judged against. Defaults to the deadline.</summary>
    public DateTime? EvaluatedOn { get; init; }

    /// <summary>Attestation files, folders or patterns (<c>*</c> and <c>?</c> in the file name), relative to the engagement file.</summary>
    public IReadOnlyList<string> Attestations { get => _attestations; init => _attestations = value ?? []; }
}
