using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// Valid sample attestations mutated thousands of times (bytes deleted, inserted, flipped,
/// duplicated; hostile tokens spliced in): reading never throws and gives only documented errors,
/// each placed in the document; whatever still reads evaluates to a report every format writes.
/// </summary>
public class MutationPropertyTests
{
    internal static readonly byte[][] Samples = [.. Directory.GetFiles(RepositoryPaths.Samples, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    private static readonly HashSet<string> DocumentedCodes = [.. Regex.Matches(File.ReadAllText(RepositoryPaths.Combine("docs", "errors.md")), @"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value)];

    private static readonly byte[][] Splices =
    [
        U("\""), U("{"), U("}"), U("["), U(","), U(":"), U("null"), U("NaN"),
        U("-1e999"), U("\\ud800"), [0xC3, 0x28], [0xEF, 0xBB, 0xBF], [0x00], U("\"\u202E\""), U("{\"a\":{\"a\":{\"a\":[[[[[["),
        U("\"answers\": {}"), U("\"SEC-01\": {\"status\": \"implemented\"}"), U("9999-99-99"),
    ];

    internal static readonly Gen<(int Sample, (int Kind, int Position, int Length, int Splice)[] Mutations)> Mutated =
        Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Int[1, 64], Gen.Int[0, Splices.Length - 1]).Array[1, 4]);

    [Fact]
    public void MutatedAttestations_GiveOnlyDocumentedErrors_OrWellFormedReports()
    {
        var reader = new AttestationReader();
        var evaluator = new AttestationEvaluator();
        Mutated.Sample(
            input =>
            {
                var bytes = Mutate(Samples[input.Sample], input.Mutations);
                var read = reader.Read(bytes, "mutated.json");
                if (!read.Succeeded)
                {
                    read.Errors.Should().NotBeEmpty();
                    read.Errors.Should().OnlyContain(e => DocumentedCodes.Contains(e.Code) && e.Line >= 1 && e.Column >= 1 && e.Source == "mutated.json");
                    return;
                }

                var report = evaluator.Evaluate(read.Value!, new DateTime(2026, 11, 1));
                var batch = new ReportBatch { RuleSet = evaluator.RuleSet, Reports = [report] };
                foreach (var writer in ReportWriters.All)
                {
                    var text = new StringWriter();
                    writer.Write(batch, text);
                    text.ToString().Should().NotBeEmpty();
                }

                new ReportReader().Read(PrivacyPrinciplesJson.Serialize(report), "report.json").Errors.Should().BeEmpty();
            },
            iter: 3000,
            seed: "0N0XIzNsQ0O2");
    }

    private static byte[] U(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    internal static byte[] Mutate(byte[] original, (int Kind, int Position, int Length, int Splice)[] mutations)
    {
        var bytes = new List<byte>(original);
        foreach (var (kind, position, length, splice) in mutations)
        {
            var at = bytes.Count == 0 ? 0 : position % bytes.Count;
            var count = Math.Min(length, bytes.Count - at);
            switch (kind)
            {
                case 0: bytes.RemoveRange(at, count); break;
                case 1: bytes.InsertRange(at, Splices[splice]); break;
                case 2 when bytes.Count > 0: bytes[at] ^= (byte)(1 << (length % 8)); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, count)); break;
                default: bytes.RemoveRange(at, count); bytes.InsertRange(at, Splices[splice]); break;
            }
        }

        return [.. bytes];
    }
}
