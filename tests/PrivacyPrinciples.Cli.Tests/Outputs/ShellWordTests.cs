using System;
using System.IO;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Outputs;

/// <summary>The commands the tool suggests paste into a POSIX shell as they are meant, whatever the paths in them hold.</summary>
public class ShellWordTests
{
    [Theory]
    [InlineData("attestation.json", "attestation.json")]
    [InlineData("privacy/v1.2/a_b-c+d=e:f,g@h%i.json", "privacy/v1.2/a_b-c+d=e:f,g@h%i.json")]
    [InlineData("my attestation.json", "'my attestation.json'")]
    [InlineData("vendor's.json", "'vendor'\\''s.json'")]
    [InlineData("a;rm -rf x$(id)`id`&b|c>d<e*f?g[h]~i#j!k\"l\\m{n}", "'a;rm -rf x$(id)`id`&b|c>d<e*f?g[h]~i#j!k\"l\\m{n}'")]
    [InlineData("", "''")]
    public void Quote_LeavesAPlainWordAsItIs_AndSingleQuotesAnyOther(string value, string expected)
    {
        ShellWord.Quote(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("my attestation.json")]
    [InlineData("it's $HOME; echo pwned.json")]
    [InlineData("a'b'c.json")]
    public void QuotedWords_AreReadBackByTheShell_AsTheValueItself(string value)
    {
        var result = ProcessRunner.Run("bash", ["-c", "printf '%s' " + ShellWord.Quote(value)]);

        result.Output.Should().Be(value, result.ToString());
    }

    [Fact]
    public void Init_SuggestsACommandThatPastesIntoAShell_ForAPathWithSpacesAndQuotes()
    {
        // Unquoted, "my vendor's file.json" split into three words and left a quote open.
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "my vendor's file.json");

        var result = CliRunner.Run("init", "--output", path, "--date", "2026-11-01");

        result.ExitCode.Should().Be(0, result.Error);
        var quoted = "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        result.Output.Should().EndWith($"Fill it in, then run: privacy-principles validate {quoted} && privacy-principles evaluate {quoted}\n");
        var suggested = result.Output.Split('\n')[^2]["Fill it in, then run: ".Length..];
        var shell = ProcessRunner.Run("bash", ["-c", "privacy-principles() { printf '[%s]' \"$@\"; echo; }; " + suggested]);
        shell.Output.Should().Be($"[validate][{path}]\n[evaluate][{path}]\n", shell.ToString());
    }

    [Fact]
    public void Init_LeavesASimplePathAsItIs()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "attestation.json");

        var result = CliRunner.Run("init", "--output", path, "--date", "2026-11-01");

        result.Output.Should().EndWith($"Fill it in, then run: privacy-principles validate {path} && privacy-principles evaluate {path}\n");
    }
}
