using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>What a vendor claims about one expectation.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AnswerStatus>))]
public enum AnswerStatus
{
    /// <summary>The measure is in place for the whole service.</summary>
    Implemented,

    /// <summary>The measure is in place for part of the service; <see cref="Answer.Scope"/> says which part.</summary>
    Partial,

    /// <summary>The measure is not in place yet; <see cref="Answer.PlannedFor"/> says by when.</summary>
    Planned,

    /// <summary>The measure is not in place and not planned.</summary>
    NotImplemented,

    /// <summary>The expectation does not apply to the service; <see cref="Answer.Justification"/> says why.</summary>
    NotApplicable,

    /// <summary>
    /// A third party could not determine whether the measure is in place (from public information,
    /// for instance); <see cref="Answer.Statement"/> may say what was looked at. Only a third-party
    /// assessment may give it. Credited as nothing, and asks the vendor to confirm.
    /// </summary>
    Undetermined,
}
