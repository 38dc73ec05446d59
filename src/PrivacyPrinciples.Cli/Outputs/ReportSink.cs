using System;
using System.Collections.Generic;
using System.IO;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Sends each report to every output as it is produced. Streaming formats (text, JSON, CSV) are
/// written at once, so a batch of any size runs in bounded memory; the others (Markdown, SARIF,
/// JUnit, HTML, OSCAL) need the whole batch and keep the reports until the end, up to
/// <see cref="MostKept"/> of them and <see cref="MostKeptParts"/> parts in all: past either, those
/// outputs are given up with a message, so that a batch of any size, and of reports of any size,
/// still runs in bounded memory and the streaming outputs are complete. Every output goes through
/// <see cref="OutputFile"/>: files are written atomically and appear only when the run completes,
/// devices and pipes are written in place, and a write failure is one line, never an exception.
/// </summary>
internal sealed class ReportSink : IDisposable
{
    private readonly ReportBatch _settings;
    private readonly CliContext _context;
    private readonly List<Output> _outputs = [];
    private readonly List<EvaluationReport> _kept = [];
    private readonly int _mostKept;
    private readonly long _mostKeptParts;
    private bool _keep;
    private int _count;
    private int _givenUp;
    private long _keptParts;

    /// <summary>
    /// The most reports kept for the outputs that need the whole batch: a report kept is about 65 KB,
    /// and the tool's peak at this many stays under a gigabyte for every such format (SARIF, the
    /// largest, about 750 MB). A batch that size is already far past what anyone reads as one page,
    /// and its SARIF past what code scanning accepts in one upload.
    /// </summary>
    public const int MostKept = 5_000;

    /// <summary>
    /// The most parts (results, reasons, follow-up questions, evidence findings) kept in all for the
    /// outputs that need the whole batch: a part kept is 200 to 270 bytes, so this bounds what is
    /// kept to some 500 MB however the reports are made. A report has 160 to 550 parts (synthetic
    /// attestations: 330 on average), so 5,000 of them fit; an attestation that cites a thousand
    /// pieces of evidence in every answer gives some 62,000, and about 30 such reports fit.
    /// </summary>
    public const int MostKeptParts = 2_000_000;

    /// <param name="targets">The outputs.</param>
    /// <param name="settings">The batch's settings.</param>
    /// <param name="context">Where messages go.</param>
    /// <param name="mostKept">The most reports kept for the outputs that need the whole batch (<see cref="MostKept"/>).</param>
    /// <param name="mostKeptParts">The most parts kept in all for them (<see cref="MostKeptParts"/>).</param>
    public ReportSink(IReadOnlyList<OutputTarget> targets, ReportBatch settings, CliContext context, int mostKept = MostKept, long mostKeptParts = MostKeptParts)
    {
        _settings = settings;
        _context = context;
        _mostKept = mostKept;
        _mostKeptParts = mostKeptParts;
        foreach (var target in targets)
        {
            var output = new Output(target);
            _outputs.Add(output);
            _keep |= output.Streaming is null;
        }
    }

    /// <summary>Opens every file and writes what comes before the first report.</summary>
    /// <returns>The number of outputs that could not be opened (each explained).</returns>
    public int Open()
    {
        var failures = 0;
        foreach (var output in _outputs)
        {
            try
            {
                output.Open(_context);
                output.Streaming?.WriteStart(_settings, output.Writer!);
            }
            catch (OutputException exception) when (exception is not StandardOutputLostException)
            {
                _context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(exception.Message)}");
                output.Failed = true;
                failures++;
            }
        }

