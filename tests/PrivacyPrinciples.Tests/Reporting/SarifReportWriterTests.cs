using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Testing;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Reporting;

public class SarifReportWriterTests
{
    private static readonly SarifReportWriter Writer = new();

    private static JsonElement Log(ReportBatch batch) => JsonDocument.Parse(Writer.Render(batch)).RootElement.Clone();

    private static JsonElement Run(ReportBatch batch) => Log(batch).GetProperty("runs")[0];

    private static JsonElement[] Results(ReportBatch batch) => [.. Run(batch).GetProperty("results").EnumerateArray()];

    private static JsonElement[] Rules(ReportBatch batch) => [.. Run(batch).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()];

    public static TheoryData<string> Batches => new() { "golden", "hostile", "samples", "absolute paths", "unread inputs" };

    private static ReportBatch Batch(string name) => name switch
    {
        "golden" => ReportBatches.Golden(),
        "hostile" => ReportBatches.Hostile(),
        "absolute paths" => AbsolutePaths(),
        "unread inputs" => ReportBatches.WithUnreadInputs(ReportBatches.Golden()),
        _ => ReportBatches.Samples(),
    };

    // The command line names a file as the user gave it, which may be an absolute path.
    private static ReportBatch AbsolutePaths()
    {
        var golden = ReportBatches.Golden();
        string[] sources = ["/srv/attestations/lanternfish classroom.json", @"C:\attestations\quartz.json"];
        return golden with
        {
            Reports = [.. golden.Reports.Select((r, i) => r with { Attestation = r.Attestation with { Source = sources[i] } })],
        };
    }

