using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Tests;

/// <summary>
/// CsCheck generators of attestations a hostile or careless vendor could write, over the built-in
/// rule set: every fact stated, left out or contradicting; statements and justifications that are
/// blank, placeholders, the title again, pasted across answers, too brief or real; evidence of any
/// kind, cited for any purpose, undeclared or declared twice, independent with or without an
/// issuer, with references a reviewer can or cannot follow, issued in the future, in 1970 or near
/// the end of the calendar; and evaluation dates up to 9999-12-31. The samples and the synthetic
/// vendors are careful; these reach every branch of the decisions the peers must mirror.
/// </summary>
internal static class HostileAttestations
{
    private static readonly Expectation[] Expectations = [.. BuiltInRuleSets.VtcJointStatement2020.Expectations];

    // The two evaluation dates of the fixed tests, dates one maximum age (12, 18, 24, 36, 60
    // months) before them, month ends whose month arithmetic clamps, a leap day, 1970 and the end
    // of the calendar: evidence and evaluation dates fall on the same day often enough to test
    // every boundary.
    private static readonly DateTime[] Anchors =
    [
        new(1970, 1, 1), new(2019, 1, 31), new(2021, 11, 30), new(2023, 11, 30), new(2024, 2, 29), new(2024, 11, 30), new(2025, 5, 31),
        new(2025, 11, 30), new(2026, 11, 30), new(2027, 6, 1), new(2028, 6, 1), new(2028, 12, 1), new(2029, 6, 1), new(2030, 6, 1),
        new(9998, 11, 30), new(9999, 1, 15), new(9999, 12, 31),
    ];

    private static readonly string[] References =
    [
        "https://trust.example.example/reports/2026-soc2", "see file", "trust me", "n/a", "TBD 2025", "Annual security report", "x", "", "   ", "ab",
        "a b", "Policy", "doc#7", "Lorem ipsum 12", "ISO/IEC 27001 certificate", "Sécurité rapport annuel complet", "report_v2", "Penetration test report June",
        "...", "v1.2", "placeholder", "Internal audit report IA-2026-03", "security_whitepaper", "policies#retention", "urn:privacy", "policy.pdf",
        "trust/policies", "Security whitepaper", "تقرير ٣", "TODO: link",

        // One page under several queries, titled alike (see EvidenceItem): one document.
        "https://trust.example.example/?section=1", "https://trust.example.example/?section=2#audits", "https://trust.example.example/",
    ];

    // Blank, nobody, a named party, a crowd (no one: "our" would make it the vendor's own too), the
    // service under its own name, and the vendor's own in words that name no party ("The company").
    private static readonly string?[] Issuers =
        [null, "", "  ", "—", "Example Assurance LLP", "x", "A", "Security researchers worldwide", "Our user community", "Hostile Meetings Assurance Office", "The company"];

    private const string Pasted = "We follow industry best practice for security and privacy across the whole platform at all times.";

    /// <summary>A date near one of the anchors, which sit on month ends, leap days, evaluation dates and the calendar's edges.</summary>
    public static readonly Gen<DateTime> Date = Gen.Select(Gen.Int[0, Anchors.Length - 1], Gen.Int[0, 2].SelectMany(k => k == 0 ? Gen.Const(0) : k == 1 ? Gen.Int[-1, 1] : Gen.Int[-400, 400])).Select((anchor, days) =>
    {
        var date = Anchors[anchor];
        return days > 0 && (DateTime.MaxValue - date).TotalDays <= days ? date : days < 0 && (date - DateTime.MinValue).TotalDays < -days ? date : date.AddDays(days);
    });

    private static readonly Gen<DateTime?> Expiry = Gen.Select(Gen.Int[0, 4], Date, Gen.Int[-60, 2000]).Select<int, DateTime, int, DateTime?>((shape, date, days) => shape switch
    {
        0 => null,
        1 => DateTime.MaxValue.Date,
        2 => date,
        _ => (DateTime.MaxValue - date).TotalDays <= days || days < 0 && date.Year < 2 ? date : date.AddDays(days),
    });

