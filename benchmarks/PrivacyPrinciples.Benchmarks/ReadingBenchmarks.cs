using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>
/// What it costs to read an attestation with every error reported (syntax pass with a source map,
/// schema validation, binding, semantic checks) against plain source-generated System.Text.Json
/// deserialization of the same bytes, which reports at most one error and no line numbers.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private readonly AttestationReader _reader = new();
    private byte[] _json = [];

    [Params("driftwood-rooms", "copperfield-video", "harbourlight-meetings")]
    public string Sample { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _json = Samples.Bytes(Sample);

    [Benchmark(Baseline = true, Description = "System.Text.Json (source-generated)")]
    public Attestation? SystemTextJson() => JsonSerializer.Deserialize(_json, AttestationJsonContext.Default.Attestation);

    [Benchmark(Description = "AttestationReader (every error, with positions)")]
    public Attestation? AttestationReader() => _reader.Read(new ReadOnlyMemory<byte>(_json), "sample.json").Value;
}
