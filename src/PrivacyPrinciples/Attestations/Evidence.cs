using System;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// One piece of evidence supporting an answer. Immutable.
/// </summary>
/// <remarks>
/// Evidence counts towards assurance only while it is current: issued on or before the evaluation
/// date and not expired (see <c>docs/scoring.md</c>). Validation counts as independent only when
/// <see cref="Independent"/> is <see langword="true"/>.
/// </remarks>
public sealed record Evidence
{
    /// <summary>The kind of document or artefact.</summary>
    public required EvidenceKind Kind { get; init; }

    /// <summary>Whether it shows how the measure is achieved, monitored or validated.</summary>
    public required EvidencePurpose Shows { get; init; }

    /// <summary>Where a reviewer can find it: a URL, a document name, a report number.</summary>
    public required string Reference { get; init; }

    /// <summary>A short human-readable title.</summary>
    public string? Title { get; init; }

    /// <summary>The date the evidence was issued (time of day is ignored).</summary>
    public required DateTime Issued { get; init; }

    /// <summary>The date after which the evidence no longer counts, when it has one (time of day is ignored).</summary>
    public DateTime? Expires { get; init; }

    /// <summary>Whether a party independent of the vendor produced it. The default value is <see langword="false"/>.</summary>
    public bool Independent { get; init; }

    /// <summary>Who produced it, for example the audit firm.</summary>
    public string? Issuer { get; init; }
}
