using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>
/// Reads attestations one at a time (a file, standard input, or each line of an NDJSON stream),
/// evaluates each and hands the report on; nothing is kept, so any number of attestations runs in
/// bounded memory. A bad document is reported and skipped, never fatal to the others.
/// </summary>
internal sealed class EvaluationRun
{
    public int Failures { get; private set; }

    public int Evaluated { get; private set; }

    public static EvaluationRun Execute(IReadOnlyList<InputDocument> documents, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context, Action<EvaluationReport, SourceLocations> onReport)
    {
        var run = new EvaluationRun();
        var reader = new AttestationReader();
        var progress = new Progress(context, documents.Count);
        foreach (var document in documents)
        {
            if (document.Ndjson)
            {
                run.ReadLines(document, reader, evaluator, date, waivers, context, progress, onReport);
                continue;
            }

            progress.Show(document.Name);
            var read = document.IsStandardInput ? reader.Read(document.Open(), document.Name) : reader.ReadFile(document.Name);
            run.Handle(read, document.Name, evaluator, date, waivers, context, progress, onReport);
        }

        progress.Clear();
        return run;
    }

    /// <summary>Evaluates every document and keeps the reports (for what a comparison needs, not for large batches).</summary>
    public static (List<EvaluationReport> Reports, int Failures) Collect(IReadOnlyList<InputDocument> documents, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context)
    {
        var reports = new List<EvaluationReport>();
        var run = Execute(documents, evaluator, date, waivers, context, (report, _) => reports.Add(report));
        return (reports, run.Failures);
    }

    private void ReadLines(InputDocument document, AttestationReader reader, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context, Progress progress, Action<EvaluationReport, SourceLocations> onReport)
    {
        StreamReader lines;
        try
        {
            lines = new StreamReader(document.Open(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {document.Name}: could not be read: {exception.Message}");
            Failures++;
            return;
        }

        using (lines)
        {
            var number = 0;
            while (lines.ReadLine() is { } line)
            {
                number++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var name = document.Name + ":" + number.ToString(CultureInfo.InvariantCulture);
                progress.Show(name);
                var read = reader.Read(line, document.Name);
                Handle(read, name, evaluator, date, waivers, context, progress, onReport, number);
            }
        }
    }

    private void Handle(ReadResult<Attestations.Attestation> read, string name, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context, Progress progress, Action<EvaluationReport, SourceLocations> onReport, int? streamLine = null)
    {
        if (!read.Succeeded)
        {
            progress.Clear();

            // In a stream, errors name the stream's line, not line 1 of that line's document.
            var errors = streamLine is int line ? read.Errors.Select(e => e with { Line = line }).ToArray() : read.Errors;
            ErrorPrinter.Print(context.Error, "attestation", name, errors);
            Failures++;
            return;
        }

        var report = evaluator.Evaluate(read.Value, date);
        report = report with { Attestation = report.Attestation with { Source = name.Replace(Path.DirectorySeparatorChar, '/') } };
        if (waivers is not null)
        {
            report = WaiverApplier.Apply(report, waivers);
        }

        Evaluated++;
        onReport(report, read.Locations!);
    }

    /// <summary>A one-line progress display on standard error, only when it is a terminal and there is more than one input.</summary>
    private sealed class Progress(CliContext context, int documents)
    {
        private readonly bool _enabled = context.ErrorIsTerminal && documents > 0;
        private int _shown;

        public void Show(string name)
        {
            _shown++;
            if (_enabled && (_shown > 1 || documents > 1))
            {
                context.Error.Write($"\r\u001b[2K[{_shown}] {name}");
            }
        }

        public void Clear()
        {
            if (_enabled && _shown > 0)
            {
                context.Error.Write("\r\u001b[2K");
            }
        }
    }
}
