using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;

namespace PrivacyPrinciples.Cli;

/// <summary>
/// Keeps command listings short and puts examples and exit codes at the end of each command's
/// --help: a description's first paragraph is its summary, the rest becomes a section printed
/// after the standard help.
/// </summary>
internal static class CommandHelp
{
    public static void Install(RootCommand root, TextWriter output)
    {
        var sections = new Dictionary<Command, string>();
        Split(root, sections);
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new WithSections(option.Action!, sections, output);
    }

    public static bool IsHelp(ParseResult parsed) => parsed.Action is WithSections;

    private static void Split(Command command, Dictionary<Command, string> sections)
    {
        var description = command.Description ?? string.Empty;
        var cut = description.IndexOf("\n\n", StringComparison.Ordinal);
        if (cut >= 0)
        {
            command.Description = description.Substring(0, cut);
            sections[command] = description.Substring(cut + 2).TrimEnd('\n');
        }

        foreach (var child in command.Subcommands)
        {
            Split(child, sections);
        }
    }

    private sealed class WithSections(CommandLineAction standard, Dictionary<Command, string> sections, TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = ((SynchronousCommandLineAction)standard).Invoke(parseResult);
            if (sections.TryGetValue(parseResult.CommandResult.Command, out var section))
            {
                output.WriteLine(section);
                output.WriteLine();
            }

            return exit;
        }
    }
}
