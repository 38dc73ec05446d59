using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>Options several verbs share, and how to resolve them.</summary>
internal static class CommonOptions
{
    /// <summary>The formats only <c>evaluate</c> writes, beside every report writer's: documents for other tools.</summary>
    public static readonly string[] InteropFormats = [Interop.Oscal.OscalAssessmentResultsWriter.FormatName, Interop.InToto.InTotoStatementWriter.FormatName];

    /// <summary>Every format <c>evaluate</c> writes, in help order.</summary>
    public static readonly string[] EvaluateFormats = [.. ReportWriters.Formats, .. InteropFormats];

    public const string FormatHelp =
        "Formats: text (terminal summary), json (full report), markdown (job summary or pull-request comment), sarif (SARIF 2.1.0 for code scanning), junit (JUnit XML for test tabs), html (one self-contained page), csv (tidy data: one row per attestation and expectation), "
        + "oscal-assessment-results (OSCAL 1.0.4 assessment results: one result per attestation), in-toto (an in-toto Statement v1 about one attestation file; with --signing-key, a signed DSSE envelope).\n"
        + OutputPlan.Help;

    public static Option<string[]> Formats() => new("--format", "-f")
    {
        Description = "Output format; repeat for several. One of: " + string.Join(", ", EvaluateFormats) + ". Default: text.",
        HelpName = "format",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Outputs() => new("--output", "-o")
    {
        Description = "Where to write a format: FORMAT=PATH (sarif=results.sarif), or a path whose extension names it (results.sarif); a file is replaced atomically, keeping its permissions; a device or pipe is written in place; - is standard output. Repeat for several. An output that is one of the inputs is refused.",
        HelpName = "file",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The writer for a format; text follows the terminal's colour setting.</summary>
    public static ReportWriter? Writer(string format, CliContext context) =>
        format == "text" ? new TextReportWriter(context.Color)
        : ReportWriters.TryGet(format, out var writer) ? writer
        : null;

    public static Option<string?> RuleSet() => new("--rule-set")
    {
        Description = "The rules to evaluate against: a built-in rule set (vtc-joint-statement-2020 for the latest version, vtc-joint-statement-2020@1.0.0 for another), a rule set file, or a tailoring profile file. Default: the latest built-in version, whatever version an attestation names.",
        HelpName = "file",
    };

    public static Option<string?> Date() => new("--date")
    {
        Description = "The evaluation date (YYYY-MM-DD) that evidence expiry and planned dates are judged against. Default: today (UTC), or the date of SOURCE_DATE_EPOCH when it is set.",
        HelpName = "date",
    };

    /// <summary>The built-in rule set, or what --rule-set names: a built-in id, a rule set file, or a tailoring profile file (resolved); null (after printing why) when it cannot be used.</summary>
    public static RuleSet? ResolveRuleSet(string? value, CliContext context)
    {
        if (value is null)
        {
            return BuiltInRuleSets.VtcJointStatement2020;
        }

        if (BuiltInRuleSets.TryGet(value, out var builtIn))
        {
            return builtIn;
        }

        // A built-in id with a version that is not shipped is a typo, not a file name.
        if (BuiltInRuleSets.IsBuiltInReference(value) && !File.Exists(value))
        {
            var id = value.Split(BuiltInRuleSets.VersionSeparator)[0];
            context.Error.WriteLine($"{CliApplication.Name}: --rule-set '{PrivacyPrinciples.DisplayText.Clean(value)}': the built-in rule set {id} has no such version; expected one of {string.Join(", ", BuiltInRuleSets.VersionsOf(id).Select(v => id + BuiltInRuleSets.VersionSeparator + v))}.");
            return null;
        }

        // Read once, through the one input layer (a file, a device or standard input, bounded), then told apart.
        // Bounded by the limit the rule set and profile readers apply, so a file too large is told
        // that one limit whatever its size (read up to the larger limit of any document kind, one
        // between the two was told the readers' limit and a larger one the other).
        var document = value == "-" ? Inputs.InputDocument.StandardInput(context.OpenStandardInput, ndjson: false) : Inputs.InputDocument.File(value);
        var (bytes, error) = Inputs.InputReader.ReadAll(document, new Serialization.ReaderOptions().MaxDocumentBytes);
        if (bytes is null)
        {
            ErrorPrinter.Print(context.Error, "rule set", document.Name, [error!]);
            return null;
        }

        if (Inputs.DocumentKinds.Detect(bytes) == Inputs.DocumentKind.Profile)
        {
            // A profile's file base must be in the profile's folder (the current folder for standard input).
            var reader = new ProfileReader();
            var folder = new Files.ConfinedFolder(document.IsStandardInput ? string.Empty : Path.GetDirectoryName(value) ?? string.Empty);
            var resolved = reader.Resolve(reader.Read(bytes, document.Name), folder, string.Empty, document.IsStandardInput ? "the current folder" : "the profile's folder");
            if (resolved.Succeeded)
            {
                return resolved.Value;
            }

            ErrorPrinter.Print(context.Error, "tailoring profile", document.Name, resolved.Errors);
            return null;
        }

        var read = new RuleSetReader().Read(bytes, document.Name);
        if (read.Succeeded)
        {
            return read.Value;
        }

        // Another kind of document (an attestation, a waivers file) is named as such, rather than
        // explained by a rule set's rules ("'id' is missing", "rule-set format 2 adds ...").
        var errors = Inputs.DocumentKinds.Shown(bytes) is { } kind and not Inputs.DocumentKind.RuleSet
            ? [new Serialization.InputError { Code = Serialization.InputErrorCodes.WrongKind, Message = Inputs.DocumentKinds.NotThe("a rule set or tailoring profile", kind), Source = read.Source }]
            : read.Errors;
        ErrorPrinter.Print(context.Error, "rule set", read.Source, errors);
        return null;
    }

    /// <summary>The --date value, or today's UTC date from the clock; null (after printing why) when it is not a date.</summary>
    public static DateTime? ResolveDate(string? text, CliContext context)
    {
        if (text is null)
        {
            return context.Clock.GetUtcNow().UtcDateTime.Date;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        context.Error.WriteLine($"{CliApplication.Name}: --date '{PrivacyPrinciples.DisplayText.Clean(text)}' is not a date; expected YYYY-MM-DD, for example 2026-11-01.");
        return null;
    }
}
