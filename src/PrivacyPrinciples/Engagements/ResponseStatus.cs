using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>How an invited vendor responded in a round.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ResponseStatus>))]
public enum ResponseStatus
{
    /// <summary>Every expectation in scope answered, attested by the deadline.</summary>
    Answered,

    /// <summary>Every expectation in scope answered, but attested after the deadline.</summary>
    AnsweredLate,

    /// <summary>Some expectations in scope left unanswered (on time or late; see the late flag).</summary>
    Partial,

    /// <summary>No attestation received.</summary>
    NoResponse,

    /// <summary>
    /// No attestation from the vendor, but a third party assessed the service: the vendor has not
    /// responded, and its letter asks it to confirm what the assessment could not establish.
    /// </summary>
    AssessedByThirdParty,

    /// <summary>
    /// The vendor responded, but no response of its own could be read (malformed JSON, a schema
    /// error…): the file names the vendor at <c>/vendor/id</c>, read up to its first fault, so the
    /// vendor is not reported as silent. <see cref="VendorResponse.Unreadable"/> says which file and
    /// what is wrong with it, and the letter asks for it again, corrected. A response of the vendor's
    /// that could be read always decides the status instead.
    /// </summary>
    Unreadable,
}
