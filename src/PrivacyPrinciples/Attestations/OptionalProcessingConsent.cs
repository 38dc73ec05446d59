using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>How optional processing (analytics, product improvement, personalisation) is switched on.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<OptionalProcessingConsent>))]
public enum OptionalProcessingConsent
{
    /// <summary>The service does no optional processing.</summary>
    NotOffered,

    /// <summary>Optional processing happens only after the user opts in.</summary>
    OptIn,

    /// <summary>Optional processing happens unless the user opts out.</summary>
    OptOut,
}
