using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Comparison;

/// <summary>How one expectation changed between two evaluations.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    /// <summary>Same outcome and score.</summary>
    Unchanged,

    /// <summary>No longer a gap, or a higher score.</summary>
    Improved,

    /// <summary>Became a gap, or a lower score.</summary>
    Regressed,

    /// <summary>Not answered before, answered now.</summary>
    NewlyAnswered,

    /// <summary>Answered before, not answered now.</summary>
    NoLongerAnswered,

    /// <summary>Not answered before or now.</summary>
    StillMissing,

    /// <summary>Only in the newer evaluation (the rule set gained the expectation).</summary>
    Added,

    /// <summary>Only in the older evaluation (the rule set lost or deprecated it).</summary>
    Removed,
}
