using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>The tool as its own process, in the time zones furthest apart: the same inputs give the same bytes in every format.</summary>
[Trait("Category", "Slow")]
public class TimeZoneTests
{
    [Fact]
    public void Evaluate_EveryFormat_IsTheSameInUtcPlus14AndUtcMinus11()
    {
        using var folder = new TempFolder();
        string[] formats = ["text", "json", "markdown", "sarif", "junit", "html", "csv"];

        string[] Run(string zone)
        {
            var outputs = formats.Select(f => Path.Combine(folder.Path, zone.Replace('/', '-') + "." + f)).ToArray();
            var arguments = new List<string> { Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll"), "evaluate", RepositoryPaths.Samples };
            arguments.AddRange(formats.Zip(outputs).SelectMany(p => new[] { "--output", p.First + "=" + p.Second }));

            // 2026-11-01T23:30:00Z: already 2 November at UTC+14, still 1 November at UTC-11.
            var result = ProcessRunner.Run("dotnet", arguments, RepositoryPaths.Root, new Dictionary<string, string?> { ["TZ"] = zone, ["SOURCE_DATE_EPOCH"] = "1793575800", ["NO_COLOR"] = "1" });
            result.ExitCode.Should().Be(0, result.ToString());
            return [.. outputs.Select(File.ReadAllText)];
        }

        var east = Run("Pacific/Kiritimati");
        var west = Run("Pacific/Pago_Pago");

        for (var i = 0; i < formats.Length; i++)
        {
            east[i].Should().Be(west[i], formats[i]);
        }

        east[1].Should().Contain("\"evaluatedOn\": \"2026-11-01\"", "SOURCE_DATE_EPOCH is read as a UTC date");
    }
}
