using System;
using System.Collections.Generic;
using System.IO;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>Reads attestations one at a time and evaluates each; a bad file is reported and skipped, never fatal to the others.</summary>
internal sealed class EvaluationRun
{
    public List<EvaluationReport> Reports { get; } = [];

    public Dictionary<string, SourceLocations> Locations { get; } = new(StringComparer.Ordinal);

    public int Failures { get; private set; }

    public static EvaluationRun Execute(IReadOnlyList<InputDocument> documents, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context)
    {
        var run = new EvaluationRun();
        var reader = new AttestationReader();
        var progress = context.ErrorIsTerminal && documents.Count > 1;
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            if (progress)
            {
                context.Error.Write($"\r\u001b[2K[{i + 1}/{documents.Count}] {document.Name}");
            }

            var read = document.IsStandardInput
                ? reader.Read(document.OpenStandardInput!(), document.Name)
                : reader.ReadFile(document.Name);
            if (!read.Succeeded)
            {
                if (progress)
                {
                    context.Error.Write("\r\u001b[2K");
                }

                ErrorPrinter.Print(context.Error, "attestation", read.Source, read.Errors);
                run.Failures++;
                continue;
            }

            var report = evaluator.Evaluate(read.Value, date);
            report = report with { Attestation = report.Attestation with { Source = Normalize(document.Name) } };
            if (waivers is not null)
            {
                report = WaiverApplier.Apply(report, waivers);
            }

            run.Reports.Add(report);
            run.Locations[report.Attestation.Source!] = read.Locations!;
        }

        if (progress)
        {
            context.Error.Write("\r\u001b[2K");
        }

        return run;
    }

    // Reports name files with '/' on every platform, so outputs do not depend on the machine.
    private static string Normalize(string path) => path.Replace(Path.DirectorySeparatorChar, '/');
}
