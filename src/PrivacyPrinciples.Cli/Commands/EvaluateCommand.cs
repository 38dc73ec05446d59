using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PrivacyPrinciples.Cli.Gates;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Interop;
using PrivacyPrinciples.Cli.Interop.InToto;
using PrivacyPrinciples.Cli.Interop.Oscal;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>evaluate</c>: read attestations, score them, write the reports in any formats, apply waivers and gates.</summary>
internal static class EvaluateCommand
{
    // More threads than this only add contention; a typo (--parallel 100000) is an error, not a fork bomb.
    private const int MaxParallel = 1024;

    /// <param name="context">The tool's streams.</param>
    /// <param name="wrapEvaluator">Wraps the evaluator each run builds from --rule-set; tests inject a bug on one document here (see <see cref="IDocumentEvaluator"/>).</param>
    public static Command Create(CliContext context, Func<IDocumentEvaluator, IDocumentEvaluator>? wrapEvaluator = null)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Attestation files, folders of them (every *.json file, in name order), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var formats = CommonOptions.Formats();
        var outputs = CommonOptions.Outputs();
        var ruleSet = CommonOptions.RuleSet();
        var date = CommonOptions.Date();
        var waivers = new Option<string?>("--waivers")
        {
            Description = "A waivers file: accepted gaps (expectation id, justification, approver, expiry). A waived gap does not fail a gate but stays visible in every format; an expired waiver waives nothing.",
            HelpName = "file",
        };
        var failUnder = new Option<double?>("--fail-under")
        {
            Description = "Exit 1 when any attestation's overall score is under this number (0-100, with a full stop for decimals: 62.5).",
            HelpName = "score",
            CustomParser = StrictNumbers.Decimal,
        };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit 1 on: baseline (a baseline expectation not met and not waived), regression (anything worse than --previous), contradiction (an answer contradicting the attestation's facts). Repeatable.",
            HelpName = "gate",
            AllowMultipleArgumentsPerToken = false,
        };
        failOn.AcceptOnlyFromAmong(GateSettings.Names);
        var ndjson = new Option<bool>("--ndjson")
        {
            Description = "Standard input (-) is NDJSON: one attestation per line. Files ending in .ndjson or .jsonl always are.",
        };
        var signingKey = new Option<string?>("--signing-key")
        {
            Description = "Sign the in-toto statement: wrap it in a DSSE envelope signed with this ECDSA P-256 private key (a PEM file, PKCS#8 or SEC1). Check it with 'privacy-principles verify'.",
            HelpName = "file",
        };
        var parallel = new Option<int?>("--parallel")
        {
            Description = "Read and evaluate a batch on this many threads (default: one per processor). The output is the same, in input order, whatever the number.",
            HelpName = "workers",
            CustomParser = result => StrictNumbers.Integer(result, 1, MaxParallel, "a number of threads"),
        };
        var previous = new Option<string?>("--previous")
        {
            Description = "The previous release's report (JSON, one or an array) or attestation, for --fail-on regression.",
            HelpName = "file",
        };

        var command = new Command("evaluate", "Evaluate attestations: scores, ratings, baseline gaps, contradictions and follow-up questions.\n\n"
            + "Examples:\n"
            + "  privacy-principles evaluate samples/attestations\n"
            + "  privacy-principles evaluate attestation.json --format json --date 2026-11-01\n"
            + "  privacy-principles evaluate attestation.json --format sarif --output results.sarif\n"
            + "  privacy-principles evaluate attestation.json --format markdown --format sarif --format junit --output results.sarif --output results.xml --output json=report.out\n"
            + "  privacy-principles evaluate attestation.json --fail-under 70 --fail-on baseline --waivers waivers.json\n"
            + "  privacy-principles evaluate attestation.json --fail-on regression --previous last-release.json\n"
            + "  cat attestation.json | privacy-principles evaluate -\n"
            + "  privacy-principles evaluate attestations.ndjson --format csv --output scores.csv\n"
            + "  privacy-principles evaluate attestation.json --format oscal-assessment-results --output assessment-results.json\n"
            + "  privacy-principles evaluate attestation.json --output in-toto=privacy.intoto.json --signing-key key.pem\n\n"
            + "Batches: folders and NDJSON streams (one attestation per line) are read and evaluated on every processor (--parallel), a bounded number at a time, and written in input order; text, json and csv are written as they go, so any number of attestations runs in bounded memory. markdown, sarif, junit and html need the whole batch.\n\n"
            + CommonOptions.FormatHelp + "\n\n"
            + CliApplication.ExitCodeHelp)
        {
            inputs,
            formats,
            outputs,
            ruleSet,
            date,
            waivers,
            failUnder,
            failOn,
            previous,
            ndjson,
            parallel,
            signingKey,
        };

