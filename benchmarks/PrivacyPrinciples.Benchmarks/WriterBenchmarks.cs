using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>Writing the seven sample reports in each format, relative to the terminal text summary.</summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private ReportBatch _batch = null!;

    [Params("text", "json", "markdown", "sarif", "junit", "html", "csv")]
    public string Format { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var evaluator = new AttestationEvaluator();
        var reader = new AttestationReader();
        var reports = Directory.GetFiles(Samples.Folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => evaluator.Evaluate(reader.ReadFile(path).GetValueOrThrow(), new DateTime(2026, 11, 1)))
            .ToArray();
        _batch = new ReportBatch { Reports = reports, RuleSet = BuiltInRuleSets.VtcJointStatement2020 };
    }

    [Benchmark(Baseline = true)]
    public int Text() => Write("text");

    [Benchmark]
    public int Selected() => Write(Format);

    private int Write(string format)
    {
        if (!ReportWriters.TryGet(format, out var writer))
        {
            return 0;
        }

        var text = new StringWriter();
        writer.Write(_batch, text);
        return text.GetStringBuilder().Length;
    }
}
