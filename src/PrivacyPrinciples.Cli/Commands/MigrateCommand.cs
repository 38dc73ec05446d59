using System.CommandLine;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>migrate</c>: upgrade 1.x attestations to the current format, saying what was assumed.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("attestation")
        {
            Description = "The attestation files to upgrade.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the upgraded attestation (one input only), or - for standard output, which is the default for one input.",
            HelpName = "file",
        };
        var inPlace = new Option<bool>("--in-place")
        {
            Description = "Replace each input with its upgraded version (for several inputs). Check the audiences it reports before you commit the result.",
        };

        var command = new Command("migrate", "Upgrade attestations from format 1.x to 2.0.\n\n"
            + "Format 2.0 states every audience (true or false) and declares each piece of evidence once, cited by id from the answers. "
            + "A 1.x file listed only the audiences served: the upgrade states every audience it did not list as not served, and names them on standard error so you can correct any that is wrong. "
            + "Inline evidence becomes one declaration per distinct item. Nothing else changes; a file already in format 2 is left as it is.\n\n"
            + "Examples:\n"
            + "  privacy-principles migrate privacy/attestation.json --output privacy/attestation.v2.json\n"
            + "  privacy-principles migrate attestations/*.json --in-place\n\n"
            + "Exit codes:\n  0  every file was upgraded or already current\n  2  a file could not be read or is not a valid 1.x attestation (the others are still upgraded), or the command line was wrong")
        {
            inputs,
            output,
            inPlace,
        };

        command.SetAction(parse =>
        {
            var files = parse.GetValue(inputs) ?? [];
            var target = parse.GetValue(output);
            var replace = parse.GetValue(inPlace);
            if (target is not null && (replace || files.Length != 1))
            {
                context.Error.WriteLine($"{CliApplication.Name}: --output takes one input; use --in-place to upgrade several files.");
                return ExitCodes.InvalidInput;
            }

            if (target is null && !replace && files.Length != 1)
            {
                context.Error.WriteLine($"{CliApplication.Name}: upgrading several files needs --in-place.");
                return ExitCodes.InvalidInput;
            }

            var failed = false;
            foreach (var file in files)
            {
                try
                {
                    failed |= !Migrate(file, replace ? file : target ?? "-", replace, context);
                }
                catch (OutputException exception) when (exception is not StandardOutputLostException)
                {
                    // One file that cannot be written does not stop the others.
                    context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(exception.Message)}");
                    failed = true;
                }
            }

            return failed ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    private static bool Migrate(string file, string target, bool inPlace, CliContext context)
    {
        // Read once through the input layer (bounded, devices and pipes included), then upgraded from
        // those bytes; bounded by the limit the migration's reader applies, so a file too large is
        // told that one limit whatever its size.
        var (bytes, error) = InputReader.ReadAll(InputDocument.File(file), new ReaderOptions().MaxDocumentBytes);
        if (bytes is null)
        {
            ErrorPrinter.Print(context.Error, "attestation to upgrade", file, [error!]);
            return false;
        }

        var result = AttestationMigration.Migrate(bytes, file);
        if (!result.Succeeded)
        {
            // Another kind of document (a waivers file, a profile, a report) is named as such, as
            // evaluate names it, rather than explained by an attestation's rules ("'vendor' is missing").
            var errors = DocumentKinds.Detect(bytes) is var kind and not DocumentKind.Attestation
                ? [new InputError { Code = InputErrorCodes.WrongKind, Message = DocumentKinds.NotAnAttestation(kind), Source = file }]
                : result.Errors;
            ErrorPrinter.Print(context.Error, "attestation to upgrade", file, errors);
            return false;
        }

        var name = DisplayText.Clean(file);
        if (result.WasCurrent)
        {
            context.Error.WriteLine($"{name}: already format {DisplayText.Clean(result.Attestation!.SchemaVersion)}; nothing to upgrade.");
            if (target != file)
            {
                OutputFile.Write(target, new UTF8Encoding(false).GetString(bytes), context);
            }

            return true;
        }

        OutputFile.Write(target, result.Json!, context, replacesInput: inPlace);
        var notServed = string.Join(", ", result.StatedNotServed.Select(a => PrivacyPrinciplesJson.NameOf(a)));
        context.Error.WriteLine(result.StatedNotServed.Count == 0
            ? $"{name}: upgraded to format {result.Attestation!.SchemaVersion}{Evidence(result)}; every audience was listed as served."
            : $"{name}: upgraded to format {result.Attestation!.SchemaVersion}{Evidence(result)}; stated as NOT served because 1.x did not list them: {notServed}. Check each, and set any the service does serve to true.");
        return true;
    }

    private static string Evidence(MigrationResult result) => result.EvidenceDeclared switch
    {
        0 => string.Empty,
        1 => "; 1 piece of evidence declared once and cited by id",
        var n => $"; {n} pieces of evidence declared once and cited by id",
    };
}
