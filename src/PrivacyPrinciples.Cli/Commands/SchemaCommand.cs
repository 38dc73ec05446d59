using System.CommandLine;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>schema</c>: print one of the package's JSON Schemas.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "attestation, ruleset, profile, waivers, engagement or report." };
        kind.AcceptOnlyFromAmong("attestation", "ruleset", "profile", "waivers", "engagement", "report");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "file" };
        var command = new Command("schema", "Print a JSON Schema (draft 2020-12) of the tool's documents.\n\n"
            + "Examples:\n"
            + "  privacy-principles schema attestation > attestation.schema.json\n"
            + "  privacy-principles schema report --output report.schema.json\n"
            + "  privacy-principles schema profile --output profile.schema.json")
        {
            kind,
            output,
        };

        command.SetAction(parse =>
        {
            var text = parse.GetValue(kind) switch
            {
                "ruleset" => JsonSchemas.RuleSet,
                "profile" => JsonSchemas.Profile,
                "waivers" => JsonSchemas.Waivers,
                "engagement" => JsonSchemas.Engagement,
                "report" => JsonSchemas.Report,
                _ => JsonSchemas.Attestation,
            };
            OutputFile.Write(parse.GetValue(output), text, context);
            return ExitCodes.Success;
        });
        return command;
    }
}
