using System;
using System.Collections.Generic;
using System.CommandLine;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>evaluate</c>: read attestations, score them, print the reports.</summary>
internal static class EvaluateCommand
{
    private static readonly string[] Formats = ["text", "json"];

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Attestation files, folders of them (every *.json file, in name order), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (a summary per attestation) or json (the full report; an array when a folder or several files are given).",
            DefaultValueFactory = _ => "text",
            HelpName = "format",
        };
        format.AcceptOnlyFromAmong(Formats);
        var ruleSet = CommonOptions.RuleSet();
        var date = CommonOptions.Date();

        var command = new Command("evaluate", "Evaluate attestations and print their scores, ratings and baseline gaps.\n\n"
            + "Examples:\n"
            + "  privacy-principles evaluate samples/attestations\n"
            + "  privacy-principles evaluate attestation.json --format json --date 2026-11-01\n"
            + "  cat attestation.json | privacy-principles evaluate -\n\n"
            + CliApplication.ExitCodeHelp)
        {
            inputs,
            format,
            ruleSet,
            date,
        };

        command.SetAction(parse => Run(
            parse.GetValue(inputs) ?? [],
            parse.GetValue(format)!,
            parse.GetValue(ruleSet),
            parse.GetValue(date),
            context));
        return command;
    }

    private static int Run(string[] inputArguments, string format, string? ruleSetPath, string? dateText, CliContext context)
    {
        var ruleSet = CommonOptions.ResolveRuleSet(ruleSetPath, context);
        var date = CommonOptions.ResolveDate(dateText, context);
        if (ruleSet is null || date is null)
        {
            return ExitCodes.InvalidInput;
        }

        var (documents, problems) = InputCollector.Collect(inputArguments, context.OpenStandardInput);
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {problem}");
        }

        var evaluator = new AttestationEvaluator(ruleSet);
        var reader = new AttestationReader();
        var reports = new List<EvaluationReport>();
        var failures = problems.Count;
        foreach (var document in documents)
        {
            var read = document.IsStandardInput
                ? reader.Read(document.OpenStandardInput!(), document.Name)
                : reader.ReadFile(document.Name);
            if (!read.Succeeded)
            {
                ErrorPrinter.Print(context.Error, "attestation", read.Source, read.Errors);
                failures++;
                continue;
            }

            reports.Add(Evaluate(evaluator, read.Value, date.Value, document.Name));
        }

        Write(reports, format, InputCollector.IsSingleDocument(inputArguments), context);
        if (documents.Count + problems.Count > 1)
        {
            context.Error.WriteLine(failures == 0
                ? $"Evaluated {reports.Count} attestation{(reports.Count == 1 ? string.Empty : "s")}."
                : $"Evaluated {reports.Count} attestation{(reports.Count == 1 ? string.Empty : "s")}; {failures} input{(failures == 1 ? string.Empty : "s")} could not be read.");
        }

        return failures > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static EvaluationReport Evaluate(AttestationEvaluator evaluator, Attestation attestation, DateTime date, string source)
    {
        var report = evaluator.Evaluate(attestation, date);
        return report with { Attestation = report.Attestation with { Source = source } };
    }

    private static void Write(List<EvaluationReport> reports, string format, bool single, CliContext context)
    {
        if (format == "json")
        {
            if (single && reports.Count == 1)
            {
                context.Out.Write(PrivacyPrinciplesJson.Serialize(reports[0]));
            }
            else if (!single)
            {
                context.Out.Write(PrivacyPrinciplesJson.Serialize(reports));
            }

            return;
        }

        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0)
            {
                context.Out.Write('\n');
            }

            TextReportWriter.Write(reports[i], context.Out, context.Color);
        }
    }
}
