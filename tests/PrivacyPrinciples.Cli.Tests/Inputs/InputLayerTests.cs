using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Inputs;

/// <summary>
/// Issue 13: one input layer for every verb and kind of document. The size limit applies while
/// reading, before anything is kept (files, devices, standard input, each NDJSON line); NDJSON
/// lines follow the same encoding rules as .json files; sizes in messages are true; a folder
/// yields only its regular files; an unreadable folder never stops the other inputs.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class InputLayerTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");

    [Fact]
    public void NdjsonOnStandardInput_ALineLongerThanTheLimit_IsOneError_AndTheLinesAfterItAreRead()
    {
        var line = new string('a', 5 * 1024 * 1024);
        var attestation = File.ReadAllText(Samples.Copperfield).Replace("\n", " ", StringComparison.Ordinal);

        var result = CliRunner.RunWithInput(attestation + "\n" + line + "\n" + attestation + "\n", "evaluate", "--ndjson", "-", "--format", "csv", "--date", "2026-11-01");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("<stdin>:2: error limit-size: the document is more than 4,194,304 bytes; expected at most 4,194,304 (ReaderOptions.MaxDocumentBytes); the line is skipped");
        result.Output.Split('\n').Count(l => l.Contains(",copperfield,", StringComparison.Ordinal)).Should().Be(2 * 37, "the lines before and after the long one are evaluated");
    }

    [Fact]
    public void AFileWhoseNameIsNotUtf8_IsNamedAsSuch_NotAsMissingOrALockedFile()
    {
        // .NET decodes a name's bytes that are not UTF-8 as U+FFFD, so such a file can be listed
        // but never opened: the message must say why, not "no such file" or "a broken link".
        using var folder = new TempFolder();
        var copy = ProcessRunner.Run("bash", ["-c", $"cp '{Samples.Copperfield}' \"$(printf 'bad\\377.json')\" && cp '{Samples.Copperfield}' good.json"], folder.Path);
        copy.ExitCode.Should().Be(0, copy.ToString());

        var inFolder = ProcessRunner.Run("dotnet", [Tool, "evaluate", ".", "--date", "2026-11-01", "--format", "csv"], folder.Path);
        var named = ProcessRunner.Run("bash", ["-c", $"dotnet '{Tool}' validate \"$(printf 'bad\\377.json')\""], folder.Path);

        // Removed by its bytes: .NET cannot name it to delete it either.
        ProcessRunner.Run("bash", ["-c", "rm -f -- \"$(printf 'bad\\377.json')\""], folder.Path).ExitCode.Should().Be(0);

        const string Why = "its name is not valid UTF-8 (shown with \uFFFD), and a name that is not UTF-8 cannot be opened by this tool; rename the file";
        inFolder.ExitCode.Should().Be(2, inFolder.ToString());
        inFolder.Error.Should().StartWith($"privacy-principles: ./bad\uFFFD.json: {Why}\n");
        inFolder.Output.Should().Contain(",copperfield,", "the other file is still evaluated");
        named.ExitCode.Should().Be(2, named.ToString());
        named.Error.Should().Contain($"bad\uFFFD.json: {Why}");
    }

    [Fact]
    public void NdjsonOnStandardInput_ALineWhoseBreakNeverComes_EndsTheStream_AfterSixteenTimesTheLimit()
    {
        var result = ProcessRunner.Run("bash", ["-c", $"head -c 100000000 /dev/zero | dotnet \"{Tool}\" evaluate --ndjson - --date 2026-11-01"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("<stdin>:1: error limit-size: the document is more than 4,194,304 bytes").And.Contain("the line is skipped");
        result.Error.Should().Contain("<stdin>:1: error limit-size: line 1 has no line break within 67,108,864 bytes; the rest of the stream is not read");
    }

    [Theory]
    [InlineData("evaluate --ndjson - --date 2026-11-01")]
    [InlineData("evaluate - --date 2026-11-01")]
    public void StandardInputThatIsAFolder_IsSaidToBeOne_InTheToolsWords_AsAWholeDocumentOrAStream(string arguments)
    {
        // A stream's read failure was passed on in the system's words: "Is a directory".
        var result = ProcessRunner.Run("bash", ["-c", $"exec dotnet \"{Tool}\" {arguments} < \"{RepositoryPaths.Samples}\""], workingDirectory: RepositoryPaths.Root, timeout: TimeSpan.FromMinutes(1));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().MatchRegex("<stdin>(:1)?: error input-unreadable: the input could not be read: it is a folder, not a file").And.NotContain("Is a directory");
    }

    [Fact]
    public void AReportLargerThanItsLimit_IsNamedAReport_WithTheReportsLimit_AndPreviousSaysWhatToGiveInstead()
    {
        using var folder = new TempFolder();
        var report = Path.Combine(folder.Path, "big.json");
        File.WriteAllText(report, "{\"reportVersion\": \"1.0\", \"pad\": \"" + new string('x', 17 * 1024 * 1024) + "\"}");

        var validate = CliRunner.Run("validate", report);
        var previous = CliRunner.Run("evaluate", Samples.Copperfield, "--fail-on", "regression", "--previous", report, "--date", "2026-11-01");

        validate.ExitCode.Should().Be(2);
        validate.Error.Should().Contain("is not a valid report (1 error)").And.Contain("expected at most 16,777,216");
        previous.ExitCode.Should().Be(2);
        previous.Error.Should().Contain("is not a valid report (1 error)")
            .And.Contain("a report this large is not read back; give the attestations it was made from instead");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("evaluate")]
    public void ADevice_IsReadUpToTheLimit_AndNoFurther(string verb)
    {
        // validate has no --date: given one, it would be refused as an unknown option.
        var result = verb == "evaluate" ? CliRunner.Run(verb, "/dev/zero", "--date", "2026-11-01") : CliRunner.Run(verb, "/dev/zero");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("/dev/zero: error limit-size: the document is more than 4,194,304 bytes; expected at most 4,194,304 (ReaderOptions.MaxDocumentBytes)");
    }

    [Fact]
    public void RuleSetAndPreviousFromADevice_AreReadUpToTheLimit()
    {
        CliRunner.Run("rules", "list", "--rule-set", "/dev/zero").Error.Should().Contain("limit-size");
        CliRunner.Run("evaluate", Samples.Copperfield, "--fail-on", "regression", "--previous", "/dev/zero", "--date", "2026-11-01").Error.Should().Contain("limit-size");
        CliRunner.Run("diff", "/dev/zero", Samples.Copperfield, "--date", "2026-11-01").ExitCode.Should().Be(2);
    }

    [Fact]
    public void ARegularFileOverTheLimit_IsGivenItsTrueSize()
    {
        using var folder = new TempFolder();
        var big = folder.Write("big.json", "{\"a\":\"" + new string('x', 5_000_000) + "\"}");

        var result = CliRunner.Run("evaluate", big);

        result.Error.Should().Contain("error limit-size: the document is 5,000,008 bytes; expected at most 4,194,304 (ReaderOptions.MaxDocumentBytes)");
    }

    // A rule set (or an attestation to upgrade) over the limit was told the readers' limit up to
    // 16 MiB and 16,777,216 past it: the limit named must not depend on the file's size.
    [Theory]
    [InlineData("rules", 5_000_000)]
    [InlineData("rules", 20_000_000)]
    [InlineData("migrate", 5_000_000)]
    [InlineData("migrate", 20_000_000)]
    public void ARuleSetOrAttestationToUpgradeOverTheLimit_NamesTheOneFixedLimit_WhateverItsSize(string verb, int size)
    {
        using var folder = new TempFolder();
        var big = Path.Combine(folder.Path, "big.json");
        File.WriteAllBytes(big, System.Text.Encoding.ASCII.GetBytes(new string(' ', size)));

        var result = verb == "rules" ? CliRunner.Run("rules", "list", "--rule-set", big) : CliRunner.Run("migrate", big);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{big}: error limit-size: the document is {size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes; expected at most 4,194,304 (ReaderOptions.MaxDocumentBytes)");
    }

    [Fact]
    public void AnNdjsonPathToACharacterDevice_IsRefused()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "random.ndjson");
        File.CreateSymbolicLink(link, "/dev/urandom");

        var result = CliRunner.Run("evaluate", link);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{link}: is a character device; an NDJSON stream is read from a file, or from standard input (-)");
    }

    [Theory]
    [InlineData("invalid UTF-8 in a string")]
    [InlineData("UTF-16 with a byte-order mark")]
    public void NdjsonLines_FollowTheSameEncodingRulesAsJsonFiles(string case_)
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Samples.Copperfield).Replace("\n", " ", StringComparison.Ordinal);
        var bytes = case_.StartsWith("invalid", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(text.Replace("Copperfield Video Ltd", "Copperfield \u0001", StringComparison.Ordinal)).Select(b => b == 1 ? (byte)0xFF : b).ToArray()
            : [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
        var json = Path.Combine(folder.Path, "one.json");
        var ndjson = Path.Combine(folder.Path, "one.ndjson");
        File.WriteAllBytes(json, bytes);
        File.WriteAllBytes(ndjson, [.. bytes, (byte)'\n']);

        var asJson = CliRunner.Run("evaluate", json, "--date", "2026-11-01");
        var asNdjson = CliRunner.Run("evaluate", ndjson, "--date", "2026-11-01");

        asJson.ExitCode.Should().Be(2);
        asNdjson.ExitCode.Should().Be(2);
        Codes(asNdjson.Error).Should().Equal(Codes(asJson.Error)).And.NotBeEmpty();
    }

    [Fact]
    public void AFolder_SkipsANamedPipe_WithAProblem_AndStillEvaluatesTheRest()
    {
        using var folder = new TempFolder();
        folder.Copy(Samples.Copperfield);
        var fifo = Path.Combine(folder.Path, "pipe.json");
        ProcessRunner.Run("mkfifo", [fifo]).ExitCode.Should().Be(0);

        var result = CliRunner.Run("evaluate", folder.Path, "--format", "csv", "--date", "2026-11-01");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{fifo}: is a named pipe, not a regular file; skipped").And.Contain("Evaluated 1 attestation; 1 input could not be read.");
        result.Output.Should().Contain("copperfield-video");
    }

    [Fact]
    public void AFolder_ReadsItsJsonFiles_WhateverTheCaseOfTheExtension()
    {
        // On Linux *.json matched case-sensitively: TINPOT.JSON was skipped without a word, where
        // Windows and macOS read it, so one folder gave two batches.
        using var folder = new TempFolder();
        File.Copy(Samples.Copperfield, Path.Combine(folder.Path, "copperfield.json"));
        File.Copy(Samples.Tinpot, Path.Combine(folder.Path, "TINPOT.JSON"));
        File.Copy(Samples.Tinpot, Path.Combine(folder.Path, "tinpot.json.bak"));

        var result = CliRunner.Run("evaluate", folder.Path, "--date", "2026-11-01", "--format", "csv");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Split('\n').Count(l => l.Contains(",tinpot,", StringComparison.Ordinal)).Should().Be(37, "TINPOT.JSON is read once, and tinpot.json.bak is no .json file");
        result.Output.Should().Contain(",copperfield,");
    }

    [Fact]
    public void AnUnreadableFolder_IsAProblemOfItsOwn_AndTheOtherInputsAreEvaluated()
    {
        using var folder = new TempFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_101_101);
        var good = folder.Copy(Samples.Copperfield);
        File.SetUnixFileMode(good, (UnixFileMode)0b110_100_100);
        var locked = Directory.CreateDirectory(Path.Combine(folder.Path, "locked")).FullName;
        File.Copy(Samples.Tinpot, Path.Combine(locked, "tinpot-talk.json"));
        File.SetUnixFileMode(locked, UnixFileMode.None);

        // Root reads every folder: run as nobody then, as a user would be.
        var asUser = Environment.IsPrivilegedProcess ? new[] { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups" } : [];
        var command = asUser.Concat(["dotnet", Tool, "evaluate", locked, good, "--date", "2026-11-01"]).ToArray();
        var result = ProcessRunner.Run(command[0], command.Skip(1), folder.Path, new Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_HOME"] = Path.GetTempPath() });
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be($"privacy-principles: {locked}: the folder could not be listed: permission denied\nEvaluated 1 attestation; 1 input could not be read.\n");
        result.Output.Should().StartWith("Copperfield Video Ltd — Copperfield Video");
    }

    [Fact]
    public void InputsThisUserMayNotRead_AreSaidSoInTheToolsWords_NotMissingNorInTheRuntimes()
    {
        // A file in a folder this user may not enter was "no such file or folder"; a file this user
        // may not read was "Access to the path '/full/path' is denied.", as was any option's file.
        using var folder = new TempFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_101_101);
        var good = folder.Copy(Samples.Copperfield);
        File.SetUnixFileMode(good, (UnixFileMode)0b110_100_100);
        var closed = Directory.CreateDirectory(Path.Combine(folder.Path, "closed")).FullName;
        var behind = Path.Combine(closed, "tinpot-talk.json");
        File.Copy(Samples.Tinpot, behind);
        var locked = folder.Copy(Samples.Tinpot);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        // Root reads everything: run as nobody then, as a user would be.
        var asUser = Environment.IsPrivilegedProcess ? new[] { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups" } : [];
        var environment = new Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_HOME"] = Path.GetTempPath() };
        var evaluate = asUser.Concat(["dotnet", Tool, "evaluate", behind, locked, good, "--date", "2026-11-01"]).ToArray();
        var waivers = asUser.Concat(["dotnet", Tool, "evaluate", good, "--waivers", locked, "--date", "2026-11-01"]).ToArray();
        var inputs = ProcessRunner.Run(evaluate[0], evaluate.Skip(1), folder.Path, environment);
        var option = ProcessRunner.Run(waivers[0], waivers.Skip(1), folder.Path, environment);
        File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        inputs.ExitCode.Should().Be(2, inputs.ToString());
        inputs.Error.Should().StartWith($"privacy-principles: {behind}: permission denied: a folder on its way may not be entered by this user\n")
            .And.Contain($"  {locked}: error input-unreadable: the input could not be read: permission denied (at the document root)\n")
            .And.EndWith("Evaluated 1 attestation; 2 inputs could not be read.\n");
        inputs.Output.Should().Contain("Copperfield Video Ltd — Copperfield Video");
        option.ExitCode.Should().Be(2, option.ToString());
        option.Error.Should().Contain($"  {locked}: error input-unreadable: the input could not be read: permission denied (at the document root)\n").And.NotContain("Access to the path");
    }

    [Fact]
    public void APathThroughALoopOfLinks_IsSaidToBeOne_NotMissing()
    {
        // A loop of links as a folder on the way ("loop/report.json") was "no such file or folder".
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b"), "a");
        var through = Path.Combine(folder.Path, "a", "report.json");

        var result = CliRunner.Run("validate", through, Samples.Copperfield);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"privacy-principles: {through}: symbolic links on its way lead round in a loop, so it names no file or folder\n").And.NotContain("no such file");
        result.Output.Should().Contain("copperfield-video.json: valid attestation");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("validate")]
    public void ASocket_IsSaidToBeOne_InTheToolsWords(string verb)
    {
        // Opening a socket fails with ENXIO: "No such device or address : '/full/path'".
        using var folder = new TempFolder();
        var socketPath = Path.Combine(folder.Path, "listening.json");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(socketPath));

        var result = verb == "evaluate" ? CliRunner.Run(verb, socketPath, "--date", "2026-11-01") : CliRunner.Run(verb, socketPath);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{socketPath}: error input-unreadable: the input could not be read: it is a socket, not a file (at the document root)").And.NotContain("No such device");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("validate")]
    public void ALinkThatLeadsNowhere_IsSaidToBeOne_NotMissing(string verb)
    {
        // A loop of links, or a link to nothing, was "no such file or folder", although `ls` lists it.
        using var folder = new TempFolder();
        var loop = Path.Combine(folder.Path, "loop.json");
        var dangling = Path.Combine(folder.Path, "dangling.json");
        File.CreateSymbolicLink(loop, Path.Combine(folder.Path, "back.json"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "back.json"), loop);
        File.CreateSymbolicLink(dangling, Path.Combine(folder.Path, "nothing.json"));

        var result = verb == "evaluate" ? CliRunner.Run(verb, loop, dangling, Samples.Copperfield, "--date", "2026-11-01") : CliRunner.Run(verb, loop, dangling, Samples.Copperfield);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{loop}: a symbolic link that leads to no file or folder (what it names does not exist, or links lead round in a loop)\n")
            .And.Contain($"{dangling}: a symbolic link that leads to no file or folder").And.NotContain("no such file");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void StandardInputFromATerminal_IsAnnounced_BeforeItIsRead_AndThenRead(bool terminal)
    {
        // A terminal gives nothing until someone types: `evaluate -` at a prompt waited without a word.
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var errorWhenRead = (string?)null;
        var context = new CliContext
        {
            Out = output,
            Error = error,
            InputIsTerminal = terminal,
            OpenStandardInput = () =>
            {
                errorWhenRead = error.ToString();
                return File.OpenRead(Samples.Copperfield);
            },
        };

        var exit = CliApplication.Run(["evaluate", "-", "--date", "2026-11-01", "--format", "csv"], context);

        exit.Should().Be(0, error.ToString());
        output.ToString().Should().Contain(",copperfield,");
        var hint = "privacy-principles: reading standard input (-) from the terminal: type or paste the document, then press Ctrl-D on a line of its own (Ctrl-Z and Enter on Windows); or give a file, or pipe one in\n";
        if (terminal)
        {
            errorWhenRead.Should().Be(hint, "the hint comes before the tool waits for input");
        }
        else
        {
            errorWhenRead.Should().BeEmpty();
            error.ToString().Should().NotContain("terminal");
        }
    }

    [Fact]
    public void EmptyStandardInput_IsExitTwoWithAMessage()
    {
        var result = CliRunner.RunWithInput(string.Empty, "evaluate", "-");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("<stdin>:1:1: error json-empty");
    }

    // Started with descriptor 0 closed, the process finds it reused by a pipe of the runtime's own,
    // which never ends: reading it waited forever. Every way to name standard input says it is closed.
    [Theory]
    [InlineData("evaluate - --date 2026-11-01")]
    [InlineData("evaluate --ndjson - --date 2026-11-01")]
    [InlineData("validate -")]
    [InlineData("evaluate samples/attestations/copperfield-video.json --waivers - --date 2026-11-01")]
    public void ClosedStandardInput_IsExitTwo_SayingItIsClosed(string arguments)
    {
        var result = ProcessRunner.Run("bash", ["-c", $"exec dotnet \"{Tool}\" {arguments} <&-"], workingDirectory: RepositoryPaths.Root, timeout: TimeSpan.FromMinutes(1));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("<stdin>: error input-unreadable: the input could not be read: standard input is closed");
    }

    [Fact]
    public void StandardInput_ThatIsAPipeAnotherProcessWrites_IsRead()
    {
        StandardInputOf("exec 0< <(exec sleep 60)").Should().BeFalse("the writing end is held by the process before it in the pipeline");
    }

    [Fact]
    public void StandardInput_ThatIsAPipeThisProcessAlsoWrites_IsRefused()
    {
        // Reopening the reading end through /proc gives a writing end of the same pipe.
        StandardInputOf("exec 3< <(exec sleep 60); exec 4>/proc/self/fd/3 0<&3 3<&-").Should().BeTrue();
    }

    [Fact]
    public void StandardInput_ThatIsNotAPipe_IsRead()
    {
        StandardInputOf("exec 0</dev/null").Should().BeFalse();
    }

    [Theory]
    [InlineData("exec 0</dev/null")]
    [InlineData("exec 0< <(exec sleep 60)")]
    [InlineData("exec 3< <(exec sleep 60); exec 4>/proc/self/fd/3 0<&3 3<&-")]
    public void StandardInputInheritedAcrossExec_IsNotTakenForOneTheProcessOpened(string arrangement)
    {
        StandardInputOf(arrangement, PrivacyPrinciples.Cli.Inputs.StandardInput.WasOpenedByThisProcess).Should().BeFalse();
    }

    // Arranges a shell's descriptors as told, replaces it by a process that only waits, and asks
    // a check (by default whether standard input is a pipe the process writes) about that
    // process's descriptors under /proc.
    private static bool StandardInputOf(string arrangement, Func<string, bool>? check = null)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{arrangement}; exec sleep 60");
        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            var folder = $"/proc/{process.Id}";
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!File.ReadAllText(Path.Combine(folder, "cmdline")).StartsWith("sleep\0", StringComparison.Ordinal))
            {
                DateTime.UtcNow.Should().BeBefore(deadline, "the shell replaces itself by sleep");
                System.Threading.Thread.Sleep(20);
            }

            return (check ?? PrivacyPrinciples.Cli.Inputs.StandardInput.IsPipeThisProcessWrites)(folder);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void OneLineDocument_WithAnErrorEveryFewBytes_ListsAHundredAndSaysHowManyMore()
    {
        var document = "{\"schemaVersion\":\"2.0\",\"audiences\":{\"consumers\":true,\"business\":false,\"education\":false,\"health\":false,\"children\":false,\"government\":false},\"vendor\":{\"id\":\"v\",\"name\":\"V\"},\"service\":{\"name\":\"S\"},\"attestedOn\":\"2026-10-01\",\"answers\":{\"SEC-01\":{\"status\":\"implemented\","
            + string.Join(",", Enumerable.Range(0, 999).Select(i => $"\"u{i}\":0")) + "}}}";

        var result = CliRunner.RunWithInput(document, "validate", "-");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("privacy-principles: <stdin> is not a valid attestation (100 errors and more):\n")
            .And.Contain("  ... and 80 more listed; fix these first.\n")
            .And.EndWith("  <stdin>: error limit-errors: 899 more errors were found and not listed (ReaderOptions.MaxErrors is 100); fix the ones listed first (at the document root)\n");
    }

    [Fact]
    public void ADocumentWithAByteOrderMark_IsToldApartAsItsKind()
    {
        using var folder = new TempFolder();
        var waivers = Path.Combine(folder.Path, "waivers.json");
        File.WriteAllBytes(waivers, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Samples.CopperfieldWaivers)]);

        var result = CliRunner.Run("validate", waivers);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith($"{waivers}: valid waivers file");
    }

    private static string[] Codes(string error) =>
        [.. error.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, @"error ([a-z-]+):")).Where(m => m.Success).Select(m => m.Groups[1].Value)];
}
