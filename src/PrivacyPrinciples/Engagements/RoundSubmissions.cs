using System.Collections.Generic;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>What one round received: the evaluated attestations and the inputs that could not be read. Immutable.</summary>
public sealed record RoundSubmissions
{
    private readonly IReadOnlyList<EvaluationReport> _reports = [];
    private readonly IReadOnlyList<InputError> _problems = [];
    private readonly IReadOnlyList<UnreadableResponse> _unreadable = [];

    /// <summary>The round.</summary>
    public required EngagementRound Round { get; init; }

    /// <summary>The date the round's attestations were evaluated on.</summary>
    public required System.DateTime EvaluatedOn { get; init; }

    /// <summary>The evaluation report of each attestation received, in source order.</summary>
    public IReadOnlyList<EvaluationReport> Reports { get => _reports; init => _reports = value ?? []; }

    /// <summary>Inputs that could not be read, one line each.</summary>
    public IReadOnlyList<InputError> Problems { get => _problems; init => _problems = value ?? []; }

    /// <summary>
    /// The inputs among <see cref="Problems"/> that could not be read but name their vendor (see
    /// <see cref="UnreadableResponse"/>), in source order: an invited vendor among them responded,
    /// and is reported as <see cref="ResponseStatus.Unreadable"/> unless it also sent a response that could be read.
    /// </summary>
    public IReadOnlyList<UnreadableResponse> UnreadableResponses { get => _unreadable; init => _unreadable = value ?? []; }
}
