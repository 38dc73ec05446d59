using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Tests.Support;

/// <summary>CsCheck generators of attestations over the built-in rule set, for property tests.</summary>
internal static class AttestationGenerators
{
    public static readonly string[] Ids = BuiltInRuleSets.VtcJointStatement2020.Expectations.Select(e => e.Id).ToArray();

    /// <summary>Statuses ordered from worst to best, for monotonicity.</summary>
    public static readonly AnswerStatus[] StatusOrder = [AnswerStatus.NotImplemented, AnswerStatus.Planned, AnswerStatus.Partial, AnswerStatus.Implemented];

    public static readonly Gen<DateTime> Date = Gen.Int[0, 2400].Select(days => new DateTime(2021, 1, 1).AddDays(days));

    public static readonly Gen<Evidence> Evidence =
        Gen.Select(Gen.Enum<EvidenceKind>(), Gen.Enum<EvidencePurpose>(), Gen.Bool, Date, Gen.Int[-1, 1500], Gen.Int[0, 999])
            .Select((kind, shows, independent, issued, validity, n) => new Evidence
            {
                Kind = kind,
                Shows = shows,
                Independent = independent,
                Issued = issued,
                Expires = validity < 0 ? null : issued.AddDays(validity),
                Reference = "REF-" + n,
            });

    public static readonly Gen<Answer> Answer =
        Gen.Select(Gen.Enum<AnswerStatus>(), Gen.Bool, Evidence.Array[0, 3], Gen.Bool, Date)
            .Select((status, withText, evidence, withScope, planned) => new Answer
            {
                Status = status,
                Statement = withText ? "How it is done." : null,
                Justification = withText ? "Why it does not apply." : null,
                Scope = withScope ? new ImplementationScope { Tiers = ["Pro"] } : null,
                PlannedFor = withText ? planned : null,
                Evidence = evidence,
            });

    private static readonly Gen<bool?> Flag = Gen.Int[0, 2].Select(i => i switch { 0 => (bool?)null, 1 => true, _ => false });

    public static readonly Gen<ServiceFacts> Facts =
        Gen.Select(Flag.Array[40], Gen.Int[0, 40], Gen.Int[0, 3])
            .Select((flags, number, choice) => new ServiceFacts
            {
                Encryption = new EncryptionFacts { InTransit = flags[0], AtRest = flags[1], EndToEnd = choice == 3 ? null : (EndToEndEncryption)choice },
                Authentication = new AuthenticationFacts { StrongPasswordPolicy = flags[2], MultiFactor = choice == 3 ? null : (MultiFactorSupport)((choice + 1) % 3) },
                MeetingSecurity = new MeetingSecurityFacts { UnguessableMeetingIds = flags[3], PasscodesByDefault = flags[4], HostCanLockMeetings = flags[5] },
                MeetingDefaults = new MeetingDefaultsFacts
                {
                    JoinAnnouncements = flags[6], ParticipantListVisibleToAll = flags[7], AudioMutedOnEntry = flags[8], VideoOffOnEntry = flags[9],
                    WaitingRoom = flags[10], RecordingStartsAutomatically = flags[11], TranscriptionStartsAutomatically = flags[12],
                },
                SecurityOperations = new SecurityOperationsFacts
                {
                    PenetrationTestIntervalMonths = flags[13] is null ? null : number + 1, BugBountyProgramme = flags[14], LeastPrivilegeAccess = flags[15],
                    AccessLogged = flags[16], StaffTraining = flags[17], SubprocessorContracts = flags[18], CriticalPatchDays = flags[19] is null ? null : number, BreachNotificationProcess = flags[20],
                },
                DataPractices = new DataPracticesFacts
                {
                    PrivacyImpactAssessments = flags[21], AttentionTracking = flags[22], RetentionPeriodsDefined = flags[23], ContentUsedForAdvertising = flags[24],
                    ContentSold = flags[25], ModelTraining = choice == 3 ? null : (ModelTrainingUse)choice,
                },
                Transparency = new TransparencyFacts
                {
                    LayeredPrivacyNotice = flags[26], JustInTimeNotices = flags[27], SubprocessorsDisclosed = flags[28], DataLocationsDisclosed = flags[29],
                    TransparencyReport = flags[30], ChangesNotifiedInAdvance = flags[31],
                },
                UserControls = new UserControlsFacts
                {
                    RecordingIndicatorForAll = flags[32], ParticipantsControlOwnMedia = flags[33], HostModerationControls = flags[34], SelfServiceDataExport = flags[35],
                    SelfServiceDeletion = flags[36], OptionalProcessing = choice == 3 ? null : (OptionalProcessingConsent)choice, ControlsForGuests = flags[37],
                },
                AudienceSafeguards = new AudienceSafeguardsFacts { SensitiveContextsIdentified = flags[38], TailoredGuidance = flags[39] },
            });

    public static readonly Gen<Attestation> Attestation =
        Gen.Select(Gen.Enum<Audience>().Array[0, 3], Facts, Gen.Select(Gen.Bool, Answer).Array[Ids.Length])
            .Select((audiences, facts, answers) => TestAttestations.Empty(audiences.Distinct().ToArray()) with
            {
                Facts = facts,
                Answers = Ids.Zip(answers, (id, a) => (id, a)).Where(x => x.a.Item1).ToDictionary(x => x.id, x => x.a.Item2, StringComparer.Ordinal),
            });

    public static Attestation WithAnswers(this Attestation attestation, IEnumerable<KeyValuePair<string, Answer>> answers) =>
        attestation with { Answers = answers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) };
}
