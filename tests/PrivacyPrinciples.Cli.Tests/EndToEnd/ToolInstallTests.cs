using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>End to end, as a vendor's pipeline uses it: the packed and installed tool, every verb and format, on the samples.</summary>
[Collection(BuildsInTheRepository.Name)]
[Trait("Category", "Slow")]
public class ToolInstallTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    private static readonly string SampleFolder = RepositoryPaths.Samples;
    private static readonly string Sample = Path.Combine(SampleFolder, "copperfield-video.json");
    private static readonly int SampleCount = Directory.GetFiles(SampleFolder, "*.json").Length;

    [Fact]
    public void DotnetToolInstall_FromALocalFeed_GivesAWorkingCommand()
    {
        tool.Pack.ExitCode.Should().Be(0, tool.Pack.ToString());
        tool.Install.ExitCode.Should().Be(0, tool.Install.ToString());
        tool.Install.Output.Should().Contain("privacy-principles");

        var help = tool.Run("--help");

        help.ExitCode.Should().Be(0);
        foreach (var verb in new[] { "evaluate", "validate", "init", "rules", "schema", "diff" })
        {
            help.Output.Should().Contain($"\n  {verb}");
        }
    }

    [Fact]
    public void Evaluate_AsSarif_ValidatesWithZeroProblems()
    {
        var sarif = Path.Combine(tool.Work, "r.sarif");

        var result = tool.Run("evaluate", Sample, "--format", "sarif", "--output", sarif);

        result.ExitCode.Should().Be(0, result.ToString());
        NodeTools.SarifProblems(sarif).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_EveryFormat_OnEverySample_WritesItsFile()
    {
        var formats = new[] { ("text", "txt"), ("json", "json"), ("markdown", "md"), ("sarif", "sarif"), ("junit", "xml"), ("html", "html"), ("csv", "csv") };
        var arguments = new[] { "evaluate", SampleFolder }
            .Concat(formats.SelectMany(f => new[] { "--format", f.Item1 }))
            .Concat(formats.SelectMany(f => new[] { "--output", Path.Combine(tool.Work, "all." + f.Item2) }))
            .ToArray();

        var result = tool.Run(arguments);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().BeEmpty("every format went to a file");
        foreach (var (_, extension) in formats)
        {
            new FileInfo(Path.Combine(tool.Work, "all." + extension)).Length.Should().BeGreaterThan(100, extension);
        }

        JsonDocument.Parse(File.ReadAllText(Path.Combine(tool.Work, "all.json"))).RootElement.GetArrayLength().Should().Be(SampleCount);
        XDocument.Load(Path.Combine(tool.Work, "all.xml")).Descendants("testcase").Should().HaveCount(SampleCount * 37);
        File.ReadAllLines(Path.Combine(tool.Work, "all.csv")).Should().HaveCount(1 + (SampleCount * 37));
        Directory.GetFiles(tool.Work, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_FailUnder101_ExitsOne()
    {
        tool.Run("evaluate", Sample, "--fail-under", "101").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Evaluate_BrokenFile_ExitsTwoNamingItWithoutAStackTrace()
    {
        var broken = Path.Combine(tool.Work, "truncated.json");
        File.WriteAllText(broken, "{ \"schemaVersion\": \"1.0\", \"vendor\": ");

        var result = tool.Run("evaluate", broken);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"privacy-principles: {broken} is not a valid attestation (1 error):");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Init_ThenValidate_ExitsZero()
    {
        var path = Path.Combine(tool.Work, "init", "attestation.json");

        tool.Run("init", "--output", path, "--audience", "health").ExitCode.Should().Be(0);
        var validate = tool.Run("validate", path);

        validate.ExitCode.Should().Be(0, validate.ToString());
    }

    [Fact]
    public void Diff_TwoSampleRounds()
    {
        var result = tool.Run("diff", Sample, RepositoryPaths.Combine("samples", "rounds", "copperfield-video-round-2.json"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("regressed").And.Contain("improved");
    }

    [Fact]
    public void RulesAndSchema_Work()
    {
        tool.Run("rules", "list").Output.Should().Contain("SEC-01");
        tool.Run("rules", "show", "EUC-01").Output.Should().StartWith("EUC-01  ");
        tool.Run("schema", "waivers").Output.Should().Be(File.ReadAllText(RepositoryPaths.Schema("waivers")));
    }

    [Fact]
    public void DocsCiRecipes_RunAsWritten()
    {
        // Every privacy-principles command of docs/ci.md, in order, on a sample attestation and its waivers.
        var commands = File.ReadAllLines(RepositoryPaths.Combine("docs", "ci.md"))
            .Select(line => line.Trim().Replace("- script: ", string.Empty, StringComparison.Ordinal))
            .Where(line => line.StartsWith("privacy-principles ", StringComparison.Ordinal))
            .Select(line => line.Replace("$(Build.ArtifactStagingDirectory)", "staging", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray())
            .ToArray();
        commands.Should().HaveCountGreaterThanOrEqualTo(5);
        var work = Directory.CreateDirectory(Path.Combine(tool.Work, "ci-recipes")).FullName;
        Directory.CreateDirectory(Path.Combine(work, "privacy"));
        File.Copy(Samples.Copperfield, Path.Combine(work, "privacy", "attestation.json"));
        File.Copy(Samples.CopperfieldWaivers, Path.Combine(work, "privacy", "waivers.json"));
        // The keys the signing recipe makes with openssl.
        using (var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256))
        {
            File.WriteAllText(Path.Combine(work, "signing.pem"), key.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(Path.Combine(work, "signing.pub.pem"), key.ExportSubjectPublicKeyInfoPem());
        }

        foreach (var arguments in commands)
        {
            var result = ProcessRunner.Run(tool.Executable, arguments, work, new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = InstalledTool.Epoch, ["NO_COLOR"] = "1" });

            // A gate may fail on the sample (exit 1); the command line itself must be right.
            result.ExitCode.Should().BeOneOf([0, 1], string.Join(' ', arguments) + "\n" + result);
            if (arguments[0] == "verify")
            {
                result.ExitCode.Should().Be(0, "the envelope the recipe signed verifies\n{0}", result);
            }
        }

        NodeTools.SarifProblems(Path.Combine(work, "privacy.sarif")).Should().BeEmpty();
        File.ReadAllText(Path.Combine(work, "privacy-summary.md")).Should().StartWith("#");
        XDocument.Load(Path.Combine(work, "staging", "privacy-junit.xml")).Descendants("testcase").Should().HaveCount(37);
        JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "privacy", "last-release.json"))).RootElement.GetProperty("principles").GetArrayLength().Should().Be(5);
    }
}
