using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using SharpFuzz;

namespace PrivacyPrinciples.FuzzHarness;

/// <summary>
/// Fuzz targets for everything that reads untrusted input: attestations, rule sets, waivers files,
/// reports, tailoring profiles and engagement files, and what is done with whatever reads
/// (evaluation, comparison, every report writer, engagement analysis). Each target must never
/// throw: bad input is a list of errors.
/// </summary>
/// <remarks>
/// <c>--smoke N DIR…</c> runs every target in process over the JSON files under each DIR and N
/// seeded mutations of each (CI runs it); with no arguments the harness runs under AFL through SharpFuzz,
/// taking the target from <c>FUZZ_TARGET</c> (see docs/fuzzing.md).
/// </remarks>
public static class Program
{
    private static readonly AttestationReader Attestations = new();
    private static readonly RuleSetReader RuleSets = new();
    private static readonly AttestationEvaluator Evaluator = new();
    private static readonly DateTime On = new(2026, 11, 1);
    private static readonly Lazy<Attestations.Attestation> Synthetic = new(() => new PrivacyPrinciples.Synthetic.SyntheticAttestationGenerator().Generate(1).First());

    // An engagement is read from a file and names files beside it: each run writes the input into
    // a folder that holds one attestation in each of the sample engagement's round folders.
    private static readonly Lazy<string> EngagementFolder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("privacy-principles-fuzz-").FullName;
        foreach (var round in new[] { "round-1", "round-2" })
        {
            Directory.CreateDirectory(Path.Combine(folder, round));
            File.WriteAllText(Path.Combine(folder, round, "vendor.json"), PrivacyPrinciplesJson.Serialize(Synthetic.Value));
        }

        return folder;
    });

    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["attestation"] = bytes => _ = Attestations.Read(bytes, "fuzz.json"),
        ["ruleset"] = bytes => _ = RuleSets.Read(new MemoryStream(bytes), "fuzz.json"),
        ["evaluate"] = bytes =>
        {
            var read = Attestations.Read(bytes, "fuzz.json");
            if (read.Succeeded)
            {
                var batch = new Reporting.ReportBatch([Evaluator.Evaluate(read, On)]);
                foreach (var writer in Reporting.ReportWriters.All)
                {
                    writer.Write(batch, new StringWriter());
                }
            }
        },
        ["waivers"] = bytes =>
        {
            var read = new Waivers.WaiverReader().Read(bytes, "fuzz.json");
            if (read.Succeeded)
            {
                _ = Waivers.WaiverApplier.Apply(Evaluator.Evaluate(Synthetic.Value, On), read.Value!);
            }
        },
        ["report"] = bytes =>
        {
            var read = new ReportReader().Read(bytes, "fuzz.json");
            if (read.Succeeded)
            {
                foreach (var report in read.Value!)
                {
                    _ = Comparison.ReportComparer.Compare(report, report);
                    _ = PrivacyPrinciplesJson.Serialize(report);
                }
            }
        },
        ["profile"] = bytes =>
        {
            var read = new Profiles.ProfileReader().Read(bytes, "fuzz.json");
            if (read.Succeeded)
            {
                var resolved = Profiles.ProfileResolver.Resolve(read.Value!, Rules.BuiltInRuleSets.VtcJointStatement2020, "fuzz.json");
                if (resolved.Succeeded)
                {
                    _ = new AttestationEvaluator(resolved.Value!).Evaluate(Synthetic.Value, On);
                }
            }
        },
        ["engagement"] = bytes =>
        {
            var path = Path.Combine(EngagementFolder.Value, "engagement.json");
            File.WriteAllBytes(path, bytes);
            var loaded = new Engagements.EngagementLoader().Load(path, On);
            if (loaded.Succeeded)
            {
                var report = Engagements.EngagementAnalyzer.Analyze(loaded.Engagement!, loaded.RuleSet!, loaded.Rounds, null);
                foreach (var writer in Reporting.Engagements.EngagementWriters.All)
                {
                    writer.Write(report, new StringWriter());
                }
            }
        },
    };

    public static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "--smoke")
        {
            return Smoke(int.Parse(args[1], CultureInfo.InvariantCulture), args.Skip(2).ToArray());
        }

        var name = Environment.GetEnvironmentVariable("FUZZ_TARGET") ?? "evaluate";
        if (!Targets.TryGetValue(name, out var target))
        {
            Console.Error.WriteLine($"FUZZ_TARGET must be one of {string.Join(", ", Targets.Keys)}; got '{name}'.");
            return 2;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }

    private static int Smoke(int mutations, string[] folders)
    {
        var seeds = folders.SelectMany(f => Directory.GetFiles(f, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)).Select(File.ReadAllBytes).ToArray();
        var random = new Random(20201121);
        var runs = 0;
        foreach (var seed in seeds)
        {
            foreach (var input in new[] { seed }.Concat(Enumerable.Range(0, mutations).Select(_ => Mutate(seed, random))))
            {
                foreach (var (name, target) in Targets)
                {
                    try
                    {
                        target(input);
                        runs++;
                    }
                    catch (Exception exception)
                    {
                        var crash = Path.Combine(Path.GetTempPath(), $"privacy-principles-crash-{name}-{runs}.json");
                        File.WriteAllBytes(crash, input);
                        Console.Error.WriteLine($"{name}: {exception.GetType().Name}: {exception.Message}\n  input saved to {crash}");
                        return 1;
                    }
                }
            }
        }

        Console.WriteLine($"fuzz smoke: {runs} runs of {Targets.Count} targets over {seeds.Length} seeds, no crash");
        if (EngagementFolder.IsValueCreated)
        {
            Directory.Delete(EngagementFolder.Value, recursive: true);
        }

        return 0;
    }

    // A few byte-level edits, as a fuzzer makes them: deletions, insertions, bit flips, duplicated runs.
    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            var length = Math.Min(random.Next(1, 32), bytes.Count - at);
            switch (random.Next(4))
            {
                case 0: bytes.RemoveRange(at, length); break;
                case 1: bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 8)).Select(_ => (byte)random.Next(256))); break;
                case 2 when bytes.Count > 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                default: bytes.InsertRange(at, bytes.GetRange(at, length)); break;
            }
        }

        return [.. bytes];
    }
}
