using System.Collections.Generic;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// Which kinds of evidence can show how a group of related measures is achieved, monitored and
/// validated. Each expectation names its class; evidence of a kind its class does not list for
/// the purpose claimed does not fit and earns nothing (a penetration test can validate meeting
/// access protection, not a recording default). Immutable.
/// </summary>
public sealed record EvidenceClass
{
    private readonly IReadOnlyList<EvidenceKind> _achieve = [];
    private readonly IReadOnlyList<EvidenceKind> _monitor = [];
    private readonly IReadOnlyList<EvidenceKind> _validate = [];

    /// <summary>The identifier expectations refer to, for example <c>technical-safeguard</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the class covers, in a few words.</summary>
    public required string Title { get; init; }

    /// <summary>The kinds that can show how a measure of this class is achieved.</summary>
    public IReadOnlyList<EvidenceKind> Achieve { get => _achieve; init => _achieve = value ?? []; }

    /// <summary>The kinds that can show how a measure of this class is monitored.</summary>
    public IReadOnlyList<EvidenceKind> Monitor { get => _monitor; init => _monitor = value ?? []; }

    /// <summary>The kinds that can independently validate a measure of this class.</summary>
    public IReadOnlyList<EvidenceKind> Validate { get => _validate; init => _validate = value ?? []; }

    /// <summary>The kinds that can show a measure of this class for <paramref name="purpose"/>.</summary>
    /// <param name="purpose">Achieve, monitor or validate.</param>
    /// <returns>The list for that purpose.</returns>
    public IReadOnlyList<EvidenceKind> KindsFor(EvidencePurpose purpose) => purpose switch
    {
        EvidencePurpose.Achieve => Achieve,
        EvidencePurpose.Monitor => Monitor,
        _ => Validate,
    };
}
