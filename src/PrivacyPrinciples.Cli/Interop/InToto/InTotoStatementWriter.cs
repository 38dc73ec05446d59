using System;
using System.IO;
using System.Security.Cryptography;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Interop.InToto;

/// <summary>
/// Writes the in-toto statement of the one attestation a run evaluated, about the exact bytes it
/// read (<see cref="AttestationRecords"/>); with a signing key, the statement wrapped in a signed
/// DSSE envelope instead. A run that evaluated nothing writes nothing and says so.
/// </summary>
internal sealed class InTotoStatementWriter(AttestationRecords records, ECDsa? signingKey) : ReportWriter
{
    public const string FormatName = "in-toto";

    public override string Format => FormatName;

    public override string FileExtension => ".intoto.json";

    public override void Write(ReportBatch batch, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(writer);
        if (batch.Reports.Count != 1)
        {
            throw new OutputException(batch.Reports.Count == 0
                ? "the attestation could not be evaluated, so no in-toto statement was written"
                : "an in-toto statement is about one attestation file; evaluate each attestation on its own to make one for each");
        }

        var report = batch.Reports[0];
        var record = records.Find(report.Attestation.Source)
            ?? throw new InvalidOperationException("The attestation's bytes were not recorded while it was read.");
        var subject = report.Attestation.Source!;
        if (signingKey is null)
        {
            writer.Write(InTotoStatement.Text(report, subject, record.Sha256, batch.ToolName, batch.ToolVersion));
            return;
        }

        var payload = InTotoStatement.Payload(report, subject, record.Sha256, batch.ToolName, batch.ToolVersion);
        writer.Write(Dsse.Sign(payload, InTotoStatement.PayloadType, signingKey));
    }
}
