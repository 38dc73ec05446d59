using System.Linq;
using System.Xml.Linq;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Tests.Reporting;

public class JUnitReportWriterTests
{
    private static readonly JUnitReportWriter Writer = new();

    private static XDocument Parse(ReportBatch batch) => XDocument.Parse(Writer.Render(batch), LoadOptions.None);

    private static int Int(XElement element, string attribute) => int.Parse(element.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Write_IsWellFormedUtf8XmlWithADeclaration()
    {
        var text = Writer.Render(ReportBatches.Golden());

        text.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites name=\"PrivacyPrinciples: vtc-joint-statement-2020 2.0.0 (built-in, sha256:");
        text.Should().EndWith("</testsuites>\n").And.NotContain("\r").And.NotContain("timestamp").And.NotContain("hostname");
        Parse(ReportBatches.Golden()).Root!.Name.LocalName.Should().Be("testsuites");
    }

    [Fact]
    public void Write_UnreadInputs_AreErrorCasesInASuiteOfTheirOwn_CountedInTheTotals()
    {
        var clean = Parse(ReportBatches.Golden()).Root!;

        var root = Parse(ReportBatches.WithUnreadInputs(ReportBatches.Golden())).Root!;

        var suite = root.Elements("testsuite").First();
        suite.Attribute("name")!.Value.Should().Be("Inputs that could not be read");
        Int(suite, "tests").Should().Be(5);
        Int(suite, "errors").Should().Be(5);
        Int(root, "errors").Should().Be(5);
        Int(root, "tests").Should().Be(Int(clean, "tests") + 5);
        Int(root, "failures").Should().Be(Int(clean, "failures"));
        var cases = suite.Elements("testcase").ToArray();
        cases.Select(c => c.Attribute("name")!.Value).Should().Equal("attestations/broken.json", "round.ndjson:7", "missing.json", ReportBatches.HostileUnreadSource, "more inputs not listed");
        cases.Should().OnlyContain(c => c.Attribute("classname")!.Value == "unread-inputs");
        var error = cases[1].Element("error")!;
        error.Attribute("type")!.Value.Should().Be("schema-required");
        error.Attribute("message")!.Value.Should().Be("'vendor' is required (line 7, column 1, at the document root)");
        error.Value.Should().Be("round.ndjson:7:1: error schema-required: 'vendor' is required (at the document root)\nround.ndjson:7:40: error schema-type: expected a string (at /service/name)\n");
        cases[4].Element("error")!.Attribute("message")!.Value.Should().Be("5 more inputs could not be read and are not listed here.");
        Int(clean, "errors").Should().Be(0);
    }

    [Fact]
    public void Write_Notes_AreNotePropertiesOfEverySuiteOfTheirReport()
    {
        // Reports' notes (a capped rating, an audience named, evidence reused…) were in every other format but not in JUnit.
        var batch = ReportBatches.Samples();
        var tinpot = batch.Reports.Where(r => r.Notes.Count > 0).Should().ContainSingle().Subject;
        var note = tinpot.Notes.Should().ContainSingle().Subject;
        var expected = note.Code + ": " + note.Message + " [" + note.Pointer + "]";

        var suites = Parse(batch).Root!.Elements("testsuite").ToArray();

        var notes = suites.Select(s => (Name: s.Attribute("name")!.Value, Notes: s.Element("properties")!.Elements("property")
            .Where(p => p.Attribute("name")!.Value == "note").Select(p => p.Attribute("value")!.Value).ToArray())).ToArray();
        var ofTinpot = notes.Where(s => s.Name.StartsWith(tinpot.Attestation.Vendor + " / ", System.StringComparison.Ordinal)).ToArray();
        ofTinpot.Should().HaveCount(tinpot.Principles.Count);
        ofTinpot.Should().OnlyContain(s => s.Notes.Length == 1 && s.Notes[0] == expected);
        notes.Except(ofTinpot).Should().OnlyContain(s => s.Notes.Length == 0);
        expected.Should().StartWith("facts.inconsistent: ");
    }

