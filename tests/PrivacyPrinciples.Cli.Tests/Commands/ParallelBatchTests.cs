using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

/// <summary>
/// Batches are read and evaluated on several threads (issue 16): whatever the number, every byte
/// the tool writes (reports, errors, gate messages, exit code) is what one thread writes.
/// </summary>
public class ParallelBatchTests
{
    private static string Compact(string path) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(path)).RootElement);

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("text")]
    public void AStreamWithBrokenAndBlankLines_GivesTheSameBytesOnOneThreadAndOnMany(string format)
    {
        using var folder = new TempFolder();
        var samples = Directory.GetFiles(RepositoryPaths.Samples, "*.json").OrderBy(p => p, StringComparer.Ordinal).Select(Compact).ToList();
        var lines = Enumerable.Range(0, 6).SelectMany(round => samples.Select((line, i) => (round * samples.Count + i) % 9 == 4 ? "{\"broken\": " : line)).ToList();
        lines.Insert(3, string.Empty);
        var stream = folder.Write("batch.ndjson", string.Join("\n", lines) + "\n");

        var one = CliRunner.Run("evaluate", stream, "--format", format, "--date", "2026-11-01", "--fail-on", "baseline", "--parallel", "1");
        var many = CliRunner.Run("evaluate", stream, "--format", format, "--date", "2026-11-01", "--fail-on", "baseline", "--parallel", "4");

        one.Error.Should().Contain("batch.ndjson:").And.Contain("gate failed");
        many.ExitCode.Should().Be(one.ExitCode);
        many.Output.Should().Be(one.Output);
        many.Error.Should().Be(one.Error);
    }

    [Fact]
    public void AFolderWithAnUnreadableDocument_GivesTheSameBytesOnOneThreadAndOnMany()
    {
        using var folder = new TempFolder();
        foreach (var sample in Directory.GetFiles(RepositoryPaths.Samples, "*.json"))
        {
            folder.Copy(sample);
        }

        folder.Write("m-broken.json", "{ \"schemaVersion\": ");
        folder.Write("z-empty.ndjson", "\n\n");

        var one = CliRunner.Run("evaluate", folder.Path, Path.Combine(folder.Path, "z-empty.ndjson"), "--format", "json", "--date", "2026-11-01", "--parallel", "1");
        var many = CliRunner.Run("evaluate", folder.Path, Path.Combine(folder.Path, "z-empty.ndjson"), "--format", "json", "--date", "2026-11-01", "--parallel", "3");

        one.ExitCode.Should().Be(2);
        one.Error.Should().Contain("m-broken.json").And.Contain("holds no attestation");
        many.ExitCode.Should().Be(one.ExitCode);
        many.Output.Should().Be(one.Output);
        many.Error.Should().Be(one.Error);
    }

    [Theory]
    [InlineData("0", "out of range")]
    [InlineData("-2", "out of range")]
    [InlineData("5000", "out of range")]
    [InlineData("99999999999999", "out of range; expected a number of threads from 1 to 1024")]
    [InlineData("two", "not a whole number")]
    public void ANumberOfThreadsThatMakesNoSense_IsAUsageError(string value, string message)
    {
        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--parallel", value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--parallel").And.Contain(message);
        result.Output.Should().BeEmpty();
    }
}