    public static readonly Gen<Evidence> EvidenceItem =
        Gen.Select(Gen.Enum<EvidenceKind>(), Gen.Bool, Gen.Int[0, Issuers.Length - 1], Gen.Int[0, References.Length - 1], Date, Expiry)
            .Select((kind, independent, issuer, reference, issued, expires) => new Evidence
            {
                Id = "pending",
                Kind = kind,
                Independent = independent,
                Issuer = Issuers[issuer],
                Reference = References[reference],
                Title = References[reference].StartsWith("https://trust.example.example/", StringComparison.Ordinal) && !References[reference].Contains("reports", StringComparison.Ordinal) ? "Trust centre"
                    : reference % 3 == 0 ? null : "Evidence " + reference.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Issued = issued,
                Expires = expires,
            });

    /// <summary>The declared evidence: ids e0, e1, …, where now and then an id repeats (the first declaration counts).</summary>
    public static readonly Gen<Evidence[]> EvidencePool =
        Gen.Select(EvidenceItem, Gen.Int[0, 9]).Array[0, 8].Select(items => items
            .Select((x, i) => x.Item1 with { Id = "e" + (x.Item2 == 0 && i > 0 ? i - 1 : i).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToArray());

    private static readonly Gen<bool?> Flag = Gen.Int[0, 2].Select(i => i switch { 0 => (bool?)null, 1 => true, _ => false });

    private static readonly Gen<int?> Number = Gen.Int[-1, 45].Select(i => i < 0 ? (int?)null : i);

    private static Gen<T?> Choice<T>()
        where T : struct, Enum => Gen.Int[-1, Enum.GetValues<T>().Length - 1].Select(i => i < 0 ? (T?)null : Enum.GetValues<T>()[i]);

    public static readonly Gen<ServiceFacts> Facts =
        Gen.Select(Flag.Array[50], Number.Array[3], Choice<EndToEndEncryption>(), Choice<MultiFactorSupport>(), Choice<ModelTrainingUse>(), Choice<OptionalProcessingConsent>())
            .Select((f, n, endToEnd, multiFactor, training, optional) => new ServiceFacts
            {
                Features = new FeatureFacts { Recording = f[0], Transcription = f[1], LiveStreaming = f[2], GuestAccess = f[3], StoresContent = f[4] },
                Encryption = new EncryptionFacts { InTransit = f[5], AtRest = f[6], EndToEnd = endToEnd },
                Authentication = new AuthenticationFacts { StrongPasswordPolicy = f[7], MultiFactor = multiFactor },
                MeetingSecurity = new MeetingSecurityFacts { UnguessableMeetingIds = f[8], PasscodesByDefault = f[9], HostCanLockMeetings = f[10] },
                MeetingDefaults = new MeetingDefaultsFacts
                {
                    JoinAnnouncements = f[11], ParticipantListVisibleToAll = f[12], AudioMutedOnEntry = f[13], VideoOffOnEntry = f[14],
                    WaitingRoom = f[15], RecordingStartsAutomatically = f[16], TranscriptionStartsAutomatically = f[17],
                },
                SecurityOperations = new SecurityOperationsFacts
                {
                    PenetrationTestIntervalMonths = n[0], BugBountyProgramme = f[18], LeastPrivilegeAccess = f[19], AccessLogged = f[20], StaffTraining = f[21],
                    SubprocessorContracts = f[22], CriticalPatchDays = n[1], BreachNotificationProcess = f[23],
                },
                DataPractices = new DataPracticesFacts
                {
                    PrivacyImpactAssessments = f[24], AttentionTracking = f[25], RetentionPeriodsDefined = f[26], ContentRetentionDays = n[2],
                    ContentUsedForAdvertising = f[27], ContentSold = f[28], ModelTraining = training,
                },
                Transparency = new TransparencyFacts
                {
                    LayeredPrivacyNotice = f[29], JustInTimeNotices = f[30], SubprocessorsDisclosed = f[31], DataLocationsDisclosed = f[32],
                    TransparencyReport = f[33], ChangesNotifiedInAdvance = f[34],
                },
                UserControls = new UserControlsFacts
                {
                    RecordingIndicatorForAll = f[35], ParticipantsControlOwnMedia = f[36], HostModerationControls = f[37], SelfServiceDataExport = f[38],
                    SelfServiceDeletion = f[39], OptionalProcessing = optional, ControlsForGuests = f[40],
                },
                AudienceSafeguards = new AudienceSafeguardsFacts
                {
                    SensitiveContextsIdentified = f[41], TailoredGuidance = f[42], AgeAppropriateDesign = f[43], ChildrenProfiled = f[44], AdvertisingToChildren = f[45],
                },
            });

    /// <summary>Free text of every kind the substance test tells apart, for one expectation.</summary>
    private static string? Text(int kind, Expectation expectation) => kind switch
    {
        0 => null,
        1 => "  ",
        2 => "TBD",
        3 => "n/a",
        4 => expectation.Title,
        5 => Pasted,
        6 => "Yes, we do this.",
        7 => $"For {expectation.Id} the platform enforces this through audited configuration, weekly automated verification and signed release gates.",
        _ => "The service has no recording, transcription, streaming, guest or storage feature in any client, plan or region.",
    };

    private static readonly Gen<(int Status, int Statement, int Justification, (int Ref, EvidencePurpose Shows)[] Citations)> AnswerPlan =
        Gen.Select(Gen.Enum<AnswerStatus>(), Gen.Int[0, 8], Gen.Int[0, 8], Gen.Select(Gen.Int[0, 9], Gen.Enum<EvidencePurpose>()).Array[0, 4])
            .Select((status, statement, justification, citations) => ((int)status, statement, justification, citations));

    /// <summary>
    /// <paramref name="count"/> attestations drawn from <see cref="Attestation"/> with a fixed seed:
    /// the same on every run, for the tests that compare a fixed set.
    /// </summary>
    public static IEnumerable<(Attestation Attestation, DateTime On)> Fixed(int count, ulong seed)
    {
        var pcg = new PCG(7, seed);
        for (var i = 0; i < count; i++)
        {
            yield return Attestation.Generate(pcg, null!, out _);
        }
    }

    /// <summary>An attestation, and the date to evaluate it on.</summary>
    public static readonly Gen<(Attestation Attestation, DateTime On)> Attestation =
        Gen.Select(Gen.Bool.Array[6], Facts, EvidencePool, Gen.Select(Gen.Int[0, 9], AnswerPlan).Array[Expectations.Length], Gen.Bool, Date)
            .Select((audiences, facts, pool, answers, stray, on) =>
            {
                var byId = new Dictionary<string, Answer>(StringComparer.Ordinal);
                for (var i = 0; i < Expectations.Length; i++)
                {
                    var (present, plan) = answers[i];
                    if (present == 0)
                    {
                        continue;
                    }

                    var expectation = Expectations[i];
                    byId[expectation.Id] = new Answer
                    {
                        Status = (AnswerStatus)plan.Status,
                        Statement = Text(plan.Statement, expectation),
                        Justification = Text(plan.Justification, expectation),
                        Evidence = plan.Citations
                            .Select(c => new EvidenceCitation { Ref = pool.Length == 0 || c.Ref == 9 ? "undeclared" : pool[c.Ref % pool.Length].Id, Shows = c.Shows })
                            .ToArray(),
                    };
                }

                // An answer to no expectation still counts when statements are compared for boilerplate.
                if (stray)
                {
                    byId["XYZ-99"] = new Answer { Status = AnswerStatus.Implemented, Statement = Pasted };
                }

                var attestation = new Attestation
                {
                    SchemaVersion = PrivacyPrinciples.Attestations.Attestation.CurrentSchemaVersion,
                    Vendor = new VendorInfo { Id = "hostile", Name = "Hostile Vendor" },
                    Service = new ServiceInfo { Name = "Hostile Meetings" },
                    AttestedOn = new DateTime(2026, 11, 1),
                    Audiences = new AudienceDeclarations
                    {
                        Consumers = audiences[0], Business = audiences[1], Education = audiences[2], Health = audiences[3], Children = audiences[4], Government = audiences[5],
                    },
                    Facts = facts,
                    Evidence = pool,
                    Answers = byId,
                };
                return (attestation, on);
            });
}
