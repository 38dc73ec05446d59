using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Outputs;

/// <summary>
/// Issue 13: one output layer for every verb. Regular files are replaced atomically and keep their
/// permissions; devices, named pipes and standard output are written in place and stay what they
/// are; an output that is an input, or a folder, is refused; every failure is one line and exit 2,
/// and leaves no temporary file, even when the process is stopped by a signal (SIGTERM, SIGHUP, SIGQUIT,
/// SIGINT, SIGUSR1, SIGALRM…) or meets its file size limit.
/// </summary>
/// <remarks>Devices, named pipes, links and permissions as Unix has them; CI runs on Linux.</remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class OutputFileTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");

    [Fact]
    public void Output_ACharacterDevice_StaysADevice_AndReceivesTheReport()
    {
        using var folder = new TempFolder();

        // A private copy of /dev/null when the tests may make one (root, as CI runs), so a regression
        // here can never replace the machine's own /dev/null; /dev/null itself otherwise.
        var device = Path.Combine(folder.Path, "null");
        var made = ProcessRunner.Run("mknod", ["-m", "666", device, "c", "1", "3"]).ExitCode == 0;
        device = made ? device : "/dev/null";

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", device, "--date", "2026-11-01");

        result.ExitCode.Should().Be(0, result.Error);
        Kind(device).Should().Be("character special file");
        Directory.GetFiles(folder.Path, ".pp-*").Should().BeEmpty();
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("schema")]
    [InlineData("diff")]
    [InlineData("init")]
    [InlineData("engagement")]
    public void Output_DevFull_IsExitTwoWithOneLine(string verb)
    {
        var result = verb switch
        {
            "evaluate" => CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", "/dev/full", "--date", "2026-11-01"),
            "schema" => CliRunner.Run("schema", "report", "--output", "/dev/full"),
            "diff" => CliRunner.Run("diff", Samples.Copperfield, Samples.CopperfieldRound2, "--output", "/dev/full", "--date", "2026-11-01"),
            "init" => CliRunner.Run("init", "--output", "/dev/full", "--force", "--date", "2026-11-01"),
            _ => CliRunner.Run("engagement", RepositoryPaths.Combine("samples", "engagement", "engagement.json"), "--format", "json", "--output", "/dev/full"),
        };

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("could not write /dev/full: there is no space left on the device").And.NotContain("internal error").And.NotContain("   at ");
        Kind("/dev/full").Should().Be("character special file");
    }

    [Fact]
    public void Output_UnderAFile_OrWithANameTooLong_SaysSoInTheToolsWords()
    {
        // The runtime's own words quote the absolute path ("The file '/…/in.json' already exists.").
        using var folder = new TempFolder();
        var input = folder.Copy(Samples.Tinpot);

        var underAFile = CliRunner.Run("evaluate", input, "--output", input + "/report.json", "--date", "2026-11-01");
        var tooLong = CliRunner.Run("evaluate", input, "--output", Path.Combine(folder.Path, new string('a', 300) + ".json"), "--date", "2026-11-01");

        underAFile.ExitCode.Should().Be(2);
        underAFile.Error.Should().Be($"privacy-principles: could not write {input}/report.json: a part of the path is a file, not a folder\n");
        tooLong.ExitCode.Should().Be(2);
        tooLong.Error.Should().EndWith(".json: the path is too long\n");
    }

    [Theory]
    [InlineData("evaluate", "/proc/self/report.json")]
    [InlineData("generate", "/proc/self/report.ndjson")]
    [InlineData("init", "/proc/self/attestation.json")]
    public void Output_InAFolderThatAcceptsNoNewFile_SaysSo_WithoutTheTemporaryName(string verb, string output)
    {
        // The runtime's words named the temporary file: "Could not find file '/proc/self/.pp-1a2b3c4d.tmp'."
        var result = verb == "evaluate" ? CliRunner.Run(verb, Samples.Tinpot, "--output", output, "--date", "2026-11-01") : CliRunner.Run(verb, "--output", output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"privacy-principles: could not write {output}: the file could not be made there (the folder accepts no new files)\n");
    }

    [Theory]
    [InlineData("generate --count 10000000")]
    [InlineData("evaluate \"{0}\" --format csv --parallel 1")]
    public void StandardOutput_ClosedByItsReader_StopsTheRunQuietly_WithExit141(string arguments)
    {
        // Ten million attestations take hours: a run that went on after `head` left would meet the timeout (exit 124).
        var command = string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, RepositoryPaths.Samples);
        var result = ProcessRunner.Run("bash", ["-c", $"timeout 300 dotnet \"{Tool}\" {command} | head -c 10 > /dev/null; echo \"${{PIPESTATUS[0]}}\""]);

        result.Output.Trim().Should().Be("141", result.ToString());
        result.Error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("generate")]
    [InlineData("rules")]
    public void Output_StandardOutputOnAFullDevice_IsExitTwoWithOneLine(string verb)
    {
        var arguments = verb switch
        {
            "evaluate" => $"evaluate \"{Samples.Copperfield}\" --date 2026-11-01",
            "generate" => "generate --count 50",
            _ => "rules list",
        };

        var result = ProcessRunner.Run("bash", ["-c", $"exec dotnet \"{Tool}\" {arguments} > /dev/full"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be("privacy-principles: could not write standard output: there is no space left on the device\n");
    }

    [Fact]
    public void Output_DevStdout_IsWrittenInPlace()
    {
        var result = ProcessRunner.Run("dotnet", [Tool, "evaluate", Samples.Copperfield, "--format", "json", "--output", "/dev/stdout", "--date", "2026-11-01"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("{\n  \"reportVersion\"");
    }

    [Fact]
    public async Task Output_ANamedPipe_ReceivesTheReport_AndStaysAPipe()
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "report.json");
        ProcessRunner.Run("mkfifo", [fifo]).ExitCode.Should().Be(0);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", fifo, "--date", "2026-11-01");

        result.ExitCode.Should().Be(0, result.Error);
        (await reader.WaitAsync(TimeSpan.FromMinutes(1))).Should().StartWith("{\n  \"reportVersion\"");
        Kind(fifo).Should().Be("fifo");
    }

    [Theory]
    [InlineData("evaluate", "/dev/stdout")]
    [InlineData("evaluate", "/dev/fd/1")]
    [InlineData("schema", "/dev/stdout")]
    public void Output_DevStdout_RedirectedToAFileWithAppend_IsAppendedTo_AndKeepsWhatWasThere(string verb, string output)
    {
        // Opened afresh, the file behind /dev/stdout would be written from its start, over what `>>` keeps.
        using var folder = new TempFolder();
        var log = Path.Combine(folder.Path, "log.txt");
        var earlier = string.Concat(Enumerable.Range(0, 2000).Select(i => $"earlier line {i}\n"));
        File.WriteAllText(log, earlier);
        var arguments = verb == "schema" ? $"schema attestation --output {output}" : $"evaluate \"{Samples.Copperfield}\" --format csv --output {output} --date 2026-11-01";

        var result = ProcessRunner.Run("bash", ["-c", $"exec dotnet \"{Tool}\" {arguments} >> \"{log}\""]);

        result.ExitCode.Should().Be(0, result.ToString());
        var text = File.ReadAllText(log);
        text.Should().StartWith(earlier, "what the file held is kept");
        text.Substring(earlier.Length).Should().StartWith(verb == "schema" ? "{" : "rule_set_id,");
    }

    [Fact]
    public void Output_AFileInDevShm_IsReplacedLikeAnyFile_NotAppendedTo()
    {
        // Only the names of the process's descriptors (/dev/stdout, /dev/fd/N) are written in place.
        var target = Path.Combine("/dev/shm", "pp-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", target, "--date", "2026-11-01").ExitCode.Should().Be(0);
            CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", target, "--date", "2026-11-01").ExitCode.Should().Be(0);

            using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(target));
            report.RootElement.GetProperty("reportVersion").GetString().Should().NotBeNullOrEmpty();
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void Outputs_NamingTheSameFile_AsStandardOutputAndAsDevStdout_OrThroughALink_AreRefused()
    {
        using var folder = new TempFolder();
        var both = Path.Combine(folder.Path, "both.txt");
        var target = Path.Combine(folder.Path, "z.out");
        var link = Path.Combine(folder.Path, "zlink.out");
        File.CreateSymbolicLink(link, target);

        var standard = ProcessRunner.Run("bash", ["-c", $"exec dotnet \"{Tool}\" evaluate \"{Samples.Copperfield}\" --format json --output json=- --format csv --output csv=/dev/stdout --date 2026-11-01 > \"{both}\""]);
        var linked = CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", $"json={target}", "--format", "csv", "--output", $"csv={link}", "--date", "2026-11-01");

        standard.ExitCode.Should().Be(2, standard.ToString());
        standard.Error.Should().Be("privacy-principles: more than one format would go to standard output; give all but one an --output (FORMAT=PATH)\n", "/dev/stdout is standard output");
        linked.ExitCode.Should().Be(2);
        linked.Error.Should().StartWith("privacy-principles: --output '").And.Contain("' is named more than once");
        File.Exists(target).Should().BeFalse("nothing is written when the outputs are refused");
    }

    [Theory]
    [InlineData("evaluate - --format json --output \"{0}\" < \"{0}\"")]
    [InlineData("evaluate \"{1}\" --waivers - --format json --output \"{0}\" < \"{0}\"")]
    [InlineData("diff - \"{1}\" --output \"{0}\" < \"{0}\"")]
    public void Output_ThatIsTheFileStandardInputReads_IsRefused_AndTheFileIsUntouched(string command)
    {
        using var folder = new TempFolder();
        var input = folder.Copy(command.Contains("--waivers", StringComparison.Ordinal) ? Samples.CopperfieldWaivers : Samples.Copperfield);
        var before = File.ReadAllText(input);

        var result = ProcessRunner.Run("bash", ["-c", $"exec dotnet \"{Tool}\" " + string.Format(System.Globalization.CultureInfo.InvariantCulture, command, input, Samples.Copperfield) + " --date 2026-11-01"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"--output '{input}' is an input (standard input); writing there would replace it.");
        File.ReadAllText(input).Should().Be(before);
    }

    [Fact]
    public void Output_ThatIsAnInput_IsRefused_AndTheInputIsUntouched()
    {
        using var folder = new TempFolder();
        var input = folder.Copy(Samples.Copperfield);
        var before = File.ReadAllText(input);
        var hardLink = Path.Combine(folder.Path, "hard.json");
        var symbolicLink = Path.Combine(folder.Path, "soft.json");
        ProcessRunner.Run("ln", [input, hardLink]).ExitCode.Should().Be(0);
        File.CreateSymbolicLink(symbolicLink, input);

        foreach (var output in new[] { input, hardLink, symbolicLink })
        {
            var result = CliRunner.Run("evaluate", input, "--output", output, "--date", "2026-11-01");

            result.ExitCode.Should().Be(2);
            result.Error.Should().StartWith($"privacy-principles: --output '{output}' is an input ({input}); writing there would replace it.");
        }

        CliRunner.Run("diff", input, Samples.CopperfieldRound2, "--output", input, "--date", "2026-11-01").ExitCode.Should().Be(2);
        CliRunner.Run("evaluate", Samples.Tinpot, "--waivers", Samples.CopperfieldWaivers, "--format", "json", "--output", Samples.CopperfieldWaivers).ExitCode.Should().Be(2);
        File.ReadAllText(input).Should().Be(before);
    }

    [Fact]
    public void Output_ThroughDotDotAfterAMissingFolder_OrEndingInDot_IsRefused_AsTheShellWould_AndNothingIsReplaced()
    {
        using var folder = new TempFolder();
        var input = folder.Copy(Samples.Copperfield);
        var before = File.ReadAllText(input);
        var keep = folder.Write("keep.json", "precious");

        foreach (var output in new[] { "missing/../" + Path.GetFileName(input), "json=" + Path.GetFileName(input) + "/." })
        {
            var result = ProcessRunner.Run("dotnet", [Tool, "evaluate", input, "--output", output, "--date", "2026-11-01"], folder.Path);

            result.ExitCode.Should().Be(2, result.ToString());
            result.Error.Should().ContainAny("does not exist", "names a folder");
        }

        ProcessRunner.Run("dotnet", [Tool, "init", "--output", "missing/../keep.json"], folder.Path).ExitCode.Should().Be(2);
        ProcessRunner.Run("dotnet", [Tool, "init", "--output", "keep.json/."], folder.Path).ExitCode.Should().Be(2);
        File.ReadAllText(input).Should().Be(before);
        File.ReadAllText(keep).Should().Be("precious");
    }

    [Fact]
    public void Output_StartingWithDotSlash_IntoAFolderNotYetMade_IsWritten_AsWithoutIt()
    {
        using var folder = new TempFolder();

        var result = ProcessRunner.Run("dotnet", [Tool, "evaluate", Samples.Copperfield, "--output", "./reports/r.json", "--date", "2026-11-01"], folder.Path);

        result.ExitCode.Should().Be(0, result.ToString());
        File.Exists(Path.Combine(folder.Path, "reports", "r.json")).Should().BeTrue();
    }

    [Fact]
    public void Output_ThatIsAnInputNamedThroughDotDot_IsRefused_AsTheInputIsReadThere()
    {
        using var folder = new TempFolder();
        var waivers = Path.Combine(folder.Path, "waivers.json");
        File.Copy(Samples.CopperfieldWaivers, waivers);
        var before = File.ReadAllText(waivers);

        // The waivers are read from ./waivers.json (.NET removes "missing/.." as text); the report may not replace them.
        var result = ProcessRunner.Run("dotnet", [Tool, "evaluate", Samples.Copperfield, "--waivers", "missing/../waivers.json", "--format", "json", "--output", "waivers.json", "--date", "2026-11-01"], folder.Path);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("is an input");
        File.ReadAllText(waivers).Should().Be(before);
    }

    [Fact]
    public void Output_ThroughALinkAndDotDot_IsWrittenWhereTheSystemLeads_BesideWhereTheLinkGoes()
    {
        using var folder = new TempFolder();
        var input = folder.Copy(Samples.Copperfield);
        var before = File.ReadAllText(input);
        Directory.CreateDirectory(Path.Combine(folder.Path, "elsewhere", "sub"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link"), Path.Combine(folder.Path, "elsewhere", "sub"));

        var result = ProcessRunner.Run("dotnet", [Tool, "evaluate", input, "--output", "link/../" + Path.GetFileName(input), "--date", "2026-11-01"], folder.Path);

        result.ExitCode.Should().Be(0, result.ToString());
        File.ReadAllText(input).Should().Be(before, "link/.. is the folder the link leads into, not this one");
        File.Exists(Path.Combine(folder.Path, "elsewhere", Path.GetFileName(input))).Should().BeTrue();
    }

    [Theory]
    [InlineData("evaluate \"{1}\" --date 2026-11-01 --format json --output json=/dev/stdin < \"{0}\"")]
    [InlineData("evaluate \"{1}\" --date 2026-11-01 --output csv=/dev/fd/0 < \"{0}\"")]
    [InlineData("migrate /dev/stdin --in-place < \"{0}\"")]
    public void Output_ADescriptorOpenOnlyForReading_IsRefused_AndTheFileBehindItIsUntouched(string command)
    {
        using var folder = new TempFolder();

        // An attestation of format 1.0, which migrate would upgrade (and append to the file behind standard input).
        const string Version1 = """
            {"schemaVersion":"1.0","vendor":{"id":"fictional-vendor","name":"Fictional Vendor"},"service":{"name":"Fictional Meetings"},"attestedOn":"2026-10-01",
            "answers":{"SEC-01":{"status":"implemented","statement":"Every call is encrypted in transit with current ciphers, and keys rotate each quarter.",
            "evidence":[{"kind":"policy","shows":"achieve","reference":"https://example.example/a","title":"Policy","issued":"2026-01-01"}]}}}
            """;
        var victim = folder.Write("victim.json", Version1);

        var result = ProcessRunner.Run("bash", ["-c", $"exec dotnet \"{Tool}\" " + string.Format(System.Globalization.CultureInfo.InvariantCulture, command, victim, Samples.Copperfield)]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("open only for reading");
        File.ReadAllText(victim).Should().Be(Version1);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("schema")]
    [InlineData("diff")]
    [InlineData("init")]
    [InlineData("engagement")]
    public void Output_AFolder_IsExitTwoWithOneLine(string verb)
    {
        using var folder = new TempFolder();
        var target = Directory.CreateDirectory(Path.Combine(folder.Path, "out.json")).FullName;

        var result = verb switch
        {
            "evaluate" => CliRunner.Run("evaluate", Samples.Copperfield, "--output", target, "--date", "2026-11-01"),
            "schema" => CliRunner.Run("schema", "report", "--output", target),
            "diff" => CliRunner.Run("diff", Samples.Copperfield, Samples.CopperfieldRound2, "--output", target, "--date", "2026-11-01"),
            "init" => CliRunner.Run("init", "--output", target, "--date", "2026-11-01"),
            _ => CliRunner.Run("engagement", RepositoryPaths.Combine("samples", "engagement", "engagement.json"), "--format", "json", "--output", target),
        };

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"could not write {target}: it is a folder; expected a file name").And.NotContain("internal error");
        Directory.EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Should().Equal(target);
    }

    [Theory]
    [InlineData("schema", "attestation")]
    [InlineData("init")]
    public void Output_AnEmptyPath_IsExitTwoWithOneLine(params string[] verb)
    {
        var result = CliRunner.Run([.. verb, "--output", ""]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: an output path is empty; expected a file name\n");
    }

    [Fact]
    public void Output_APathEndingInAFolderSeparator_IsExitTwo_AndMakesNoFolder()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "reports", "2026") + Path.DirectorySeparatorChar;

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--output", "json=" + target, "--date", "2026-11-01");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"could not write {target}: it ends with a folder separator, so it names a folder; expected a file name");
        Directory.EnumerateFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void Output_ARewrittenFile_KeepsItsPermissions_AndALinkStaysALink()
    {
        using var folder = new TempFolder();
        var target = folder.Write("report.md", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var link = Path.Combine(folder.Path, "latest.md");
        File.CreateSymbolicLink(link, target);

        CliRunner.Run("evaluate", Samples.Copperfield, "--output", link, "--date", "2026-11-01").ExitCode.Should().Be(0);

        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        new FileInfo(link).LinkTarget.Should().Be(target);
        File.ReadAllText(target).Should().StartWith("## Copperfield Video");
        Directory.GetFiles(folder.Path, ".pp-*").Should().BeEmpty();
    }

    [Fact]
    public void Output_ARewrittenFile_KeepsItsOwnerAndGroup_WhenWrittenByRoot()
    {
        using var folder = new TempFolder();
        var target = folder.Write("report.json", "old");
        ProcessRunner.Run("chown", ["1234:2345", target]).ExitCode.Should().Be(0, "the test gives the file away, which root may");
        var before = ProcessRunner.Run("stat", ["-c", "%i %u:%g", target]).Output.Trim().Split(' ');
        before[1].Should().Be("1234:2345");

        CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", target, "--date", "2026-11-01").ExitCode.Should().Be(0);

        var after = ProcessRunner.Run("stat", ["-c", "%i %u:%g", target]).Output.Trim().Split(' ');
        after[0].Should().NotBe(before[0], "the file was replaced");
        after[1].Should().Be("1234:2345");
        File.ReadAllText(target).Should().StartWith("{\n  \"reportVersion\"");
    }

    [Fact]
    public void Output_AFileThisUserMayNotWrite_IsRefused_ThoughItsFolderIsWritable()
    {
        // Renaming over a file needs only the folder's permission: run as nobody, in a folder anyone may write.
        using var folder = new TempFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_111_111);
        var target = folder.Write("report.json", "precious");
        File.SetUnixFileMode(target, (UnixFileMode)0b100_100_100);
        var asUser = Environment.IsPrivilegedProcess ? new[] { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups" } : [];
        var command = asUser.Concat(["dotnet", Tool, "evaluate", Samples.Copperfield, "--format", "json", "--output", target, "--date", "2026-11-01"]).ToArray();

        var result = ProcessRunner.Run(command[0], command.Skip(1), folder.Path, new System.Collections.Generic.Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_HOME"] = Path.GetTempPath() });

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be($"privacy-principles: could not write {target}: permission denied (the file is read-only to this user)\n");
        File.ReadAllText(target).Should().Be("precious");
        Directory.GetFiles(folder.Path, ".pp-*").Should().BeEmpty();
    }

    [Fact]
    public void Output_AWritableFileInAFolderThisUserMayNotWrite_IsRefused_SayingWhyTheFolderMatters()
    {
        // The file is writable, so a bare "permission denied" left the user puzzled: a file is
        // replaced by writing a new one beside it and renaming it, which needs the folder.
        using var folder = new TempFolder();
        var shut = Directory.CreateDirectory(Path.Combine(folder.Path, "shut")).FullName;
        var target = Path.Combine(shut, "report.json");
        File.WriteAllText(target, "precious");
        File.SetUnixFileMode(target, (UnixFileMode)0b110_110_110);
        File.SetUnixFileMode(shut, (UnixFileMode)0b101_101_101);
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_101_101);
        var asUser = Environment.IsPrivilegedProcess ? new[] { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups" } : [];
        var command = asUser.Concat(["dotnet", Tool, "evaluate", Samples.Copperfield, "--format", "json", "--output", target, "--date", "2026-11-01"]).ToArray();

        var result = ProcessRunner.Run(command[0], command.Skip(1), folder.Path, new System.Collections.Generic.Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_HOME"] = Path.GetTempPath() });
        File.SetUnixFileMode(shut, (UnixFileMode)0b111_101_101);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be($"privacy-principles: could not write {target}: permission denied (this user may not add files to its folder, and a file is replaced by writing a new one beside it and renaming it over the old)\n");
        File.ReadAllText(target).Should().Be("precious");
    }

    [Fact]
    public void Output_WithTheLongestNameTheFileSystemAllows_IsWritten()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, new string('r', 250) + ".json");

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", target, "--date", "2026-11-01");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(target).Should().StartWith("{");
    }

    [Fact]
    public void Commit_ThatFails_IsOneLine_AndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var inner = Directory.CreateDirectory(Path.Combine(folder.Path, "inner")).FullName;
        var context = new CliContext { Out = new StringWriter(), Error = new StringWriter(), OpenStandardInput = () => Stream.Null };
        var output = OutputFile.Create(Path.Combine(inner, "report.json"), context);
        output.Writer.Write("{}");
        Directory.GetFiles(inner, ".pp-*").Should().ContainSingle("the content goes to a short temporary name beside the target");

        // The folder goes away before the rename: the commit cannot complete.
        Directory.Delete(inner, recursive: true);
        var commit = () => output.Commit();

        commit.Should().Throw<OutputException>().Which.Message.Should().StartWith($"could not write {Path.Combine(inner, "report.json")}: ").And.NotContain("\n");
        output.Dispose();
        Directory.Exists(inner).Should().BeFalse();
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesTheTargetAsItWas_AndNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var target = folder.Write("report.json", "old");
        var context = new CliContext { Out = new StringWriter(), Error = new StringWriter(), OpenStandardInput = () => Stream.Null };

        using (var output = OutputFile.Create(target, context))
        {
            output.Writer.Write("new, half written");
        }

        File.ReadAllText(target).Should().Be("old");
        Directory.GetFiles(folder.Path).Should().Equal(target);
    }

    [Fact]
    public void Dispose_WithoutCommit_RemovesTheFoldersMadeForTheFile_AndNoOthers()
    {
        using var folder = new TempFolder();
        var existing = Directory.CreateDirectory(Path.Combine(folder.Path, "existing")).FullName;
        var context = new CliContext { Out = new StringWriter(), Error = new StringWriter(), OpenStandardInput = () => Stream.Null };

        using (var output = OutputFile.Create(Path.Combine(existing, "made", "deeper", "report.json"), context))
        {
            output.Writer.Write("half written");
            Directory.Exists(Path.Combine(existing, "made", "deeper")).Should().BeTrue();
        }

        Directory.GetFileSystemEntries(folder.Path).Should().Equal(existing);
        Directory.GetFileSystemEntries(existing).Should().BeEmpty("the folders made on the way to a file never written are removed with it");
    }

    [Fact]
    public void AFolderOnTheWayThatIsADanglingLink_IsRefused_AndTheLinkIsLeftAsItWas()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "dangling");
        File.CreateSymbolicLink(link, Path.Combine(folder.Path, "gone", "elsewhere"));
        var context = new CliContext { Out = new StringWriter(), Error = new StringWriter(), OpenStandardInput = () => Stream.Null };

        var create = () => OutputFile.Create(Path.Combine(link, "made", "report.json"), context);

        create.Should().Throw<OutputException>();
        new FileInfo(link).LinkTarget.Should().Be(Path.Combine(folder.Path, "gone", "elsewhere"), "a failed output removes only folders it made, never a link it met");
        Directory.Exists(Path.Combine(folder.Path, "gone")).Should().BeFalse();
    }

    [Fact]
    public void Commit_KeepsTheFoldersMadeForTheFile()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "made", "deeper", "report.json");
        var context = new CliContext { Out = new StringWriter(), Error = new StringWriter(), OpenStandardInput = () => Stream.Null };

        using (var output = OutputFile.Create(target, context))
        {
            output.Writer.Write("{}");
            output.Commit();
        }

        File.ReadAllText(target).Should().Be("{}");
    }

    [Fact]
    public void AFolderOutputAbandoned_RemovesTheFoldersMadeAboveIt_ButNotOneAnotherOutputWroteInto()
    {
        using var folder = new TempFolder();
        var context = new CliContext { Out = new StringWriter(), Error = new StringWriter(), OpenStandardInput = () => Stream.Null };
        var shared = Path.Combine(folder.Path, "shared");

        using (var letters = OutputFolder.Create(Path.Combine(shared, "letters")))
        {
            letters.Write("a.md", "text", context);
            using (var report = OutputFile.Create(Path.Combine(shared, "report.json"), context))
            {
                report.Writer.Write("{}");
                report.Commit();
            }
        }

        Directory.GetFileSystemEntries(shared).Should().Equal(Path.Combine(shared, "report.json"));

        using (var abandoned = OutputFolder.Create(Path.Combine(folder.Path, "new", "letters")))
        {
            abandoned.Write("a.md", "text", context);
        }

        Directory.Exists(Path.Combine(folder.Path, "new")).Should().BeFalse();
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("HUP")]
    [InlineData("QUIT")]
    [InlineData("INT")]
    [InlineData("USR1")]
    [InlineData("USR2")]
    [InlineData("ALRM")]
    [InlineData("VTALRM")]
    [InlineData("PROF")]
    [InlineData("XCPU")]
    public void Signal_WhileWriting_LeavesNoTemporaryFile(string signal)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "big.ndjson");

        // Wait until the temporary file exists and has content, so the signal arrives mid-write.
        using var process = StartAndWait([Tool, "generate", "--count", "10000000", "--output", target], () => Directory.GetFiles(folder.Path, ".pp-*"), p => new FileInfo(p).Length > 0, out var pending);

        pending.Should().ContainSingle().Which.Should().MatchRegex(@"/\.pp-[0-9a-f]{8}\.tmp$");
        ProcessRunner.Run("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ExitCode.Should().Be(0);
        process.WaitForExit(60_000).Should().BeTrue();

        Directory.GetFiles(folder.Path).Should().BeEmpty("neither the temporary file nor a half-written target may remain after SIG{0}", signal);
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("evaluate")]
    public void Output_PastTheFileSizeLimit_IsOneLineAndExitTwo_AndLeavesNoTemporaryFile(string verb)
    {
        // `ulimit -f` (a CI job's limit, a shared machine's) sends SIGXFSZ when a write would pass
        // it; by default that kills the process with no word, leaving the temporary file behind,
        // and a write that fails past it is thrown as an argument out of range, not an IOException.
        using var folder = new TempFolder();
        using var inputs = new TempFolder();
        var batch = Path.Combine(inputs.Path, "batch.ndjson");
        CliRunner.Run("generate", "--count", "300", "--output", batch).ExitCode.Should().Be(0);
        var target = Path.Combine(folder.Path, verb == "generate" ? "big.ndjson" : "report.json");
        var command = verb == "generate"
            ? $"generate --count 10000000 --output '{target}'"
            : $"evaluate '{batch}' --date 2026-11-01 --format json --output '{target}'";

        // 30,000 KiB: room for the runtime to start, far less than the output (generate writes gigabytes, evaluate about 30 MB).
        var limit = verb == "generate" ? "30000" : "21000";
        var result = ProcessRunner.Run("bash", ["-c", $"ulimit -f {limit} && exec dotnet '{Tool}' {command}"], folder.Path, timeout: TimeSpan.FromMinutes(3));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith($"privacy-principles: could not write {target}: the file would be larger than this process may write (its file size limit, ulimit -f)\n");
        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty("neither the temporary file nor a half-written target may remain");
    }

    [Theory]
    [InlineData("evaluate '{0}' --date 2026-11-01 --format json --output \"$(printf 'out\\377.json')\"", "json")]
    [InlineData("generate --count 3 --output \"$(printf 'out\\377.ndjson')\"", "ndjson")]
    [InlineData("generate --count 3 --output \"$(printf 'out\\377.d')\"", "d")]
    [InlineData("schema attestation --output \"$(printf 'out\\377.json')\"", "json")]
    public void Output_WhoseNameIsNotUtf8_IsRefused_AndAFileNamedWithTheReplacementCharacterIsUntouched(string command, string extension)
    {
        // .NET decodes the name's byte 0xFF as U+FFFD: written as decoded, the output would land in
        // another file than the one named, and replace it if it exists.
        using var folder = new TempFolder();
        var lookalike = folder.Write("out\uFFFD." + extension, "precious");
        var other = folder.Write("other.txt", "precious");
        File.Delete(extension == "d" ? lookalike : other);

        var result = ProcessRunner.Run("bash", ["-c", $"dotnet '{Tool}' " + string.Format(System.Globalization.CultureInfo.InvariantCulture, command, Samples.Copperfield)], folder.Path);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"could not write out\uFFFD.{extension}: its name is not valid UTF-8 (shown with \uFFFD), and the output would be written under another name than the one given; choose a UTF-8 name");
        Directory.GetFileSystemEntries(folder.Path).Should().ContainSingle().Which.Should().Match(p => File.ReadAllText(p) == "precious");
    }

    [Fact]
    public void Output_ReplacingAPrivateFile_IsPrivateWhileItIsWritten()
    {
        using var folder = new TempFolder();
        var target = folder.Write("secret.ndjson", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        using var process = StartAndWait([Tool, "generate", "--count", "10000000", "--output", target], () => Directory.GetFiles(folder.Path, ".pp-*"), p => new FileInfo(p).Length > 0, out var pending);
        try
        {
            File.GetUnixFileMode(pending.Single()).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "another user must not read a private report while it is written");
        }
        finally
        {
            ProcessRunner.Run("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            process.WaitForExit(60_000);
        }

        File.ReadAllText(target).Should().Be("old");
    }

    [Theory]
    [InlineData("--output", "1000000")]
    [InlineData("--engagement", "10000")]
    public void Sigterm_WhileFillingAFolder_LeavesNoFolder_AndTheRunCanBeRepeated(string mode, string size)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "generated");

        // Wait until the temporary folder holds files, so the signal arrives mid-way.
        using var process = StartAndWait([Tool, "generate", "--count", size, mode, target], () => Directory.GetDirectories(folder.Path, ".pp-*"), p => Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Any(), out var pending);

        pending.Should().ContainSingle().Which.Should().MatchRegex(@"/\.pp-[0-9a-f]{8}\.tmp$");
        ProcessRunner.Run("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ExitCode.Should().Be(0);
        process.WaitForExit(60_000).Should().BeTrue();

        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty("neither the temporary folder nor a half-filled target may remain");
        var again = CliRunner.Run("generate", "--count", "3", mode, target);
        again.ExitCode.Should().Be(0, again.Error);
        Directory.GetFileSystemEntries(folder.Path).Should().Equal(target);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--engagement")]
    public void Generate_AFolderThatCannotBeMade_IsNamedAsGiven_InTheToolsWords_NotByItsTemporaryName(string mode)
    {
        // The runtime's message quoted the temporary folder ("Access to the path '/x/.pp-1a2b3c4d.tmp'
        // is denied", "The file '/x/report' already exists"), a name the user never gave.
        using var folder = new TempFolder();
        folder.Write("report", "a file, not a folder");

        var result = CliRunner.Run("generate", "--count", "3", mode, Path.Combine(folder.Path, "report", "generated"));

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Be($"privacy-principles: could not write {Path.Combine(folder.Path, "report", "generated")}: a part of the path is a file, not a folder\n");
        Directory.GetFileSystemEntries(folder.Path).Should().ContainSingle();
    }

    [Fact]
    public void Generate_IntoAnExistingEmptyFolder_KeepsTheFolder_ItsOwnerAndMode_AndFillsIt()
    {
        // A mount point or a group-shared folder must stay what it is: it is filled, not replaced.
        using var folder = new TempFolder();
        var target = Directory.CreateDirectory(Path.Combine(folder.Path, "shared")).FullName;
        ProcessRunner.Run("chown", ["1234:2345", target]).ExitCode.Should().Be(0, "the test gives the folder away, which root may");
        ProcessRunner.Run("chmod", ["2770", target]).ExitCode.Should().Be(0);
        var before = ProcessRunner.Run("stat", ["-c", "%i %u:%g %a", target]).Output;

        var result = ProcessRunner.Run("dotnet", [Tool, "generate", "--count", "3", "--output", "."], target);

        result.ExitCode.Should().Be(0, result.ToString());
        ProcessRunner.Run("stat", ["-c", "%i %u:%g %a", target]).Output.Should().Be(before);
        Directory.GetFiles(target).Select(Path.GetFileName).Should().HaveCount(3).And.OnlyContain(n => n!.EndsWith(".json", StringComparison.Ordinal));
        Directory.GetDirectories(target).Should().BeEmpty("the temporary folder is gone");
    }

    [Fact]
    public void Letters_ThroughALinkPlantedInTheFolder_AreRefused_AndTheLinkedFileIsUntouched()
    {
        using var folder = new TempFolder();
        var engagement = RepositoryPaths.Combine("samples", "engagement", "engagement.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(engagement));
        var vendor = document.RootElement.GetProperty("invited")[0].GetProperty("vendorId").GetString()!;
        var letters = Directory.CreateDirectory(Path.Combine(folder.Path, "letters")).FullName;
        var victim = folder.Write("victim.txt", "precious");
        File.CreateSymbolicLink(Path.Combine(letters, vendor + ".md"), victim);

        var result = CliRunner.Run("engagement", engagement, "--format", "json", "--output", Path.Combine(folder.Path, "e.json"), "--letters", letters);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"could not write {Path.Combine(letters, vendor + ".md")}: it is a symbolic link; a file named after an input is never written through one");
        File.ReadAllText(victim).Should().Be("precious");
        Directory.GetFiles(letters).Length.Should().BeGreaterThan(10, "the other letters are written");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("engagement")]
    public void Output_AnEmptyName_IsExitTwo(string verb)
    {
        var result = verb == "evaluate"
            ? CliRunner.Run("evaluate", Samples.Copperfield, "--format", "json", "--output", string.Empty)
            : CliRunner.Run("engagement", RepositoryPaths.Combine("samples", "engagement", "engagement.json"), "--letters", " ");

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().NotContain("internal error");
    }

    private static string Kind(string path) => ProcessRunner.Run("stat", ["-L", "-c", "%F", path]).Output.Trim();

    // Starts the tool and waits (two minutes at most) until one of the entries `list` gives is `ready`.
    private static Process StartAndWait(string[] arguments, Func<string[]> list, Func<string, bool> ready, out string[] entries)
    {
        // Through env, with every signal's handling reset to the default: a runner started with
        // nohup, or in the background, hands its children SIGHUP (or SIGINT and SIGQUIT) ignored,
        // and a process that ignores a signal is right to go on when it arrives.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--default-signal");
        start.ArgumentList.Add("dotnet");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        entries = [];
        while (DateTime.UtcNow < deadline && !(entries = list()).Any(ready))
        {
            Thread.Sleep(50);
        }

        return process;
    }
}
