using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using PrivacyPrinciples.Cli.Commands;
using PrivacyPrinciples.Cli.Outputs;

namespace PrivacyPrinciples.Cli;

/// <summary>Builds the command line and runs it, turning every failure into a message and an exit code.</summary>
internal static class CliApplication
{
    public const string Name = "privacy-principles";

    // Response files are off: with them, a file named "@x.json" among the inputs (from a glob)
    // would turn the contents of x.json into options, which can name outputs to overwrite.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static int Run(string[] args, CliContext context)
    {
        // A full disk, /dev/full or a closed pipe on standard output stops the run at the first
        // refused write (what is left could not arrive); a full disk is reported once, at the end,
        // and a reader that went away (`| head`) ends the run quietly with exit code 141.
        var output = context.Out as GuardedTextWriter ?? new GuardedTextWriter(context.Out) { StopOnFailure = true };
        context = context.ForRun(output);
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
            ExportCommand.Create(context),
            VerifyCommand.Create(context),
        };

        CommandHelp.Install(root, context.Out);
        var parsed = root.Parse(args, Parsing);
        var mistyped = CommandHelp.IsHelp(parsed) ? [] : MistypedOptions(parsed, args).ToArray();
        if ((parsed.Errors.Count > 0 || mistyped.Length > 0) && !CommandHelp.IsHelp(parsed))
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"{Name}: {DisplayText.Clean(error.Message)}");
            }

            foreach (var token in mistyped)
            {
                var hint = Closest(token, parsed.CommandResult.Command) is { } known ? $" (did you mean {known}?)" : string.Empty;
                context.Error.WriteLine($"{Name}: unknown option '{DisplayText.Clean(token)}'{hint}; a file whose name starts with '-' can be given as ./{DisplayText.Clean(token)}");
            }

            context.Error.WriteLine($"Run '{CommandPath(parsed.CommandResult)} --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        var informational = CommandHelp.IsHelp(parsed) || root.Options.OfType<VersionOption>().Any(v => parsed.GetResult(v) is not null);
        if (context.ClockProblem is { } clock && !informational)
        {
            // The reproducible-builds specification asks a malformed SOURCE_DATE_EPOCH to fail the run.
            context.Error.WriteLine($"{Name}: {clock}");
            return ExitCodes.InvalidInput;
        }

        // The files this run reads and writes, so that no output replaces one (see RunFiles).
        using var files = Files.RunFiles.Begin();
        int exit;
        try
        {
            exit = parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (StandardOutputLostException)
        {
            // Said below, with the system's words (or not at all, when the reader went away).
            exit = ExitCodes.InvalidInput;
        }
        catch (OutputsClosedException)
        {
            // Every output's reader went away (a named pipe read by `head`): nothing to say, as on SIGPIPE.
            exit = ExitCodes.OutputClosed;
        }
        catch (OutputException exception)
        {
            // Every verb writes through OutputFile: a folder, a full disk or a read-only file system is bad input, not a bug.
            context.Error.WriteLine($"{Name}: {DisplayText.Clean(exception.Message)}");
            exit = ExitCodes.InvalidInput;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            ReportBug(context, exception, "internal error");
            exit = ExitCodes.InternalError;
        }

        try
        {
            output.Flush();
        }
        catch (StandardOutputLostException)
        {
            // Said below.
        }

        if (output.ReaderGone || (context.ClosedOutputs.Any && output.Failure is null))
        {
            // Whoever read standard output, or a named pipe given as an output, stopped reading
            // (`| head -1`): that is their choice, not an error of the run, so nothing is said, as a
            // process ended by SIGPIPE says nothing. A bug met before that keeps its own code, since
            // its message was printed; standard output lost otherwise (a full disk) is said below.
            return exit == ExitCodes.InternalError ? exit : ExitCodes.OutputClosed;
        }

        if (output.Failure is { } failure)
        {
            context.Error.WriteLine($"{Name}: could not write standard output: {DisplayText.Clean(failure)}");
            return Math.Max(exit, ExitCodes.InvalidInput);
        }

        return exit;
    }

    /// <summary>Says, in one line and without a stack trace unless PRIVACY_PRINCIPLES_DEBUG is set, that the tool met a bug.</summary>
    public static void ReportBug(CliContext context, Exception exception, string what)
    {
        context.Error.WriteLine($"{Name}: {what}: {exception.GetType().Name}: {DisplayText.Clean(exception.Message)}");
        context.Error.WriteLine("This is a bug in the tool; please report it with the command line that caused it.");
        if (context.Debug)
        {
            context.Error.WriteLine(exception.ToString());
        }
    }

    public const string ExitCodeHelp =
        "Exit codes:\n"
        + "    0  success: every input was read and evaluated and every gate passed\n"
        + "    1  a gate failed\n"
        + "    2  invalid or unreadable input, an output that could not be written, or a wrong command line\n"
        + "    3  internal error (a bug in the tool)\n"
        + "  141  standard output's reader (| head), or a named pipe's given as --output, stopped reading: the run ended quietly, as on SIGPIPE";

    // The tokens a command took as file names that look like options and name nothing on disk: a
    // mistyped option ("--fail-undr 90") would otherwise be read as two missing files, and the run
    // would go on without it. Tokens after "--" are names, whatever they look like.
    private static IEnumerable<string> MistypedOptions(ParseResult parsed, string[] args)
    {
        var endOfOptions = Array.IndexOf(args, "--");
        var beforeEnd = new HashSet<string>(endOfOptions < 0 ? args : args.Take(endOfOptions), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in parsed.CommandResult.Command.Arguments)
        {
            if (parsed.GetResult(argument) is not { } result)
            {
                continue;
            }

            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && beforeEnd.Contains(value) && !System.IO.Path.Exists(value) && reported.Add(value))
                {
                    yield return value;
                }
            }
        }
    }

    // The command's option whose name is nearest a mistyped one, when it is at most two edits away.
    private static string? Closest(string token, Command command)
    {
        var name = token.Split('=')[0];
        return command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Select(n => (Name: n, Distance: EditDistance(name, n))).Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).FirstOrDefault();
    }

    /// <summary>The Levenshtein distance between two strings, compared ordinally.</summary>
    internal static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var (diagonal, row0) = (row[0], i);
            row[0] = row0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

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
