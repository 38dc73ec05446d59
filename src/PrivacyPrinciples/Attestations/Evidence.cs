using System;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// One piece of evidence, declared once in an attestation and cited by the answers it supports
/// (<see cref="EvidenceCitation"/>). Immutable.
/// </summary>
/// <remarks>
/// Evidence counts towards assurance only while it is current (issued on or before the evaluation
/// date, not expired, and no older than the rule set allows for its kind) and only where it fits:
/// the rule set says which kinds can show how each expectation is achieved, monitored or
/// validated, and which kinds can be independent at all (see <c>docs/scoring.md</c>).
/// </remarks>
public sealed record Evidence
{
    /// <summary>The identifier answers cite, for example <c>pentest-2026</c>: lower-case letters, digits and hyphens.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of document or artefact.</summary>
    public required EvidenceKind Kind { get; init; }

    /// <summary>Where a reviewer can find it: a URL, a document name, a report number.</summary>
    public required string Reference { get; init; }

    /// <summary>A short human-readable title.</summary>
    public string? Title { get; init; }

    /// <summary>The date the evidence was issued (time of day is ignored).</summary>
    public required DateTime Issued { get; init; }

    /// <summary>The date after which the evidence no longer counts, when it has one (time of day is ignored).</summary>
    public DateTime? Expires { get; init; }

    /// <summary>
    /// Whether a party independent of the vendor produced it. Independent evidence must name its
    /// <see cref="Issuer"/>, and only kinds the rule set allows can be independent. The default
    /// value is <see langword="false"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Independent { get; init; }

    /// <summary>Who produced it, for example the audit firm; required when <see cref="Independent"/> is set.</summary>
    public string? Issuer { get; init; }
}
