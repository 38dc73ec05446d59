using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// The headline rating of an attestation, from its overall score; a baseline gap caps it at
/// <see cref="Weak"/>. Ordered: a higher value is better. Thresholds are in <c>docs/scoring.md</c>.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Rating>))]
public enum Rating
{
    /// <summary>Overall score below 40.</summary>
    Poor = 0,

    /// <summary>Overall score from 40, or any baseline expectation not met.</summary>
    Weak = 1,

    /// <summary>Overall score from 60.</summary>
    Moderate = 2,

    /// <summary>Overall score from 75.</summary>
    Strong = 3,

    /// <summary>Overall score from 90.</summary>
    Exemplary = 4,
}
