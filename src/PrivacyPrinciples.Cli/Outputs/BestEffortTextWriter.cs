using System;
using System.IO;
using System.Text;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Standard error, written as far as it can be. A failure to write it (closed with <c>2&gt;&amp;-</c>,
/// a full disk) has nowhere left to be reported, and must neither change the run's exit code nor
/// abort the process, so it is dropped. Standard output keeps its own guard, which fails the run.
/// </summary>
internal sealed class BestEffortTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine accepts null as "the default".
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    private static void Try(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Nowhere to report it: see the summary. (A closed descriptor fails with EBADF, which .NET reports as access denied.)
        }
    }
}
