using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Outputs;
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
        var ruleSet = CommonOptions.ResolveRuleSet(ruleSetPath, context);
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
        foreach (var document in documents)
        {
            byte[] bytes;
            try
            {
                bytes = document.IsStandardInput ? ReadAll(document.OpenStandardInput!()) : File.ReadAllBytes(document.Name);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"{CliApplication.Name}: {document.Name}: could not be read: {exception.Message}");
                invalid++;
                continue;
            }

            var kind = kindName == "auto" ? DocumentKinds.Detect(bytes) : DocumentKinds.Parse(kindName)!.Value;
            var (errors, summary) = Check(kind, bytes, document.Name, ruleSet);
            if (errors.Count > 0)
            {
                ErrorPrinter.Print(context.Error, Name(kind), document.Name, errors);
                invalid++;
            }
            else
            {
                context.Out.WriteLine($"{document.Name}: valid {Name(kind)} ({summary})");
            }
        }

        return invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static (IReadOnlyList<InputError> Errors, string Summary) Check(DocumentKind kind, byte[] bytes, string source, RuleSet ruleSet)
    {
        string json;
        try
        {
            // Strictly: a lenient decoder would turn bad bytes into U+FFFD and call the document valid.
            json = StrictUtf8.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException exception)
        {
            var offset = Math.Max(0, Math.Min(bytes.Length, exception.Index));
            var line = 1 + bytes.Take(offset).Count(b => b == (byte)'\n');
            var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, offset - 1)) is var n && n >= 0 && n < offset ? n + 1 : 0;
            return ([new InputError { Code = InputErrorCodes.Encoding, Message = ErrorMessages.Encoding, Source = source, Line = line, Column = 1 + StrictPrefixLength(bytes, lineStart, offset) }], string.Empty);
        }

        switch (kind)
        {
            case DocumentKind.RuleSet:
                var rules = new RuleSetReader().Read(json, source);
                return (rules.Errors, rules.Succeeded ? $"{rules.Value.Id} {rules.Value.Version}, {rules.Value.Expectations.Count} expectations" : string.Empty);
            case DocumentKind.Waivers:
                var waivers = new WaiverReader().Read(json, source);
                return (waivers.Errors, waivers.Succeeded ? $"{waivers.Value.Waivers.Count} waivers" : string.Empty);
            case DocumentKind.Report:
                var reports = new ReportReader().Read(json, source);
                return (reports.Errors, reports.Succeeded ? $"{reports.Value.Count} report{(reports.Value.Count == 1 ? string.Empty : "s")}" : string.Empty);
            case DocumentKind.Engagement:
                var engagement = new PrivacyPrinciples.Engagements.EngagementReader().Read(json, source);
                return (engagement.Errors, engagement.Succeeded ? $"{engagement.Value.Invited.Count} invited vendors, {engagement.Value.Rounds.Count} round{(engagement.Value.Rounds.Count == 1 ? string.Empty : "s")}" : string.Empty);
            case DocumentKind.Profile:
                var profile = new PrivacyPrinciples.Profiles.ProfileReader().Read(json, source);
                return (profile.Errors, profile.Succeeded ? $"{profile.Value.Id} {profile.Value.Version} on {profile.Value.Base}" : string.Empty);
            default:
                var read = new AttestationReader().Read(json, source);
                if (!read.Succeeded)
                {
                    return (read.Errors, string.Empty);
                }

                var unknown = UnknownAnswers(read.Value, ruleSet, read.Locations!, source);
                return (unknown, $"{read.Value.Answers.Count} answers, against {ruleSet.Id} {ruleSet.Version}");
        }
    }

    // The evaluator only notes answers it cannot use; validation is stricter, because such an answer is usually a typo.
    private static List<InputError> UnknownAnswers(Attestation attestation, RuleSet ruleSet, SourceLocations locations, string source)
    {
        var active = ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new List<InputError>();
        foreach (var id in attestation.Answers.Keys.Where(k => !active.Contains(k)).OrderBy(k => k, StringComparer.Ordinal))
        {
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

        return errors;
    }

    private static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.RuleSet => "rule set",
        DocumentKind.Waivers => "waivers file",
        DocumentKind.Report => "report",
        DocumentKind.Engagement => "engagement",
        DocumentKind.Profile => "tailoring profile",
        _ => "attestation",
    };

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    // Columns count characters, as editors show them: the valid UTF-8 before the bad byte, decoded.
    private static int StrictPrefixLength(byte[] bytes, int start, int end) =>
        end <= start ? 0 : new System.Text.UTF8Encoding(false, false).GetCharCount(bytes, start, end - start);
}
