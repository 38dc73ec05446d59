using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Testing;
using PrivacyPrinciples.Tests.Reporting;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

public class ConcurrencyTests
{
    [Fact]
    public void SharedEvaluator_FromManyThreadsAtOnce_GivesIdenticalReports()
    {
        var attestations = Directory.GetFiles(RepositoryPaths.Samples, "*.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new AttestationReader().ReadFile(p).GetValueOrThrow())
            .ToArray();
        var shared = new AttestationEvaluator();
        var json = new JsonReportWriter();
        string Render(Attestation attestation) =>
            json.Render(new ReportBatch { Reports = [shared.Evaluate(attestation, EvaluationDate)], RuleSet = shared.RuleSet, ToolVersion = "1.2.3" });
        var expected = attestations.Select(Render).ToArray();

        var mismatches = new ConcurrentBag<string>();
        using var start = new Barrier(Environment.ProcessorCount * 4);
        var threads = Enumerable.Range(0, Environment.ProcessorCount * 4).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < 20; round++)
            {
                for (var i = 0; i < attestations.Length; i++)
                {
                    var index = (i + t) % attestations.Length;
                    if (!string.Equals(Render(attestations[index]), expected[index], StringComparison.Ordinal))
                    {
                        mismatches.Add(attestations[index].Vendor.Name);
                    }
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        mismatches.Should().BeEmpty();
    }
}
