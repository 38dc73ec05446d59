using System;
using System.CommandLine;
using System.Linq;
using PrivacyPrinciples.Cli.Commands;

namespace PrivacyPrinciples.Cli;

/// <summary>Builds the command line and runs it, turning every failure into a message and an exit code.</summary>
internal static class CliApplication
{
    public const string Name = "privacy-principles";

    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand(
            "Evaluate video-teleconferencing privacy attestations against the 2020 joint statement of six privacy regulators.\n\n"
            + ExitCodeHelp)
        {
            EvaluateCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"{Name}: {error.Message}");
            }

            var command = string.Join(" ", parsed.CommandResult.Command == root ? [Name] : new[] { Name, parsed.CommandResult.Command.Name });
            context.Error.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug, not bad input: say so in one line, without a stack trace.
            context.Error.WriteLine($"{Name}: internal error: {exception.GetType().Name}: {exception.Message}");
            context.Error.WriteLine("This is a bug in the tool; please report it with the command line that caused it.");
            if (context.Debug)
            {
                context.Error.WriteLine(exception.ToString());
            }

            return ExitCodes.InternalError;
        }
    }

    public const string ExitCodeHelp =
        "Exit codes:\n"
        + "  0  success: every input was read and evaluated and every gate passed\n"
        + "  1  a gate failed\n"
        + "  2  invalid or unreadable input, or a wrong command line\n"
        + "  3  internal error (a bug in the tool)";

    internal static string[] Lines(string text) => text.Split('\n').ToArray();
}
