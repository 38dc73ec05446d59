using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// How well a claim is supported, from a bare assertion to independent validation. Ordered: a
/// higher value is better supported. Only current evidence counts.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AssuranceLevel>))]
public enum AssuranceLevel
{
    /// <summary>There is no claim to support (not answered, not implemented, planned, not applicable).</summary>
    None = 0,

    /// <summary>The claim stands on the vendor's word alone.</summary>
    Asserted = 1,

    /// <summary>Current evidence shows how the measure is achieved (design, policy, default setting).</summary>
    Described = 2,

    /// <summary>Current evidence shows how the measure is monitored (metrics, reviews, internal audit or non-independent validation).</summary>
    Monitored = 3,

    /// <summary>Current evidence from an independent party validates it (audit, certification, penetration test, bug bounty).</summary>
    Validated = 4,
}
