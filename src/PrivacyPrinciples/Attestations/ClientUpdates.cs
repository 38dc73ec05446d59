using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>How the service's client applications get security updates.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ClientUpdates>))]
public enum ClientUpdates
{
    /// <summary>Updates install themselves.</summary>
    Automatic,

    /// <summary>The client prompts the user to update when a new version is out.</summary>
    Prompted,

    /// <summary>Users must notice and install updates themselves.</summary>
    Manual,
}
