using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>How far an expectation goes beyond what its sources ask.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ExpectationBasis>))]
public enum ExpectationBasis
{
    /// <summary>The cited text asks for it.</summary>
    Explicit,

    /// <summary>
    /// It follows directly from what the cited text asks: a concrete form of a stated expectation,
    /// or a threshold the text leaves open (the rationale says which part is the rule set's own).
    /// </summary>
    Derived,

    /// <summary>
    /// Good practice beyond the cited texts, added by the rule set's authors. An extension is never
    /// <see cref="ExpectationLevel.Baseline"/>, for any audience: a must comes from the sources.
    /// </summary>
    Extension,
}
