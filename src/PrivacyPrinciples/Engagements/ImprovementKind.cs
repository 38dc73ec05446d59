using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>Why an expectation is an area for improvement across vendors.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ImprovementKind>))]
public enum ImprovementKind
{
    /// <summary>Not answered, or not met.</summary>
    Missing,

    /// <summary>Answers contradict the vendors' own facts.</summary>
    Contradicted,

    /// <summary>Claimed, but supported by no more than a description: nothing shows it is monitored or validated.</summary>
    WeaklySupported,
}
