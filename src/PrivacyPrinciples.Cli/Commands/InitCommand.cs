using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Files;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>init</c>: write a complete template attestation for a vendor to fill in.</summary>
internal static class InitCommand
{
    private const string SchemaFileName = "attestation.schema.json";

    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the template, or - for standard output. Next to a file, the attestation schema is written too (unless it exists), so editors can complete and check the template.",
            DefaultValueFactory = _ => "attestation.json",
            HelpName = "file",
        };
        var vendorId = new Option<string>("--vendor-id") { Description = "The vendor's stable id (lower-case letters, digits, hyphens).", DefaultValueFactory = _ => "your-company", HelpName = "id" };
        var vendor = new Option<string>("--vendor") { Description = "The vendor's name.", DefaultValueFactory = _ => "Your Company", HelpName = "name" };
        var service = new Option<string>("--service") { Description = "The service's name.", DefaultValueFactory = _ => "Your Service", HelpName = "name" };
        var tier = new Option<string?>("--tier") { Description = "The tier or plan attested.", HelpName = "tier" };
        var audiences = new Option<string[]>("--audience")
        {
            Description = "An audience the service serves; repeat for several: consumers, business, education, health, children, government.",
            HelpName = "audience",
            AllowMultipleArgumentsPerToken = false,
        };
        audiences.AcceptOnlyFromAmong(Enum.GetNames<Audience>().Select(n => PrivacyPrinciplesJson.NameOf(Enum.Parse<Audience>(n))).ToArray());
        var date = CommonOptions.Date();
        var ruleSet = CommonOptions.RuleSet();
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };

        var command = new Command("init", "Write a template attestation with every expectation and its guidance.\n\n"
            + "The template has an answer for every expectation, the rule set's guidance beside each, and a $schema reference for editors. Every answer starts as notImplemented; the template passes 'validate' as it is.\n\n"
            + "Examples:\n"
            + "  privacy-principles init\n"
            + "  privacy-principles init --output privacy/attestation.json --vendor-id northwind --vendor \"Northwind Video\" --service \"Northwind Meet\" --audience business --audience education\n"
            + "  privacy-principles init --output - > attestation.json\n\n"
            + "Exit codes:\n  0  the template was written\n  2  the output exists (use --force) or the command line was wrong")
        {
            output,
            vendorId,
            vendor,
            service,
            tier,
            audiences,
            date,
            ruleSet,
            force,
        };

        command.SetAction(parse =>
        {
            var rules = CommonOptions.ResolveRuleSet(parse.GetValue(ruleSet), context);
            var attestedOn = CommonOptions.ResolveDate(parse.GetValue(date), context);
            if (rules is null || attestedOn is null)
            {
                return ExitCodes.InvalidInput;
            }

            var template = AttestationTemplate.Create(
                rules,
                new VendorInfo { Id = parse.GetValue(vendorId)!, Name = parse.GetValue(vendor)! },
                new ServiceInfo { Name = parse.GetValue(service)!, Tier = parse.GetValue(tier) },
                attestedOn.Value,
                (parse.GetValue(audiences) ?? []).Select(a => Enum.Parse<Audience>(a, ignoreCase: true)).ToArray());
            return Write(template, parse.GetValue(output)!, parse.GetValue(force), parse.GetValue(ruleSet), context);
        });
        return command;
    }

    private static int Write(Attestation template, string output, bool force, string? ruleSetPath, CliContext context)
    {
        var problems = new AttestationReader().Read(PrivacyPrinciplesJson.Serialize(template), "template").Errors;
        if (problems.Count > 0)
        {
            // Only bad --vendor-id and the like get here: the template itself is always valid.
            ErrorPrinter.Print(context.Error, "attestation template", "the command line", problems);
            return ExitCodes.InvalidInput;
        }

        var json = PrivacyPrinciplesJson.Serialize(template, SchemaFileName);

        // Every audience is stated in the file; say which were stated as not served, so none is left that way by accident.
        var notServed = Enum.GetValues<Audience>().Where(a => !template.Audiences.Serves(a)).Select(a => PrivacyPrinciplesJson.NameOf(a)).ToArray();
        void NoteNotServed()
        {
            if (notServed.Length > 0)
            {
                context.Error.WriteLine($"{CliApplication.Name}: the template states these audiences as not served: {string.Join(", ", notServed)}. Set any the service does serve to true (or pass --audience).");
            }
        }

        if (OutputPaths.IsStandardOutput(output))
        {
            context.Out.Write(json);
            NoteNotServed();
            context.Error.WriteLine($"{CliApplication.Name}: the template refers to {SchemaFileName}; write it beside the template with 'privacy-principles schema attestation --output {SchemaFileName}'.");
            return ExitCodes.Success;
        }

        var existing = FileProbe.Of(output);
        if (existing.Kind != FileKind.Missing && existing.IsRegularFile && !force)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(output)} exists; use --force to overwrite it.");
            return ExitCodes.InvalidInput;
        }

        if (OutputGuard.Check([output], [ruleSetPath], context.StandardInputFile) is { } clash)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {clash}");
            return ExitCodes.InvalidInput;
        }

        OutputFile.Write(output, json, context);
        NoteNotServed();
        if (existing.Kind is not (FileKind.Missing or FileKind.Regular or FileKind.Unknown))
        {
            // A device or pipe took the template; there is no folder beside it to put the schema in.
            context.Out.WriteLine($"Wrote the template to {DisplayText.Clean(output)}; write its schema with '{CliApplication.Name} schema attestation --output {SchemaFileName}'.");
            return ExitCodes.Success;
        }

        var schemaPath = Path.Combine(Path.GetDirectoryName(OutputPaths.Full(output))!, SchemaFileName);
        if (!File.Exists(schemaPath))
        {
            OutputFile.Write(schemaPath, JsonSchemas.Attestation, context);
        }

        context.Out.WriteLine($"Wrote {DisplayText.Clean(output)} with {template.Answers.Count} expectations to answer (schema: {Path.GetRelativePath(Environment.CurrentDirectory, schemaPath).Replace('\\', '/')}).");
        // A command to paste: the path as one shell word, whatever spaces or quotes it holds.
        var word = ShellWord.Quote(DisplayText.Clean(output));
        context.Out.WriteLine($"Fill it in, then run: {CliApplication.Name} validate {word} && {CliApplication.Name} evaluate {word}");
        return ExitCodes.Success;
    }
}
