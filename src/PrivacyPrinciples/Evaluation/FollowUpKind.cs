using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>The kind of request a follow-up question makes, in the spirit of the regulators' follow-up letter.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FollowUpKind>))]
public enum FollowUpKind
{
    /// <summary>No answer was given.</summary>
    NoAnswer,

    /// <summary>Explain why the expectation is not applicable, or answer it where it cannot be.</summary>
    NotApplicableJustification,

    /// <summary>The answer would benefit from more clarity (scope, description).</summary>
    MoreClarity,

    /// <summary>Provide supporting information: how the measure is achieved, monitored and validated, with evidence that fits it.</summary>
    SupportingInformation,

    /// <summary>The evidence offered is expired, stale or not yet issued.</summary>
    CurrentEvidence,

    /// <summary>The answer contradicts the attestation's own facts.</summary>
    Contradiction,

    /// <summary>Say by when the measure will be in place.</summary>
    ImplementationDate,

    /// <summary>State the facts about the service that the claim rests on and the expectation is checked against.</summary>
    MissingFacts,

    /// <summary>
    /// A third-party assessment could not establish something from the information available; the
    /// vendor is asked to confirm it, with the facts and evidence that show it.
    /// </summary>
    Confirmation,
}
