using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>What a waiver did in one evaluation.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<WaiverState>))]
public enum WaiverState
{
    /// <summary>In force, and it covers a gap: the gap does not fail gates.</summary>
    Active,

    /// <summary>Its expiry date is before the evaluation date: it waives nothing, and the gap counts again.</summary>
    Expired,

    /// <summary>In force, but the expectation is met or not applicable: there is nothing to waive.</summary>
    NotNeeded,

    /// <summary>
    /// It runs more than <see cref="Waivers.WaiverApplier.MaximumHorizonMonths"/> months past the evaluation
    /// date: a gap is accepted for a while, not for good, so it waives nothing until it is renewed
    /// with a nearer date.
    /// </summary>
    BeyondHorizon,

    /// <summary>The rule set has no active expectation with that id.</summary>
    UnknownExpectation,
}
