using System;
using System.IO;

namespace PrivacyPrinciples.Cli;

/// <summary>The process's streams, environment and clock, passed in so the whole tool can run inside tests.</summary>
internal sealed class CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Standard input as bytes, for <c>-</c>.</summary>
    public required Func<Stream> OpenStandardInput { get; init; }

    /// <summary>Whether standard output is a terminal (colour and progress only then).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether standard error is a terminal.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Whether NO_COLOR is set to a non-empty value (https://no-color.org).</summary>
    public bool NoColor { get; init; }

    /// <summary>Whether PRIVACY_PRINCIPLES_DEBUG is set: internal errors then print their stack trace.</summary>
    public bool Debug { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Why SOURCE_DATE_EPOCH cannot be used, when it is set to something that is not a time; every command then fails.</summary>
    public string? ClockProblem { get; init; }

    public bool Color => OutputIsTerminal && !NoColor;

    public static CliContext FromConsole()
    {
        var epoch = Environment.GetEnvironmentVariable(SourceDateEpoch.Variable);
        return new()
        {
            Clock = SourceDateEpoch.Clock(epoch) ?? TimeProvider.System,
            ClockProblem = SourceDateEpoch.Problem(epoch),
            Out = Console.Out,
            Error = new Outputs.CleaningTextWriter(Console.Error),
            OpenStandardInput = Console.OpenStandardInput,
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            Debug = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PRIVACY_PRINCIPLES_DEBUG")),
        };
    }

    /// <summary>The same context writing standard output through <paramref name="output"/>.</summary>
    public CliContext WithOut(TextWriter output) => new()
    {
        Out = output,
        Error = Error,
        OpenStandardInput = OpenStandardInput,
        OutputIsTerminal = OutputIsTerminal,
        ErrorIsTerminal = ErrorIsTerminal,
        NoColor = NoColor,
        Debug = Debug,
        Clock = Clock,
        ClockProblem = ClockProblem,
    };
}
