using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Engagements;

public sealed class EngagementLoaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("engagement-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private string Engagement(string rounds, string extra = "") => Write("engagement.json", $$"""
        {
          "schemaVersion": "1.0", "id": "test", "title": "Test engagement", "deadline": "2026-10-31"{{extra}},
          "invited": [ { "vendorId": "copperfield", "name": "Copperfield Video Ltd" }, { "vendorId": "tinpot", "name": "Tinpot Talk Inc." } ],
          "rounds": {{rounds}}
        }
        """);

    [Fact]
    public void Load_ExpandsPatternsRelativeToTheFileAndEvaluatesOnTheRoundDate()
    {
        File.Copy(Path.Combine(RepositoryPaths.Samples, "copperfield-video.json"), Path.Combine(_folder.FullName, "copperfield.json"));
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "r1"));
        File.Copy(Path.Combine(RepositoryPaths.Samples, "tinpot-talk.json"), Path.Combine(_folder.FullName, "r1", "tinpot.json"));
        var path = Engagement("""[ { "id": "r1", "evaluatedOn": "2026-11-01", "attestations": ["r1/*.json", "copperfield.json", "r1"] } ]""");

        var result = new EngagementLoader().Load(path);

        result.Errors.Should().BeEmpty();
        var round = result.Rounds.Single();
        round.Problems.Should().BeEmpty();
        round.Reports.Select(r => r.Attestation.VendorId).Should().Equal("tinpot", "copperfield");
        round.Reports.Should().OnlyContain(r => r.EvaluatedOn == new DateTime(2026, 11, 1));
        round.Reports[0].Attestation.Source.Should().EndWith("/r1/tinpot.json");
    }

    [Fact]
    public void Load_RoundsOnTheSameDate_ShareEachFilesReport_AndRoundsOnAnotherDateHaveTheirOwn()
    {
        // Many rounds over one folder cost one evaluation per file and date, not one per round.
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "all"));
        File.Copy(Path.Combine(RepositoryPaths.Samples, "copperfield-video.json"), Path.Combine(_folder.FullName, "all", "copperfield.json"));
        File.Copy(Path.Combine(RepositoryPaths.Samples, "tinpot-talk.json"), Path.Combine(_folder.FullName, "all", "tinpot.json"));
        var rounds = string.Join(", ", Enumerable.Range(1, 50).Select(i => $$"""{ "id": "r{{i}}", "attestations": ["all"] }"""));
        var path = Engagement($$"""[ {{rounds}}, { "id": "later", "evaluatedOn": "2026-11-30", "attestations": ["all"] } ]""");

        var result = new EngagementLoader().Load(path);

        result.Errors.Should().BeEmpty();
        result.Rounds.Should().HaveCount(51);
        var first = result.Rounds[0].Reports;
        first.Select(r => r.Attestation.VendorId).Should().Equal("copperfield", "tinpot");
        foreach (var round in result.Rounds.Take(50))
        {
            round.EvaluatedOn.Should().Be(new DateTime(2026, 10, 31));
            round.Reports.Should().HaveCount(2);
            round.Reports[0].Should().BeSameAs(first[0]);
            round.Reports[1].Should().BeSameAs(first[1]);
        }

        var later = result.Rounds[50].Reports;
        later.Should().OnlyContain(r => r.EvaluatedOn == new DateTime(2026, 11, 30));
        later[0].Should().NotBeSameAs(first[0]);
        later[0].Attestation.Source.Should().Be(first[0].Attestation.Source);
    }

    [Fact]
    public void Load_TwoResponsesOfOneServiceInARound_UsesTheOneAttestedLater_AndListsTheOther()
    {
        // Both would be listed, and the vendor's letter would merge them.
        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "copperfield-video.json"));
        var attested = System.Text.RegularExpressions.Regex.Match(sample, "\"attestedOn\": \"([0-9-]+)\"").Groups[1].Value;
        Write("r1/a-later.json", sample.Replace($"\"attestedOn\": \"{attested}\"", "\"attestedOn\": \"2026-10-30\"", StringComparison.Ordinal));
        Write("r1/b-earlier.json", sample.Replace($"\"attestedOn\": \"{attested}\"", "\"attestedOn\": \"2026-01-02\"", StringComparison.Ordinal));
        File.Copy(Path.Combine(RepositoryPaths.Samples, "tinpot-talk.json"), Path.Combine(_folder.FullName, "r1", "tinpot.json"));
        var path = Engagement("""[ { "id": "r1", "attestations": ["r1"] } ]""");

        var round = new EngagementLoader().Load(path).Rounds.Single();

        round.Reports.Select(r => r.Attestation.VendorId).Should().Equal("copperfield", "tinpot");
        round.Reports[0].Attestation.Source.Should().EndWith("/r1/a-later.json");
        var problem = round.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("engagement-duplicate-response");
        problem.Source.Should().EndWith("/r1/b-earlier.json");
        problem.Message.Should().Contain("round 'r1' holds two responses of Copperfield Video Ltd — Copperfield Video").And.Contain("attested 2026-10-30, which is used");
    }

    [Fact]
    public void Load_APostdatedResponse_NeverReplacesOneDatedOnOrBeforeTheEvaluationDate()
    {
        // Regression (engage-23): dating a response ahead made it win over the genuine one.
        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "copperfield-video.json"));
        var attested = System.Text.RegularExpressions.Regex.Match(sample, "\"attestedOn\": \"([0-9-]+)\"").Groups[1].Value;
        string Dated(string day) => sample.Replace($"\"attestedOn\": \"{attested}\"", $"\"attestedOn\": \"{day}\"", StringComparison.Ordinal);
        Write("r1/a-genuine.json", Dated("2026-10-30"));
        Write("r1/b-postdated.json", Dated("2027-03-01"));
        Write("r2/a-far-ahead.json", Dated("2030-01-01"));
        Write("r2/b-ahead.json", Dated("2027-03-01"));
        var path = Engagement("""[ { "id": "r1", "evaluatedOn": "2026-11-01", "attestations": ["r1"] }, { "id": "r2", "evaluatedOn": "2026-11-01", "attestations": ["r2"] } ]""");

        var rounds = new EngagementLoader().Load(path).Rounds;

        rounds[0].Reports.Should().ContainSingle().Which.Attestation.Source.Should().EndWith("/r1/a-genuine.json");
        var problem = rounds[0].Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("engagement-duplicate-response");
        problem.Source.Should().EndWith("/r1/b-postdated.json");
        problem.Message.Should().StartWith("round 'r1' holds two responses of Copperfield Video Ltd — Copperfield Video")
            .And.Contain(": this one, dated 2027-03-01, after the round's evaluation date 2026-11-01, and a response dated after the evaluation date never replaces one dated on or before it and ")
            .And.EndWith("/r1/a-genuine.json, attested 2026-10-30, which is used; expected one response per service in a round");
        rounds[1].Reports.Should().ContainSingle("of two postdated responses, the one dated nearer the evaluation date").Which.Attestation.Source.Should().EndWith("/r2/b-ahead.json");
        rounds[1].Problems.Should().ContainSingle().Which.Message.Should().NotContain("never replaces");
    }

    [Fact]
    public void Load_AResponseDatedAfterTheDeadlineButNotAfterTheEvaluationDate_IsLateNotPostdated_AndStillWins()
    {
        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "copperfield-video.json"));
        var attested = System.Text.RegularExpressions.Regex.Match(sample, "\"attestedOn\": \"([0-9-]+)\"").Groups[1].Value;
        Write("r1/a-on-time.json", sample.Replace($"\"attestedOn\": \"{attested}\"", "\"attestedOn\": \"2026-10-01\"", StringComparison.Ordinal));
        Write("r1/b-late.json", sample.Replace($"\"attestedOn\": \"{attested}\"", "\"attestedOn\": \"2026-11-15\"", StringComparison.Ordinal));
        var path = Engagement("""[ { "id": "r1", "evaluatedOn": "2026-11-30", "attestations": ["r1"] } ]""");

        var round = new EngagementLoader().Load(path).Rounds.Single();

        round.Reports.Should().ContainSingle().Which.Attestation.Source.Should().EndWith("/r1/b-late.json", "a late response is a genuine one, and the newer");
    }

    [Fact]
    public void Load_BrokenAttestation_IsAProblemOfItsRoundNotAFailure()
    {
        Write("r1/broken.json", "{");
        File.Copy(Path.Combine(RepositoryPaths.Samples, "tinpot-talk.json"), Path.Combine(_folder.FullName, "r1", "tinpot.json"));
        var path = Engagement("""[ { "id": "r1", "attestations": ["r1", "missing.json"] } ]""");

        var result = new EngagementLoader().Load(path);

        result.Succeeded.Should().BeTrue();
        var round = result.Rounds.Single();
        round.Reports.Should().ContainSingle();
        round.Reports[0].EvaluatedOn.Should().Be(new DateTime(2026, 10, 31), "without its own date a round is judged at the deadline");
        round.Problems.Select(p => p.Code).Should().Equal("json-truncated", "input-unreadable");
        round.Problems[1].Message.Should().Be("round 'r1' names 'missing.json', which does not exist");
    }

    [Fact]
    public void Load_ABrokenResponseThatNamesItsVendor_IsKeptAsThatVendorsUnreadableResponse_AndStillAProblem()
    {
        // Regression (engage-23): a vendor whose file was broken was reported as never having responded.
        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "copperfield-video.json"));
        Write("r1/copperfield.json", sample.Replace("\"attestedOn\":", "\"attestedOn\" 2026", StringComparison.Ordinal));
        Write("r1/nameless.json", """{ "schemaVersion": "2.0", "vendor": { , "id": "tinpot" } }""");
        Write("r1/too-big.json", "{ \"vendor\": { \"id\": \"tinpot\" }, \"padding\": \"" + new string('x', 5 * 1024 * 1024) + "\" }");
        var path = Engagement("""[ { "id": "r1", "attestations": ["r1"] } ]""");

        var round = new EngagementLoader().Load(path).Rounds.Single();

        round.Reports.Should().BeEmpty();
        round.Problems.Select(p => (Path.GetFileName(p.Source), p.Code)).Should().Equal(("copperfield.json", "json-syntax"), ("nameless.json", "json-syntax"), ("too-big.json", "limit-size"));
        var unreadable = round.UnreadableResponses.Should().ContainSingle("only the first file says whose it is, and a file over the limit is not read again").Which;
        unreadable.VendorId.Should().Be("copperfield");
        unreadable.Source.Should().EndWith("/r1/copperfield.json");
        unreadable.Errors.Should().Equal(round.Problems[0]);
        unreadable.Errors[0].Line.Should().NotBeNull();
    }

    [Fact]
    public void Load_APatternThatMatchesFilesOnlyInAnotherCase_IsAProblem_WhileAPatternInAnEmptyFolderIsARoundNobodyAnswered()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "r1"));
        File.Copy(Path.Combine(RepositoryPaths.Samples, "tinpot-talk.json"), Path.Combine(_folder.FullName, "r1", "tinpot.json"));
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "r2"));
        var path = Engagement("""[ { "id": "r1", "attestations": ["r1/*.JSON"] }, { "id": "r2", "attestations": ["r2/*.json"] }, { "id": "r3", "attestations": ["r2"] } ]""");

        var result = new EngagementLoader().Load(path);

        result.Succeeded.Should().BeTrue();
        result.Rounds[0].Reports.Should().BeEmpty();
        result.Rounds[0].Problems.Should().ContainSingle().Which.Message.Should().StartWith("round 'r1' names 'r1/*.JSON', which matches no file, though files match it in another case;");
        result.Rounds[1].Problems.Should().BeEmpty("nobody has answered the follow-up round yet");
        result.Rounds[2].Problems.Should().BeEmpty();
    }

    [Fact]
    public void Load_WithAProfile_ResolvesItRelativeToTheFile()
    {
        Write("profiles/short.json", """{ "schemaVersion": "1.0", "id": "short", "version": "1.0.0", "title": "Security only", "base": "vtc-joint-statement-2020", "include": ["SEC"] }""");
        var path = Engagement("""[ { "id": "r1", "attestations": [] } ]""", ", \"profile\": \"profiles/short.json\"");

        var result = new EngagementLoader().Load(path);

        result.RuleSet!.Profile!.Id.Should().Be("short");
        result.RuleSet.Expectations.Should().HaveCount(12);
    }

    [Fact]
    public void Load_InvalidEngagement_FailsWithEveryError()
    {
        var path = Write("engagement.json", """{ "schemaVersion": "1.0", "id": "x", "title": "T", "invited": [ { "vendorId": "a", "name": "A" }, { "vendorId": "a", "name": "A again" } ], "rounds": [ { "id": "r1", "attestations": [] } ] }""");

        var result = new EngagementLoader().Load(path);

        result.Succeeded.Should().BeFalse();
        result.Errors.Select(e => (e.Code, e.Pointer)).Should().Equal(
            ("ruleset-duplicate-id", "/invited/1/vendorId"),
            ("engagement-settings", "/rounds/0"));
    }
}