    [Fact]
    public void Write_ReportsWithoutNotes_HaveNoNoteProperties()
    {
        var golden = ReportBatches.Golden();
        var quiet = golden with { Reports = [.. golden.Reports.Select(r => r with { Notes = [] })] };

        Parse(quiet).Root!.Descendants("property").Should().NotContain(p => p.Attribute("name")!.Value == "note");
    }

    [Fact]
    public void Write_OneSuitePerReportAndPrinciple_OneCasePerExpectation()
    {
        var batch = ReportBatches.Golden();

        var suites = Parse(batch).Root!.Elements("testsuite").ToArray();

        suites.Select(s => s.Attribute("name")!.Value).Should().StartWith(
        [
            "Lanternfish & Sons | <Classroom> Ltd / Lanternfish Classroom (Schools): Security",
            "Lanternfish & Sons | <Classroom> Ltd / Lanternfish Classroom (Schools): Privacy-by-design and default",
        ]);
        suites.Should().HaveCount(batch.Reports.Sum(r => r.Principles.Count));
        suites.SelectMany(s => s.Elements("testcase")).Should().HaveCount(batch.Reports.Sum(r => r.Expectations.Count()));
        var first = suites[0].Elements("testcase").First();
        (first.Attribute("name")!.Value, first.Attribute("classname")!.Value, first.Attribute("time")!.Value).Should().Be(("SEC-01 All call content is encrypted in transit", "lanternfish.SEC", "0"));
    }

    [Fact]
    public void Write_FailuresAreUnwaivedGaps_SkippedAreNotApplicableAndWaivedGaps()
    {
        var batch = ReportBatches.Golden();
        var all = batch.Reports.SelectMany(r => r.Expectations).ToArray();

        var root = Parse(batch).Root!;

        var cases = root.Descendants("testcase").ToArray();
        cases.Count(c => c.Element("failure") is not null).Should().Be(all.Count(e => e.IsGap && !e.IsWaived));
        cases.Count(c => c.Element("skipped") is not null).Should().Be(all.Count(e => e.Outcome == Outcome.NotApplicable || e.IsWaived));
        cases.Should().OnlyContain(c => c.Elements().Count() <= 1);
        (Int(root, "tests"), Int(root, "failures"), Int(root, "errors"), Int(root, "skipped")).Should().Be(
            (all.Length, all.Count(e => e.IsGap && !e.IsWaived), 0, all.Count(e => e.Outcome == Outcome.NotApplicable || e.IsWaived)));
    }

    [Fact]
    public void Write_SuiteTotals_AddUpToTheRootTotals()
    {
        var root = Parse(ReportBatches.Samples()).Root!;
        var suites = root.Elements("testsuite").ToArray();

        foreach (var suite in suites)
        {
            Int(suite, "tests").Should().Be(suite.Elements("testcase").Count());
            Int(suite, "failures").Should().Be(suite.Elements("testcase").Count(c => c.Element("failure") is not null));
            Int(suite, "skipped").Should().Be(suite.Elements("testcase").Count(c => c.Element("skipped") is not null));
            Int(suite, "errors").Should().Be(0);
        }

        foreach (var total in new[] { "tests", "failures", "errors", "skipped" })
        {
            Int(root, total).Should().Be(suites.Sum(s => Int(s, total)), total);
        }
    }

