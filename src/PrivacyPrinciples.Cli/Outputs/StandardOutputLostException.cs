using System;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Thrown at the first write standard output refuses (a closed pipe, <c>| head</c>, a full disk),
/// so a run whose output can no longer arrive stops at once instead of working on for nothing;
/// outputs not yet committed are abandoned, and the failure is reported once, at the end (a
/// reader that went away is not reported: the run ends quietly with <see cref="ExitCodes.OutputClosed"/>).
/// </summary>
internal sealed class StandardOutputLostException : OutputException
{
    public StandardOutputLostException()
    {
    }

    public StandardOutputLostException(string message)
        : base(message)
    {
    }

    public StandardOutputLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
