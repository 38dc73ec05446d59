using System.Collections.Generic;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// What a rule set version changed since the version before it, and why: the reasons that
/// <c>rules diff</c> shows beside each difference it finds. Immutable.
/// </summary>
public sealed record RuleSetRevision
{
    private readonly IReadOnlyList<RevisionNote> _notes = [];

    /// <summary>The version this one revises, for example <c>1.0.0</c>.</summary>
    public required string PreviousVersion { get; init; }

    /// <summary>The reasons for the changes, one per changed expectation (and any for the rule set as a whole).</summary>
    public IReadOnlyList<RevisionNote> Notes { get => _notes; init => _notes = value ?? []; }
}
