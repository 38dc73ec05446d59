using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Reporting.Engagements;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>engagement</c>: many vendors, one or more rounds → status, matrix, observations and follow-up letters.</summary>
internal static class EngagementCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The engagement file (see docs/engagements.md)." };
        var round = new Option<string?>("--round") { Description = "The round to report on (default: the last); it is compared with the round before it.", HelpName = "id" };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Output format; repeat for several: " + string.Join(", ", EngagementWriters.Formats) + ". Default: markdown.",
            HelpName = "format",
            AllowMultipleArgumentsPerToken = false,
        };
        var outputs = CommonOptions.Outputs();
        var letters = new Option<string?>("--letters") { Description = "Also write one follow-up letter per invited vendor, as <vendor-id>.md in this folder.", HelpName = "folder" };
        var date = new Option<string?>("--date") { Description = "Judge every round's evidence on this date (YYYY-MM-DD) instead of the round's own date or deadline.", HelpName = "date" };

        var command = new Command("engagement", "Report on an engagement: who answered, scores by vendor and principle, good practices, areas for improvement, and follow-up letters.\n\n"
            + "Vendors are classified as answered, answered late, partial (expectations left unanswered), response unreadable (a file that names the vendor but cannot be read) or no response; non-responders are named. With more than one round, the report says what changed since the previous one.\n\n"
            + "Examples:\n"
            + "  privacy-principles engagement samples/engagement/engagement.json\n"
            + "  privacy-principles engagement samples/engagement/engagement.json --format markdown --output obs.md --letters letters\n"
            + "  privacy-principles engagement engagement.json --round round-1 --format csv --output round-1.csv --format html --output round-1.html\n\n"
            + "Exit codes:\n  0  the engagement and every attestation were read\n  2  the engagement, its rule set or profile is invalid, an attestation could not be read (the others are still reported), or the command line was wrong")
        {
            file,
            round,
            formats,
            outputs,
            letters,
            date,
        };

        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(round), parse.GetValue(formats) ?? [], parse.GetValue(outputs) ?? [], parse.GetValue(letters), parse.GetValue(date), context));
        return command;
    }

    private static int Run(string path, string? roundId, string[] formats, string[] outputs, string? lettersFolder, string? dateText, CliContext context)
    {
        var (targets, problem) = OutputPlan.Create<EngagementWriter, (EngagementWriter Writer, string? Path)>(
            formats, outputs, f => EngagementWriters.TryGet(f, out var w) ? w : null, "markdown", EngagementWriters.Formats, (w, p) => (w, p), context.StandardOutputFile);
        if (problem is not null)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {problem}");
            return ExitCodes.InvalidInput;
        }

        if (lettersFolder is not null && lettersFolder.Trim().Length == 0)
        {
            context.Error.WriteLine($"{CliApplication.Name}: --letters needs a folder; expected a path such as letters");
            return ExitCodes.InvalidInput;
        }

        // One letter per vendor goes into the folder: something else by that name (a file, a device,
        // standard output) is one mistake, said once, rather than one failed letter per vendor.
        if (lettersFolder is not null && (lettersFolder == "-" || (Path.Exists(lettersFolder) && !Directory.Exists(lettersFolder))))
        {
            context.Error.WriteLine($"{CliApplication.Name}: --letters {DisplayText.Clean(lettersFolder)}: {(lettersFolder == "-" ? "letters are files, not standard output" : "it is not a folder")}; expected a folder, such as letters");
            return ExitCodes.InvalidInput;
        }

        DateTime? date = null;
        if (dateText is not null)
        {
            date = CommonOptions.ResolveDate(dateText, context);
            if (date is null)
            {
                return ExitCodes.InvalidInput;
            }
        }

        var loaded = new EngagementLoader().Load(path, date);
        if (!loaded.Succeeded)
        {
            ErrorPrinter.Print(context.Error, "engagement", path, loaded.Errors);
            return ExitCodes.InvalidInput;
        }

        if (roundId is not null && loaded.Engagement.Rounds.All(r => r.Id != roundId))
        {
            context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(path)} has no round '{DisplayText.Clean(roundId)}'; it has {string.Join(", ", loaded.Engagement.Rounds.Select(r => r.Id))}.");
            return ExitCodes.InvalidInput;
        }

        var report = EngagementAnalyzer.Analyze(loaded.Engagement, loaded.RuleSet, loaded.Rounds, roundId);
        var current = loaded.Rounds.First(r => r.Round.Id == report.Round.Id);
        foreach (var failure in current.Problems.GroupBy(p => p.Source, StringComparer.Ordinal))
        {
            ErrorPrinter.Print(context.Error, "attestation", failure.Key, [.. failure]);
        }

        // Letters are named after vendor ids, which the engagement schema keeps to lower-case letters, digits and hyphens.
        var letters = lettersFolder is null ? [] : report.Letters.Where(l => IsFileName(l.VendorId)).Select(l => (Path: Path.Combine(lettersFolder, l.VendorId + ".md"), l.Text)).ToArray();
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var inputs = new List<string?> { path, Named(folder, loaded.Engagement.RuleSet), Named(folder, loaded.Engagement.Profile) };
        // Each input once, however many rounds name it (each is asked of the file system).
        inputs.AddRange(loaded.Rounds.SelectMany(r => r.Reports.Select(x => x.Attestation.Source).Concat(r.Problems.Select(p => p.Source))).Distinct(StringComparer.Ordinal));
        // A letter that leads to the file of a report (or of another letter) would leave only the last one written.
        if (targets.Where(t => t.Path is not null).Select(t => t.Path!).Concat(letters.Select(l => l.Path))
            .GroupBy(p => OutputPlan.Identity(p, context.StandardOutputFile), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            context.Error.WriteLine($"{CliApplication.Name}: '{DisplayText.Clean(twice.Last())}' is named more than once (a report and a letter, or two letters, lead to one file); only the last written would be left. Choose another --output or --letters folder");
            return ExitCodes.InvalidInput;
        }

        if (OutputGuard.Check([.. targets.Select(t => t.Path), .. letters.Select(l => l.Path)], inputs, context.StandardInputFile) is { } clash)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {clash}");
            return ExitCodes.InvalidInput;
        }

        var failures = 0;
        foreach (var (writer, output) in targets)
        {
            var text = new StringWriter { NewLine = "\n" };
            writer.Write(report, text);
            failures += WriteOrExplain(output, text.ToString(), context);
        }

        for (var i = 0; i < letters.Length; i++)
        {
            try
            {
                OutputFile.Write(letters[i].Path, letters[i].Text, context, named: true);
            }
            catch (OutputException exception) when (exception is not StandardOutputLostException)
            {
                failures++;
                if (i == 0 && !Directory.Exists(lettersFolder) && exception.Reason is { } reason)
                {
                    // The folder could not be made (a read-only file system, a file on the way): every
                    // letter would fail for the same reason, and one line each buried the report's summary.
                    context.Error.WriteLine($"{CliApplication.Name}: --letters {DisplayText.Clean(lettersFolder!)}: {DisplayText.Clean(reason)}; none of the {letters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} letters was written");
                    break;
                }

                context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(exception.Message)}");
            }
        }

        var invited = report.Responses.Count(r => r.IsInvited);
        var silent = report.Responses.Where(r => r.IsInvited && r.Status is ResponseStatus.NoResponse or ResponseStatus.AssessedByThirdParty).Select(r => r.Name).ToArray();
        var unreadable = report.Responses.Where(r => r.IsInvited && r.Status == ResponseStatus.Unreadable).Select(r => r.Name).ToArray();
        var summary = $"{report.Round.Id}: {invited - silent.Length} of {invited} invited vendors responded"
            + (silent.Length == 0 ? string.Empty : "; no response from " + string.Join(", ", silent))
            + (unreadable.Length == 0 ? string.Empty : "; response unreadable from " + string.Join(", ", unreadable));
        // A vendor's name may end with a full stop already ("… B.V.").
        summary = DisplayText.Clean(summary);
        context.Error.WriteLine(summary.EndsWith('.') ? summary : summary + ".");
        return failures > 0 || current.Problems.Count > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static int WriteOrExplain(string? path, string text, CliContext context)
    {
        try
        {
            OutputFile.Write(path, text, context);
            return 0;
        }
        catch (OutputException exception) when (exception is not StandardOutputLostException)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(exception.Message)}");
            return 1;
        }
    }

    private static string? Named(string folder, string? file) =>
        file is null || PrivacyPrinciples.Rules.BuiltInRuleSets.TryGet(file, out _) ? null : folder.Length == 0 ? file : Path.Combine(folder, file);

    private static bool IsFileName(string id) => id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
