using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;
using SharpFuzz;

namespace PrivacyPrinciples.FuzzHarness;

/// <summary>
/// Fuzz targets for what reads untrusted input: attestation reading, rule-set loading, and
/// evaluation of whatever reads. Each target must never throw: bad input is a list of errors.
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

    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["attestation"] = bytes => _ = Attestations.Read(bytes, "fuzz.json"),
        ["ruleset"] = bytes => _ = RuleSets.Read(new MemoryStream(bytes), "fuzz.json"),
        ["evaluate"] = bytes =>
        {
            var read = Attestations.Read(bytes, "fuzz.json");
            if (read.Succeeded)
            {
                _ = PrivacyPrinciplesJson.Serialize(Evaluator.Evaluate(read.Value!, new DateTime(2026, 11, 1)));
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
