using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Synthetic;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>generate</c>: write fictional vendors' attestations, deterministically from a seed.</summary>
internal static class GenerateCommand
{
    public const int MaxCount = 10_000_000;

    public static Command Create(CliContext context)
    {
        var count = new Option<int>("--count", "-n")
        {
            Description = "How many attestations to generate, from 1 to 10,000,000.",
            DefaultValueFactory = _ => 20,
            CustomParser = result => StrictNumbers.Integer(result, 1, MaxCount, "a count"),
            HelpName = "n",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed; the same seed and count give the same attestations, byte for byte, on every machine.",
            DefaultValueFactory = _ => 1,
            CustomParser = StrictNumbers.Integer,
            HelpName = "seed",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write: - (the default) for NDJSON on standard output; a file ending in .ndjson or .jsonl for NDJSON, written atomically; anything else is a folder that gets one <vendor-id>.json file per attestation and must be new or empty.",
            HelpName = "path",
        };

        var engagement = new Option<string?>("--engagement")
        {
            Description = "Generate a whole engagement instead, into this new or empty folder: engagement.json, the first round's attestations in round-1/ and the follow-up round's in round-2/. --count is then the number of invited vendors (default 22); one never answers, two answer late, and partial responders leave much unanswered.",
            HelpName = "folder",
        };
        var schemas = new Option<string?>("--schemas")
        {
            Description = "With --engagement: the folder, relative to the engagement folder, whose engagement.schema.json and attestation.schema.json the files' $schema references name. By default the two schemas are written into the engagement folder.",
            HelpName = "folder",
        };

        var command = new Command("generate", "Generate fictional vendors' attestations for tests, benchmarks and simulation studies.\n\n"
            + "Every vendor, service, person, audit firm and link is invented (links and mailboxes use the reserved .example domain). The vendors mix strong, average and weak privacy practices and partial responders; a few claims deliberately contradict the vendor's own facts. Every attestation passes 'validate'. Attestations are generated and written one at a time, so large counts stream in bounded memory.\n\n"
            + "Examples:\n"
            + "  privacy-principles generate --count 5\n"
            + "  privacy-principles generate --count 100000 --seed 42 --output vendors.ndjson\n"
            + "  privacy-principles generate --count 12 --output synthetic/ && privacy-principles evaluate synthetic/\n"
            + "  privacy-principles generate --engagement review/ && privacy-principles engagement review/engagement.json\n\n"
            + "Exit codes:\n  0  the attestations were written\n  2  the command line was wrong, the output folder is not empty, or the output could not be written")
        {
            count,
            seed,
            output,
            engagement,
            schemas,
        };

        command.SetAction(parse =>
        {
            if (parse.GetValue(engagement) is { } folder)
            {
                if (parse.GetValue(output) is not null)
                {
                    context.Error.WriteLine($"{CliApplication.Name}: give --engagement or --output, not both.");
                    return ExitCodes.InvalidInput;
                }

                var vendors = parse.GetResult(count) is { Implicit: false } ? parse.GetValue(count) : new SyntheticEngagementOptions().Vendors;
                return RunEngagement(vendors, parse.GetValue(seed), folder, parse.GetValue(schemas), context);
            }

            if (parse.GetValue(schemas) is not null)
            {
                context.Error.WriteLine($"{CliApplication.Name}: --schemas goes with --engagement.");
                return ExitCodes.InvalidInput;
            }

            return Run(parse.GetValue(count), parse.GetValue(seed), parse.GetValue(output), context);
        });
        return command;
    }

