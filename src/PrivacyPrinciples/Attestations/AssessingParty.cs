using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>Who made an assessment of a service.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AssessingParty>))]
public enum AssessingParty
{
    /// <summary>The vendor, about its own service: a self-attestation.</summary>
    Vendor,

    /// <summary>
    /// Someone independent of the vendor, such as a consumer guide, a researcher or a regulator,
    /// usually working from public information. A third party may record that something could not
    /// be determined, which a vendor, knowing its own service, may not.
    /// </summary>
    ThirdParty,
}
