using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Testing;
using PrivacyPrinciples.Waivers;
using PrivacyPrinciples.Tests.Support;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Reporting;

/// <summary>The batches the report-writer tests render, all evaluated on <see cref="EvaluationDate"/>.</summary>
internal static class ReportBatches
{
    /// <summary>The name the fixture attestation's report gives as its source.</summary>
    public const string FixtureSource = "attestations/lanternfish-classroom.json";

    /// <summary>A fixed tool version, so golden files do not change with the package version.</summary>
    public const string ToolVersion = "1.2.3";

    private static readonly AttestationEvaluator Evaluator = new();

    /// <summary>
    /// The golden batch: the fixture attestation (read from a file, so results have real source
    /// locations; an education service with a contradiction, a raised level, baseline gaps, a
    /// justified "not applicable", and one active and one expired waiver), then a strong in-code
    /// attestation whose one baseline gap caps its rating.
    /// </summary>
    public static ReportBatch Golden() => new()
    {
        Reports = [Fixture(), Capped()],
        RuleSet = Evaluator.RuleSet,
        ToolVersion = ToolVersion,
    };

    /// <summary>The name of the hostile input that could not be read in <see cref="WithUnreadInputs"/>: markup, a table cell break and a Markdown link.</summary>
    public const string HostileUnreadSource = "bad/<script>alert(1)</script> | x [y](z).json";

    /// <summary>
    /// A batch with inputs that could not be read: a file with a located error, a line of an NDJSON
    /// stream, a file that could not be opened at all (no position), a name and message that try to
    /// break out of every format, and five more counted but not listed.
    /// </summary>
    public static ReportBatch WithUnreadInputs(ReportBatch batch) => batch with
    {
        UnreadInputs =
        [
            new UnreadInput { Source = "attestations/broken.json", Errors = [new PrivacyPrinciples.Serialization.InputError { Code = "json-truncated", Message = "the document ends before the JSON is complete", Source = "attestations/broken.json", Line = 3, Column = 12 }] },
            new UnreadInput
            {
                Source = "round.ndjson",
                Line = 7,
                Errors =
                [
                    new PrivacyPrinciples.Serialization.InputError { Code = "schema-required", Message = "'vendor' is required", Source = "round.ndjson", Pointer = "", Line = 7, Column = 1 },
                    new PrivacyPrinciples.Serialization.InputError { Code = "schema-type", Message = "expected a string", Source = "round.ndjson", Pointer = "/service/name", Line = 7, Column = 40 },
                ],
            },
            new UnreadInput { Source = "missing.json", Errors = [new PrivacyPrinciples.Serialization.InputError { Code = "input-unreadable", Message = "no such file or folder", Source = "missing.json" }] },
            new UnreadInput { Source = HostileUnreadSource, Errors = [new PrivacyPrinciples.Serialization.InputError { Code = "input-kind", Message = "<img src=x onerror=alert(2)> | ** `x` is a waivers file & not an attestation", Source = HostileUnreadSource, Pointer = "/a~1<b>", Line = 1, Column = 1 }] },
        ],
        UnreadInputsNotListed = 5,
    };

    /// <summary>The fixture attestation's report, with its waivers applied: SEC-05 active until 2027-03-31, TRF-05 expired on 2026-09-30, SEC-01 not needed.</summary>
    public static EvaluationReport Fixture()
    {
        var read = new AttestationReader().ReadFile(FixturePath);
        var report = Evaluator.Evaluate(read.WithSource(FixtureSource), EvaluationDate);
        return WaiverApplier.Apply(report, new WaiverSet
        {
            SchemaVersion = WaiverSet.CurrentSchemaVersion,
            Waivers =
            [
                new Waiver { ExpectationId = "SEC-05", Justification = "Pupil sign-in with multi-factor ships in the spring term.", Approver = "Head of Privacy | Lanternfish", Expires = new DateTime(2027, 3, 31) },
                new Waiver { ExpectationId = "TRF-05", Justification = "A first transparency report was due in September.", Approver = "Head of Privacy | Lanternfish", Expires = new DateTime(2026, 9, 30) },
                new Waiver { ExpectationId = "SEC-01", Justification = "Kept from last year.", Approver = "CISO", Expires = new DateTime(2027, 1, 31) },
            ],
        });
    }

