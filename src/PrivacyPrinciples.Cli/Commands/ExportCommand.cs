using System;
using System.CommandLine;
using System.Linq;
using PrivacyPrinciples.Cli.Interop.Oscal;
using PrivacyPrinciples.Cli.Outputs;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>export</c>: the rule set, or a tailoring profile, as documents other tools read (OSCAL).</summary>
internal static class ExportCommand
{
    public const string Catalog = "oscal-catalog";
    public const string Profile = "oscal-profile";

    private static readonly string[] Formats = [Catalog, Profile];

    public static Command Create(CliContext context)
    {
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "What to export; repeat for several: oscal-catalog (the rule set as an OSCAL 1.0.4 catalog; a tailoring profile gives the catalog it resolves to), oscal-profile (a tailoring profile as an OSCAL 1.0.4 profile importing its base rule set's catalog).",
            HelpName = "format",
            AllowMultipleArgumentsPerToken = false,
        };
        var outputs = CommonOptions.Outputs();
        var ruleSet = CommonOptions.RuleSet();
        var date = new Option<string?>("--date")
        {
            Description = "The date the documents say they were last modified (YYYY-MM-DD, from 1900 to 2999). Default: today (UTC), or the date of SOURCE_DATE_EPOCH when it is set.",
            HelpName = "date",
        };
        var catalogHref = new Option<string?>("--catalog-href")
        {
            Description = "Where an OSCAL profile finds its base rule set's catalog: a URI or a path relative to the profile. Default: <id>-<version>.catalog.json, for example vtc-joint-statement-2020-2.0.0.catalog.json.",
            HelpName = "uri",
        };

        var command = new Command("export", "Export the rule set, or a tailoring profile, as OSCAL 1.0.4 JSON for governance and compliance tools. Evaluations export with 'evaluate --format oscal-assessment-results'.\n\n"
            + "Examples:\n"
            + "  privacy-principles export --format oscal-catalog --output vtc-joint-statement-2020-2.0.0.catalog.json\n"
            + "  privacy-principles export --format oscal-catalog --rule-set vtc-joint-statement-2020@1.0.0\n"
            + "  privacy-principles export --format oscal-profile --rule-set schools.profile.json --output schools.oscal-profile.json\n"
            + "  privacy-principles export --rule-set schools.profile.json --output oscal-catalog=resolved.catalog.json --output oscal-profile=schools.oscal-profile.json --date 2026-11-01\n\n"
            + "The same rules, profile and date give the same bytes: UUIDs are derived from the rules' content digest, and the date is the one given.\n\n"
            + CliApplication.ExitCodeHelp)
        {
            formats,
            outputs,
            ruleSet,
            date,
            catalogHref,
        };

        command.SetAction(parse => Run(
            parse.GetValue(formats) ?? [],
            parse.GetValue(outputs) ?? [],
            parse.GetValue(ruleSet),
            parse.GetValue(date),
            parse.GetValue(catalogHref),
            context));
        return command;
    }

    private static int Run(string[] formats, string[] outputs, string? ruleSetValue, string? dateText, string? catalogHref, CliContext context)
    {
        if (formats.Length == 0 && OutputPlan.FormatsNamed(formats, outputs, Formats).Count == 0)
        {
            context.Error.WriteLine($"{CliApplication.Name}: export needs --format (or --output FORMAT=PATH): one of {string.Join(", ", Formats)} (evaluations: 'privacy-principles evaluate --format oscal-assessment-results')");
            return ExitCodes.InvalidInput;
        }

        if (formats.FirstOrDefault(f => CommonOptions.InteropFormats.Contains(f)) is { } evaluation)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {evaluation} is written from evaluations: use 'privacy-principles evaluate <attestations> --format {evaluation}'");
            return ExitCodes.InvalidInput;
        }

        if (catalogHref is not null && !IsUriReference(catalogHref))
        {
            context.Error.WriteLine($"{CliApplication.Name}: --catalog-href '{DisplayText.Clean(catalogHref)}' is not a URI reference; expected a URI or a relative path without spaces, for example vtc-joint-statement-2020-2.0.0.catalog.json");
            return ExitCodes.InvalidInput;
        }

        var (targets, planProblem) = OutputPlan.Create(formats, outputs, f => Formats.Contains(f) ? f : null, Catalog, Formats, (format, path) => (Format: format, Path: path), context.StandardOutputFile);
        if (planProblem is not null)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {planProblem}");
            return ExitCodes.InvalidInput;
        }

        var ruleSet = CommonOptions.ResolveRuleSet(ruleSetValue, context);
        var date = CommonOptions.ResolveDate(dateText, context);
        if (ruleSet is null || date is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (OscalJson.DateProblem(date.Value, dateText is null ? "today's date" : "--date") is { } dateProblem)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {dateProblem}");
            return ExitCodes.InvalidInput;
        }

        if (targets.Any(t => t.Format == Profile) && ruleSet.Profile is null)
        {
            context.Error.WriteLine($"{CliApplication.Name}: --format {Profile} exports a tailoring profile; expected --rule-set with a profile file (see docs/engagements.md), not {(ruleSetValue is null ? "the built-in rule set" : "a rule set")}");
            return ExitCodes.InvalidInput;
        }

        if (OutputGuard.Check(targets.Select(t => t.Path), [ruleSetValue], context.StandardInputFile) is { } clash)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {clash}");
            return ExitCodes.InvalidInput;
        }

        var failures = 0;
        foreach (var (format, path) in targets)
        {
            var text = format == Catalog
                ? OscalCatalogWriter.Write(ruleSet, date.Value)
                : OscalProfileWriter.Write(ruleSet, date.Value, catalogHref ?? OscalCatalogWriter.DefaultFileName(ruleSet.Id, ruleSet.Version));
            try
            {
                OutputFile.Write(path, text, context);
            }
            catch (OutputException exception) when (exception is not StandardOutputLostException)
            {
                context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(exception.Message)}");
                failures++;
            }
        }

        return failures > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    // What OSCAL's uri-reference accepts, conservatively: printable ASCII without spaces, quotes, angle brackets or backslashes.
    private static bool IsUriReference(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is <= ' ' or >= '\u007f' or '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}' or '[' or ']')
            {
                return false;
            }

            // A percent sign starts an escape of two hexadecimal digits, and nothing else.
            if (c == '%' && !(i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2])))
            {
                return false;
            }
        }

        return value.Length > 0 && Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _);
    }
}
