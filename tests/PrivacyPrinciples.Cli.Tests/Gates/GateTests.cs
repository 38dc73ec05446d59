using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Tests.Support;

namespace PrivacyPrinciples.Cli.Tests.Gates;

public class GateTests
{
    [Fact]
    public void FailUnder_101_AlwaysExitsOne()
    {
        var result = CliRunner.Run("evaluate", Samples.Harbourlight, "--fail-under", "101");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("gate failed: --fail-under: Harbourlight Systems — Harbourlight Meetings scored ");
    }

    [Fact]
    public void FailUnder_MetThreshold_ExitsZero()
    {
        CliRunner.Run("evaluate", Samples.Harbourlight, "--fail-under", "80", "--date", "2026-11-01").ExitCode.Should().Be(0);
    }

    [Fact]
    public void FailUnder_OutOfRange_IsAUsageError()
    {
        var result = CliRunner.Run("evaluate", Samples.Harbourlight, "--fail-under", "150");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: --fail-under 150 is out of range; expected a score from 0 to 100 (101 always fails)\n");
    }

    [Fact]
    public void FailOnBaseline_WithGaps_ExitsOneAndNamesThem()
    {
        var result = CliRunner.Run("evaluate", Samples.Tinpot, "--fail-on", "baseline", "--date", "2026-11-01");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("privacy-principles: gate failed: --fail-on baseline: Tinpot Talk Inc. — Tinpot Talk Free has 6 baseline gaps: SEC-01 (unverified), SEC-04 (partiallyMet), SEC-05 (partiallyMet), SEC-06 (unverified), SEC-10 (notMet), TRF-03 (contradicted)\n");
    }

    [Fact]
    public void FailOnBaseline_WithoutGaps_ExitsZero()
    {
        CliRunner.Run("evaluate", Samples.Harbourlight, "--fail-on", "baseline", "--date", "2026-11-01").ExitCode.Should().Be(0);
    }

    [Fact]
    public void FailOnContradiction_ExitsOne()
    {
        var result = CliRunner.Run("evaluate", Samples.Tinpot, "--fail-on", "contradiction", "--date", "2026-11-01");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("contradicts its own facts on SEC-02, SEC-09, TRF-03");
    }

    [Fact]
    public void FailOnRegression_AgainstAnEarlierAttestation_ExitsOne()
    {
        var result = CliRunner.Run("evaluate", Samples.CopperfieldRound2, "--fail-on", "regression", "--previous", Samples.Copperfield, "--date", "2026-11-28");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("privacy-principles: gate failed: --fail-on regression: Copperfield Video Ltd — Copperfield Video regressed on EUC-03 (partiallyMet 35.0 → partiallyMet 25.0)\n");
    }

    [Fact]
    public void FailOnRegression_AgainstItself_ExitsZero()
    {
        CliRunner.Run("evaluate", Samples.Copperfield, "--fail-on", "regression", "--previous", Samples.Copperfield).ExitCode.Should().Be(0);
    }

    [Fact]
    public void FailOnRegression_AgainstTwoReportsOfTheSameService_IsRefused_ForTheirOrderWouldDecide()
    {
        using var folder = new TempFolder();
        var previous = Path.Combine(folder.Path, "previous.json");
        CliRunner.Run("evaluate", Samples.Copperfield, Samples.CopperfieldRound2, "--format", "json", "--output", previous, "--date", "2026-11-28").ExitCode.Should().Be(0);

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--fail-on", "regression", "--previous", previous, "--date", "2026-11-28");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("holds 2 reports of Copperfield Video Ltd — Copperfield Video").And.Contain("expected one per service");
    }

    [Fact]
    public void FailOnRegression_AgainstReportsOfOtherServicesOnly_FailsTheGate()
    {
        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--fail-on", "regression", "--previous", Samples.Tinpot, "--date", "2026-11-28");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain("--fail-on regression: the attestation has no previous report of its service");
    }

    [Fact]
    public void FailOnRegression_AgainstNoReportAtAll_FailsTheGate()
    {
        // An empty list of previous reports would otherwise pass the gate without comparing anything.
        using var folder = new TempFolder();
        var previous = folder.Write("empty.json", "[]");
        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--fail-on", "regression", "--previous", previous, "--date", "2026-11-28");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain("--fail-on regression: --previous holds no report at all, so there is nothing to compare the attestation with");
    }

    [Fact]
    public void FailOnRegression_WithoutPrevious_IsAUsageError()
    {
        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--fail-on", "regression");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("privacy-principles: --fail-on regression needs --previous with the report or attestation to compare with\n");
    }

