using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// How strongly the regulators expect a measure. Ordered: <see cref="Enhanced"/> &lt;
/// <see cref="Expected"/> &lt; <see cref="Baseline"/>, so a raised level is the larger value.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ExpectationLevel>))]
public enum ExpectationLevel
{
    /// <summary>Good practice the regulators praised; it adds to the score but never gates.</summary>
    Enhanced = 0,

    /// <summary>What the regulators expect of every service.</summary>
    Expected = 1,

    /// <summary>A must: not meeting it caps the rating, whatever the score.</summary>
    Baseline = 2,
}
