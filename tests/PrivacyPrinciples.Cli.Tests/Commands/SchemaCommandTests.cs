using System.IO;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class SchemaCommandTests
{
    [Theory]
    [InlineData("attestation")]
    [InlineData("ruleset")]
    [InlineData("report")]
    [InlineData("waivers")]
    [InlineData("profile")]
    [InlineData("engagement")]
    public void Schema_PrintsTheRepositorySchema_OfEverySixKinds(string kind)
    {
        var result = CliRunner.Run("schema", kind);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be(File.ReadAllText(RepositoryPaths.Schema(kind)));
    }

    [Fact]
    public void Schema_UnknownKind_IsAUsageError()
    {
        CliRunner.Run("schema", "engagements").ExitCode.Should().Be(2);
    }
}
