using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>Whether accounts can use multi-factor authentication.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MultiFactorSupport>))]
public enum MultiFactorSupport
{
    /// <summary>Multi-factor authentication is not offered.</summary>
    None,

    /// <summary>Users or administrators can turn multi-factor authentication on.</summary>
    Optional,

    /// <summary>Multi-factor authentication is required.</summary>
    Required,
}
