using System;
using System.IO;
using System.Text;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// A writer that never throws for a failing destination (a full disk, <c>/dev/full</c>, a
/// read-only file system, a closed terminal): the first failure is kept, later writes are dropped,
/// and whoever completes the output reports <see cref="Failure"/> as one line (exit code 2)
/// instead of the exception escaping from the middle of a report writer.
/// </summary>
internal sealed class GuardedTextWriter(TextWriter inner) : TextWriter
{
    /// <summary>Why writing failed, in the system's words; null while every write succeeded.</summary>
    public string? Failure { get; private set; }

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
        if (disposing)
        {
            Guard(inner.Dispose);
        }

        base.Dispose(disposing);
    }

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
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            Failure = Serialization.ErrorMessages.IoFailure(exception) ?? exception.Message;
            if (StopOnFailure && !OutputFile.PendingFiles.Any)
            {
                throw new StandardOutputLostException(Failure, exception);
            }
        }
    }
}
