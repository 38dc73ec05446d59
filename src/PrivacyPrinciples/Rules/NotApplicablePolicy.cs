using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>Whether an expectation may be answered "not applicable".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<NotApplicablePolicy>))]
public enum NotApplicablePolicy
{
    /// <summary>
    /// A service may claim the expectation does not apply to it, with a justification of
    /// substance; the claim is still checked against the attestation's facts.
    /// </summary>
    Allowed,

    /// <summary>
    /// The expectation applies to every service within the rule set's scope (encryption in
    /// transit, for instance): a "not applicable" answer is refused and counts as not met.
    /// </summary>
    Never,
}
