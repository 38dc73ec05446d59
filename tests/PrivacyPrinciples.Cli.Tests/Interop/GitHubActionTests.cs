using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Interop;

/// <summary>
/// Issue 17: the composite GitHub Action at the repository root passes action-validator, as do the
/// workflows docs/ci.md shows; and its evaluate and conclude scripts, run as a runner would run
/// them (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP) with the tool built here on the PATH,
/// write SARIF and the job summary, set the outputs, fail the job on a failed gate, and never
/// run an input as shell code.
/// </summary>
[Trait("Category", "Slow")]
public class GitHubActionTests
{
    private static readonly string Action = RepositoryPaths.Combine("action.yml");

    [Fact]
    public void ActionMetadata_PassesActionValidator()
    {
        var result = NodeTools.ActionValidator(Action);

        result.ExitCode.Should().Be(0, result.ToString());
    }

    [Fact]
    public void ActionValidator_RefusesABrokenAction_SoItsVerdictMeansSomething()
    {
        using var folder = new TempFolder();
        var broken = File.ReadAllText(Action).Replace("using: composite", "using: compositee", StringComparison.Ordinal);
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder.Path, "broken")).FullName, "action.yml");
        File.WriteAllText(path, broken);

        NodeTools.ActionValidator(path).ExitCode.Should().NotBe(0);
    }

    [Fact]
    public void EveryWorkflowInDocsCi_PassesActionValidator_AndTheFirstUsesTheAction()
    {
        using var folder = new TempFolder();
        var docs = File.ReadAllText(RepositoryPaths.Combine("docs", "ci.md"));
        var workflows = Regex.Matches(docs, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Where(y => y.Contains("runs-on:", StringComparison.Ordinal)).ToList();

        workflows.Should().NotBeEmpty();
        workflows[0].Should().Contain("attestation: privacy/attestation.json", "docs/ci.md leads with the action").And.NotContain("dotnet tool install");
        foreach (var (workflow, i) in workflows.Select((w, i) => (w, i)))
        {
            var path = folder.Write($"workflow-{i}.yml", workflow);
            var result = NodeTools.ActionValidator(path);
            result.ExitCode.Should().Be(0, "workflow {0} of docs/ci.md:\n{1}\n{2}", i, workflow, result);
        }
    }

    [Fact]
    public void Evaluate_PassingAttestation_WritesSarifSummaryAndOutputs_AndExitCode0()
    {
        using var runner = new Runner();
        var result = runner.Evaluate(new() { ["PP_ATTESTATION"] = Samples.Copperfield, ["PP_FAIL_ON"] = "baseline, contradiction" });

        result.ExitCode.Should().Be(0, result.ToString());
        var outputs = runner.Outputs();
        outputs["exit-code"].Should().Be("0");
        outputs["gate"].Should().Be("passed");
        outputs["rating"].Should().Be("moderate");
        double.Parse(outputs["score"], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(0, 100);
        File.Exists(outputs["sarif"]).Should().BeTrue();
        NodeTools.SarifProblems(outputs["sarif"]).Should().BeEmpty();
        File.ReadAllText(runner.Summary).Should().ContainEquivalentOf("copperfield");
        runner.Conclude("0").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Evaluate_FailedGate_PublishesFirst_ThenConcludeFailsTheJob()
    {
        using var runner = new Runner();
        var result = runner.Evaluate(new() { ["PP_ATTESTATION"] = Samples.Tinpot, ["PP_FAIL_ON"] = "baseline" });

        result.ExitCode.Should().Be(0, "the evaluate step publishes; the last step fails the job");
        var outputs = runner.Outputs();
        outputs["exit-code"].Should().Be("1");
        outputs["gate"].Should().Be("failed");
        File.Exists(outputs["sarif"]).Should().BeTrue();
        File.ReadAllText(runner.Summary).Should().NotBeEmpty();

        var conclude = runner.Conclude(outputs["exit-code"]);
        conclude.ExitCode.Should().Be(1);
        conclude.Output.Should().Contain("::error title=privacy-principles::a gate failed");
    }

    [Fact]
    public void Evaluate_InTotoWithASigningKey_WritesAnEnvelopeTheToolVerifies_AndLeavesNoKeyBehind()
    {
        using var runner = new Runner();
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var publicKey = Path.Combine(runner.Root, "signing.pub.pem");
        File.WriteAllText(publicKey, key.ExportSubjectPublicKeyInfoPem());
        var statement = Path.Combine(runner.Root, "privacy.intoto.json");

        var result = runner.Evaluate(new() { ["PP_ATTESTATION"] = Samples.Copperfield, ["PP_IN_TOTO"] = statement, ["PP_SIGNING_KEY"] = key.ExportPkcs8PrivateKeyPem() });

        result.ExitCode.Should().Be(0, result.ToString());
        runner.Outputs()["in-toto"].Should().Be(statement);
        CliRunner.Run("verify", statement, "--key", publicKey, "--attestation", Samples.Copperfield).ExitCode.Should().Be(0);
        Directory.GetFiles(runner.Temp, "*.pem", SearchOption.AllDirectories).Should().BeEmpty("the key written for the tool is removed");
    }

    [Fact]
    public void Evaluate_InputsAreNeverShellCode()
    {
        using var runner = new Runner();
        var marker = Path.Combine(runner.Root, "pwned");
        var result = runner.Evaluate(new()
        {
            ["PP_ATTESTATION"] = $"$(touch {marker})",
            ["PP_FAIL_ON"] = $"baseline;touch {marker}",
            ["PP_WAIVERS"] = $"`touch {marker}`",
        });

        result.ExitCode.Should().Be(0, result.ToString());
        runner.Outputs()["exit-code"].Should().Be("2");
        runner.Outputs()["gate"].Should().Be("error");
        File.Exists(marker).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_EmptyAttestationInput_IsAnErrorAnnotation()
    {
        using var runner = new Runner();
        var result = runner.Evaluate(new() { ["PP_ATTESTATION"] = "  \n" });

        result.Output.Should().Contain("::error title=privacy-principles::the attestation input is empty");
        runner.Outputs()["exit-code"].Should().Be("2");
    }

    /// <summary>A runner's environment: output and summary files, a temporary folder, and the tool built here on the PATH.</summary>
    private sealed class Runner : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Runner()
        {
            var bin = Directory.CreateDirectory(Path.Combine(Root, "bin")).FullName;
            Temp = Directory.CreateDirectory(Path.Combine(Root, "runner-temp")).FullName;
            var dll = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");
            File.Exists(dll).Should().BeTrue("the test project copies the tool it tests");
            var shim = Path.Combine(bin, "privacy-principles");
            File.WriteAllText(shim, $"#!/usr/bin/env bash\nexec dotnet '{dll}' \"$@\"\n");
            ProcessRunner.Run("chmod", ["u+x", shim]).ExitCode.Should().Be(0);
            Path_ = bin + ":" + Environment.GetEnvironmentVariable("PATH");
            File.WriteAllText(OutputFile, string.Empty);
            File.WriteAllText(Summary, string.Empty);
        }

        public string Root => _folder.Path;

        public string Temp { get; }

        public string OutputFile => Path.Combine(Root, "github-output");

        public string Summary => Path.Combine(Root, "step-summary.md");

        private string Path_ { get; }

        public ProcessRunner.Result Evaluate(Dictionary<string, string?> inputs)
        {
            var environment = new Dictionary<string, string?>
            {
                ["PATH"] = Path_,
                ["GITHUB_OUTPUT"] = OutputFile,
                ["GITHUB_STEP_SUMMARY"] = Summary,
                ["RUNNER_TEMP"] = Temp,
                ["PP_DATE"] = "2026-11-01",
                ["PP_SARIF"] = Path.Combine(Root, "privacy-principles.sarif"),
            };
            foreach (var (name, value) in inputs)
            {
                environment[name] = value;
            }

            return ProcessRunner.Run("bash", [RepositoryPaths.Combine("action", "evaluate.sh")], Root, environment, timeout: TimeSpan.FromMinutes(2));
        }

        public ProcessRunner.Result Conclude(string exitCode) =>
            ProcessRunner.Run("bash", [RepositoryPaths.Combine("action", "conclude.sh")], Root, new Dictionary<string, string?> { ["PP_EXIT"] = exitCode });

        // name=value lines, the last value of a name winning, as the runner reads GITHUB_OUTPUT.
        public Dictionary<string, string> Outputs() =>
            File.ReadAllLines(OutputFile).Where(l => l.Contains('=', StringComparison.Ordinal))
                .Select(l => (Name: l[..l.IndexOf('=', StringComparison.Ordinal)], Value: l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]))
                .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last().Value);

        public void Dispose() => _folder.Dispose();
    }
}
