using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>What the evaluator decided about one expectation. Not answered, not applicable and not met are kept apart.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Outcome>))]
public enum Outcome
{
    /// <summary>Claimed implemented, and the attestation's facts do not contradict it.</summary>
    Met,

    /// <summary>Claimed partially implemented.</summary>
    PartiallyMet,

    /// <summary>Claimed implemented, but the attestation's own facts say otherwise; credited as partial at most.</summary>
    Contradicted,

    /// <summary>Not implemented, only planned, or claimed not applicable without a justification.</summary>
    NotMet,

    /// <summary>Does not apply: justified by the vendor, or the service does not declare the audience it is for. Leaves the denominators.</summary>
    NotApplicable,

    /// <summary>The attestation has no answer; counts as zero and asks for one.</summary>
    NotAnswered,
}
