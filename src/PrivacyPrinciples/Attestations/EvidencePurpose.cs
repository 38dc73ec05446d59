using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// Which of the regulators' three questions a piece of evidence answers: how a measure is
/// achieved, how it is monitored, or how it is validated.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<EvidencePurpose>))]
public enum EvidencePurpose
{
    /// <summary>Shows how the measure is achieved: design, policy, default setting, documentation.</summary>
    Achieve,

    /// <summary>Shows how the measure is monitored: internal metrics, reviews, internal audit.</summary>
    Monitor,

    /// <summary>Shows how the measure is validated: independent audit, certification, penetration test, bug bounty.</summary>
    Validate,
}
