using System;
using System.IO;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>
/// Output lost is never reported as success: standard output closed by the reader of a pipe (as
/// <c>head</c> closes it) fails the run with one line and exit code 2, as a full disk does.
/// </summary>
public class ClosedOutputTests
{
    [Fact]
    public void AReportPipedIntoAReaderThatStopsEarly_FailsTheRun_NamingStandardOutput()
    {
        // The seven samples' CSV is about 100 KB, more than a pipe holds, so the tool is still
        // writing when `head` has read its 20 bytes and gone.
        var result = Piped("2>stderr.txt | head -c 20 > /dev/null; echo \"exit ${PIPESTATUS[0]}\"; cat stderr.txt");

        result.Output.Should().StartWith("exit 2\n", result.ToString());
        result.Output.Should().Contain("privacy-principles: could not write standard output: ").And.NotContain("   at ");
    }

    [Fact]
    public void AReportWrittenWholeIntoAPipe_Succeeds()
    {
        var result = Piped("2>/dev/null | wc -c; echo \"exit ${PIPESTATUS[0]}\"");

        result.Output.Should().MatchRegex("^ *[0-9]{5,}\nexit [01]\n$", result.ToString());
    }

    [Fact]
    public void AReportRedirectedIntoAFileTheShellWritesToo_IsKeptWhole_BetweenWhatCameBeforeAndAfter()
    {
        // The file's offset is shared with the shell: the line echoed after the run must follow the
        // report, not overwrite its start. The report alone goes to alone.csv first, to count its lines.
        var tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");
        var result = Piped("2>/dev/null > alone.csv; "
            + $"{{ echo first; dotnet '{tool}' evaluate '{RepositoryPaths.Samples}' --format csv --date 2026-11-01 2>/dev/null; echo last; }} > shared.txt; "
            + "head -n 2 shared.txt | cut -c1-12; tail -n 1 shared.txt; echo $(( $(wc -l < shared.txt) - $(wc -l < alone.csv) ))");

        result.Output.Should().Be("first\nrule_set_id,\nlast\n2\n", result.ToString());
    }

    [Theory]
    [InlineData("2>&-")]
    [InlineData("2>/dev/full")]
    public void StandardErrorThatCannotBeWritten_LeavesTheExitCodeAsItWas_WithoutAborting(string stderr)
    {
        // Nothing is left to report a failure of standard error on; the run still says how it went.
        var tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");
        using var folder = new TempFolder();
        var result = ProcessRunner.Run("bash", ["-c",
            $"dotnet '{tool}' evaluate '{RepositoryPaths.Samples}' --fail-on baseline --date 2026-11-01 >/dev/null {stderr}; echo \"gate $?\"; "
            + $"dotnet '{tool}' evaluate /dev/null {stderr}; echo \"invalid $?\"; "
            + $"dotnet '{tool}' evaluate '{RepositoryPaths.Samples}' --date 2026-11-01 >/dev/null {stderr}; echo \"passed $?\""], folder.Path, timeout: TimeSpan.FromMinutes(2));

        result.Output.Should().Be("gate 1\ninvalid 2\npassed 0\n", result.ToString());
    }

    // The samples evaluated as CSV to standard output, followed in a bash command line by `rest`.
    private static ProcessRunner.Result Piped(string rest)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");
        using var folder = new TempFolder();
        return ProcessRunner.Run("bash", ["-c", $"dotnet '{tool}' evaluate '{RepositoryPaths.Samples}' --format csv --date 2026-11-01 " + rest], folder.Path, timeout: TimeSpan.FromMinutes(2));
    }
}
