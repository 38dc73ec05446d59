using System;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Thrown when every output of a run has lost its reader (or failed), so that nothing more the run
/// evaluates could arrive anywhere: the run stops at once instead of evaluating the rest of a batch
/// for nothing, and ends quietly with <see cref="ExitCodes.OutputClosed"/>, as a process ended by
/// SIGPIPE does. Outputs not yet committed are abandoned; nothing is reported.
/// </summary>
internal sealed class OutputsClosedException : OutputException
{
    public OutputsClosedException()
        : base("every output of the run lost its reader")
    {
    }

    public OutputsClosedException(string message)
        : base(message)
    {
    }

    public OutputsClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