    [Fact]
    public void Write_GoldenBatch_MatchesTheGoldenFile()
    {
        // Compared byte for byte; after an intended change, run the tests with UPDATE_GOLDEN=1 to rewrite the file, then review the diff.
        GoldenFile.Verify("reports.sarif", Writer.Render(ReportBatches.Golden()));
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Write_Batch_PassesTheSarifMultitoolWithNoProblems(string batch)
    {
        var folder = Directory.CreateTempSubdirectory("privacy-principles-sarif-");
        try
        {
            // The multitool skips a file whose name has a space in it.
            var path = Path.Combine(folder.FullName, batch.Replace(' ', '-') + ".sarif");
            File.WriteAllText(path, Writer.Render(Batch(batch)));

            var problems = NodeTools.SarifProblems(path);

            problems.Should().BeEmpty();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Write_UnreadInputs_AreErrorNotificationsOfAnInvocationThatDidNotSucceed()
    {
        var invocations = Run(ReportBatches.WithUnreadInputs(ReportBatches.Golden())).GetProperty("invocations");

        invocations.GetArrayLength().Should().Be(1);
        invocations[0].GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        var notifications = invocations[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();
        var notes = ReportBatches.Golden().Reports.SelectMany(r => r.Notes).Select(n => n.Code).ToArray();
        notifications.Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()).Should().Equal(["json-truncated", "schema-required", "input-unreadable", "input-kind", "limit-errors", .. notes]);
        notifications.Take(5).Should().OnlyContain(n => n.GetProperty("level").GetString() == "error");
        notifications.Skip(5).Should().OnlyContain(n => n.GetProperty("level").GetString() == "note", "the reports' notes follow the unread inputs");
        notifications[0].GetProperty("message").GetProperty("text").GetString().Should().Be("attestations/broken.json could not be read, so no result is reported for it: json-truncated: the document ends before the JSON is complete (line 3, column 12, at the document root).");
        var location = notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("attestations/broken.json");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(3);
        location.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(12);
        notifications[1].GetProperty("message").GetProperty("text").GetString().Should().StartWith("round.ndjson:7 could not be read").And.Contain("schema-type: expected a string (line 7, column 40, at /service/name).");
        notifications[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(7, "a stream's line, not line 1 of the line's document");
        notifications[2].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _).Should().BeFalse("nothing of the file was read");
        notifications[4].GetProperty("message").GetProperty("text").GetString().Should().Be("5 more inputs could not be read and are not listed here.");
        notifications[4].TryGetProperty("locations", out _).Should().BeFalse();
    }

    [Fact]
    public void Write_EveryInputReadAndNoNotes_HasNoInvocation_SoSuchLogsKeepTheirBytes()
    {
        var golden = ReportBatches.Golden();
        var quiet = golden with { Reports = [.. golden.Reports.Select(r => r with { Notes = [] })] };

        Run(quiet).TryGetProperty("invocations", out _).Should().BeFalse();
    }

    [Fact]
    public void Write_Notes_AreNoteNotificationsOfASuccessfulInvocation_AtTheirPointerInTheAttestation()
    {
        // Reports' notes (a capped rating, an audience named, evidence reused…) were in every other format but not in SARIF.
        // Tinpot Talk's sample states two facts that disagree: a note at the first, in a file with source locations.
        var batch = ReportBatches.Samples();
        var noted = batch.Reports.Where(r => r.Notes.Count > 0).ToArray();
        var tinpot = noted.Should().ContainSingle().Subject;
        var note = tinpot.Notes.Should().ContainSingle().Subject;
        note.Code.Should().Be("facts.inconsistent");

        var invocations = Run(batch).GetProperty("invocations");

        invocations.GetArrayLength().Should().Be(1);
        invocations[0].GetProperty("executionSuccessful").GetBoolean().Should().BeTrue("a note is not a failure of the run");
        var notifications = invocations[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();
        var first = notifications.Should().ContainSingle().Subject;
        first.GetProperty("descriptor").GetProperty("id").GetString().Should().Be("facts.inconsistent");
        first.GetProperty("level").GetString().Should().Be("note");
        first.GetProperty("message").GetProperty("text").GetString().Should().Be(
            tinpot.Attestation.Vendor + " — " + tinpot.Attestation.Service + ": " + note.Message + (note.Message.EndsWith('.') ? string.Empty : "."));
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("samples/attestations/tinpot-talk.json");
        var (line, column) = ReportBatch.Locate(tinpot, note.Pointer);
        line.Should().BeGreaterThan(1, "the pointer is found in the file");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(line);
        location.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(column);
        first.GetProperty("properties").GetProperty("pointer").GetString().Should().Be(note.Pointer);
    }

    [Fact]
    public void Write_ANoteWithoutAPointer_NamesTheAttestationWithoutARegion()
    {
        var golden = ReportBatches.Golden();
        var fixture = golden.Reports[0];
        var whole = new PrivacyPrinciples.Evaluation.Reason("rating.inconsistencyCap", "The rating is capped.", string.Empty);
        var batch = golden with { Reports = [fixture with { Notes = [whole] }] };

        var notification = Run(batch).GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];

        var location = notification.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(ReportBatches.FixtureSource);
        location.TryGetProperty("region", out _).Should().BeFalse("the note is about the whole attestation: no line is claimed");
        notification.TryGetProperty("properties", out _).Should().BeFalse();
    }

    [Fact]
    public void Write_DeclaresSarif210WithOneRunAndTheTool()
    {
        var log = Log(ReportBatches.Golden());

        log.GetProperty("$schema").GetString().Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        log.GetProperty("version").GetString().Should().Be("2.1.0");
        log.GetProperty("runs").GetArrayLength().Should().Be(1);
        var driver = log.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("PrivacyPrinciples");
        driver.GetProperty("version").GetString().Should().Be(ReportBatches.ToolVersion);
        driver.GetProperty("semanticVersion").GetString().Should().Be(ReportBatches.ToolVersion);
        driver.GetProperty("informationUri").GetString().Should().Be(SarifReportWriter.InformationUri);
    }

    [Fact]
    public void Write_OneRulePerActiveExpectation_InCatalogueOrder()
    {
        var batch = ReportBatches.Golden();
        var active = batch.RuleSet!.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).ToArray();

        var rules = Rules(batch);

        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(active.Select(e => e.Id));
        var sec02 = rules[1];
        sec02.GetProperty("name").GetString().Should().Be("EndToEndEncryptionIsAvailableToEveryUserInGroupCallsToo");
        sec02.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("End-to-end encryption is available to every user, in group calls too");
        sec02.GetProperty("fullDescription").GetProperty("text").GetString().Should().Be(active[1].Rationale);
        sec02.GetProperty("help").GetProperty("text").GetString().Should().StartWith(active[1].Remediation).And.Contain(active[1].Guidance);
        sec02.GetProperty("help").GetProperty("markdown").GetString().Should().Contain("**What to do.**");
        sec02.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("privacy", "Security");
        sec02.GetProperty("properties").GetProperty("precision").GetString().Should().Be("high");
    }

    [Fact]
    public void Write_RuleLevelAndSeverity_ComeFromTheBaseLevel()
    {
        var batch = ReportBatches.Golden();

        var byLevel = Rules(batch)
            .Select(r => (Level: batch.RuleSet!.Expectations.Single(e => e.Id == r.GetProperty("id").GetString()).Level, Rule: r))
            .GroupBy(x => x.Level)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), x.Rule.GetProperty("properties").GetProperty("security-severity").GetString())).Distinct().ToArray());

        byLevel[ExpectationLevel.Baseline].Should().Equal(("error", "8.0"));
        byLevel[ExpectationLevel.Expected].Should().Equal(("warning", "5.0"));
        byLevel[ExpectationLevel.Enhanced].Should().Equal(("note", "2.0"));
    }

    [Fact]
    public void Write_OneResultPerGapOrOpenQuestion_InReportAndCatalogueOrder()
    {
        var batch = ReportBatches.Golden();

        var results = Results(batch);

        // Gaps, and claims that were credited but still have open questions (a note each).
        var gaps = batch.Reports.SelectMany(r => r.Expectations.Where(e => e.IsGap || e.FollowUps.Count > 0).Select(e => r.Attestation.VendorId + "/" + r.Attestation.Service + "/" + e.Id)).ToArray();
        results.Select(r => r.GetProperty("partialFingerprints").GetProperty("privacyPrinciples/v1").GetString()).Should().Equal(gaps);
        results.Should().OnlyContain(r => Rules(batch)[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString() == r.GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Write_ResultLevel_ComesFromTheAppliedLevel()
    {
        // SEC-02 is expected in the rule set but baseline for an education service.
        var results = Results(ReportBatches.Golden());

        var sec02 = results.First(r => r.GetProperty("ruleId").GetString() == "SEC-02");
        sec02.GetProperty("level").GetString().Should().Be("error");
        results.First(r => r.GetProperty("ruleId").GetString() == "SEC-03").GetProperty("level").GetString().Should().Be("note");
        results.First(r => r.GetProperty("ruleId").GetString() == "SEC-07").GetProperty("level").GetString().Should().Be("warning");
    }

    [Fact]
    public void Write_Message_NamesTheExpectationTheOutcomeAndTheFirstQuestion()
    {
        var report = ReportBatches.Fixture();
        var sec02 = report.GetExpectation("SEC-02");

        var result = Results(ReportBatches.Golden()).First(r => r.GetProperty("ruleId").GetString() == "SEC-02");

        result.GetProperty("message").GetProperty("text").GetString().Should().Be(
            "SEC-02 End-to-end encryption is available to every user, in group calls too: contradicted. " + sec02.FollowUps[0].Question + " (2 more questions in the report.)");
    }

    [Fact]
    public void Write_CreditedClaimWithOpenQuestions_IsANote()
    {
        // SEC-01 is met (achieved and validated) but nothing shows how it is monitored.
        var result = Results(ReportBatches.Golden()).First(r => r.GetProperty("ruleId").GetString() == "SEC-01");

        result.GetProperty("level").GetString().Should().Be("note");
        result.GetProperty("message").GetProperty("text").GetString().Should().StartWith("SEC-01 All call content is encrypted in transit: met, with open questions. Please provide supporting information showing how you monitor SEC-01");
    }

    [Fact]
    public void Write_Location_IsTheAnswerInTheAttestationFile()
    {
        var results = Results(ReportBatches.Golden());

        var answered = results.First(r => r.GetProperty("ruleId").GetString() == "SEC-02").GetProperty("locations")[0].GetProperty("physicalLocation");
        answered.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(ReportBatches.FixtureSource);
        // The fixture's "SEC-02" answer object starts on line 113, after its property name.
        (answered.GetProperty("region").GetProperty("startLine").GetInt32(), answered.GetProperty("region").GetProperty("startColumn").GetInt32()).Should().Be((113, 15));
        var unanswered = results.First(r => r.GetProperty("ruleId").GetString() == "SEC-03").GetProperty("locations")[0].GetProperty("physicalLocation");
        unanswered.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(98, "a missing answer points at the answers object");
    }

    [Fact]
    public void Write_ReportWithoutSourceOrLocations_PointsAtLineOneOfAnAttestationFile()
    {
        var results = Results(ReportBatches.Golden()).Where(r => r.GetProperty("partialFingerprints").GetProperty("privacyPrinciples/v1").GetString()!.StartsWith("quartz/", StringComparison.Ordinal)).ToArray();

        results.Should().NotBeEmpty();
        results.Should().OnlyContain(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "attestation.json");
        results.Should().OnlyContain(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() == 1);
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Write_Regions_AreNeverZero(string batch)
    {
        var regions = Results(Batch(batch)).Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")).ToArray();

        regions.Should().NotBeEmpty();
        regions.Should().OnlyContain(r => r.GetProperty("startLine").GetInt32() >= 1 && r.GetProperty("startColumn").GetInt32() >= 1);
    }

    [Fact]
    public void Write_WaivedGap_IsSuppressedWithTheJustificationApproverAndExpiry()
    {
        var results = Results(ReportBatches.Golden());

        var suppressed = results.Where(r => r.TryGetProperty("suppressions", out _)).ToArray();
        suppressed.Select(r => r.GetProperty("ruleId").GetString()).Should().Equal("SEC-05");
        var suppression = suppressed[0].GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().Should().Be("external");
        suppression.GetProperty("status").GetString().Should().Be("accepted");
        suppression.GetProperty("justification").GetString().Should().Be("Pupil sign-in with multi-factor ships in the spring term. (approved by Head of Privacy | Lanternfish, until 2027-03-31)");
        results.First(r => r.GetProperty("ruleId").GetString() == "TRF-05").TryGetProperty("suppressions", out _).Should().BeFalse("its waiver expired");
    }

    [Fact]
    public void Write_ArtifactUri_IsARelativeUriReference()
    {
        var uri = Results(ReportBatches.Hostile())[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();

        uri.Should().Be("%22%3E%3Csvg%20onload=alert(1)%3E/at%20test%20%231%3F.json");
        Uri.IsWellFormedUriString(uri, UriKind.Relative).Should().BeTrue();
    }

    [Theory]
    [InlineData("samples/a.json", "samples/a.json")]
    [InlineData(@"samples\a b.json", "samples/a%20b.json")]
    [InlineData("C:/work/é.json", "file:///C:/work/%C3%A9.json")]
    [InlineData("/home/ci/work/a b.json", "file:///home/ci/work/a%20b.json")]
    [InlineData(@"\\server\share\a.json", "file://server/share/a.json")]
    [InlineData(null, "attestation.json")]
    public void ArtifactUri_EncodesWhatAUriPathCannotHold(string? source, string expected)
    {
        SarifReportWriter.ArtifactUri(source).Should().Be(expected);
    }

    [Fact]
    public void Write_EmptyBatch_HasTheRulesAndNoResults()
    {
        var batch = ReportBatches.Golden() with { Reports = [] };

        Rules(batch).Should().HaveCount(37);
        Results(batch).Should().BeEmpty();
    }

    [Fact]
    public void Write_IsIndentedJsonWithLineFeeds()
    {
        var text = Writer.Render(ReportBatches.Golden());

        text.Should().StartWith("{\n  \"$schema\": ").And.EndWith("}\n").And.NotContain("\r");
    }
}
