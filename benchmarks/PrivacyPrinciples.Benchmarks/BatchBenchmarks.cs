using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Synthetic;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>
/// A batch of 10,000 synthetic attestations through the streaming path, as the tool runs it for
/// NDJSON: each line read, evaluated and written as CSV rows before the next is read.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BatchBenchmarks
{
    private const int Count = 10_000;
    private readonly AttestationReader _reader = new();
    private readonly AttestationEvaluator _evaluator = new();
    private readonly CsvReportWriter _csv = new();
    private readonly List<byte[]> _lines = new(Count);
    private ReportBatch _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        foreach (var attestation in new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 5 }).Generate(Count))
        {
            _lines.Add(Encoding.UTF8.GetBytes(PrivacyPrinciplesJson.Serialize(attestation)));
        }

        _batch = new ReportBatch { RuleSet = _evaluator.RuleSet, Reports = [] };
    }

    [Benchmark(Description = "10,000 attestations: read, evaluate, write CSV, one at a time")]
    public long StreamTenThousand()
    {
        var output = new CountingWriter();
        _csv.WriteStart(_batch, output);
        for (var i = 0; i < _lines.Count; i++)
        {
            var report = _evaluator.Evaluate(_reader.Read(new ReadOnlyMemory<byte>(_lines[i]), "batch.ndjson").GetValueOrThrow(), new DateTime(2026, 11, 1));
            _csv.WriteReport(_batch, report, i, output);
        }

        _csv.WriteEnd(_batch, _lines.Count, output);
        return output.Characters;
    }

    /// <summary>The same batch as the tool's <c>--parallel 1</c> runs it: read and evaluate on one thread, written in order.</summary>
    [Benchmark(Baseline = true, Description = "10,000 attestations, --parallel 1")]
    public long OneWorker() => OnWorkers(1);

    /// <summary>The same batch on two threads (this machine has two cores), results still written in input order.</summary>
    [Benchmark(Description = "10,000 attestations, --parallel 2")]
    public long TwoWorkers() => OnWorkers(2);

    private long OnWorkers(int workers)
    {
        var output = new CountingWriter();
        _csv.WriteStart(_batch, output);
        var index = 0;
        var reports = Cli.Commands.OrderedParallel.Select(
            _lines,
            line => _evaluator.Evaluate(_reader.Read(new ReadOnlyMemory<byte>(line), "batch.ndjson").GetValueOrThrow(), new DateTime(2026, 11, 1)),
            workers);
        foreach (var report in reports)
        {
            _csv.WriteReport(_batch, report, index++, output);
        }

        _csv.WriteEnd(_batch, index, output);
        return output.Characters;
    }

    // Counts what would be written, so the benchmark measures the work, not a disk.
    private sealed class CountingWriter : TextWriter
    {
        public long Characters { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Characters++;

        public override void Write(string? value) => Characters += value?.Length ?? 0;
    }
}
