using System.CommandLine;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>rules list</c>, <c>rules show</c> and <c>rules diff</c>: the rule catalogue.</summary>
internal static class RulesCommand
{
    /// <summary>A bare version (<c>1.0.0</c>) names that version of the built-in rule set; anything else is a reference or a path.</summary>
    private static string VersionOrReference(string value) =>
        value.Length > 0 && char.IsDigit(value[0]) && !value.Contains('/') && !value.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase) && !System.IO.File.Exists(value)
            ? BuiltInRuleSets.VtcJointStatement2020Id + BuiltInRuleSets.VersionSeparator + value
            : value;

    public static Command Create(CliContext context)
    {
        var listFormat = new Option<string>("--format", "-f") { Description = "text, markdown or json (the rule set itself).", DefaultValueFactory = _ => "text", HelpName = "format" };
        listFormat.AcceptOnlyFromAmong("text", "markdown", "json");
        var listRuleSet = CommonOptions.RuleSet();
        var list = new Command("list", "List the principles and expectations of the rule set.\n\n"
            + "Examples:\n"
            + "  privacy-principles rules list\n"
            + "  privacy-principles rules list --format markdown > rule-catalogue.md\n"
            + "  privacy-principles rules list --rule-set my-rules.json")
        {
            listFormat,
            listRuleSet,
        };
        list.SetAction(parse =>
        {
            var ruleSet = CommonOptions.ResolveRuleSet(parse.GetValue(listRuleSet), context);
            if (ruleSet is null)
            {
                return ExitCodes.InvalidInput;
            }

            context.Out.Write(parse.GetValue(listFormat) switch
            {
                "markdown" => RuleCatalogue.ListMarkdown(ruleSet),
                "json" => PrivacyPrinciplesJson.Serialize(ruleSet),
                _ => RuleCatalogue.ListText(ruleSet),
            });
            return ExitCodes.Success;
        });

        var id = new Argument<string>("id") { Description = "The expectation id, for example SEC-02." };
        var showRuleSet = CommonOptions.RuleSet();
        var show = new Command("show", "Show one expectation in full: level, audience raises, basis, sources, why, what to do, what a good answer contains, and its checks.\n\n"
            + "Examples:\n"
            + "  privacy-principles rules show SEC-02")
        {
            id,
            showRuleSet,
        };
        show.SetAction(parse =>
        {
            var ruleSet = CommonOptions.ResolveRuleSet(parse.GetValue(showRuleSet), context);
            if (ruleSet is null)
            {
                return ExitCodes.InvalidInput;
            }

            var wanted = parse.GetValue(id)!;
            var expectation = ruleSet.Expectations.FirstOrDefault(e => string.Equals(e.Id, wanted, System.StringComparison.OrdinalIgnoreCase));
            if (expectation is null)
            {
                context.Error.WriteLine($"{CliApplication.Name}: {ruleSet.Id} {ruleSet.Version} has no expectation '{PrivacyPrinciples.DisplayText.Clean(wanted)}'; run 'privacy-principles rules list' to see them.");
                return ExitCodes.InvalidInput;
            }

            context.Out.Write(RuleCatalogue.ShowText(ruleSet, expectation));
            return ExitCodes.Success;
        });

        var older = new Argument<string>("older") { Description = "The older rule set: a version of the built-in rule set (1.0.0), a reference (vtc-joint-statement-2020@1.0.0), a rule set file or a tailoring profile." };
        var newer = new Argument<string>("newer") { Description = "The newer rule set, in the same forms." };
        var diffFormat = new Option<string>("--format", "-f") { Description = "text, markdown or json.", DefaultValueFactory = _ => "text", HelpName = "format" };
        diffFormat.AcceptOnlyFromAmong("text", "markdown", "json");
        var diff = new Command("diff", "List what changed between two versions of a rule set, expectation by expectation, with the reason the newer version gives for each change.\n\n"
            + "Examples:\n"
            + "  privacy-principles rules diff 1.0.0 2.0.0\n"
            + "  privacy-principles rules diff vtc-joint-statement-2020@1.0.0 my-profile.json --format markdown")
        {
            older,
            newer,
            diffFormat,
        };
        diff.SetAction(parse =>
        {
            var before = CommonOptions.ResolveRuleSet(VersionOrReference(parse.GetValue(older)!), context);
            var after = before is null ? null : CommonOptions.ResolveRuleSet(VersionOrReference(parse.GetValue(newer)!), context);
            if (before is null || after is null)
            {
                return ExitCodes.InvalidInput;
            }

            var changes = RuleSetDiff.Compare(before, after);
            context.Out.Write(parse.GetValue(diffFormat) switch
            {
                "markdown" => RuleSetDiffText.Markdown(changes),
                "json" => RuleSetDiffText.Json(changes),
                _ => RuleSetDiffText.Text(changes),
            });
            return ExitCodes.Success;
        });

        return new Command("rules", "The rule catalogue: list every expectation, show one in full, or compare two versions.\n\n"
            + "Examples:\n"
            + "  privacy-principles rules list\n"
            + "  privacy-principles rules show SEC-02\n"
            + "  privacy-principles rules diff 1.0.0 2.0.0")
        {
            list,
            show,
            diff,
        };
    }
}
