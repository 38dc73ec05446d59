using System;
using BenchmarkDotNet.Attributes;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>Evaluating one attestation against the built-in rule set, relative to reading it.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly DateTime Date = new(2026, 11, 1);
    private readonly AttestationEvaluator _evaluator = new();
    private readonly AttestationReader _reader = new();
    private Attestation _attestation = null!;
    private byte[] _json = [];

    [Params("driftwood-rooms", "tinpot-talk", "harbourlight-meetings")]
    public string Sample { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _json = Samples.Bytes(Sample);
        _attestation = _reader.Read(new ReadOnlyMemory<byte>(_json), "sample.json").GetValueOrThrow();
    }

    [Benchmark(Baseline = true, Description = "read")]
    public Attestation? Read() => _reader.Read(new ReadOnlyMemory<byte>(_json), "sample.json").Value;

    [Benchmark(Description = "evaluate")]
    public EvaluationReport Evaluate() => _evaluator.Evaluate(_attestation, Date);

    [Benchmark(Description = "evaluate and write JSON")]
    public string EvaluateAndSerialize() => PrivacyPrinciplesJson.Serialize(_evaluator.Evaluate(_attestation, Date));
}
