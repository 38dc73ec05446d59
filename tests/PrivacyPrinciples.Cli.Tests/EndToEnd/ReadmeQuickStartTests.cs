using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>
/// The README's C# quick start, copied out of the README as it stands and run as a file-based
/// app against the core project, in a folder holding only the sample it reads: a user who pastes
/// it gets a SARIF file the SARIF multitool accepts, naming the attestation file.
/// </summary>
[Collection(BuildsInTheRepository.Name)]
[Trait("Category", "Slow")]
public class ReadmeQuickStartTests
{
    private const string Sample = "samples/attestations/copperfield-video.json";

    [Fact]
    public void QuickStart_AsTheReadmeWritesIt_WritesSarifThatTheMultitoolAcceptsWithTheArtifactNamed()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "samples", "attestations"));
        File.Copy(RepositoryPaths.Combine(Sample.Split('/')), Path.Combine(folder.Path, Sample));
        var core = RepositoryPaths.Combine("src", "PrivacyPrinciples", "PrivacyPrinciples.csproj");
        var script = folder.Write("quickstart.cs", $"#:project {core}\n\n{QuickStart()}");

        var result = ProcessRunner.Run("dotnet", ["run", script], folder.Path, timeout: TimeSpan.FromMinutes(8));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("Copperfield Video Ltd: ");
        var sarif = Path.Combine(folder.Path, "privacy.sarif");
        NodeTools.SarifProblems(sarif).Should().BeEmpty();
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = log.RootElement.GetProperty("runs")[0];
        var regions = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation"))
            .Select(l => (Uri: l.GetProperty("artifactLocation").GetProperty("uri").GetString(), Line: l.GetProperty("region").GetProperty("startLine").GetInt32()))
            .ToArray();
        regions.Should().NotBeEmpty("the sample has gaps");
        regions.Should().OnlyContain(r => r.Uri == Sample && r.Line > 1, "every alert points at its answer's line in the file read, never an unknown file at line 1");
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "privacy.json"))).RootElement.GetProperty("attestation").GetProperty("source").GetString().Should().Be(Sample);
    }

    /// <summary>The first C# block under the README's "Quick start in C#" heading.</summary>
    private static string QuickStart()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).Replace("\r\n", "\n");
        var section = readme.IndexOf("## Quick start in C#\n", StringComparison.Ordinal);
        section.Should().BeGreaterThan(0, "the README has a C# quick start");
        var start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        var end = readme.IndexOf("\n```\n", start, StringComparison.Ordinal);
        return readme.Substring(start, end - start + 1);
    }
}
