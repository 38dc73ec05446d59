using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Evaluation;
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
    private static readonly ReaderOptions Limits = new();

    private Interop.AttestationRecords? _records;

    // The stream whose lines are being said, so that its bad lines are listed only up to a limit.
    private StreamErrorLimit? _stream;

    public int Failures { get; private set; }

    /// <summary>The inputs that could not be read, for the reports: the same as the error output lists, and counted in <see cref="Failures"/>.</summary>
    public UnreadInputs Unread { get; private set; } = new();

    public int Evaluated { get; private set; }

    /// <summary>
    /// Documents on which the tool itself failed (a bug): the run still went on, and the exit code is 3.
    /// Each is kept in <see cref="Unread"/> too, with the code <see cref="InputErrorCodes.InternalError"/>,
    /// since the reports have no result for it; it is not counted in <see cref="Failures"/>, which are the inputs' faults.
    /// </summary>
    public int InternalErrors { get; private set; }

    /// <summary>
    /// Reads, evaluates and hands on each document; <paramref name="records"/>, when given, receives
    /// each attestation's bytes and evidence (for in-toto subjects and OSCAL evidence). With more
    /// than one worker, documents (and the lines of a stream) are read and evaluated on that many
    /// threads, and everything the run prints or hands on still comes in input order, so the output
    /// is the same bytes as with one. The inputs that cannot be read are kept in
    /// <see cref="Unread"/>: <c>unread</c> when given (after those the caller already found), else a new collection.
    /// </summary>
    public static EvaluationRun Execute(IReadOnlyList<InputDocument> documents, IDocumentEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context, Action<EvaluationReport> onReport, Interop.AttestationRecords? records = null, int workers = 1, UnreadInputs? unread = null)
    {
        var run = new EvaluationRun { _records = records, Unread = unread ?? new UnreadInputs() };
        var reader = new AttestationReader(Limits);
        var progress = new Progress(context, documents.Count);

        // One JSON document is one item: worker threads would add only their own start-up.
        if (documents.Count == 1 && !documents[0].Ndjson)
        {
            workers = 1;
        }

        try
        {
            // A consumer that stops the run (every output's reader gone) ends the enumeration: no
            // further input is read, and the work in flight is waited for, not left running.
            foreach (var outcome in OrderedParallel.Select(Items(documents), item => Work(item, reader, evaluator, date, waivers), workers, Weight, BytesInFlight))
            {
                run.Emit(outcome, context, progress, onReport);
            }
        }
        finally
        {
            progress.Clear();
        }

        return run;
    }

    /// <summary>Evaluates every document and keeps the reports (for what a comparison needs, not for large batches).</summary>
    public static (List<EvaluationReport> Reports, int Failures) Collect(IReadOnlyList<InputDocument> documents, IDocumentEvaluator evaluator, DateTime date, WaiverSet? waivers, CliContext context)
    {
        var reports = new List<EvaluationReport>();
        var run = Execute(documents, evaluator, date, waivers, context, reports.Add);
        return (reports, run.Failures + run.InternalErrors);
    }

    /// <summary>
    /// The work in input order: each document, or each non-blank line of a stream. What the run has
    /// to say about a stream itself (unreadable, empty) is an item too, so it is said in its place.
    /// </summary>
    private static IEnumerable<Item> Items(IReadOnlyList<InputDocument> documents)
    {
        foreach (var document in documents)
        {
            if (!document.Ndjson)
            {
                yield return new Item(ItemKind.Document, document, document.Name, null, null, null);
                continue;
            }

            var attestations = 0;
            var broken = false;
            foreach (var line in InputReader.Lines(document, Limits.MaxDocumentBytes))
            {
                if (line.Error is { } error)
                {
                    // An over-long line is skipped and the lines after it read; the reader ends the stream when it cannot go on.
                    yield return new Item(ItemKind.StreamError, document, document.Name, null, error, null);
                    broken = true;
                    continue;
                }

                if (IsBlank(line.Bytes!))
                {
                    continue;
                }

                attestations++;
                var name = document.Name + ":" + line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return new Item(ItemKind.Line, document, name, line.Bytes, null, line.Number);
            }

            if (!broken && attestations == 0)
            {
                yield return new Item(ItemKind.EmptyStream, document, document.Name, null, null, null);
            }

            yield return new Item(ItemKind.StreamEnd, document, document.Name, null, null, null);
        }
    }

    /// <summary>
    /// The most bytes of input read and evaluated at once, whatever the number of workers: an
    /// attestation near the size limit takes some 60 MB while it is read and evaluated, so 64 workers
    /// on a stream of such attestations, two in flight each, took 2.2 GB and a container's memory
    /// limit ended the run. At this budget such a stream runs four at a time (about 260 MB), and
    /// ordinary attestations of tens of kilobytes are not held back at all.
    /// </summary>
    internal const long BytesInFlight = 16L * 1024 * 1024;

    // What an item weighs for BytesInFlight: a stream's line by its bytes, a file by its size on disk
    // (a device or pipe, which gives none, by nothing: it is still bounded by the document limit).
    private static long Weight(Item item)
    {
        if (item.Bytes is { } bytes)
        {
            return bytes.Length;
        }

        if (item.Kind != ItemKind.Document || item.Document.IsStandardInput)
        {
            return 0;
        }

        try
        {
            var file = new FileInfo(item.Document.Name);
            return file.Exists ? file.Length : 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Reading it will say what is wrong.
            return 0;
        }
    }

    /// <summary>Reads and evaluates one item; runs on any thread and touches nothing shared.</summary>
    private static Outcome Work(Item item, AttestationReader reader, IDocumentEvaluator evaluator, DateTime date, WaiverSet? waivers)
    {
        try
        {
            return ReadAndEvaluate(item, reader, evaluator, date, waivers);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OutputException))
        {
            // A bug, met on one document (reading it or evaluating it): said in its place, and the others go on.
            return new Outcome(item, null, null, null, exception);
        }
    }

    private static Outcome ReadAndEvaluate(Item item, AttestationReader reader, IDocumentEvaluator evaluator, DateTime date, WaiverSet? waivers)
    {
        ReadResult<Attestations.Attestation> read;
        var bytes = item.Bytes;
        switch (item.Kind)
        {
            case ItemKind.Document:
                // Read through the input layer, bounded, so the bytes evaluated are the bytes recorded.
                (bytes, var error) = InputReader.ReadAll(item.Document, Limits.MaxDocumentBytes);
                read = bytes is null ? ReadResult<Attestations.Attestation>.Failure([error!], item.Name) : reader.Read(bytes, item.Name);
                break;
            case ItemKind.Line:
                read = reader.Read(bytes, item.Document.Name);
                break;
            default:
                return new Outcome(item, null, null, null, null);
        }

        if (!read.Succeeded)
        {
            // Another kind of document (a waivers file given as an attestation) is named as such,
            // rather than explained by the attestation's rules ("upgrade it with migrate").
            if (bytes is not null && DocumentKinds.Detect(bytes) is var kind and not DocumentKind.Attestation)
            {
                read = ReadResult<Attestations.Attestation>.Failure([new InputError { Code = InputErrorCodes.WrongKind, Message = DocumentKinds.NotAnAttestation(kind), Source = read.Errors[0].Source }], read.Errors[0].Source);
            }

            return new Outcome(item, read, bytes, null, null);
        }

        // Reports name their input with forward slashes on every system, as SARIF and the other formats expect.
        var report = evaluator.Evaluate(read.WithSource(item.Name.Replace(Path.DirectorySeparatorChar, '/')), date);
        if (waivers is not null)
        {
            report = WaiverApplier.Apply(report, waivers);
        }

        return new Outcome(item, read, bytes, report, null);
    }

    /// <summary>Says and hands on one outcome, on the calling thread, in input order.</summary>
    private void Emit(Outcome outcome, CliContext context, Progress progress, Action<EvaluationReport> onReport)
    {
        var item = outcome.Item;
        switch (item.Kind)
        {
            case ItemKind.StreamError:
                progress.Clear();
                Keep(StreamOf(item).Print(context.Error, "NDJSON stream", item.Name, [item.Error!]), item.Name, item.Error!.Line, [item.Error!]);
                Failures++;
                return;
            case ItemKind.StreamEnd:
                progress.Clear();
                _stream?.Finish(context.Error);
                _stream = null;
                return;
            case ItemKind.EmptyStream:
                // An empty stream is almost always a broken pipeline: never let it pass every gate silently.
                context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(item.Name)} holds no attestation (it is empty or only blank lines); expected one JSON attestation per line");
                Unread.Add(item.Name, null, [new InputError { Code = InputErrorCodes.Empty, Message = "the stream holds no attestation (it is empty or only blank lines); expected one JSON attestation per line", Source = item.Name }]);
                Failures++;
                return;
        }

        progress.Show(item.Name);
        if (outcome.Bug is { } bug)
        {
            progress.Clear();
            CliApplication.ReportBug(context, bug, $"while evaluating {DisplayText.Clean(item.Name)}");

            // The reports have no result for it either: listed with the inputs that could not be
            // read, under a code that says the fault is the tool's (standard error said it above).
            var source = item.StreamLine is null ? item.Name : item.Document.Name;
            Unread.Add(source, item.StreamLine, [new InputError
            {
                Code = InputErrorCodes.InternalError,
                Message = $"the tool itself failed on this input ({bug.GetType().Name}): a bug in the tool, not a fault of the input; please report it with the command line that caused it",
                Source = source,
            }]);
            InternalErrors++;
            return;
        }

        var read = outcome.Read!;
        if (!read.Succeeded)
        {
            progress.Clear();

            // In a stream, errors name the stream's line, not line 1 of that line's document.
            if (item.StreamLine is int line)
            {
                var errors = read.Errors.Select(e => e.Line is null && e.Code == InputErrorCodes.TooManyErrors ? e : e with { Line = line }).ToArray();
                Keep(StreamOf(item).Print(context.Error, "attestation", item.Name, errors), item.Document.Name, line, errors);
            }
            else
            {
                ErrorPrinter.Print(context.Error, "attestation", item.Name, read.Errors);
                Unread.Add(item.Name, null, read.Errors);
            }

            Failures++;
            return;
        }

        var report = outcome.Report!;
        Evaluated++;
        if (_records is not null && outcome.Bytes is not null)
        {
            _records.Add(report.Attestation.Source!, outcome.Bytes, read.Value);
        }

        onReport(report);
    }

    // A stream's bad line is kept for the reports when standard error listed it, and only counted when it did not.
    private void Keep(bool listed, string source, int? line, IReadOnlyList<InputError> errors)
    {
        if (listed)
        {
            Unread.Add(source, line, errors);
        }
        else
        {
            Unread.AddNotListed();
        }
    }

    // The limit of the stream an item belongs to; its items come together, ended by a StreamEnd.
    private StreamErrorLimit StreamOf(Item item) => _stream ??= new StreamErrorLimit(item.Document.Name);

    private static bool IsBlank(byte[] bytes) => bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');

    private enum ItemKind
    {
        Document,
        Line,
        StreamError,
        EmptyStream,
        StreamEnd,
    }

    /// <summary>One unit of work: a document, a line of a stream (with its bytes), or something to say about a stream (an error, that it is empty, that it ended).</summary>
    private sealed record Item(ItemKind Kind, InputDocument Document, string Name, byte[]? Bytes, InputError? Error, int? StreamLine);

    /// <summary>What the work on an item came to: what was read, and the report or the bug met.</summary>
    private sealed record Outcome(Item Item, ReadResult<Attestations.Attestation>? Read, byte[]? Bytes, EvaluationReport? Report, Exception? Bug);

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
