using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>Whether meetings can be end-to-end encrypted.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<EndToEndEncryption>))]
public enum EndToEndEncryption
{
    /// <summary>End-to-end encryption is not offered.</summary>
    None,

    /// <summary>End-to-end encryption is offered but must be turned on.</summary>
    Optional,

    /// <summary>Meetings are end-to-end encrypted by default.</summary>
    Default,
}
