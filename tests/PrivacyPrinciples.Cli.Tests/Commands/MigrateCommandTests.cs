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
}
