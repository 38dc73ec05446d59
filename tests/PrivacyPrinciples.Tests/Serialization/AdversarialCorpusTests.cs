using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// Hostile attestations, rule sets, waivers files, reports, tailoring profiles and engagement files
/// under Fixtures/adversarial (one folder per kind; <c>*.profile.json</c> files are profiles), each
/// with the exact first error it must give (code, JSON Pointer, line and column) in expected.json,
/// and optionally the last error and the count, or "valid" where the decision is to keep the text
/// as data and neutralise it in every output.
/// </summary>
public class AdversarialCorpusTests
{
    private static readonly string Folder = Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "adversarial");

    private static readonly Dictionary<string, JsonElement> Expected =
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(Folder, "expected.json")))!;

    public static TheoryData<string> Files => [.. Expected.Keys];

    [Fact]
    public void Corpus_HasAtLeastFortyAttestations_AndFifteenRuleSetsAndEngagementFiles()
    {
        Expected.Keys.Count(k => k.StartsWith("attestations/", System.StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(40);
        Expected.Keys.Count(k => !k.StartsWith("attestations/", System.StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(15);
        foreach (var kind in new[] { "waivers/", "reports/", "profiles/" })
        {
            Expected.Keys.Count(k => k.StartsWith(kind, System.StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(4, "every kind of document has hostile examples ({0})", kind);
        }

        Directory.GetFiles(Folder, "*.json", SearchOption.AllDirectories).Length.Should().Be(Expected.Count + 1, "every file has its expectation");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_HostileFile_GivesItsExactError(string file)
    {
        var path = Path.Combine(Folder, file);
        var expected = Expected[file];

        var errors = Errors(file, path);

        if (expected.TryGetProperty("valid", out _))
        {
            errors.Should().BeEmpty();
            return;
        }

        errors.Should().NotBeEmpty();
        var first = errors[0];
        first.Code.Should().Be(expected.GetProperty("code").GetString());
        first.Pointer.Should().Be(expected.GetProperty("pointer").GetString());
        if (expected.TryGetProperty("line", out var line))
        {
            (first.Line, first.Column).Should().Be((line.GetInt32(), expected.GetProperty("column").GetInt32()));
        }

        if (expected.TryGetProperty("lastCode", out var lastCode))
        {
            errors[errors.Count - 1].Code.Should().Be(lastCode.GetString());
        }

        if (expected.TryGetProperty("count", out var count))
        {
            errors.Should().HaveCount(count.GetInt32());
        }
    }

    [Theory]
    [InlineData("attestations/bidi-override-in-name.json")]
    [InlineData("attestations/control-characters-in-name.json")]
    public void Read_TextThatIsKeptAsData_IsNeutralisedInTheTextReport(string file)
    {
        var attestation = new AttestationReader().ReadFile(Path.Combine(Folder, file)).GetValueOrThrow();
        var text = new StringWriter();

        TextReportWriter.WriteSummary(new AttestationEvaluator().Evaluate(attestation, new System.DateTime(2026, 11, 1)), text, color: false);

        text.ToString().Should().NotContainAny("\u001b", "\u0007", "\u202E", "\u202C");
    }

    internal static IReadOnlyList<InputError> Errors(string file, string path)
    {
        if (file.EndsWith(".profile.json", System.StringComparison.Ordinal) || file.StartsWith("profiles/", System.StringComparison.Ordinal))
        {
            return new PrivacyPrinciples.Profiles.ProfileReader().ResolveFile(path).Errors;
        }

        if (file.StartsWith("attestations/", System.StringComparison.Ordinal))
        {
            return new AttestationReader().ReadFile(path).Errors;
        }

        if (file.StartsWith("rulesets/", System.StringComparison.Ordinal))
        {
            return new RuleSetReader().ReadFile(path).Errors;
        }

        if (file.StartsWith("waivers/", System.StringComparison.Ordinal))
        {
            return new PrivacyPrinciples.Waivers.WaiverReader().ReadFile(path).Errors;
        }

        if (file.StartsWith("reports/", System.StringComparison.Ordinal))
        {
            return new ReportReader().ReadFile(path).Errors;
        }

        var loaded = new EngagementLoader().Load(path, new System.DateTime(2026, 11, 1));
        return [.. loaded.Errors, .. loaded.Rounds.SelectMany(r => r.Problems)];
    }
}
