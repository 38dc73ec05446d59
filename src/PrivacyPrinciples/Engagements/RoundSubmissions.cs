using System.Collections.Generic;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>What one round received: the evaluated attestations and the inputs that could not be read. Immutable.</summary>
public sealed record RoundSubmissions
{
    private readonly IReadOnlyList<EvaluationReport> _reports = [];
    private readonly IReadOnlyList<InputError> _problems = [];

    /// <summary>The round.</summary>
    public required EngagementRound Round { get; init; }

    /// <summary>The date the round's attestations were evaluated on.</summary>
    public required System.DateTime EvaluatedOn { get; init; }

    /// <summary>The evaluation report of each attestation received, in source order.</summary>
    public IReadOnlyList<EvaluationReport> Reports { get => _reports; init => _reports = value ?? []; }

    /// <summary>Inputs that could not be read, one line each.</summary>
    public IReadOnlyList<InputError> Problems { get => _problems; init => _problems = value ?? []; }
}
