using System;
using System.IO;
using System.Threading.Tasks;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>
/// Output lost is never reported as success: standard output closed by the reader of a pipe (as
/// <c>head</c> closes it) stops the run quietly with exit code 141, as SIGPIPE ends git or cat, and
/// so does a named pipe given as an output whose reader goes away; a full disk fails it with one
/// line and exit code 2.
/// </summary>
public class ClosedOutputTests
{
    /// <summary>Every verb's way of writing standard output, with the samples.</summary>
    public static TheoryData<string[]> EveryVerbWritingStandardOutput => new()
    {
        new[] { "evaluate", RepositoryPaths.Samples, "--format", "json", "--date", "2026-11-01" },
        new[] { "evaluate", RepositoryPaths.Samples, "--date", "2026-11-01" },
        new[] { "evaluate", RepositoryPaths.Samples, "--format", "csv", "--parallel", "2", "--date", "2026-11-01" },
        new[] { "evaluate", RepositoryPaths.Samples, "--format", "sarif", "--date", "2026-11-01" },
        new[] { "evaluate", RepositoryPaths.Samples, "--format", "json", "--output", "/dev/stdout", "--date", "2026-11-01" },
        new[] { "validate", RepositoryPaths.Samples },
        new[] { "init", "--output", "-", "--date", "2026-11-01" },
        new[] { "rules", "list" },
        new[] { "rules", "show", "sec-06" },
        new[] { "schema", "attestation" },
        new[] { "diff", Samples.Copperfield, Samples.CopperfieldRound2, "--date", "2026-11-01" },
        new[] { "engagement", RepositoryPaths.Combine("samples", "engagement", "engagement.json"), "--format", "json", "--date", "2026-11-01" },
        new[] { "generate", "--count", "1000" },
        new[] { "migrate", Samples.Copperfield },
        new[] { "export", "--format", "oscal-catalog", "--date", "2026-11-01" },
        new[] { "--help" },
        new[] { "evaluate", "--help" },
    };

    [Theory]
    [MemberData(nameof(EveryVerbWritingStandardOutput))]
    public void StandardOutputWhoseReaderGoesAway_StopsTheRunQuietly_WithExit141(string[] arguments)
    {
        var output = new ClosingPipe(closesAfter: 1);
        var error = new StringWriter { NewLine = "\n" };

        var exit = CliApplication.Run(arguments, new CliContext { Out = output, Error = error, OpenStandardInput = () => new MemoryStream() });

        exit.Should().Be(141, error.ToString());
        error.ToString().Should().NotContain("standard output").And.NotContain("pipe").And.NotContain("   at ").And.NotContain("error");
        output.WritesAfterClosing.Should().Be(0, "nothing is written once the reader has gone");
    }

    [Fact]
    public void StandardOutputOnAFullDisk_IsStillExitTwoWithOneLine()
    {
        var error = new StringWriter { NewLine = "\n" };

        var exit = CliApplication.Run(["rules", "list"], new CliContext { Out = new ClosingPipe(closesAfter: 1, errno: 28, message: "No space left on device"), Error = error, OpenStandardInput = () => new MemoryStream() });

        exit.Should().Be(2);
        error.ToString().Should().Be("privacy-principles: could not write standard output: there is no space left on the device\n");
    }

    [Fact]
    public void AReportPipedIntoAReaderThatStopsEarly_EndsQuietly_WithExit141()
    {
        // The seven samples' CSV is about 100 KB, more than a pipe holds, so the tool is still
        // writing when `head` has read its 20 bytes and gone.
        var result = Piped("2>stderr.txt | head -c 20 > /dev/null; echo \"exit ${PIPESTATUS[0]}\"; cat stderr.txt");

        result.Output.Should().Be("exit 141\n", result.ToString());
    }

    [Fact]
    public void AReportPipedIntoAReaderThatStopsEarly_WhileAFileIsWritten_CompletesTheFile_AndEndsWith141()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");
        using var folder = new TempFolder();
        var result = ProcessRunner.Run("bash", ["-c", $"dotnet '{tool}' evaluate '{RepositoryPaths.Samples}' --format csv --output json=report.json --date 2026-11-01 2>stderr.txt | head -1 > /dev/null; echo \"exit ${{PIPESTATUS[0]}}\"; cat stderr.txt; head -c 1 report.json"], folder.Path, timeout: TimeSpan.FromMinutes(2));

