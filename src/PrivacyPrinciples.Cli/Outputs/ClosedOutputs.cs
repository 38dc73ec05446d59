using System.Threading;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Whether an output of one run that is written in place (a named pipe, <c>/dev/stdout</c>, a
/// descriptor) lost its reader: the reader's choice to stop, as with standard output's
/// (<see cref="GuardedTextWriter.ReaderGone"/>), so the run ends quietly with
/// <see cref="ExitCodes.OutputClosed"/> whichever output it was. Thread-safe.
/// </summary>
internal sealed class ClosedOutputs
{
    private int _count;

    /// <summary>Whether any output of the run lost its reader.</summary>
    public bool Any => Volatile.Read(ref _count) > 0;

    /// <summary>Notes that an output lost its reader.</summary>
    public void Note() => Interlocked.Increment(ref _count);
}
