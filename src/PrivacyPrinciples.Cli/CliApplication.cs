using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
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
            ValidateCommand.Create(context),
            InitCommand.Create(context),
            RulesCommand.Create(context),
            SchemaCommand.Create(context),
            DiffCommand.Create(context),
            EngagementCommand.Create(context),
            GenerateCommand.Create(context),
            MigrateCommand.Create(context),
        };

        CommandHelp.Install(root, context.Out);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !CommandHelp.IsHelp(parsed))
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"{Name}: {error.Message}");
            }

            context.Error.WriteLine($"Run '{CommandPath(parsed.CommandResult)} --help' for usage.");
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

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is CommandResult command; current = current.Parent)
        {
            names.Insert(0, command.Command is RootCommand ? Name : command.Command.Name);
        }

        return string.Join(" ", names);
    }
}
