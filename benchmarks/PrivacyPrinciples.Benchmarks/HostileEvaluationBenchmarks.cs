using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>
/// The worst case for the evidence-reuse note: every declared piece of evidence (up to the 1,000
/// items an array may hold) a distinct document with a 2,000-character reference (the schema's
/// limit), each cited where it counts and where it is refused, so every one is a refused document.
/// Finding which refused document each reference is must cost time in proportion to the evidence:
/// it used to compare every reference with every refused document, normalising it each time, so a
/// thousand took over a second. Linear time shows as the 1,000 row taking about ten times the 100
/// row, not a hundred times.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HostileEvaluationBenchmarks
{
    private static readonly DateTime Date = new(2026, 11, 1);
    private readonly AttestationEvaluator _evaluator = new();
    private Attestation _attestation = null!;

    /// <summary>How many pieces of evidence the attestation declares, each refused somewhere.</summary>
    [Params(100, 1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _attestation = new AttestationReader().Read(new ReadOnlyMemory<byte>(Document(Documents)), "hostile.json").GetValueOrThrow();
        var notes = _evaluator.Evaluate(_attestation, Date).Notes.Count(n => n.Code == ReasonCodes.EvidenceReused);
        if (notes != Documents)
        {
            throw new InvalidOperationException($"Every document must be reported as reused: {notes} of {Documents} were.");
        }
    }

    [Benchmark(Description = "evaluate: every piece of evidence refused somewhere")]
    public EvaluationReport Evaluate() => _evaluator.Evaluate(_attestation, Date);

    /// <summary>The evidence-heavy sample with its evidence replaced by <paramref name="documents"/> penetration tests, each cited by SEC-06 (where it counts) and PBD-05 and PBD-07 (where it is refused).</summary>
    public static byte[] Document(int documents)
    {
        var root = JsonNode.Parse(Samples.Bytes("harbourlight-meetings"))!.AsObject();
        var evidence = new JsonArray();
        var citations = new JsonArray();
        for (var i = 0; i < documents; i++)
        {
            var id = "pentest-" + i.ToString("D4", CultureInfo.InvariantCulture);
            evidence.Add(new JsonObject
            {
                ["id"] = id,
                ["kind"] = "penetrationTest",
                ["reference"] = "https://docs.example/" + new string('a', 1960) + "/" + id,
                ["title"] = "Penetration test " + i.ToString(CultureInfo.InvariantCulture),
                ["issued"] = "2026-03-12",
                ["independent"] = true,
                ["issuer"] = "Fictional Testers",
            });
            citations.Add(new JsonObject { ["ref"] = id, ["shows"] = "validate" });
        }

        root["evidence"] = evidence;
        foreach (var (id, answer) in root["answers"]!.AsObject())
        {
            answer!["evidence"] = id is "SEC-06" or "PBD-05" or "PBD-07" ? citations.DeepClone() : new JsonArray();
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