        command.SetAction(parse => Run(
            new Request(
                parse.GetValue(inputs) ?? [],
                parse.GetValue(formats) ?? [],
                parse.GetValue(outputs) ?? [],
                parse.GetValue(ruleSet),
                parse.GetValue(date),
                parse.GetValue(waivers),
                parse.GetValue(failUnder),
                parse.GetValue(failOn) ?? [],
                parse.GetValue(previous),
                parse.GetValue(ndjson),
                parse.GetValue(signingKey),
                parse.GetValue(parallel) ?? Math.Min(Environment.ProcessorCount, MaxParallel)),
            context,
            wrapEvaluator));
        return command;
    }

    private static int Run(Request request, CliContext context, Func<IDocumentEvaluator, IDocumentEvaluator>? wrapEvaluator)
    {
        if (Usage(request) is string problem)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {problem}");
            return ExitCodes.InvalidInput;
        }

        var named = OutputPlan.FormatsNamed(request.Formats, request.Outputs, CommonOptions.EvaluateFormats);
        var wantsInterop = named.Any(f => CommonOptions.InteropFormats.Contains(f));
        var records = wantsInterop ? new AttestationRecords() : null;
        var wantsInToto = named.Contains(InTotoStatementWriter.FormatName);
        if (request.SigningKey is not null && !wantsInToto)
        {
            context.Error.WriteLine($"{CliApplication.Name}: --signing-key signs the in-toto statement; add --output in-toto=FILE");
            return ExitCodes.InvalidInput;
        }

        if (wantsInToto && !IsOneFile(request))
        {
            context.Error.WriteLine($"{CliApplication.Name}: --format in-toto makes a statement about one attestation file; expected exactly one attestation file, not a folder, an NDJSON stream or standard input");
            return ExitCodes.InvalidInput;
        }

        using var key = request.SigningKey is null ? null : ReadSigningKey(request.SigningKey, context);
        if (request.SigningKey is not null && key is null)
        {
            return ExitCodes.InvalidInput;
        }

        var (targets, planProblem) = OutputPlan.Create(
            request.Formats,
            request.Outputs,
            f => f == OscalAssessmentResultsWriter.FormatName ? new OscalAssessmentResultsWriter(records!)
                : f == InTotoStatementWriter.FormatName ? (ReportWriter)new InTotoStatementWriter(records!, key)
                : CommonOptions.Writer(f, context),
            "text",
            CommonOptions.EvaluateFormats,
            (writer, path) => new OutputTarget(writer, path),
            context.StandardOutputFile);
        if (planProblem is not null)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {planProblem}");
            return ExitCodes.InvalidInput;
        }

        var selection = RuleSelection.Create(request.RuleSet, context);
        var evaluator = selection is not null && wrapEvaluator is not null ? wrapEvaluator(selection) : selection;
        var date = CommonOptions.ResolveDate(request.Date, context);
        var waivers = request.Waivers is null ? null : ReadWaivers(request.Waivers, context);
        if (evaluator is null || date is null || (request.Waivers is not null && waivers is null))
        {
            return ExitCodes.InvalidInput;
        }

        if (named.Contains(OscalAssessmentResultsWriter.FormatName) && OscalJson.DateProblem(date.Value, "the evaluation date") is { } dateProblem)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {dateProblem}");
            return ExitCodes.InvalidInput;
        }

        var ruleSet = evaluator.RuleSet;
        IReadOnlyList<EvaluationReport> previousReports = [];
        if (request.Previous is not null)
        {
            var previous = PreviousReports.Read(request.Previous, evaluator, date.Value, waivers, context);
            if (previous is null)
            {
                return ExitCodes.InvalidInput;
            }

            previousReports = previous;
        }

        var (documents, problems) = InputCollector.Collect(request.Inputs, context.OpenStandardInput, request.Ndjson);
        if (OutputGuard.Check(targets.Select(t => t.Path), [.. documents.Select(d => d.IsStandardInput ? "-" : d.Name), request.RuleSet, request.Waivers, request.Previous, request.SigningKey], context.StandardInputFile) is { } clash)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {clash}");
            return ExitCodes.InvalidInput;
        }

        // The reports list every input that gave no report, these first, as the error output does.
        var unread = new UnreadInputs();
        foreach (var inputProblem in problems)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {inputProblem}");
            unread.Add(inputProblem.Path, null, [new Serialization.InputError { Code = Serialization.InputErrorCodes.Unreadable, Message = inputProblem.Message, Source = inputProblem.Path }]);
        }

        var gates = new GateSettings
        {
            FailUnder = request.FailUnder,
            OnBaseline = request.FailOn.Contains(GateSettings.Baseline),
            OnRegression = request.FailOn.Contains(GateSettings.Regression),
            OnContradiction = request.FailOn.Contains(GateSettings.Contradiction),
            Previous = previousReports,
        };
        var settings = new ReportBatch
        {
            RuleSet = ruleSet,
            AsSingleReport = InputCollector.IsSingleDocument(request.Inputs, request.Ndjson),
        };

        // Each report goes to the outputs and through the gates as soon as it exists, so batches of any size run in bounded memory.
        using var sink = new ReportSink(targets, settings, context);
        var writeFailures = sink.Open();
        var gateFailures = 0;
        var run = EvaluationRun.Execute(documents, evaluator, date.Value, waivers, context, report =>
        {
            sink.Add(report);
            var (failed, notices) = GateEvaluator.Check([report], gates);
            foreach (var notice in notices)
            {
                context.Error.WriteLine($"{CliApplication.Name}: note: {notice}");
            }

            foreach (var failure in failed)
            {
                context.Error.WriteLine($"{CliApplication.Name}: gate failed: {failure.Gate}: {failure.Message}");
            }

            gateFailures += failed.Count;
        }, records, request.Parallel, unread);
        var failures = run.Failures + problems.Count;
        writeFailures += sink.Complete(unread);

        if (run.Evaluated + failures + run.InternalErrors > 1)
        {
            // The inputs the reports list as unread, told apart as they are there: the inputs' faults and the tool's.
            context.Error.WriteLine($"Evaluated {Count(run.Evaluated, "attestation")}"
                + (failures == 0 ? string.Empty : $"; {Count(failures, "input")} could not be read")
                + (run.InternalErrors == 0 ? string.Empty : $"; the tool failed on {Count(run.InternalErrors, "input")} (a bug)")
                + ".");
        }

        return run.InternalErrors > 0 ? ExitCodes.InternalError
            : failures + writeFailures > 0 ? ExitCodes.InvalidInput
            : gateFailures > 0 ? ExitCodes.GateFailed
            : ExitCodes.Success;
    }

    private static string? Usage(Request request)
    {
        if (request.FailUnder is double threshold && (double.IsNaN(threshold) || threshold < 0 || threshold > 101))
        {
            return $"--fail-under {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range; expected a score from 0 to 100 (101 always fails)";
        }

        if (request.FailOn.Contains(GateSettings.Regression) && request.Previous is null)
        {
            return "--fail-on regression needs --previous with the report or attestation to compare with";
        }

        if (request.Previous is not null && !request.FailOn.Contains(GateSettings.Regression))
        {
            return "--previous is only used by --fail-on regression; add it, or use 'privacy-principles diff' to compare";
        }

        // Standard input can be read once: named twice, the second reader would find it empty.
        var readers = new[] { ("an input", request.Inputs.Count(i => i == "-")), ("--waivers", request.Waivers == "-" ? 1 : 0), ("--previous", request.Previous == "-" ? 1 : 0), ("--rule-set", request.RuleSet == "-" ? 1 : 0), ("--signing-key", request.SigningKey == "-" ? 1 : 0) };
        if (readers.Sum(r => r.Item2) > 1)
        {
            return $"standard input (-) is named more than once ({string.Join(", ", readers.Where(r => r.Item2 > 0).Select(r => r.Item1))}); it can be read only once: give all but one as a file";
        }

        return null;
    }

    private static WaiverSet? ReadWaivers(string path, CliContext context)
    {
        // Read through the one input layer, as every other input is: bounded, and a closed or
        // unreadable standard input is an error about the input, not about the tool.
        var document = path == "-" ? InputDocument.StandardInput(context.OpenStandardInput, ndjson: false) : InputDocument.File(path);
        var (bytes, error) = InputReader.ReadAll(document, new Serialization.ReaderOptions().MaxDocumentBytes);
        if (bytes is null)
        {
            ErrorPrinter.Print(context.Error, "waivers file", document.Name, [error!]);
            return null;
        }

        var read = new WaiverReader().Read(bytes, document.Name);
        if (read.Succeeded)
        {
            return read.Value;
        }

        // Another kind of document (an attestation, a profile) is named as such, rather than
        // explained by a waivers file's rules ("'waivers' is missing", "unknown property 'id'").
        var errors = DocumentKinds.Shown(bytes) is { } kind and not DocumentKind.Waivers
            ? [new Serialization.InputError { Code = Serialization.InputErrorCodes.WrongKind, Message = DocumentKinds.NotThe("a waivers file", kind), Source = read.Source }]
            : read.Errors;
        ErrorPrinter.Print(context.Error, "waivers file", read.Source, errors);
        return null;
    }

    // One attestation file (or one that does not exist, which reading then reports): never a folder, a stream or standard input.
    private static bool IsOneFile(Request request) =>
        request.Inputs.Length == 1 && request.Inputs[0] != "-" && !request.Ndjson && !InputDocument.IsNdjsonPath(request.Inputs[0])
        && Files.FileProbe.Of(request.Inputs[0]).Kind != Files.FileKind.Directory;

    private static System.Security.Cryptography.ECDsa? ReadSigningKey(string path, CliContext context)
    {
        var (key, problem) = EcdsaKeys.ReadPrivate(path);
        if (key is null)
        {
            context.Error.WriteLine($"{CliApplication.Name}: --signing-key '{DisplayText.Clean(path)}': {problem}");
        }

        return key;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private sealed record Request(
        string[] Inputs,
        string[] Formats,
        string[] Outputs,
        string? RuleSet,
        string? Date,
        string? Waivers,
        double? FailUnder,
        string[] FailOn,
        string? Previous,
        bool Ndjson,
        string? SigningKey,
        int Parallel);
}