    private static int Run(int count, int seed, string? output, CliContext context)
    {
        var generator = new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = seed });
        if (OutputPaths.IsStandardOutput(output))
        {
            SyntheticNdjson.Write(context.Out, generator.Generate(count));
            context.Out.Flush();
            return ExitCodes.Success;
        }

        try
        {
            return IsNdjson(output) ? WriteFile(generator, count, output, context) : WriteFolder(generator, count, output, context);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"{CliApplication.Name}: could not write {DisplayText.Clean(output)}: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    // A path from the root, on any system: "/x", "\\x", "C:\\x", "C:/x" or "C:x" (which Windows reads from the drive's current folder).
    private static bool IsAbsolute(string path) =>
        path.Length > 0 && (path[0] is '/' or '\\' || (path.Length > 1 && char.IsAsciiLetter(path[0]) && path[1] == ':'));

    private static int RunEngagement(int vendors, int seed, string folder, string? schemas, CliContext context)
    {
        // An empty folder would make every $schema name the file system's root, and a line break
        // or a control character has no place in a reference.
        // The folder as the references will name it: "/" would become no folder at all, and an
        // absolute one ("/etc", "C:\\schemas") would be made relative to each file's own folder.
        if (schemas is not null && (schemas.Replace('\\', '/').Trim().TrimEnd('/').Trim().Length == 0 || schemas.Any(char.IsControl) || schemas.Trim() != schemas || IsAbsolute(schemas)))
        {
            var problem = schemas.Any(char.IsControl) ? "holds a line break or another control character"
                : schemas.Replace('\\', '/').Trim().TrimEnd('/').Trim().Length == 0 ? "names no folder"
                : IsAbsolute(schemas) ? "is an absolute path"
                : "starts or ends with a space";
            context.Error.WriteLine($"{CliApplication.Name}: --schemas {problem}; expected a folder relative to the engagement folder, such as ../schemas");
            return ExitCodes.InvalidInput;
        }

        SyntheticEngagement generated;
        try
        {
            generated = SyntheticEngagement.Create(new SyntheticEngagementOptions { Seed = seed, Vendors = vendors });
        }
        catch (ArgumentException exception)
        {
            context.Error.WriteLine($"{CliApplication.Name}: {exception.Message}");
            return ExitCodes.InvalidInput;
        }

        try
        {
            if (!IsNewOrEmpty(folder, context))
            {
                return ExitCodes.InvalidInput;
            }

            var schemaFolder = schemas is null ? string.Empty : schemas.Replace('\\', '/').TrimEnd('/') + "/";
            using (var output = OutputFolder.Create(folder))
            {
                WriteRound(output, SyntheticEngagement.FirstRoundFolder, generated.FirstRound, "../" + schemaFolder, context);
                WriteRound(output, SyntheticEngagement.FollowUpRoundFolder, generated.FollowUpRound, "../" + schemaFolder, context);
                if (schemas is null)
                {
                    output.Write("attestation.schema.json", JsonSchemas.Attestation, context);
                    output.Write("engagement.schema.json", JsonSchemas.Engagement, context);
                }

                output.Write("engagement.json", PrivacyPrinciplesJson.Serialize(generated.Engagement, schemaFolder + "engagement.schema.json"), context);
                output.Commit();
            }

            var file = Path.Combine(folder, "engagement.json");
            context.Out.WriteLine($"Wrote a synthetic engagement (seed {seed}) to {DisplayText.Clean(folder)}: {generated.Engagement.Invited.Count} invited vendors, {generated.FirstRound.Count} first-round and {generated.FollowUpRound.Count} follow-up attestations.");
            context.Out.WriteLine($"Report on it: {CliApplication.Name} engagement {ShellWord.Quote(DisplayText.Clean(file.Replace('\\', '/')))}");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            context.Error.WriteLine($"{CliApplication.Name}: could not write {DisplayText.Clean(folder)}: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static void WriteRound(OutputFolder folder, string round, IReadOnlyList<Attestation> attestations, string schemaPrefix, CliContext context)
    {
        foreach (var attestation in attestations)
        {
            folder.Write(Path.Combine(round, SyntheticEngagement.FileName(attestation)), PrivacyPrinciplesJson.Serialize(attestation, schemaPrefix + "attestation.schema.json"), context);
        }
    }

    private static bool IsNewOrEmpty(string folder, CliContext context)
    {
        if (File.Exists(folder))
        {
            // A device or a pipe is not "a file" to whoever named it: say which kind it is.
            var kind = Files.FileProbe.Of(folder).Kind;
            context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(folder)} is {(kind is Files.FileKind.Regular or Files.FileKind.Unknown ? "a file" : Files.FileProbe.Describe(kind))}; give a new or empty folder.");
            return false;
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            context.Error.WriteLine($"{CliApplication.Name}: {DisplayText.Clean(folder)} is not empty; give a new or empty folder so no file is overwritten.");
            return false;
        }

        return true;
    }

    private static bool IsNdjson(string path) =>
        path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static int WriteFile(SyntheticAttestationGenerator generator, int count, string path, CliContext context)
    {
        using (var output = OutputFile.Create(path, context))
        {
            // Stops at the first failed write: on a full disk, generating millions more would only burn time.
            SyntheticNdjson.Write(output.Writer, generator.Generate(count).TakeWhile(_ => !output.Failed));
            output.Commit();
        }

        context.Out.WriteLine($"Wrote {count} synthetic attestations (seed {generator.Seed}) to {DisplayText.Clean(path)}.");
        return ExitCodes.Success;
    }

    private static int WriteFolder(SyntheticAttestationGenerator generator, int count, string folder, CliContext context)
    {
        if (!IsNewOrEmpty(folder, context))
        {
            return ExitCodes.InvalidInput;
        }

        using (var output = OutputFolder.Create(folder))
        {
            foreach (var attestation in generator.Generate(count))
            {
                // Vendor ids end with the index, so file names never collide.
                output.Write(attestation.Vendor.Id + ".json", PrivacyPrinciplesJson.Serialize(attestation), context);
            }

            output.Commit();
        }

        context.Out.WriteLine($"Wrote {count} synthetic attestations (seed {generator.Seed}) to {DisplayText.Clean(folder)}, one file per vendor.");
        return ExitCodes.Success;
    }
}
