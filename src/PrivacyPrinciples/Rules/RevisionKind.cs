using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>How an expectation differs between two versions of a rule set.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RevisionKind>))]
public enum RevisionKind
{
    /// <summary>Only the newer version has it.</summary>
    Added,

    /// <summary>Both have it, and something about it changed.</summary>
    Changed,

    /// <summary>Only the older version has it (a rule set deprecates rather than removes, so this is rare).</summary>
    Removed,
}
