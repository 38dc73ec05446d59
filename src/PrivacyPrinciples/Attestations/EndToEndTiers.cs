using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>Which users can have end-to-end encrypted meetings.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<EndToEndTiers>))]
public enum EndToEndTiers
{
    /// <summary>Every user, on every tier: free and paid, consumer and enterprise.</summary>
    All,

    /// <summary>Only users of paid tiers.</summary>
    PaidOnly,

    /// <summary>Only some tiers or products, whether paid or not.</summary>
    Some,
}
