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

/// <summary>
/// Reads attestations one at a time (a file, standard input, or each line of an NDJSON stream),
/// evaluates each and hands the report on; nothing is kept, so any number of attestations runs in
/// bounded memory. A bad document is reported and skipped, never fatal to the others; even a bug
/// met on one document is reported and the others are still evaluated.
/// </summary>
internal sealed class EvaluationRun
{
    private static readonly ReaderLimits Limits = new();

    private Interop.AttestationRecords? _records;

    public int Failures { get; private set; }

    public int Evaluated { get; private set; }

    /// <summary>Documents on which the tool itself failed (a bug): the run still went on, and the exit code is 3.</summary>
    public int InternalErrors { get; private set; }

    /// <summary>Reads, evaluates and hands on each document; <paramref name="records"/>, when given, receives each attestation's bytes and evidence (for in-toto subjects and OSCAL evidence).</summary>
    public static EvaluationRun Execute(IReadOnlyList<InputDocument> documents, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context, Action<EvaluationReport, SourceLocations> onReport, Interop.AttestationRecords? records = null)
    {
        var run = new EvaluationRun { _records = records };
        var reader = new AttestationReader(Limits);
        var progress = new Progress(context, documents.Count);
        foreach (var document in documents)
        {
            if (document.Ndjson)
            {
                run.ReadLines(document, reader, evaluator, date, waivers, context, progress, onReport);
                continue;
            }

            progress.Show(document.Name);

            // Read through the input layer, bounded, so the bytes evaluated are the bytes recorded.
            var (bytes, error) = InputReader.ReadAll(document, Limits.MaxDocumentBytes);
            var read = bytes is null ? ReadResult<Attestations.Attestation>.Failure([error!], document.Name) : reader.Read(bytes, document.Name);
            run.Handle(read, bytes, document.Name, evaluator, date, waivers, context, progress, onReport);
        }

        progress.Clear();
        return run;
    }

    /// <summary>Evaluates every document and keeps the reports (for what a comparison needs, not for large batches).</summary>
    public static (List<EvaluationReport> Reports, int Failures) Collect(IReadOnlyList<InputDocument> documents, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context)
    {
        var reports = new List<EvaluationReport>();
        var run = Execute(documents, evaluator, date, waivers, context, (report, _) => reports.Add(report));
        return (reports, run.Failures + run.InternalErrors);
    }

    private void ReadLines(InputDocument document, AttestationReader reader, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context, Progress progress, Action<EvaluationReport, SourceLocations> onReport)
    {
        var attestations = 0;
        foreach (var line in InputReader.Lines(document, Limits.MaxDocumentBytes))
        {
            var name = document.Name + ":" + line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (line.Error is { } error)
            {
                progress.Clear();
                ErrorPrinter.Print(context.Error, "NDJSON stream", document.Name, [error]);
                Failures++;
                return;
            }

            if (IsBlank(line.Bytes!))
            {
                continue;
            }

            attestations++;
            progress.Show(name);
            var read = reader.Read(line.Bytes, document.Name);
            Handle(read, line.Bytes, name, evaluator, date, waivers, context, progress, onReport, line.Number);
        }

        if (attestations == 0)
        {
            // An empty stream is almost always a broken pipeline: never let it pass every gate silently.
            context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(document.Name)} holds no attestation (it is empty or only blank lines); expected one JSON attestation per line");
            Failures++;
        }
    }

    private void Handle(ReadResult<Attestations.Attestation> read, byte[]? bytes, string name, IAttestationEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context, Progress progress, Action<EvaluationReport, SourceLocations> onReport, int? streamLine = null)
    {
        if (!read.Succeeded)
        {
            progress.Clear();

            // In a stream, errors name the stream's line, not line 1 of that line's document.
            var errors = streamLine is int line ? read.Errors.Select(e => e.Line is null && e.Code == InputErrorCodes.TooManyErrors ? e : e with { Line = line }).ToArray() : read.Errors;
            ErrorPrinter.Print(context.Error, "attestation", name, errors);
            Failures++;
            return;
        }

        EvaluationReport report;
        try
        {
            report = evaluator.Evaluate(read.Value, date);
            report = report with { Attestation = report.Attestation with { Source = name.Replace(Path.DirectorySeparatorChar, '/') } };
            if (waivers is not null)
            {
                report = WaiverApplier.Apply(report, waivers);
            }
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OutputException))
        {
            // A bug, met on one document: say so, and go on with the others.
            progress.Clear();
            CliApplication.ReportBug(context, exception, $"while evaluating {DisplayText.Clean(name)}");
            InternalErrors++;
            return;
        }

        Evaluated++;
        if (_records is not null && bytes is not null)
        {
            _records.Add(report.Attestation.Source!, bytes, read.Value);
        }

        onReport(report, read.Locations!);
    }

    private static bool IsBlank(byte[] bytes) => bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');

    /// <summary>A one-line progress display on standard error, only when it is a terminal and there is more than one input.</summary>
    private sealed class Progress(CliContext context, int documents)
    {
        private readonly bool _enabled = context.ErrorIsTerminal && documents > 0 && context.Error is CleaningTextWriter;
        private int _shown;

        public void Show(string name)
        {
            _shown++;
            if (_enabled && (_shown > 1 || documents > 1))
            {
                ((CleaningTextWriter)context.Error).WriteControl("\r\u001b[2K");
                context.Error.Write($"[{_shown}] {DisplayText.Clean(name)}");
            }
        }

        public void Clear()
        {
            if (_enabled && _shown > 0)
            {
                ((CleaningTextWriter)context.Error).WriteControl("\r\u001b[2K");
            }
        }
    }
}
