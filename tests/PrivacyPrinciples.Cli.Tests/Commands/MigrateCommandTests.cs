using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class MigrateCommandTests
{
    [Theory]
    [InlineData("waivers", "this is a waivers file, not an attestation; give it to evaluate with --waivers")]
    [InlineData("profile", "this is a tailoring profile, not an attestation; give it with --rule-set")]
    [InlineData("engagement", "this is an engagement file, not an attestation; run 'privacy-principles engagement' on it")]
    [InlineData("ruleset", "this is a rule set, not an attestation; give it with --rule-set")]
    public void Migrate_AnotherKindOfDocument_IsNamedAsSuch_AsEvaluateNamesIt(string kind, string message)
    {
        // Each was explained by an attestation's rules: "required property 'vendor' is missing", and more.
        var file = kind switch
        {
            "waivers" => Samples.CopperfieldWaivers,
            "profile" => Samples.SchoolsProfile,
            "ruleset" => RepositoryPaths.Combine("src", "PrivacyPrinciples", "Rules", "BuiltIn", "vtc-joint-statement-2020-2.0.0.json"),
            _ => RepositoryPaths.Combine("samples", "engagement", "engagement.json"),
        };

        var result = CliRunner.Run("migrate", file);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain("(1 error)").And.Contain("error input-kind: " + message).And.NotContain("schema-required");
    }

    [Fact]
    public void Migrate_AnAttestationWithAnError_IsStillExplainedByItsRules()
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.json", "{\"schemaVersion\":\"1.0\"}");

        var result = CliRunner.Run("migrate", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("error schema-required: required property 'vendor' is missing").And.NotContain("input-kind");
    }
    [Fact]
    public void Migrate_MoreDistinctEvidenceThanOneListHolds_IsTheReadersLimit_AtTheItemInTheFile_AndNothingIsWritten()
    {
        // Each answer's list is within MaxItems (1,000), but format 2.0 declares every distinct piece
        // in one list: 1,200 failed as "once upgraded ... (at /evidence)", with no line or column.
        using var folder = new TempFolder();
        var lines = new System.Collections.Generic.List<string>
        {
            "{",
            "  \"schemaVersion\": \"1.0\",",
            "  \"vendor\": { \"id\": \"fictional-vendor\", \"name\": \"Fictional Vendor\" },",
            "  \"service\": { \"name\": \"Fictional Meetings\" },",
            "  \"attestedOn\": \"2026-10-01\",",
            "  \"answers\": {",
        };
        var line = 0;
        foreach (var (id, prefix) in new[] { ("SEC-01", "a"), ("SEC-02", "b") })
        {
            lines.Add($"    \"{id}\": {{");
            lines.Add("      \"status\": \"implemented\",");
            lines.Add("      \"statement\": \"Every call is encrypted in transit with current ciphers, and keys rotate each quarter.\",");
            lines.Add("      \"evidence\": [");
            for (var i = 0; i < 600; i++)
            {
                if (prefix == "b" && i == 400)
                {
                    line = lines.Count + 1;
                }

                lines.Add($"        {{ \"kind\": \"policy\", \"shows\": \"achieve\", \"title\": \"Policy\", \"reference\": \"https://example.example/{prefix}{i}\", \"issued\": \"2026-01-01\" }}{(i < 599 ? "," : string.Empty)}");
            }

            lines.Add("      ]");
            lines.Add(id == "SEC-01" ? "    }," : "    }");
        }

        lines.Add("  }");
        lines.Add("}");
        var path = folder.Write("legacy.json", string.Join("\n", lines) + "\n");
        var output = System.IO.Path.Combine(folder.Path, "upgraded.json");

        var result = CliRunner.Run("migrate", path, "--output", output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(
            $"privacy-principles: {path} is not a valid attestation to upgrade (1 error):\n"
            + $"  {path}:{line}:9: error limit-items: the answers hold 1,200 distinct pieces of evidence, and format 2.0 declares each once, in one list (/evidence); "
            + "expected at most 1,000 (ReaderOptions.MaxItems, the limit on the items of any array in either format); this is piece 1,001 (identical copies count once) (at /answers/SEC-02/evidence/400)\n");
        System.IO.File.Exists(output).Should().BeFalse();
    }
}