        result.Output.Should().Be("exit 141\nEvaluated 7 attestations.\n[", result.ToString());
    }

    [Theory]
    [InlineData(">&-")]
    [InlineData("1<&0 < /dev/null")]
    public void StandardOutputClosedOrOpenOnlyForReading_IsSaidSo_WithExitTwo(string redirection)
    {
        var result = Piped($"{redirection} 2>stderr.txt; echo \"exit $?\"; cat stderr.txt");

        result.Output.Should().Be("exit 2\nprivacy-principles: could not write standard output: it is closed, or open only for reading\n", result.ToString());
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

    public static TheoryData<string[]> EveryWayOfWritingANamedPipe => new()
    {
        // Reports written one at a time, and the whole batch at once (as OSCAL and SARIF are).
        new[] { "evaluate", RepositoryPaths.Samples, "--format", "json", "--date", "2026-11-01", "--output" },
        new[] { "evaluate", RepositoryPaths.Samples, "--format", "oscal-assessment-results", "--date", "2026-11-01", "--output" },
        // A whole text written at once (OutputFile.Write), as most verbs do.
        new[] { "export", "--format", "oscal-catalog", "--date", "2026-11-01", "--output" },
    };

    [Theory]
    [MemberData(nameof(EveryWayOfWritingANamedPipe))]
    public async Task ANamedPipeOutputWhoseReaderGoesAway_EndsTheRunQuietly_WithExit141_AndLeavesNoFile(string[] arguments)
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "report.json");
        ProcessRunner.Run("mkfifo", [fifo]).ExitCode.Should().Be(0);
        var reader = Task.Run(() => ReadAndClose(fifo, 10));

        var result = CliRunner.Run([.. arguments, fifo]);

        (await reader.WaitAsync(TimeSpan.FromMinutes(1))).Should().Be(10);
        result.ExitCode.Should().Be(141, result.Error);
        result.Error.Should().NotContain("pipe").And.NotContain("could not write").And.NotContain("   at ");
        Directory.GetFileSystemEntries(folder.Path).Should().Equal([fifo], "nothing is written beside the pipe, and it stays a pipe");
        ProcessRunner.Run("stat", ["-c", "%F", fifo]).Output.Trim().Should().Be("fifo");
    }

    [Fact]
    public async Task ANamedPipeOutputWhoseReaderGoesAway_WhileAFileIsWrittenBesides_CompletesTheFile_AndEndsWith141()
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "report.pipe");
        var csv = Path.Combine(folder.Path, "report.csv");
        var alone = Path.Combine(folder.Path, "alone.csv");
        ProcessRunner.Run("mkfifo", [fifo]).ExitCode.Should().Be(0);
        CliRunner.Run("evaluate", RepositoryPaths.Samples, "--date", "2026-11-01", "--output", "csv=" + alone).ExitCode.Should().Be(0);
        var reader = Task.Run(() => ReadAndClose(fifo, 10));

        var result = CliRunner.Run("evaluate", RepositoryPaths.Samples, "--date", "2026-11-01", "--output", "json=" + fifo, "--output", "csv=" + csv);

        (await reader.WaitAsync(TimeSpan.FromMinutes(1))).Should().Be(10);
        result.ExitCode.Should().Be(141, result.Error);
        result.Error.Should().Be("Evaluated 7 attestations.\n");
        File.ReadAllText(csv).Should().Be(File.ReadAllText(alone), "the file is written whole, whatever became of the pipe");
        Directory.GetFiles(folder.Path, ".pp-*").Should().BeEmpty();
    }

    [Theory]
    [InlineData("a named pipe")]
    [InlineData("standard output")]
    public async Task AnOutputWhoseReaderGoesAway_StopsTheBatchThere_NotAfterEvaluatingTheRest(string output)
    {
        // Regression (engage-23): with `-o fifo` read by `head`, the whole batch was read and
        // evaluated before the run ended with 141. How much of its input the run read is the
        // deterministic sign: a few reports fill the pipe and the next write fails, so the run
        // must stop after a small share of the stream, where it used to read it all.
        using var folder = new TempFolder();
        var batch = Path.Combine(folder.Path, "batch.ndjson");
        CliRunner.Run("generate", "--count", "400", "--output", batch).ExitCode.Should().Be(0);
        var fifo = Path.Combine(folder.Path, "scores.csv");
        ProcessRunner.Run("mkfifo", [fifo]).ExitCode.Should().Be(0);
        var pipe = output == "a named pipe";
        var reader = pipe ? Task.Run(() => ReadAndClose(fifo, 10)) : Task.FromResult(10);
        using var input = new CountingStream(File.ReadAllBytes(batch));
        var error = new StringWriter { NewLine = "\n" };
        string[] arguments = ["evaluate", "-", "--ndjson", "--format", "csv", "--date", "2026-11-01", "--parallel", "2", .. pipe ? new[] { "--output", fifo } : []];

        var exit = CliApplication.Run(arguments, new CliContext { Out = pipe ? new StringWriter() : new ClosingPipe(closesAfter: 10), Error = error, OpenStandardInput = () => input });

        (await reader.WaitAsync(TimeSpan.FromMinutes(1))).Should().Be(10);
        exit.Should().Be(141, error.ToString());
        error.ToString().Should().BeEmpty("the run ends quietly, as on SIGPIPE: no summary of a batch it stopped");
        var total = new FileInfo(batch).Length;
        input.MostRead.Should().BeLessThan(total / 4, $"the run stops reading once no output can take a report (it read {input.MostRead} of {total} bytes)");
        Directory.GetFileSystemEntries(folder.Path).Should().BeEquivalentTo([batch, fifo], "nothing is written elsewhere");
    }

    [Fact]
    public void ANamedPipeOutputReadByHead_EndsQuietly_WithExit141_AsInAShell()
    {
        // The probe that found it: the reader of the pipe stops after 10 bytes.
        var tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");
        using var folder = new TempFolder();
        var result = ProcessRunner.Run("bash", ["-c",
            $"mkfifo f; head -c 10 < f > got & dotnet '{tool}' evaluate '{RepositoryPaths.Samples}' --format json --date 2026-11-01 -o f 2>stderr.txt; echo \"exit $?\"; wait; cat stderr.txt; wc -c < got; ls -A"], folder.Path, timeout: TimeSpan.FromMinutes(2));

        // The samples' JSON (some 750 KB) is far more than the pipe holds: the run stops at the first
        // write that fails, before the last report, so it says nothing, not even its summary.
        result.Output.Should().Be("exit 141\n10\nf\ngot\nstderr.txt\n", result.ToString());
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

    // A pipe whose reader goes away after `closesAfter` characters: the write that goes past them
    // fails as the system's would (EPIPE, errno 32, by default), and so does every later one, counted.
    private sealed class ClosingPipe(int closesAfter, int errno = 32, string message = "Broken pipe") : TextWriter
    {
        private int _written;
        private bool _closed;

        public int WritesAfterClosing { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Take(1);

        public override void Write(string? value) => Take(value?.Length ?? 0);

        public override void Write(char[] buffer, int index, int count) => Take(count);

        private void Take(int count)
        {
            if (_closed)
            {
                WritesAfterClosing++;
                throw new IOException(message, errno);
            }

            _written += count;
            if (_written > closesAfter)
            {
                _closed = true;
                throw new IOException(message, errno);
            }
        }
    }

    // An input that counts how far it was read, and stays countable once the run has closed it.
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public long MostRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            MostRead = Math.Max(MostRead, Position);
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            MostRead = Math.Max(MostRead, Position);
            return read;
        }
    }

    // Opens a named pipe for reading (which waits for its writer), reads `count` bytes and closes it, as `head -c` does.
    private static int ReadAndClose(string fifo, int count)
    {
        using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var buffer = new byte[count];
        pipe.ReadExactly(buffer);
        return buffer.Length;
    }

    // The samples evaluated as CSV to standard output, followed in a bash command line by `rest`.
    private static ProcessRunner.Result Piped(string rest)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");
        using var folder = new TempFolder();
        return ProcessRunner.Run("bash", ["-c", $"dotnet '{tool}' evaluate '{RepositoryPaths.Samples}' --format csv --date 2026-11-01 " + rest], folder.Path, timeout: TimeSpan.FromMinutes(2));
    }
}
