using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Commands;

/// <summary>
/// Every example in every verb's <c>--help</c> runs as written: in a shell, with the tool on the
/// path as <c>privacy-principles</c>, in a fresh folder holding the files the examples name
/// (a copy of the samples, an attestation, a previous release, waivers, a profile, a rule set, a
/// signed statement and its key). An example may fail a gate (exit 1); it may not be a wrong
/// command line or an unreadable input (exit 2) or a bug (exit 3).
/// </summary>
[Trait("Category", "Slow")]
public class HelpExamplesTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "privacy-principles.dll");

    // Every verb and sub-verb whose help has examples; the test below holds the list to the tool's own.
    private static readonly string[][] Verbs =
    [
        ["evaluate"], ["validate"], ["init"], ["rules", "list"], ["rules", "show"], ["rules", "diff"], ["schema"], ["diff"],
        ["engagement"], ["generate"], ["migrate"], ["export"], ["verify"],
    ];

    public static TheoryData<string> Examples => [.. Verbs.SelectMany(verb => ExamplesOf(Help(verb)))];

    [Fact]
    public void TheListOfVerbs_IsTheTools()
    {
        var commands = Section(Help([]), "Commands:").Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
        var rules = Section(Help(["rules"]), "Commands:").Select(line => "rules " + line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);

        Verbs.Select(v => string.Join(' ', v)).Should().BeEquivalentTo(commands.Where(c => c != "rules").Concat(rules));
    }

    [Fact]
    public void EveryVerb_HasExamples()
    {
        Verbs.Where(verb => !ExamplesOf(Help(verb)).Any()).Select(v => string.Join(' ', v)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheExample_RunsAsWritten(string example)
    {
        using var folder = Fixture(example);

        var result = ProcessRunner.Run("bash", ["-c", "set -o pipefail; " + example], folder.Path, new Dictionary<string, string?>
        {
            ["PATH"] = Path.Combine(folder.Path, ".bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["NO_COLOR"] = "1",
        });

        result.ExitCode.Should().BeOneOf([0, 1], $"'{example}' is an example of the help\n{result}");
    }

    private static string Help(string[] verb)
    {
        var result = CliRunner.Run([.. verb, "--help"]);
        result.ExitCode.Should().Be(0, result.Error);
        return result.Output;
    }

    // The lines of a help section: each indented line after its heading, up to the next blank line.
    private static IEnumerable<string> Section(string help, string heading) =>
        help.Split('\n').SkipWhile(l => l.Trim() != heading).Skip(1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim());

    private static IEnumerable<string> ExamplesOf(string help) => Section(help, "Examples:").Where(l => l.Contains("privacy-principles", StringComparison.Ordinal));

    // Every file an example names, beside a copy of the samples, and the tool as a command. The
    // examples of init start a project, so they get a folder without the attestation they write.
    private static TempFolder Fixture(string example)
    {
        var folder = new TempFolder();
        Copy(RepositoryPaths.Combine("samples"), Path.Combine(folder.Path, "samples"));
        Copy(Path.Combine(folder.Path, "samples", "engagement"), folder.Path);
        Copy(Path.Combine(folder.Path, "samples", "attestations"), Path.Combine(folder.Path, "attestations"));

        var bin = Directory.CreateDirectory(Path.Combine(folder.Path, ".bin")).FullName;
        var command = Path.Combine(bin, "privacy-principles");
        File.WriteAllText(command, $"#!/bin/sh\nexec dotnet \"{Tool}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(command, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (example.StartsWith("privacy-principles init", StringComparison.Ordinal))
        {
            return folder;
        }

        File.Copy(Samples.Copperfield, Path.Combine(folder.Path, "attestation.json"));
        File.Copy(Samples.Copperfield, Path.Combine(folder.Path, "last-release.json"));
        File.Copy(Samples.CopperfieldWaivers, Path.Combine(folder.Path, "waivers.json"));
        File.Copy(Samples.SchoolsProfile, Path.Combine(folder.Path, "schools.profile.json"));
        File.Copy(Samples.SchoolsProfile, Path.Combine(folder.Path, "my-profile.json"));
        folder.Write("my-rules.json", PrivacyPrinciplesJson.Serialize(BuiltInRuleSets.VtcJointStatement2020 with { Id = "my-rules" }));
        Directory.CreateDirectory(Path.Combine(folder.Path, "privacy"));
        File.Copy(Samples.Copperfield, Path.Combine(folder.Path, "privacy", "attestation.json"));

        using (var ndjson = File.Create(Path.Combine(folder.Path, "attestations.ndjson")))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(folder.Path, "attestations"), "*.json").Order(StringComparer.Ordinal))
            {
                PrivacyPrinciplesJson.WriteCompact(ndjson, new PrivacyPrinciples.Attestations.AttestationReader().ReadFile(file).GetValueOrThrow());
                ndjson.WriteByte((byte)'\n');
            }
        }

        // A statement about privacy/attestation.json, signed with a fresh P-256 key.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signingKey = folder.Write("signing.pem", key.ExportPkcs8PrivateKeyPem() + "\n");
        folder.Write("key.pem", key.ExportPkcs8PrivateKeyPem() + "\n");
        folder.Write("signing.pub.pem", key.ExportSubjectPublicKeyInfoPem() + "\n");
        var signed = ProcessRunner.Run("dotnet", [Tool, "evaluate", "privacy/attestation.json", "--format", "in-toto", "--output", "privacy.intoto.json", "--signing-key", signingKey], folder.Path);
        signed.ExitCode.Should().BeOneOf([0, 1], signed.ToString());
        return folder;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
