using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>What the evaluator made of one piece of evidence cited by an answer.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<EvidenceVerdict>))]
public enum EvidenceVerdict
{
    /// <summary>Current and fitting: it adds to assurance.</summary>
    Counted,

    /// <summary>Its expiry date is before the evaluation date.</summary>
    Expired,

    /// <summary>Issued longer ago than the rule set accepts for its kind, whatever its expiry date says.</summary>
    Stale,

    /// <summary>Dated after the evaluation date.</summary>
    NotYetIssued,

    /// <summary>The rule set does not accept its kind as showing this expectation for the purpose claimed.</summary>
    Unfit,

    /// <summary>Claimed independent, but its kind cannot be independent (an internal review, for instance).</summary>
    CannotBeIndependent,

    /// <summary>Claimed independent without naming the independent party that issued it.</summary>
    NoIssuer,

    /// <summary>Its reference does not say where a reviewer could find it (blank, a placeholder or a vague phrase).</summary>
    NoReference,

    /// <summary>The answer cites an evidence id the attestation does not declare.</summary>
    Unknown,

    /// <summary>The answer also cites the same document otherwise (the same evidence for another purpose, or evidence declared under another id with the same reference), and that citation is the one weighed: a document counts once in an answer.</summary>
    SameDocument,

    /// <summary>A narrow document (a policy, a help page, a design note) whose title, id and reference name nothing of what this expectation is about, cited under several expectations it does not name: cited for its presence, not its subject.</summary>
    OffSubject,
}
