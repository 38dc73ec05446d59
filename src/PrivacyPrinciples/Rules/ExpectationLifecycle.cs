using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>Whether an expectation is in force. Identifiers are never reused: a retired expectation is deprecated, not removed.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ExpectationLifecycle>))]
public enum ExpectationLifecycle
{
    /// <summary>The expectation is evaluated.</summary>
    Active,

    /// <summary>The expectation is kept for its identifier but no longer evaluated.</summary>
    Deprecated,
}
