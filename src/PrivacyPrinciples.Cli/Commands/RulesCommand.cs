using System.CommandLine;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>rules list</c> and <c>rules show</c>: the rule catalogue.</summary>
internal static class RulesCommand
{
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
        var show = new Command("show", "Show one expectation in full: level, audience raises, source, why, what to do, what a good answer contains, and its checks.\n\n"
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
                context.Error.WriteLine($"{CliApplication.Name}: {ruleSet.Id} {ruleSet.Version} has no expectation '{PrivacyPrinciples.Reporting.DisplayText.Clean(wanted)}'; run 'privacy-principles rules list' to see them.");
                return ExitCodes.InvalidInput;
            }

            context.Out.Write(RuleCatalogue.ShowText(ruleSet, expectation));
            return ExitCodes.Success;
        });

        return new Command("rules", "The rule catalogue: list every expectation, or show one in full.\n\n"
            + "Examples:\n"
            + "  privacy-principles rules list\n"
            + "  privacy-principles rules show SEC-02")
        {
            list,
            show,
        };
    }
}