    [Fact]
    public void Write_Failure_HasTheOutcomeReasonsAndFollowUps()
    {
        var sec02 = Parse(ReportBatches.Golden()).Descendants("testcase").First(c => c.Attribute("name")!.Value.StartsWith("SEC-02 ", System.StringComparison.Ordinal));

        var failure = sec02.Element("failure")!;
        failure.Attribute("message")!.Value.Should().Be("contradicted: End-to-end encryption is available to every user, in group calls too");
        failure.Attribute("type")!.Value.Should().Be("contradicted");
        failure.Value.Should().Be(
            """
            Level baseline (raised from expected for education); score 25.0 (implementation 50.0, assurance 0.0, none).
            Reasons:
            - The level is raised from expected to baseline because the service serves education. [/audiences]
            - Claimed implemented. [/answers/SEC-02/status]
            - Fact encryption.endToEnd is "none"; meeting the expectation requires one of "optional", "default". [/facts/encryption/endToEnd]
            - The claim of full implementation contradicts the attestation's own facts, so it is credited as partial at most. [/answers/SEC-02/status]
            - No current evidence that fits the expectation: the claim rests on the vendor's word, assurance 0. [/answers/SEC-02/evidence]
            - A baseline expectation is met only with current evidence, fitting it, of how it is achieved; there is none. [/answers/SEC-02/evidence]
            - Score = implementation 50 × (0.5 + 0.5 × assurance 0 ÷ 100) = 25; weight 1 × 3 (baseline) = 3.
            Follow-up questions:
            - Your answer says SEC-02 (End-to-end encryption is available to every user, in group calls too) is implemented, but your facts state encryption.endToEnd is "none" (expected one of "optional", "default"). Please reconcile the two.
            - Please provide supporting information showing how you achieve, monitor, and validate SEC-02 (End-to-end encryption is available to every user, in group calls too): how it is achieved (a design document, documentation, a policy, or a default setting); how it is monitored (monitoring, an internal review, an internal audit, or a bug bounty); how it is independently validated (a penetration test, an independent audit, a certification, or a bug bounty, naming the independent party).
            - SEC-02 (End-to-end encryption is available to every user, in group calls too) is a baseline expectation, and nothing current shows how it is achieved. Please provide evidence such as a design document, documentation, a policy, or a default setting.

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Write_NotApplicable_IsSkippedWithTheReason()
    {
        var euc05 = Parse(ReportBatches.Golden()).Descendants("testcase").First(c => c.Attribute("name")!.Value.StartsWith("EUC-05 ", System.StringComparison.Ordinal));

        euc05.Element("skipped")!.Attribute("message")!.Value.Should().Be(
            "not applicable: Claimed not applicable, with a justification: \"Pupils and teachers join with school accounts only; the service has no guest access at all, see \"Guide, part 2\".\". The expectation leaves the denominators.");
    }

    [Fact]
    public void Write_WaivedGap_IsSkippedWithExpiryAndJustification_AndTheExpiredWaiverDoesNotSkip()
    {
        var cases = Parse(ReportBatches.Golden()).Descendants("testcase").ToArray();

        var sec05 = cases.First(c => c.Attribute("name")!.Value.StartsWith("SEC-05 ", System.StringComparison.Ordinal)).Element("skipped")!;
        sec05.Attribute("message")!.Value.Should().Be("waived until 2027-03-31: Pupil sign-in with multi-factor ships in the spring term.");
        sec05.Value.Should().StartWith("Approved by Head of Privacy | Lanternfish.\nLevel baseline; score 25.0");
        cases.First(c => c.Attribute("name")!.Value.StartsWith("TRF-05 ", System.StringComparison.Ordinal)).Element("failure").Should().NotBeNull("the waiver expired");
    }

    [Fact]
    public void Write_HostileText_StaysWellFormed()
    {
        var document = Parse(ReportBatches.Hostile());

        document.Descendants("testsuite").First().Attribute("name")!.Value.Should().StartWith("<script>alert(1)</script> / \"><img src=x onerror=alert(1)>");
        document.Descendants().Select(e => e.Name.LocalName).Distinct().Should().BeSubsetOf(["testsuites", "testsuite", "properties", "property", "testcase", "failure", "skipped", "system-out"]);
        document.Descendants("skipped").Select(s => s.Attribute("message")!.Value).Should().Contain("not applicable: Claimed not applicable, with a justification: \"\uFFFD\uFFFD control \uFFFD characters \uFFFD: the service cannot record or transcribe any meeting.\". The expectation leaves the denominators.");
    }
}
