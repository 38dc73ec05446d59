using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Engagements;

/// <summary>
/// Issue 13: an engagement may name files only inside its own folder. Every path it names, a
/// profile's base included, is resolved with symbolic links followed and refused when it leads
/// out, before anything is read; only regular files are opened.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EngagementConfinementTests : IDisposable
{
    // A file outside the engagement whose content would show in an error message if it were read.
    private const string Secret = "{ \"secret-outside-the-folder\": 1 }";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("confinement-");

    public EngagementConfinementTests()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "engagement", "round"));
        Directory.CreateDirectory(Path.Combine(_root.FullName, "elsewhere"));
        File.WriteAllText(Path.Combine(_root.FullName, "elsewhere", "secret.json"), Secret);
        File.Copy(Path.Combine(RepositoryPaths.Samples, "tinpot-talk.json"), Path.Combine(_root.FullName, "engagement", "round", "tinpot.json"));
    }

    private string Folder => Path.Combine(_root.FullName, "engagement");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void ALinkInTheFolder_ToAFileOutside_IsRefusedAndNeverRead()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "round", "evil.json"), Path.Combine(_root.FullName, "elsewhere", "secret.json"));

        var round = Load("""["round"]""").Rounds.Single();

        round.Reports.Select(r => r.Attestation.VendorId).Should().Equal("tinpot");
        round.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "engagement-path-outside", Message = "round 'r1' names 'round/evil.json', which is outside the engagement's folder; expected a path inside it" });
        round.Problems.Should().NotContain(p => p.Message.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void ALinkedFolder_LeadingOut_IsRefused_ByNameAndByPattern()
    {
        Directory.CreateSymbolicLink(Path.Combine(Folder, "linked"), Path.Combine(_root.FullName, "elsewhere"));

        var round = Load("""["linked", "linked/*.json", "linked/secret.json", "round/../linked/secret.json"]""").Rounds.Single();

        round.Reports.Should().BeEmpty();
        round.Problems.Should().HaveCount(4).And.OnlyContain(p => p.Code == "engagement-path-outside");
    }

    [Fact]
    public void DotDotLeadingOutThroughALink_IsResolvedWhereTheLinkLeads()
    {
        // "deep/.." is the engagement folder by the letters, but "deep" leads to elsewhere/, so ".." is its parent.
        Directory.CreateDirectory(Path.Combine(_root.FullName, "elsewhere", "inner"));
        File.WriteAllText(Path.Combine(_root.FullName, "elsewhere", "tinpot.json"), File.ReadAllText(Path.Combine(Folder, "round", "tinpot.json")));
        Directory.CreateSymbolicLink(Path.Combine(Folder, "deep"), Path.Combine(_root.FullName, "elsewhere", "inner"));

        var round = Load("""["deep/../tinpot.json"]""").Rounds.Single();

        round.Reports.Should().BeEmpty();
        round.Problems.Should().ContainSingle().Which.Code.Should().Be("engagement-path-outside");
    }

    [Fact]
    public void ALinkThatStaysInside_IsFollowed_AndTheFileItLeadsToCountsOnce()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "latest.json"), Path.Combine(Folder, "round", "tinpot.json"));
        Directory.CreateSymbolicLink(Path.Combine(Folder, "current"), "round");

        var round = Load("""["latest.json", "current", "round", "./round/*.json"]""").Rounds.Single();

        round.Problems.Should().BeEmpty();
        round.Reports.Select(r => r.Attestation.Source).Should().Equal(Path.Combine(Folder, "latest.json").Replace('\\', '/'));
    }

    [Fact]
    public void ANamedPipe_IsNeverOpened()
    {
        PrivacyPrinciples.Testing.ProcessRunner.Run("mkfifo", [Path.Combine(Folder, "round", "pipe.json")]).ExitCode.Should().Be(0);

        var round = Load("""["round", "round/pipe.json"]""").Rounds.Single();

        round.Reports.Should().ContainSingle();
        round.Problems.Should().HaveCount(2, "the pipe is named twice, through its folder and by name, and refused both times")
            .And.OnlyContain(p => p.Code == "input-unreadable" && p.Message.EndsWith("which is a named pipe, not a regular file; expected a JSON file", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherKindOfDocument_MatchedByARound_IsNamedAsSuch_NotSentToMigrate()
    {
        // The engagement file itself, matched by "*.json", was "schemaVersion '1.0' is not supported;
        // ... upgrade the file to 2.0 with the tool's migrate command".
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "profiles", "schools.profile.json"), Path.Combine(Folder, "round", "schools.profile.json"));

        var round = Load("""["*.json", "round/*.json"]""").Rounds.Single();

        round.Reports.Should().ContainSingle();
        round.Problems.Select(p => (p.Code, p.Source, p.Message)).Should().BeEquivalentTo(new[]
        {
            ("input-kind", Path.Combine(Folder, "engagement.json"), "this is an engagement file, not an attestation; a round names attestations only, so name them so that this file is left out (for example round-1/*.json)"),
            ("input-kind", Path.Combine(Folder, "round", "schools.profile.json"), "this is a tailoring profile, not an attestation; a round names attestations only, so name them so that this file is left out (for example round-1/*.json)"),
        });
    }

    [Fact]
    public void ARuleSetOrProfileLinkedFromOutside_IsRefusedBeforeItIsRead()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "rules.json"), Path.Combine(_root.FullName, "elsewhere", "secret.json"));

        var result = Load("""["round"]""", extra: """, "ruleSet": "rules.json" """);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "engagement-path-outside", Pointer = "/ruleSet", Message = "'rules.json' is outside the engagement's folder; expected a path inside it" });
    }

    [Fact]
    public void AProfileBase_LinkedOrWrittenOutside_IsRefused_ButOneElsewhereInTheFolderIsRead()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "profiles"));
        File.WriteAllText(Path.Combine(Folder, "rules.json"), PrivacyPrinciples.Serialization.PrivacyPrinciplesJson.Serialize(PrivacyPrinciples.Rules.BuiltInRuleSets.VtcJointStatement2020 with { Id = "local-rules" }));
        File.CreateSymbolicLink(Path.Combine(Folder, "profiles", "linked.json"), Path.Combine(_root.FullName, "elsewhere", "secret.json"));
        foreach (var (name, @base) in new[] { ("inside", "../rules.json"), ("linked", "linked.json"), ("dots", "../../elsewhere/secret.json") })
        {
            File.WriteAllText(Path.Combine(Folder, "profiles", name + ".profile.json"), $$"""{ "schemaVersion": "1.0", "id": "p", "version": "1.0.0", "title": "P", "base": "{{@base}}" }""");
        }

        Load("""["round"]""", extra: """, "profile": "profiles/inside.profile.json" """).RuleSet!.Id.Should().Be("local-rules");
        foreach (var name in new[] { "linked", "dots" })
        {
            var refused = Load("""["round"]""", extra: $$""", "profile": "profiles/{{name}}.profile.json" """);
            refused.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "profile-base", Pointer = "/base" });
            refused.Errors[0].Message.Should().Contain("is outside the engagement's folder").And.NotContain("secret-outside");
        }
    }

    private EngagementLoadResult Load(string attestations, string extra = "")
    {
        var path = Path.Combine(Folder, "engagement.json");
        File.WriteAllText(path, $$"""
            {
              "schemaVersion": "1.0", "id": "test", "title": "Test", "deadline": "2026-10-31"{{extra}},
              "invited": [ { "vendorId": "tinpot", "name": "Tinpot Talk Inc." } ],
              "rounds": [ { "id": "r1", "attestations": {{attestations}} } ]
            }
            """);
        return new EngagementLoader().Load(path, new DateTime(2026, 11, 1));
    }
}