    [Fact]
    public void InvalidInput_WinsOverAFailedGate()
    {
        using var folder = new TempFolder();
        folder.Copy(Samples.Tinpot);
        folder.Write("broken.json", "{");

        CliRunner.Run("evaluate", folder.Path, "--fail-on", "baseline").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Waiver_AcceptsTheGapSoTheGatePasses()
    {
        using var folder = new TempFolder();
        var waivers = folder.Write("waivers.json", WaiverFile(["SEC-01", "SEC-04", "SEC-05", "SEC-06", "SEC-10", "TRF-03"], "2027-06-30"));

        var result = CliRunner.Run("evaluate", Samples.Tinpot, "--fail-on", "baseline", "--waivers", waivers, "--date", "2026-11-01");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void ExpiredWaiver_StopsWaivingAndSaysSo()
    {
        using var folder = new TempFolder();
        var waivers = folder.Write("waivers.json", WaiverFile(["SEC-01", "SEC-04", "SEC-05", "SEC-06", "SEC-10", "TRF-03"], "2026-10-31"));

        var result = CliRunner.Run("evaluate", Samples.Tinpot, "--fail-on", "baseline", "--waivers", waivers, "--date", "2026-11-01");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("privacy-principles: note: Tinpot Talk Inc. — Tinpot Talk Free: the waiver for SEC-04 expired on 2026-10-31 and no longer waives it\n");
        result.Error.Should().Contain("gate failed: --fail-on baseline");
    }

    [Fact]
    public void WaivedGap_StaysVisibleInTheJsonReport()
    {
        using var folder = new TempFolder();
        var waivers = folder.Write("waivers.json", WaiverFile(["TRF-03"], "2027-06-30"));

        var result = CliRunner.Run("evaluate", Samples.Tinpot, "--waivers", waivers, "--format", "json", "--date", "2026-11-01");

        result.Output.Should().Contain("\"expectationId\": \"TRF-03\",\n      \"title\": \"Content is not used for secondary purposes without clear notice and consent\",\n      \"outcome\": \"contradicted\",\n      \"waived\": true");
        result.Output.Should().Contain("\"state\": \"active\"");
    }

    [Fact]
    public void BrokenWaiversFile_ExitsTwoWithItsErrors()
    {
        using var folder = new TempFolder();
        var waivers = folder.Write("waivers.json", """{ "schemaVersion": "1.0", "waivers": [ { "expectationId": "TRF-03", "expires": "2027-01-01" } ] }""");

        var result = CliRunner.Run("evaluate", Samples.Tinpot, "--waivers", waivers);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("error schema-required: required property 'justification' is missing; expected justification: Why the gap is accepted (at /waivers/0)");
        result.Error.Should().Contain("error schema-required: required property 'approver' is missing; expected approver: Who approved the waiver, by name or role (at /waivers/0)");
    }

    [Fact]
    public void WaiverRunningBeyondTheHorizon_WaivesNothing()
    {
        using var folder = new TempFolder();
        var waivers = folder.Write("waivers.json", WaiverFile(["SEC-01", "SEC-04", "SEC-05", "SEC-06", "SEC-10", "TRF-03"], "2059-12-31"));

        var result = CliRunner.Run("evaluate", Samples.Tinpot, "--fail-on", "baseline", "--waivers", waivers, "--date", "2026-11-01", "--format", "json");

        result.ExitCode.Should().Be(1, "a waiver that runs for decades accepts nothing");
        result.Output.Should().Contain("\"state\": \"beyondHorizon\"");
        result.Error.Should().Contain("gate failed: --fail-on baseline");
    }

    [Fact]
    public void WaiverWithAPlaceholderApprover_IsRefused()
    {
        using var folder = new TempFolder();
        var waivers = folder.Write("waivers.json", WaiverFile(["SEC-01"], "2027-06-30").Replace("Privacy lead", "TBD", StringComparison.Ordinal));

        var result = CliRunner.Run("evaluate", Samples.Tinpot, "--waivers", waivers, "--date", "2026-11-01");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("error waivers-approver: 'TBD' does not name who approved the waiver; expected a person or role, such as 'Head of Privacy' (at /waivers/0/approver)");
    }

    [Fact]
    public void FailUnder_OnAReportWithNothingInScope_Fails_ForNoScoreReachesAMinimum()
    {
        using var folder = new TempFolder();
        var rules = HealthOnlyRules.Write(folder);

        var result = CliRunner.Run("evaluate", Samples.Harbourlight, "--rule-set", rules, "--fail-under", "10", "--date", "2026-11-01");

        result.ExitCode.Should().Be(1, "a report without a score cannot show it reaches 10");
        result.Output.Should().Contain("Overall n/a · not rated");
        result.Error.Should().Contain("gate failed: --fail-under: Harbourlight Systems — Harbourlight Meetings has no score (nothing in the rule set is in scope for it), so it cannot reach 10");
    }

    private static string WaiverFile(string[] ids, string expires) =>
        "{ \"schemaVersion\": \"1.0\", \"waivers\": ["
        + string.Join(",", ids.Select(id => $"{{ \"expectationId\": \"{id}\", \"justification\": \"Accepted for this release.\", \"approver\": \"Privacy lead\", \"expires\": \"{expires}\" }}"))
        + "] }";
}
