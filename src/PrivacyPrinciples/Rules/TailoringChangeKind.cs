using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>The kinds of change a tailoring profile can make to an expectation of its base rule set.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TailoringChangeKind>))]
public enum TailoringChangeKind
{
    /// <summary>The expectation was left out.</summary>
    Excluded,

    /// <summary>The profile added an expectation of its own.</summary>
    Added,

    /// <summary>The level was raised (for example from expected to baseline).</summary>
    LevelRaised,

    /// <summary>The level was lowered (for example from baseline to expected).</summary>
    LevelLowered,

    /// <summary>The weight was raised.</summary>
    WeightRaised,

    /// <summary>The weight was lowered.</summary>
    WeightLowered,

    /// <summary>The audiences that raise the level, or that the expectation applies to, changed.</summary>
    AudiencesChanged,

    /// <summary>The checks on the attestation's facts were replaced.</summary>
    ChecksReplaced,

    /// <summary>Whether the expectation may be answered "not applicable" changed.</summary>
    NotApplicableChanged,

    /// <summary>The evidence class, which says what evidence fits, changed.</summary>
    EvidenceClassChanged,
}
