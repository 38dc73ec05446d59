using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Benchmarks.Peers;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>
/// The physical floor and what we do above it, on the same bytes: tokenizing with
/// <see cref="Utf8JsonReader"/> and nothing else (the baseline), reading and evaluating from UTF-8,
/// evaluating an attestation already read, and the peers (Microsoft RulesEngine and NRules)
/// deciding the same expectations of the same attestation (see <c>Peers/</c>; an equivalence test
/// proves they reach the evaluator's decisions). Shapes: a complete answer set, a sparse one, and
/// one heavy with evidence.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FloorBenchmarks
{
    private readonly AttestationReader _reader = new();
    private readonly AttestationEvaluator _evaluator = new();
    private readonly RulesEnginePeer _rulesEngine = new(BuiltInRuleSets.VtcJointStatement2020);
    private readonly NRulesPeer _nrules = new(BuiltInRuleSets.VtcJointStatement2020);
    private readonly DateTime _date = new(2026, 11, 1);
    private byte[] _json = [];
    private Attestation _attestation = null!;

    /// <summary>complete: every expectation answered; sparse: a third answered; evidence-heavy: independent evidence on nearly every answer.</summary>
    [Params("complete", "sparse", "evidence-heavy")]
    public string Shape { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _json = Samples.Bytes(Shape switch
        {
            "sparse" => "driftwood-rooms",
            "evidence-heavy" => "harbourlight-meetings",
            _ => "copperfield-video",
        });
        _attestation = _reader.Read(new ReadOnlyMemory<byte>(_json), "sample.json").GetValueOrThrow();
    }

    [Benchmark(Baseline = true, Description = "floor: Utf8JsonReader tokenize only")]
    public int Tokenize() => Floor.Tokenize(_json);

    [Benchmark(Description = "parse + evaluate from UTF-8")]
    public EvaluationReport ParseAndEvaluate() => _evaluator.Evaluate(_reader.Read(new ReadOnlyMemory<byte>(_json), "sample.json").GetValueOrThrow(), _date);

    [Benchmark(Description = "evaluate a parsed attestation")]
    public EvaluationReport Evaluate() => _evaluator.Evaluate(_attestation, _date);

    [Benchmark(Description = "peer: RulesEngine 6.0.1 decides a parsed attestation")]
    public PeerDecision[] RulesEngine() => _rulesEngine.Decide(_attestation, _date);

    [Benchmark(Description = "peer: NRules 1.0.4 decides a parsed attestation")]
    public PeerDecision[] NRules() => _nrules.Decide(_attestation, _date);
}