        return failures;
    }

    /// <summary>Sends one report to every output that takes reports one at a time, and keeps it for the others.</summary>
    /// <exception cref="OutputsClosedException">
    /// Every output has lost its reader (a named pipe read by <c>head</c>, or standard output's
    /// reader besides) or has failed: nothing more the run evaluates could arrive anywhere, so the
    /// run stops here instead of evaluating the rest of the batch for nothing.
    /// </exception>
    public void Add(EvaluationReport report)
    {
        foreach (var output in _outputs)
        {
            if (!output.Failed && output.Streaming is { } streaming)
            {
                streaming.WriteReport(_settings, report, _count, output.Writer!);
            }
        }

        StopWhenNoOutputIsLeft();

        if (_keep)
        {
            var parts = Parts(report);
            if (_kept.Count < _mostKept && _keptParts + parts <= _mostKeptParts)
            {
                _kept.Add(report);
                _keptParts += parts;
            }
            else
            {
                GiveUpWholeBatchOutputs();
            }
        }

        _count++;
    }

    // A reader that left is known at the first write that fails (every 64 KB or so, as the writer's
    // buffer fills). Once every output has lost its reader or failed, and at least one reader left,
    // the rest of the batch could reach no one: the run ends quietly (exit code 141), as a process
    // ended by SIGPIPE does, with no file left behind and no summary. An output still wanted (a file
    // being written, a whole-batch format that writes only at the end) keeps the run going.
    private void StopWhenNoOutputIsLeft()
    {
        var left = false;
        foreach (var output in _outputs)
        {
            if (output.ReaderGone)
            {
                left = true;
            }
            else if (!output.Failed)
            {
                return;
            }
        }

        if (left)
        {
            _context.ClosedOutputs.Note();
            throw new OutputsClosedException();
        }
    }

    // One report too many for the outputs that keep them: they are not written (a file is not
    // created), each says why, and the reports kept so far are let go.
    private void GiveUpWholeBatchOutputs()
    {
        foreach (var output in _outputs)
        {
            if (output.Streaming is null && !output.Failed)
            {
                var where = output.Target.Path is { } path ? DisplayText.Clean(path) : "standard output";
                _context.Error.WriteLine($"{CliApplication.Name}: {where}: not written: --format {output.Target.Writer.Format} needs every report of the batch at once, and the batch is too large to hold (more than {Number(_mostKept)} attestations, or more than {Number(_mostKeptParts)} results, reasons, questions and evidence findings in all); expected a smaller batch, or --format json, csv or text, which are written one report at a time");
                output.Failed = true;
                _givenUp++;
            }
        }

        _kept.Clear();
        _kept.TrimExcess();
        _keep = false;
    }

    /// <summary>What a kept report holds, in parts of about the same size: what it costs to keep.</summary>
    internal static long Parts(EvaluationReport report)
    {
        long parts = 1;
        foreach (var result in report.Expectations)
        {
            parts += 1 + result.Reasons.Count + result.FollowUps.Count + result.Evidence.Count;
        }

        return parts;
    }

    private static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes what comes after the last report (or the whole batch) and publishes the files. The
    /// inputs that could not be read go to every writer with the batch
    /// (<see cref="ReportBatch.UnreadInputs"/>), so that each format that describes a batch lists
    /// them, whatever the format: the commands add nothing per format. When
    /// no attestation could be read (<paramref name="unread"/> and no report), no file is
    /// published: a report of nothing would replace the last one with an empty or all-clear file (a
    /// SARIF log without results closes code scanning's alerts, an empty JSON file breaks the next
    /// regression gate), so each file already there is left as it was, and each output says so.
    /// </summary>
    /// <param name="unread">The inputs that could not be read, when any.</param>
    /// <returns>The number of outputs that could not be written (each explained).</returns>
    public int Complete(UnreadInputs? unread = null)
    {
        var inputFailures = unread?.Count ?? 0;
        var batch = _settings with { Reports = _kept, UnreadInputs = unread?.Listed ?? [], UnreadInputsNotListed = unread?.NotListed ?? 0 };
        var failures = _givenUp;
        foreach (var output in _outputs)
        {
            if (output.Failed)
            {
                continue;
            }

            if (_count == 0 && inputFailures > 0 && output.IsFile)
            {
                _context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(output.Target.Path!)}: not written: no attestation could be read, so there is nothing to report; a file already there is left as it was");
                continue;
            }

            try
            {
                if (output.Streaming is { } streaming)
                {
                    streaming.WriteEnd(batch, _count, output.Writer!);
                }
                else
                {
                    output.Target.Writer.Write(batch, output.Writer!);
                }

                output.Publish();
            }
            catch (OutputException exception) when (exception is not StandardOutputLostException)
            {
                _context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(exception.Message)}");
                failures++;
            }
        }

        return failures;
    }

    public void Dispose()
    {
        foreach (var output in _outputs)
        {
            output.Dispose();
        }
    }

    private sealed class Output(OutputTarget target) : IDisposable
    {
        private OutputFile? _file;

        public OutputTarget Target { get; } = target;

        public StreamingReportWriter? Streaming { get; } = target.Writer as StreamingReportWriter;

        public TextWriter? Writer => _file?.Writer;

        public bool Failed { get; set; }

        /// <summary>Whether the output is written in place and its reader has gone (see <see cref="OutputFile.ReaderGone"/>).</summary>
        public bool ReaderGone => _file?.ReaderGone == true;

        public void Open(CliContext context) => _file = OutputFile.Create(Target.Path, context);

        public void Publish() => _file?.Commit();

        /// <summary>Whether the output is a file that is published when the run completes (not standard output, a device or a pipe).</summary>
        public bool IsFile => _file?.IsReplacingFile == true;

        public void Dispose() => _file?.Dispose();
    }
}
