using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Cli.Interop;

/// <summary>
/// What the interoperable formats need of each attestation beyond its report, kept while a run
/// reads it: the SHA-256 of the exact bytes evaluated (an in-toto subject) and the evidence it
/// declares (OSCAL relevant evidence). Keyed by the report's <c>attestation.source</c>. Filled only
/// when such a format is asked for, so large batches keep nothing.
/// </summary>
internal sealed class AttestationRecords
{
    private readonly Dictionary<string, AttestationRecord> _records = new(StringComparer.Ordinal);

    public void Add(string source, ReadOnlySpan<byte> bytes, Attestation attestation) =>
        _records[source] = new AttestationRecord(Convert.ToHexStringLower(SHA256.HashData(bytes)), attestation.Evidence);

    public AttestationRecord? Find(string? source) => source is not null && _records.TryGetValue(source, out var record) ? record : null;
}

/// <summary>One attestation as read: the lower-case hexadecimal SHA-256 of its bytes, and its evidence declarations. Immutable.</summary>
internal sealed record AttestationRecord(string Sha256, IReadOnlyList<Evidence> Evidence);
