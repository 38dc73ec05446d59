using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>Options several verbs share, and how to resolve them.</summary>
internal static class CommonOptions
{
    public static Option<string?> RuleSet() => new("--rule-set")
    {
        Description = "A custom rule set (JSON file) to use instead of the built-in vtc-joint-statement-2020.",
        HelpName = "file",
    };

    public static Option<string?> Date() => new("--date")
    {
        Description = "The evaluation date (YYYY-MM-DD) that evidence expiry and planned dates are judged against. Default: today (UTC).",
        HelpName = "date",
    };

    /// <summary>The built-in rule set, or the one named by --rule-set; null (after printing why) when it cannot be read.</summary>
    public static RuleSet? ResolveRuleSet(string? path, CliContext context)
    {
        if (path is null)
        {
            return BuiltInRuleSets.VtcJointStatement2020;
        }

        var read = path == "-" ? new RuleSetReader().Read(context.OpenStandardInput(), "<stdin>") : new RuleSetReader().ReadFile(path);
        if (read.Succeeded)
        {
            return read.Value;
        }

        ErrorPrinter.Print(context.Error, "rule set", read.Source, read.Errors);
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

        context.Error.WriteLine($"{CliApplication.Name}: --date '{text}' is not a date; expected YYYY-MM-DD, for example 2026-11-01.");
        return null;
    }

    public static bool IsReadable(string path) => path == "-" || File.Exists(path);
}
