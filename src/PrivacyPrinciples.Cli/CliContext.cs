using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;
using PrivacyPrinciples.Files;

namespace PrivacyPrinciples.Cli;

/// <summary>The process's streams, environment and clock, passed in so the whole tool can run inside tests.</summary>
internal sealed class CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Standard input as bytes, for <c>-</c>.</summary>
    public required Func<Stream> OpenStandardInput { get; init; }

    /// <summary>
    /// What standard input is (a file, a pipe, a terminal), when the system can tell; an output
    /// naming the same file would replace an input (<c>evaluate - -o a.json &lt; a.json</c>).
    /// </summary>
    public FileProbe StandardInputFile { get; init; }

    /// <summary>
    /// What standard output is, when the system can tell; two outputs naming the same file (one as
    /// <c>-</c>, one as <c>/dev/stdout</c>) would overwrite each other.
    /// </summary>
    public FileProbe StandardOutputFile { get; init; }

    /// <summary>
    /// Whether standard input is a terminal: reading <c>-</c> then waits for someone to type, and
    /// says so first (<see cref="ForRun"/>), rather than seeming to hang.
    /// </summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Said on standard error when <c>-</c> is read from a terminal, before it is read.</summary>
    public const string TerminalInputHint =
        CliApplication.Name + ": reading standard input (-) from the terminal: type or paste the document, then press Ctrl-D on a line of its own (Ctrl-Z and Enter on Windows); or give a file, or pipe one in";

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

    /// <summary>The outputs of the run, besides standard output, whose reader went away (see <see cref="ForRun"/>).</summary>
    public Outputs.ClosedOutputs ClosedOutputs { get; private init; } = new();

    public static CliContext FromConsole()
    {
        var epoch = Environment.GetEnvironmentVariable(SourceDateEpoch.Variable);
        return new()
        {
            Clock = SourceDateEpoch.Clock(epoch) ?? TimeProvider.System,
            ClockProblem = SourceDateEpoch.Problem(epoch),
            Out = StandardOutput(),
            // Standard error that cannot be written (closed, a full disk) has nowhere left to be
            // reported: the guard drops what fails, so the run keeps its exit code instead of aborting.
            Error = new Outputs.CleaningTextWriter(new Outputs.GuardedTextWriter(Console.Error)),
            OpenStandardInput = Inputs.StandardInput.Open,
            StandardInputFile = Descriptor(0),
            StandardOutputFile = Descriptor(1),
            InputIsTerminal = !Console.IsInputRedirected,
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            Debug = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PRIVACY_PRINCIPLES_DEBUG")),
        };
    }

    // Standard output as a stream over its descriptor where the system has one: the console's own
    // writer drops what a closed pipe refuses (`evaluate … | head`) without a word, so a run whose
    // output was lost would report success; the stream's failure reaches the output guard, as a
    // full disk's does. The console's writer stays where there is no such descriptor, and where
    // standard output is a file: a stream over a seekable descriptor writes at a position of its
    // own, so in `{ evaluate …; echo done; } > log` the next writer would overwrite the report,
    // while the console's writer moves the offset the shell shares (a file has no pipe to close).
    private static TextWriter StandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        try
        {
            var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (stream.CanSeek)
            {
                stream.Dispose(); // the handle is not owned: descriptor 1 stays open
                return Console.Out;
            }

            return TextWriter.Synchronized(new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096) { AutoFlush = true, NewLine = "\n" });
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or UnauthorizedAccessException or NotSupportedException)
        {
            // Standard output closed or unusable: the console's writer, as before.
            return Console.Out;
        }
    }

    // A terminal gives nothing until someone types: without a word, `evaluate -` typed by mistake
    // (or a script whose input was meant to be piped) seemed to hang.
    private static Func<Stream> AnnouncedStandardInput(Func<Stream> open, TextWriter error) => () =>
    {
        error.WriteLine(TerminalInputHint);
        error.Flush();
        return open();
    };

    // What a standard descriptor leads to, through the system's name for it; nothing where there is none.
    private static FileProbe Descriptor(int descriptor) =>
        OperatingSystem.IsLinux() ? FileProbe.Of($"/proc/self/fd/{descriptor}")
        : OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? FileProbe.Of($"/dev/fd/{descriptor}")
        : default;

    /// <summary>
    /// The same context for one run, writing standard output through <paramref name="output"/>, with
    /// no output closed yet; standard input read from a terminal is announced first, whichever verb
    /// or option reads it (an input, <c>--waivers -</c>, an envelope to verify).
    /// </summary>
    public CliContext ForRun(TextWriter output) => new()
    {
        Out = output,
        Error = Error,
        OpenStandardInput = InputIsTerminal ? AnnouncedStandardInput(OpenStandardInput, Error) : OpenStandardInput,
        InputIsTerminal = InputIsTerminal,
        StandardInputFile = StandardInputFile,
        StandardOutputFile = StandardOutputFile,
        OutputIsTerminal = OutputIsTerminal,
        ErrorIsTerminal = ErrorIsTerminal,
        NoColor = NoColor,
        Debug = Debug,
        Clock = Clock,
        ClockProblem = ClockProblem,
    };
}
