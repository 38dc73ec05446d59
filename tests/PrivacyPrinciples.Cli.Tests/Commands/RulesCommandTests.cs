using System.Linq;
using System.IO;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class RulesCommandTests
{
    [Fact]
    public void RulesList_ShowsEveryExpectationWithItsLevelAndRaises()
    {
        var result = CliRunner.Run("rules", "list");

        result.ExitCode.Should().Be(0);
        result.Output.Should().StartWith("vtc-joint-statement-2020 2.0.0 — ");
        result.Output.Should().Contain("  SEC-02  expected; baseline for health, education      End-to-end encryption is available to every user, in group calls too\n");
        result.Output.Split('\n').Count(l => l.StartsWith("  ", System.StringComparison.Ordinal) && l.Contains('-')).Should().Be(37);
    }

    [Fact]
    public void RuleCatalogueDoc_IsWhatRulesListWritesInMarkdown()
    {
        var result = CliRunner.Run("rules", "list", "--format", "markdown");

        result.Output.Should().Be(File.ReadAllText(RepositoryPaths.Combine("docs", "rule-catalogue.md")),
            "docs/rule-catalogue.md is generated: regenerate it with 'privacy-principles rules list --format markdown > docs/rule-catalogue.md'");
    }

    [Fact]
    public void RulesShow_PrintsTheWholeExpectation()
    {
        var result = CliRunner.Run("rules", "show", "sec-06");

        result.ExitCode.Should().Be(0);
        result.Output.Should().StartWith("SEC-06  Meetings are protected from unwanted participants\n");
        result.Output.Should().Contain("\nWhy\n  ").And.Contain("\nWhat to do\n  ").And.Contain("\nWhat a good answer contains\n  ");
        result.Output.Should().Contain("  any of: (meetingSecurity.unguessableMeetingIds is true) or (meetingSecurity.passcodesByDefault is true)\n");
    }

    [Fact]
    public void RulesShow_UnknownId_ExitsTwo()
    {
        var result = CliRunner.Run("rules", "show", "SEC-99");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: vtc-joint-statement-2020 2.0.0 has no expectation 'SEC-99'; run 'privacy-principles rules list' to see them.\n");
    }

    [Fact]
    public void RulesShow_WithoutId_IsAUsageErrorNamingTheFullCommand()
    {
        var result = CliRunner.Run("rules", "show");

        result.ExitCode.Should().Be(2);
        result.Error.Should().EndWith("Run 'privacy-principles rules show --help' for usage.\n");
    }

    [Fact]
    public void RulesShowHelp_PrintsItsExamples()
    {
        var result = CliRunner.Run("rules", "show", "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Examples:\n  privacy-principles rules show SEC-02");
    }
}
