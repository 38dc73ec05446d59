using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>Loads what a regression gate or a diff compares with: reports as written, or attestations evaluated now.</summary>
internal static class PreviousReports
{
    /// <returns>
    /// The reports, or null after printing why they could not be read. Every document is read even
    /// after one fails, so that all that is wrong is said at once rather than one file per run.
    /// </returns>
    public static IReadOnlyList<EvaluationReport>? Read(string path, IDocumentEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context)
    {
        var (documents, problems) = InputCollector.Collect([path], context.OpenStandardInput);
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {problem}");
        }

        var failed = problems.Count > 0;

        var reports = new List<EvaluationReport>();
        var attestations = new List<InputDocument>();
        foreach (var document in documents)
        {
            if (document.Ndjson)
            {
                attestations.Add(document);
                continue;
            }

            ReadResult<IReadOnlyList<EvaluationReport>> read;
            if (document.IsStandardInput || !Files.FileProbe.Of(document.Name).IsRegularFile)
            {
                // Standard input or a pipe (process substitution, <(...)) gives its bytes once: read
                // them once, tell the kind from them, and read or evaluate those same bytes. Telling
                // the kind first used up a pipe, so that its document read as empty, and standard
                // input was always taken for an attestation, so a report there was refused as "a report".
                var (bytes, error) = InputReader.ReadAll(document, DocumentKinds.MaxBytes);
                if (bytes is null)
                {
                    ErrorPrinter.Print(context.Error, "attestation or report", document.Name, [error!]);
                    failed = true;
                    continue;
                }

                if (DocumentKinds.Detect(bytes) != DocumentKind.Report)
                {
                    attestations.Add(document with { OpenStandardInput = () => new MemoryStream(bytes, writable: false) });
                    continue;
                }

                read = new ReportReader().Read(bytes, document.Name);
            }
            else if (DocumentKinds.DetectFile(document.Name) != DocumentKind.Report)
            {
                attestations.Add(document);
                continue;
            }
            else
            {
                read = new ReportReader().ReadFile(document.Name);
            }

            if (!read.Succeeded)
            {
                ErrorPrinter.Print(context.Error, "report", read.Source, read.Errors);
                if (read.Errors.Any(e => e.Code == InputErrorCodes.TooLarge))
                {
                    // A JSON report of a large batch outgrows what a report may be; its attestations do not.
                    context.Error.WriteLine($"{CliApplication.Name}: a report this large is not read back; give the attestations it was made from instead (files, a folder or an NDJSON stream), which are evaluated again");
                }

                failed = true;
                continue;
            }

            reports.AddRange(read.Value);
        }

        if (attestations.Count > 0)
        {
            var (evaluated, failures) = EvaluationRun.Collect(attestations, evaluator, date, waivers, context);
            failed |= failures > 0;
            reports.AddRange(evaluated);
        }

        if (failed)
        {
            return null;
        }

        // Two reports of one service would make the comparison depend on which comes first.
        if (reports.GroupBy(Comparison.ReportComparison.Key).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            var first = twice.First().Attestation;
            var sources = string.Join(", ", twice.Select(r => r.Attestation.Source ?? "?").Distinct(StringComparer.Ordinal));
            context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(path)} holds {twice.Count()} reports of {DisplayText.Clean($"{first.Vendor} — {first.Service}{(first.Tier is null ? string.Empty : " (" + first.Tier + ")")}")} ({DisplayText.Clean(sources)}); expected one per service (vendor id, service and tier), so that what is compared does not depend on their order");
            return null;
        }

        return reports.ToArray();
    }
}
