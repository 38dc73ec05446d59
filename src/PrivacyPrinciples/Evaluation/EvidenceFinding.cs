using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation;

/// <summary>One piece of evidence an answer cites, and what it earned. Immutable.</summary>
public sealed record EvidenceFinding
{
    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal EvidenceFinding()
    {
    }

    /// <summary>The evidence's identifier in the attestation.</summary>
    [JsonInclude]
    public string Ref { get; internal init; } = string.Empty;

    /// <summary>What the answer says it shows.</summary>
    [JsonInclude]
    public EvidencePurpose Shows { get; internal init; }

    /// <summary>What the evaluator made of it.</summary>
    [JsonInclude]
    public EvidenceVerdict Verdict { get; internal init; }

    /// <summary>
    /// When counted, the aspect of assurance it covers; it differs from <see cref="Shows"/> when
    /// validation that is not independent counts as monitoring. <see langword="null"/> otherwise.
    /// </summary>
    [JsonInclude]
    public EvidencePurpose? CountsAs { get; internal init; }
}
