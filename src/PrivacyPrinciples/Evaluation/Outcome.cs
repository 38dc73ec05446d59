using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>What the evaluator decided about one expectation. Not answered, not applicable and not met are kept apart.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Outcome>))]
public enum Outcome
{
    /// <summary>
    /// Claimed implemented with substance: a statement of its own, the facts the checks read stated
    /// and holding, and (for a baseline expectation) current evidence of how it is achieved.
    /// </summary>
    Met,

    /// <summary>Claimed partially implemented.</summary>
    PartiallyMet,

    /// <summary>
    /// The claim disagrees with the attestation's own facts: implemented (credited as partial at
    /// most) or not applicable (counts as not met) while a check fails.
    /// </summary>
    Contradicted,

    /// <summary>
    /// A claim without the substance it needs: implemented without a real statement, without the
    /// facts its checks read, or (baseline) without current evidence of how it is achieved, credited
    /// as partial at most; or not applicable without the facts that would show it. A gap that asks
    /// for exactly what is missing.
    /// </summary>
    Unverified,

    /// <summary>Not implemented, only planned, or claimed not applicable where it cannot be or without a justification of substance.</summary>
    NotMet,

    /// <summary>Does not apply: the vendor's claim stood every test, or the service does not serve the audience it is for. Leaves the denominators.</summary>
    NotApplicable,

    /// <summary>The attestation has no answer; counts as zero and asks for one.</summary>
    NotAnswered,

    /// <summary>
    /// A third-party assessor could not determine whether the measure is in place; counts as zero,
    /// like no answer, but asks the vendor to confirm rather than to answer.
    /// </summary>
    Undetermined,
}
