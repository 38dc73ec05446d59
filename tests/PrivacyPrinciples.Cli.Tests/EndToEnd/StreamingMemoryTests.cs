using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>
/// A batch far larger than the memory the tool is allowed streams through: the tool runs as its
/// own process with the .NET GC heap capped, so holding every attestation or report at once
/// would fail with an out-of-memory error. A test of behaviour, not of time.
/// </summary>
[Trait("Category", "Slow")]
public class StreamingMemoryTests
{
    private const int Attestations = 10_000;

    // 10,000 attestations are about 90 MB of NDJSON and their reports several hundred MB; 64 MB
    // leaves room for the runtime, the rule set and one attestation at a time, and nothing more.
    private const string HeapLimit = "0x4000000";

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Evaluate_TenThousandAttestations_StreamsWithinA64MegabyteHeap(string format)
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "batch.ndjson");
        var output = Path.Combine(folder.Path, "out." + format);
        CliRunner.Run("generate", "--count", Attestations.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "5", "--output", input).ExitCode.Should().Be(0);
        new FileInfo(input).Length.Should().BeGreaterThan(64L * 1024 * 1024, "the input alone must not fit in the heap, or the test proves nothing");

        var result = ProcessRunner.Run(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll"), "evaluate", input, "--format", format, "--output", output, "--date", "2026-11-01"],
            folder.Path,
            new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = HeapLimit, ["DOTNET_gcServer"] = "0" },
            timeout: TimeSpan.FromMinutes(10));

        result.ExitCode.Should().BeOneOf([0, 1], result.ToString());
        result.Error.Should().NotContain("OutOfMemory").And.Contain("Evaluated 10000 attestations.");
        if (format == "csv")
        {
            // A header, then one row per attestation and expectation in scope.
            var vendorId = Array.IndexOf(File.ReadLines(output).First().Split(','), "vendor_id");
            var rows = File.ReadLines(output).Skip(1).Select(l => l.Split(',')[vendorId]).ToArray();
            rows.Distinct().Should().HaveCount(Attestations);
            rows.Length.Should().BeGreaterThan(Attestations * 25);
        }
    }
}
