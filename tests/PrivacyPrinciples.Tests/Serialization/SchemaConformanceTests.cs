using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// The JSON Schemas in schemas/ are checked with an independent validator (ajv, draft 2020-12), and
/// the package's own reader must agree with it on every sample and every broken fixture.
/// </summary>
[Trait("Category", "Slow")]
public class SchemaConformanceTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> Samples => Names(RepositoryPaths.Samples);

    public static TheoryData<string> InvalidAttestations => Names(Path.Combine(Fixtures, "attestations", "invalid"));

    public static TheoryData<string> InvalidRuleSets => Names(Path.Combine(Fixtures, "rulesets", "invalid"));

    public static TheoryData<string> SemanticallyInvalidRuleSets => Names(Path.Combine(Fixtures, "rulesets", "semantic"));

    [Fact]
    public void SampleFolder_HasAtLeastSixVendors()
    {
        FileNames(RepositoryPaths.Samples).Length.Should().BeGreaterThanOrEqualTo(6);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_IsValidForAjvAndForTheReader(string name)
    {
        var path = Path.Combine(RepositoryPaths.Samples, name);

        var ajv = NodeTools.Ajv(RepositoryPaths.Schema("attestation"), path);

        ajv.ExitCode.Should().Be(0, ajv.ToString());
        new AttestationReader().ReadFile(path).Errors.Should().BeEmpty();
    }

    [Fact]
    public void ValidFixture_IsValidForAjvAndForTheReader()
    {
        var path = Path.Combine(Fixtures, "attestations", "valid-minimal.json");

        NodeTools.Ajv(RepositoryPaths.Schema("attestation"), path).ExitCode.Should().Be(0);
        new AttestationReader().ReadFile(path).Succeeded.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(InvalidAttestations))]
    public void BrokenAttestation_IsInvalidForAjvAndForTheReader(string name)
    {
        var path = Path.Combine(Fixtures, "attestations", "invalid", name);

        var ajv = NodeTools.Ajv(RepositoryPaths.Schema("attestation"), path);

        ajv.ExitCode.Should().NotBe(0, "ajv must reject {0}:\n{1}", name, ajv);
        new AttestationReader().ReadFile(path).Errors.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("2.0.0")]
    public void BuiltInRuleSet_IsValidForAjv(string version)
    {
        var ajv = NodeTools.Ajv(RepositoryPaths.Schema("ruleset"), RepositoryPaths.Combine("src", "PrivacyPrinciples", "Rules", "BuiltIn", $"vtc-joint-statement-2020-{version}.json"));

        ajv.ExitCode.Should().Be(0, ajv.ToString());
    }

    [Theory]
    [MemberData(nameof(InvalidRuleSets))]
    public void BrokenRuleSet_IsInvalidForAjvAndForTheReader(string name)
    {
        var path = Path.Combine(Fixtures, "rulesets", "invalid", name);

        NodeTools.Ajv(RepositoryPaths.Schema("ruleset"), path).ExitCode.Should().NotBe(0);
        new RuleSetReader().ReadFile(path).Errors.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SemanticallyInvalidRuleSets))]
    public void SemanticErrors_PassTheSchemaButNotTheReader(string name)
    {
        var path = Path.Combine(Fixtures, "rulesets", "semantic", name);

        NodeTools.Ajv(RepositoryPaths.Schema("ruleset"), path).ExitCode.Should().Be(0, "the schema cannot see cross-references");
        new RuleSetReader().ReadFile(path).Errors.Should().ContainSingle().Which.Code.Should().StartWith("ruleset-");
    }

    [Fact]
    public void ReportsOfEverySample_AreValidForAjv()
    {
        var directory = Directory.CreateTempSubdirectory("reports-");
        try
        {
            var evaluator = new AttestationEvaluator();
            var paths = FileNames(RepositoryPaths.Samples).Select(name =>
            {
                var report = evaluator.Evaluate(new AttestationReader().ReadFile(Path.Combine(RepositoryPaths.Samples, name)).GetValueOrThrow(), TestAttestations.EvaluationDate);
                var path = Path.Combine(directory.FullName, name);
                File.WriteAllText(path, PrivacyPrinciplesJson.Serialize(report));
                return path;
            }).ToArray();

            var ajv = NodeTools.Ajv(RepositoryPaths.Schema("report"), paths);

            ajv.ExitCode.Should().Be(0, ajv.ToString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("attestation")]
    [InlineData("ruleset")]
    [InlineData("report")]
    public void EmbeddedSchema_IsTheRepositoryFile(string name)
    {
        var embedded = name switch
        {
            "attestation" => JsonSchemas.Attestation,
            "ruleset" => JsonSchemas.RuleSet,
            _ => JsonSchemas.Report,
        };

        embedded.Should().Be(File.ReadAllText(RepositoryPaths.Schema(name)));
    }

    private static TheoryData<string> Names(string folder) => [.. FileNames(folder)];

    private static string[] FileNames(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
