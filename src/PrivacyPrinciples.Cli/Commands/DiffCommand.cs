using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>diff</c>: compare two rounds of attestations or reports, per expectation and principle.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("old") { Description = "The older attestation or report (a file, or a folder of them)." };
        var after = new Argument<string>("new") { Description = "The newer attestation or report (a file, or a folder of them)." };
        var format = new Option<string>("--format", "-f") { Description = "text, markdown or json.", DefaultValueFactory = _ => "text", HelpName = "format" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "file" };
        var ruleSet = CommonOptions.RuleSet();
        var date = CommonOptions.Date();

        var command = new Command("diff", "Compare two rounds of attestations or reports, per expectation and principle.\n\n"
            + "Shows what improved, regressed, was newly answered, is no longer answered or is still missing. Attestations are evaluated on the same date against the same rule set; reports are compared as written. Services are matched by vendor id, service and tier.\n\n"
            + "Examples:\n"
            + "  privacy-principles diff samples/attestations/copperfield-video.json samples/rounds/copperfield-video-round-2.json\n"
            + "  privacy-principles diff last-release.json attestation.json --format markdown\n\n"
            + "Exit codes:\n  0  compared (whatever changed; use 'evaluate --fail-on regression' to gate)\n  2  an input was invalid or unreadable, or nothing could be matched")
        {
            before,
            after,
            format,
            output,
            ruleSet,
            date,
        };

        command.SetAction(parse =>
        {
            var evaluator = RuleSelection.Create(parse.GetValue(ruleSet), context);
            var on = CommonOptions.ResolveDate(parse.GetValue(date), context);
            if (evaluator is null || on is null)
            {
                return ExitCodes.InvalidInput;
            }

            // Standard input can be read once: the second reader would find it empty.
            var readers = new[] { ("the earlier input", parse.GetValue(before)), ("the later input", parse.GetValue(after)), ("--rule-set", parse.GetValue(ruleSet)) }.Where(r => r.Item2 == "-").Select(r => r.Item1).ToArray();
            if (readers.Length > 1)
            {
                context.Error.WriteLine($"{CliApplication.Name}: standard input (-) is named more than once ({string.Join(", ", readers)}); it can be read only once: give all but one as a file");
                return ExitCodes.InvalidInput;
            }

            var outputPath = parse.GetValue(output) is string o && !OutputPaths.IsStandardOutput(o) ? o : null;
            if (OutputGuard.Check([outputPath], [parse.GetValue(before), parse.GetValue(after), parse.GetValue(ruleSet)], context.StandardInputFile) is { } clash)
            {
                context.Error.WriteLine($"{CliApplication.Name}: {clash}");
                return ExitCodes.InvalidInput;
            }

            // Both are read whatever becomes of the first, so that two bad inputs are named in one run.
            var older = PreviousReports.Read(parse.GetValue(before)!, evaluator, on.Value, null, context);
            var newer = PreviousReports.Read(parse.GetValue(after)!, evaluator, on.Value, null, context);
            if (older is null || newer is null)
            {
                return ExitCodes.InvalidInput;
            }

            var comparisons = Match(older, newer, context);
            if (comparisons.Count == 0)
            {
                context.Error.WriteLine($"{CliApplication.Name}: no service appears in both inputs; services are matched by vendor id, service name and tier.");
                return ExitCodes.InvalidInput;
            }

            var text = parse.GetValue(format) switch
            {
                "markdown" => ComparisonText.Markdown(comparisons),
                "json" => PrivacyPrinciplesJson.Serialize(comparisons),
                _ => ComparisonText.Text(comparisons),
            };
            OutputFile.Write(outputPath, text, context);
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<ReportComparison> Match(IReadOnlyList<EvaluationReport> older, IReadOnlyList<EvaluationReport> newer, CliContext context)
    {
        var byKey = older.GroupBy(ReportComparison.Key).ToDictionary(g => g.Key, g => g.First());
        var comparisons = new List<ReportComparison>();
        foreach (var report in newer)
        {
            if (byKey.Remove(ReportComparison.Key(report), out var match))
            {
                comparisons.Add(ReportComparer.Compare(match, report));
            }
            else
            {
                context.Error.WriteLine($"{CliApplication.Name}: note: {DisplayText.Clean($"{report.Attestation.Vendor} — {report.Attestation.Service}")} is only in the newer input");
            }
        }

        foreach (var report in byKey.Values)
        {
            context.Error.WriteLine($"{CliApplication.Name}: note: {DisplayText.Clean($"{report.Attestation.Vendor} — {report.Attestation.Service}")} is only in the older input");
        }

        return comparisons;
    }
}
