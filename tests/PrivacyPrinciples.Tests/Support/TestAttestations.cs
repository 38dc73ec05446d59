using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Tests.Support;

/// <summary>Small attestations built in code, for tests that need exact control over one answer.</summary>
internal static class TestAttestations
{
    public static readonly DateTime EvaluationDate = new(2026, 11, 1);

    public static Attestation Empty(params Audience[] audiences) => new()
    {
        SchemaVersion = "1.0",
        Vendor = new VendorInfo { Id = "example-vendor", Name = "Example Vendor" },
        Service = new ServiceInfo { Name = "Example Meet" },
        AttestedOn = new DateTime(2026, 10, 1),
        Audiences = audiences,
    };

    public static Attestation With(this Attestation attestation, string id, Answer answer)
    {
        var answers = new Dictionary<string, Answer>(attestation.Answers, StringComparer.Ordinal) { [id] = answer };
        return attestation with { Answers = answers };
    }

    public static Attestation With(this Attestation attestation, string id, AnswerStatus status, params Evidence[] evidence) =>
        attestation.With(id, new Answer { Status = status, Statement = "How it is done.", Evidence = evidence });

    public static Evidence Evidence(EvidencePurpose shows, bool independent = false, DateTime? issued = null, DateTime? expires = null, string reference = "REF") => new()
    {
        Kind = shows switch
        {
            EvidencePurpose.Achieve => EvidenceKind.Policy,
            EvidencePurpose.Monitor => EvidenceKind.Monitoring,
            _ => independent ? EvidenceKind.IndependentAudit : EvidenceKind.InternalAudit,
        },
        Shows = shows,
        Reference = reference,
        Issued = issued ?? new DateTime(2026, 1, 1),
        Expires = expires,
        Independent = independent,
    };
}
