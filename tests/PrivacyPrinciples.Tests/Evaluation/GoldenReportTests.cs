using System.IO;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Evaluation;

public class GoldenReportTests
{
    [Theory]
    [InlineData("copperfield-video")]
    [InlineData("tinpot-talk")]
    public void Evaluate_Sample_MatchesItsGoldenJsonReport(string sample)
    {
        var read = new AttestationReader().ReadFile(Path.Combine(RepositoryPaths.Samples, sample + ".json"));
        var report = new AttestationEvaluator().Evaluate(read.GetValueOrThrow(), TestAttestations.EvaluationDate);

        GoldenFile.Verify(sample + ".report.json", PrivacyPrinciplesJson.Serialize(report with { Attestation = report.Attestation with { Source = "samples/attestations/" + sample + ".json" } }));
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesTheSameBytes()
    {
        var attestation = new AttestationReader().ReadFile(Path.Combine(RepositoryPaths.Samples, "harbourlight-meetings.json")).GetValueOrThrow();
        var evaluator = new AttestationEvaluator();

        PrivacyPrinciplesJson.Serialize(evaluator.Evaluate(attestation, TestAttestations.EvaluationDate))
            .Should().Be(PrivacyPrinciplesJson.Serialize(new AttestationEvaluator().Evaluate(attestation, TestAttestations.EvaluationDate)));
    }
}
