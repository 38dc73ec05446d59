using System;
using System.Collections.Generic;
using System.Globalization;
using System.CommandLine;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>validate</c>: schema and semantic checks only, every problem listed, nothing evaluated.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (every *.json file) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = new Option<string>("--kind")
        {
            Description = "What the documents are: auto (told from their shape), attestation, ruleset, profile, waivers, report or engagement.",
            DefaultValueFactory = _ => "auto",
            HelpName = "kind",
        };
        kind.AcceptOnlyFromAmong(["auto", .. DocumentKinds.Names]);
        var ruleSet = CommonOptions.RuleSet();

        var command = new Command("validate", "Check documents against their schema and semantic rules, listing every problem.\n\n"
            + "Every problem is listed with file, line, column and JSON Pointer. Attestations are also checked against the rule set: every answer must name one of its expectations.\n\n"
            + "Examples:\n"
            + "  privacy-principles validate attestation.json\n"
            + "  privacy-principles validate samples/attestations waivers.json\n"
            + "  privacy-principles validate my-rules.json --kind ruleset\n\n"
            + "Exit codes:\n  0  every document is valid\n  2  a document is invalid or unreadable, or the command line was wrong")
        {
            inputs,
            kind,
            ruleSet,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(kind)!, parse.GetValue(ruleSet), context));
        return command;
    }

    private static int Run(string[] arguments, string kindName, string? ruleSetPath, CliContext context)
    {
        var ruleSet = RuleSelection.Create(ruleSetPath, context);
        if (ruleSet is null)
        {
            return ExitCodes.InvalidInput;
        }

        var (documents, problems) = InputCollector.Collect(arguments, context.OpenStandardInput);
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {problem}");
        }

        var invalid = problems.Count;
        var valid = 0;
        var given = kindName == "auto" ? (DocumentKind?)null : DocumentKinds.Parse(kindName)!.Value;
        foreach (var document in documents)
        {
            var (bad, good) = document.Ndjson ? CheckLines(document, given, ruleSet, context) : (CheckDocument(document, given, ruleSet, context), 0);
            invalid += bad;
            valid += good + (document.Ndjson || bad > 0 ? 0 : 1);
        }

        if (invalid > 0 && valid + invalid > 1)
        {
            // In a batch, the failures are counted as evaluate counts them: a folder of 100,000 broken
            // files otherwise ended on its last error, and nothing said how many there were.
            context.Error.WriteLine($"Validated {Count(valid + invalid, "document")}: {valid.ToString("N0", CultureInfo.InvariantCulture)} valid, {invalid.ToString("N0", CultureInfo.InvariantCulture)} invalid or unreadable.");
        }

        return invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static string Count(int count, string noun) => $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";

    // One document, read through the same input layer and readers every other verb uses, so what
    // validate calls valid every verb accepts.
    private static int CheckDocument(InputDocument document, DocumentKind? given, RuleSelection ruleSet, CliContext context)
    {
        // Read up to the largest any reader accepts; a file too large even for that is told by its
        // start (a report too large names the report's limit), anything else too large is judged as
        // an attestation, the kind anything unrecognised is read as.
        var (bytes, error) = InputReader.ReadAll(document, DocumentKinds.MaxBytes, given is { } k ? LimitOf(k) : new ReaderOptions().MaxDocumentBytes);
        if (bytes is null)
        {
            var tooLarge = given ?? (error!.Code == InputErrorCodes.TooLarge && !document.IsStandardInput ? DocumentKinds.DetectFile(document.Name) : DocumentKind.Attestation);
            if (given is null && tooLarge != DocumentKind.Attestation)
            {
                error = InputReader.ReadAll(document, DocumentKinds.MaxBytes, LimitOf(tooLarge)).Error ?? error;
            }

            ErrorPrinter.Print(context.Error, Name(tooLarge), document.Name, [error!]);
            return 1;
        }

        var kind = given ?? DocumentKinds.Detect(bytes);
        var (errors, summary, notes) = Check(kind, bytes, document, ruleSet);
        if (errors.Count > 0)
        {
            ErrorPrinter.Print(context.Error, Name(kind), document.Name, errors);
            return 1;
        }

        context.Out.WriteLine($"{DisplayText.Clean(document.Name)}: valid {Name(kind)} ({summary})");
        foreach (var note in notes)
        {
            context.Error.WriteLine($"{CliApplication.Name}: note: {DisplayText.Clean(document.Name)}: {DisplayText.Clean(note)}");
        }

        return 0;
    }

    // An NDJSON stream: each line is a document of its own, read exactly as evaluate reads it.
    private static (int Invalid, int Valid) CheckLines(InputDocument document, DocumentKind? given, RuleSelection ruleSet, CliContext context)
    {
        var invalid = 0;
        var valid = 0;
        var bad = new StreamErrorLimit(document.Name);
        foreach (var line in InputReader.Lines(document, new ReaderOptions().MaxDocumentBytes))
        {
            if (line.Error is { } error)
            {
                // An over-long line is skipped and the lines after it read; the reader ends the stream when it cannot go on.
                bad.Print(context.Error, "NDJSON stream", document.Name, [error]);
                invalid++;
                continue;
            }

            if (line.Bytes!.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                continue;
            }

            var bytes = line.Bytes!;
            var kind = given ?? DocumentKinds.Detect(bytes);
            var name = document.Name + ":" + line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (errors, _, _) = Check(kind, bytes, document, ruleSet);
            if (errors.Count > 0)
            {
                bad.Print(context.Error, Name(kind), name, [.. errors.Select(e => e.Code == InputErrorCodes.TooManyErrors ? e : e with { Line = line.Number })]);
                invalid++;
            }
            else
            {
                valid++;
            }
        }

        bad.Finish(context.Error);
        if (valid + invalid == 0)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(document.Name)} holds no document (it is empty or only blank lines); expected one JSON document per line");
            return (1, 0);
        }

        if (invalid == 0)
        {
            context.Out.WriteLine($"{DisplayText.Clean(document.Name)}: valid NDJSON stream ({valid} document{(valid == 1 ? string.Empty : "s")})");
        }

        return (invalid, valid);
    }

    private static (IReadOnlyList<InputError> Errors, string Summary, IReadOnlyList<string> Notes) Check(DocumentKind kind, byte[] bytes, InputDocument document, RuleSelection rules)
    {
        var (errors, summary) = CheckKind(kind, bytes, document, rules, out var notes);
        return (errors, summary, notes);
    }

    private static (IReadOnlyList<InputError> Errors, string Summary) CheckKind(DocumentKind kind, byte[] bytes, InputDocument document, RuleSelection rules, out IReadOnlyList<string> notes)
    {
        var source = document.Name;
        var ruleSet = rules.RuleSet;
        notes = [];
        switch (kind)
        {
            case DocumentKind.RuleSet:
                var read = new RuleSetReader().Read(bytes, source);
                return (read.Errors, read.Succeeded ? $"{read.Value.Id} {read.Value.Version}, {read.Value.Expectations.Count} expectations" : string.Empty);
            case DocumentKind.Waivers:
                var waivers = new WaiverReader().Read(bytes, source);
                if (!waivers.Succeeded)
                {
                    return (waivers.Errors, string.Empty);
                }

                return (UnknownWaivers(waivers.Value, ruleSet, waivers.Locations!, source), $"{waivers.Value.Waivers.Count} waivers, against {ruleSet.Id} {ruleSet.Version}");
            case DocumentKind.Report:
                var reports = new ReportReader().Read(bytes, source);
                return (reports.Errors, reports.Succeeded ? $"{reports.Value.Count} report{(reports.Value.Count == 1 ? string.Empty : "s")}" : string.Empty);
            case DocumentKind.Engagement:
                var engagement = new PrivacyPrinciples.Engagements.EngagementReader().Read(bytes, source);
                if (!engagement.Succeeded || document.IsStandardInput)
                {
                    return (engagement.Errors, engagement.Succeeded ? $"{engagement.Value.Invited.Count} invited vendors, {engagement.Value.Rounds.Count} round{(engagement.Value.Rounds.Count == 1 ? string.Empty : "s")}" : string.Empty);
                }

                // What the engagement verb would refuse (a rule set, profile or attestation it names), validate refuses too.
                var loaded = new PrivacyPrinciples.Engagements.EngagementLoader().Load(source);
                var problems = loaded.Errors.Concat(loaded.Rounds.SelectMany(r => r.Problems)).ToArray();
                return (problems, $"{engagement.Value.Invited.Count} invited vendors, {engagement.Value.Rounds.Count} round{(engagement.Value.Rounds.Count == 1 ? string.Empty : "s")}, {loaded.Rounds.Sum(r => r.Reports.Count)} attestations");
            case DocumentKind.Profile:
                // A profile is valid when it resolves: its base can be read and it keeps something to evaluate.
                var reader = new PrivacyPrinciples.Profiles.ProfileReader();
                var profile = reader.Read(bytes, source);
                var folder = new Files.ConfinedFolder(document.IsStandardInput ? string.Empty : Path.GetDirectoryName(source) ?? string.Empty);
                var resolved = reader.Resolve(profile, folder, string.Empty, document.IsStandardInput ? "the current folder" : "the profile's folder");
                return (resolved.Errors, resolved.Succeeded ? $"{profile.Value!.Id} {profile.Value.Version} on {profile.Value.Base}, {resolved.Value.Expectations.Count} expectations" : string.Empty);
            default:
                var attestation = new AttestationReader().Read(bytes, source);
                if (!attestation.Succeeded)
                {
                    return (attestation.Errors, string.Empty);
                }

                var answered = rules.RuleSet;
                var (unknown, leftOut) = UnknownAnswers(attestation.Value, answered, attestation.Locations!, source);
                notes = leftOut;
                return (unknown, $"{attestation.Value.Answers.Count} answers, against {answered.Id} {answered.Version}{(answered.Profile is { } tailoring ? $" as tailored by {tailoring.Id} {tailoring.Version}" : string.Empty)}");
        }
    }

    // Evaluate only notes a waiver it cannot apply; validation is stricter, because such a waiver is usually a typo.
    private static List<InputError> UnknownWaivers(WaiverSet waivers, RuleSet ruleSet, SourceLocations locations, string source)
    {
        var ids = ruleSet.Expectations.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new List<InputError>();
        for (var i = 0; i < waivers.Waivers.Count; i++)
        {
            var id = waivers.Waivers[i].ExpectationId;
            if (ids.Contains(id))
            {
                continue;
            }

            var pointer = "/waivers/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/expectationId";
            locations.TryLocate(pointer, out var line, out var column);
            errors.Add(new InputError
            {
                Code = "waivers-unknown-expectation",
                Message = $"'{id}' is not an expectation of {ruleSet.Id} {ruleSet.Version}, so the waiver would waive nothing; expected one of its ids, such as {ruleSet.Expectations[0].Id}",
                Source = source,
                Pointer = pointer,
                Line = line,
                Column = column,
            });
        }

        return errors;
    }

    // The evaluator only notes answers it cannot use; validation is stricter, because such an answer is usually a typo.
    // An answer to an expectation a tailoring profile leaves out is no typo: it is noted, as evaluate notes it.
    private static (List<InputError> Errors, List<string> LeftOut) UnknownAnswers(Attestation attestation, RuleSet ruleSet, SourceLocations locations, string source)
    {
        var active = ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var excluded = (ruleSet.Profile?.Changes ?? []).Where(c => c.Kind == TailoringChangeKind.Excluded).Select(c => c.ExpectationId).ToHashSet(StringComparer.Ordinal);
        var errors = new List<InputError>();
        var leftOut = new List<string>();
        foreach (var id in attestation.Answers.Keys.Where(k => !active.Contains(k)).OrderBy(k => k, StringComparer.Ordinal))
        {
            if (excluded.Contains(id))
            {
                leftOut.Add($"the answer to '{id}' is not scored: tailoring profile {ruleSet.Profile!.Id} {ruleSet.Profile.Version} leaves the expectation out of {ruleSet.Id} {ruleSet.Version}.");
                continue;
            }

            var pointer = "/answers/" + id;
            locations.TryLocateName(pointer, out var line, out var column);
            errors.Add(new InputError
            {
                Code = "attestation-unknown-expectation",
                Message = $"'{id}' is not an active expectation of {ruleSet.Id} {ruleSet.Version}; expected one of its ids, such as {active.Order(StringComparer.Ordinal).First()}",
                Source = source,
                Pointer = pointer,
                Line = line,
                Column = column,
            });
        }

        return (errors, leftOut);
    }

    private static int LimitOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Report => DocumentKinds.MaxBytes,
        _ => new ReaderOptions().MaxDocumentBytes,
    };

    private static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.RuleSet => "rule set",
        DocumentKind.Waivers => "waivers file",
        DocumentKind.Report => "report",
        DocumentKind.Engagement => "engagement",
        DocumentKind.Profile => "tailoring profile",
        _ => "attestation",
    };
}