    /// <summary>Every expectation implemented with current independent evidence except SEC-04: a high score, capped at weak. No source file.</summary>
    public static EvaluationReport Capped()
    {
        var attestation = WithGoodFacts(Audience.Business) with
        {
            Vendor = new VendorInfo { Id = "quartz", Name = "Quartz Calls" },
            Service = new ServiceInfo { Name = "Quartz Meet" },
        };
        foreach (var expectation in Evaluator.RuleSet.Expectations)
        {
            attestation = attestation.With(expectation.Id, AnswerStatus.Implemented, AchieveEvidenceFor(expectation.Id), Evidence(EvidencePurpose.Monitor), Evidence(EvidencePurpose.Validate, independent: true));
        }

        // EUC-05 partial with achieve and monitor evidence scores 50 × 0.85 = 42.5: a number with a decimal in every format.
        var (declared, citations) = Declare(attestation, [Evidence(EvidencePurpose.Achieve), Evidence(EvidencePurpose.Monitor)]);
        attestation = (attestation with { Evidence = declared }).With("EUC-05", new Answer
        {
            Status = AnswerStatus.Partial,
            Statement = Statement("EUC-05"),
            Scope = new ImplementationScope { Description = "Guests on the web client only." },
            Evidence = citations,
        });
        return Evaluator.Evaluate(attestation.With("SEC-04", AnswerStatus.NotImplemented), EvaluationDate);
    }

    /// <summary>A report whose every vendor-supplied string tries to break out of its format.</summary>
    public static ReportBatch Hostile()
    {
        const string Breakout = "</textarea><svg onload=alert(1)> | =cmd|' /C calc'!A0 `code` **bold** [link](https://evil.example/x) ![img](http://evil.example/i.png) @here";
        var attestation = Empty(Audience.Education) with
        {
            Vendor = new VendorInfo { Id = "evil", Name = "<script>alert(1)</script>" },
            Service = new ServiceInfo { Name = "\"><img src=x onerror=alert(1)>", Tier = "' onmouseover='alert(1)' x='\r\n| injected | row |" },
            Facts = new ServiceFacts { Features = new FeatureFacts { Recording = false, Transcription = false, LiveStreaming = false, GuestAccess = false } },
        };
        attestation = attestation
            .With("SEC-01", new Answer { Status = AnswerStatus.Partial, Statement = Breakout, Scope = new ImplementationScope { Description = Breakout } })
            .With("SEC-02", AnswerStatus.Implemented, new Cited(Evidence(EvidencePurpose.Achieve, reference: Breakout).Item with { Title = Breakout, Expires = new DateTime(2026, 1, 1) }, EvidencePurpose.Achieve))
            .With("SEC-02", new Answer
            {
                Status = AnswerStatus.Implemented,
                Statement = Breakout,
                Evidence = [new EvidenceCitation { Ref = "documentation-20260101-open-own", Shows = EvidencePurpose.Achieve }],
            })
            .With("EUC-05", new Answer { Status = AnswerStatus.NotApplicable, Justification = Breakout })
            .With("PBD-05", new Answer { Status = AnswerStatus.NotApplicable, Justification = "\u0001\u0007 control \u001b characters \uFFFF: the service cannot record or transcribe any meeting." });
        var report = Evaluator.Evaluate(attestation, EvaluationDate);
        report = report with { Attestation = report.Attestation with { Source = "\"><svg onload=alert(1)>/at test #1?.json" } };
        report = WaiverApplier.Apply(report, new WaiverSet
        {
            SchemaVersion = WaiverSet.CurrentSchemaVersion,
            Waivers =
            [
                new Waiver { ExpectationId = "SEC-01", Justification = Breakout, Approver = "<b onclick=alert(1)>boss</b>", Expires = new DateTime(2027, 1, 1) },
                new Waiver { ExpectationId = "SEC-03", Justification = Breakout, Approver = Breakout, Expires = new DateTime(2026, 1, 1) },
            ],
        });
        return new ReportBatch { Reports = [report], RuleSet = Evaluator.RuleSet, ToolVersion = ToolVersion };
    }

    /// <summary>Every sample attestation, read from samples/attestations with its source locations; the sample waivers apply to the vendor they are named after.</summary>
    public static ReportBatch Samples()
    {
        var reports = new List<EvaluationReport>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.Samples, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            var read = new AttestationReader().ReadFile(path);
            var name = Path.GetFileNameWithoutExtension(path);
            var report = Evaluator.Evaluate(read.WithSource("samples/attestations/" + name + ".json"), EvaluationDate);
            var waivers = RepositoryPaths.Combine("samples", "waivers", name + ".waivers.json");
            if (File.Exists(waivers))
            {
                report = WaiverApplier.Apply(report, new WaiverReader().ReadFile(waivers).GetValueOrThrow());
            }

            reports.Add(report);
        }

        reports.Should().NotBeEmpty("samples/attestations holds the sample attestations");
        return new ReportBatch { Reports = reports, RuleSet = Evaluator.RuleSet, ToolVersion = ToolVersion };
    }

    /// <summary>Renders a batch with a writer.</summary>
    public static string Render(this ReportWriter writer, ReportBatch batch)
    {
        var text = new StringWriter { NewLine = "\n" };
        writer.Write(batch, text);
        return text.ToString();
    }

    private static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "reporting", "lanternfish-classroom.json");

}
