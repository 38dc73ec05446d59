using System;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>An output could not be written; <see cref="Exception.Message"/> is the one line to print (exit code 2).</summary>
internal class OutputException : Exception
{
    public OutputException()
    {
    }

    public OutputException(string message)
        : base(message)
    {
    }

    public OutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OutputException(string name, string reason)
        : base($"could not write {name}: {reason}")
    {
        Reason = reason;
    }

    public OutputException(string name, string reason, Exception innerException)
        : base($"could not write {name}: {reason}", innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the output could not be written, without its name; null when the message is not of the form "could not write NAME: REASON".</summary>
    public string? Reason { get; }
}
