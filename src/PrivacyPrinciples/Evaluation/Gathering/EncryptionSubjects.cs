using System;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// Which encryption an expectation's checks require to be in place (the facts under
/// <c>encryption.</c> that must be true, or must hold a value other than "none"): an "implemented"
/// claim to such an expectation whose statement says that encryption is absent ("Recordings are not
/// encrypted at rest", "We do not offer end-to-end encryption") says the measure is not in place,
/// plan word or not (see <see cref="EncryptionAbsence.SaysAbsent"/>).
/// </summary>
/// <remarks>
/// Only encryption is read this way: its negation is an absence whatever it is said of, while most
/// controls are stated by negation as often as they are denied by it ("We do not sell personal
/// data", "not accessible to staff", "Recordings are never stored unencrypted"). Immutable.
/// </remarks>
[Flags]
internal enum EncryptionSubjects
{
    /// <summary>The expectation requires no encryption.</summary>
    None = 0,

    /// <summary>Encryption in transit (<c>encryption.inTransit</c>).</summary>
    InTransit = 1,

    /// <summary>Encryption at rest (<c>encryption.atRest</c>).</summary>
    AtRest = 2,

    /// <summary>End-to-end encryption (<c>encryption.endToEnd…</c>).</summary>
    EndToEnd = 4,
}
