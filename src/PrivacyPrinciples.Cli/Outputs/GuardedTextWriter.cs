using System;
using System.IO;
using System.Text;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// A writer that never throws for a failing destination (a full disk, <c>/dev/full</c>, a
/// read-only file system, a closed terminal): the first failure is kept, later writes are dropped,
/// and whoever completes the output reports <see cref="Failure"/> as one line (exit code 2)
/// instead of the exception escaping from the middle of a report writer. Standard output whose
/// reader went away (<see cref="ReaderGone"/>) is not reported: the run ends quietly (exit code 141).
/// </summary>
internal sealed class GuardedTextWriter(TextWriter inner) : TextWriter
{
    /// <summary>Why writing failed, in the system's words; null while every write succeeded.</summary>
    public string? Failure { get; private set; }

    /// <summary>
    /// Whether the first failure was the reader of a pipe going away (<c>| head</c>): not a fault of
    /// the run, but its reader's choice to stop, which the tool answers as a process ended by
    /// SIGPIPE would (see <see cref="ExitCodes.OutputClosed"/>).
    /// </summary>
    public bool ReaderGone { get; private set; }

    /// <summary>
    /// Whether the first failed write also throws <see cref="StandardOutputLostException"/>, to stop
    /// the run, when no file or folder is being written besides (<c>-o report.csv | head</c> still
    /// completes the file); later writes never throw.
    /// </summary>
    public bool StopOnFailure { get; init; }

    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine accepts null as "the default".
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    protected override void Dispose(bool disposing)
    {
        if (disposing && Failure is null)
        {
            Guard(inner.Dispose);
        }
        else if (disposing)
        {
            // The failure is already kept; the destination (a pipe whose reader left, a full device)
            // is still closed, though the last of its buffer cannot be written.
            try
            {
                inner.Dispose();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException || IsFileTooLarge(exception))
            {
                // Said once already, by whoever completes the output.
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether a failed write means that the pipe's reader has gone: EPIPE (32 on Linux, macOS and the BSDs), or Windows' broken pipe (109) and "the pipe is being closed" (232).</summary>
    internal static bool IsBrokenPipe(Exception exception) =>
        exception is IOException { HResult: var code }
        && (OperatingSystem.IsWindows() ? code is unchecked((int)0x8007006D) or unchecked((int)0x800700E8) : code == 32);

    /// <summary>
    /// Whether a failed write passed the file size limit (<c>ulimit -f</c>, EFBIG): the runtime
    /// throws that from a stream's write as <see cref="ArgumentOutOfRangeException"/> for its
    /// parameter "value", which a write with valid arguments cannot throw otherwise.
    /// </summary>
    internal static bool IsFileTooLarge(Exception exception) => exception is ArgumentOutOfRangeException { ParamName: "value" };

    // A write to a descriptor that is open is refused for access only when it is closed or open
    // for reading (EBADF: `>&-`, `1<&0`), which the runtime words as a path's access being denied.
    internal const string NotWritable = "it is closed, or open only for reading";

    private void Guard(Action write)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException || IsFileTooLarge(exception))
        {
            Failure = exception is UnauthorizedAccessException ? NotWritable : Serialization.ErrorMessages.IoFailure(exception) ?? exception.Message;
            ReaderGone = IsBrokenPipe(exception);
            if (StopOnFailure && !OutputFile.PendingFiles.Any)
            {
                throw new StandardOutputLostException(Failure, exception);
            }
        }
    }
}
