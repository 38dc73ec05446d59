using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>The researcher's script of the README, run as a researcher would: <c>dotnet run samples/analysis/principle-scores.cs</c>.</summary>
[Collection(BuildsInTheRepository.Name)]
[Trait("Category", "Slow")]
public class ResearcherScriptTests
{
    [Fact]
    public void PrincipleScoresScript_OnTheSampleEngagement_WritesTidyCsvAndAnSvgChart()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "analysis");

        var result = ProcessRunner.Run(
            "dotnet",
            ["run", RepositoryPaths.Combine("samples", "analysis", "principle-scores.cs"), "--", RepositoryPaths.Combine("samples", "engagement", "engagement.json"), output],
            RepositoryPaths.Root,
            timeout: TimeSpan.FromMinutes(8));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("21 attestations from 21 vendors");
        var rows = File.ReadAllLines(Path.Combine(output, "principle-scores.csv"));
        rows[0].Should().Be("round,vendor_id,vendor,service,principle,principle_title,score,overall");
        rows.Skip(1).Should().HaveCount(21 * 5, "one row per responding vendor and principle");
        rows.Skip(1).Should().OnlyContain(r => r.StartsWith("round-2,", StringComparison.Ordinal));
        var svg = XDocument.Load(Path.Combine(output, "principle-scores.svg"));
        svg.Root!.Name.LocalName.Should().Be("svg");
        svg.Descendants().Count(e => e.Name.LocalName == "rect").Should().BeGreaterThanOrEqualTo(21 * 5);
    }
}
