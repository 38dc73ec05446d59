using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>Where the rules behind a report came from, decided by content, not by name.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RuleSetOrigin>))]
public enum RuleSetOrigin
{
    /// <summary>Exactly a rule set that ships with the package: its content digest is the built-in one's.</summary>
    BuiltIn,

    /// <summary>A built-in or custom rule set tailored by a profile; the report lists what the profile changed.</summary>
    Tailored,

    /// <summary>A rule set from a file or from code that is not a built-in one.</summary>
    Custom,
}
