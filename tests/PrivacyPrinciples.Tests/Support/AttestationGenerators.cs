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

    /// <summary>A piece of evidence of any kind, independence, issuer, reference and dates; its id is set when the pool is made.</summary>
    public static readonly Gen<Evidence> EvidenceItem =
        Gen.Select(Gen.Enum<EvidenceKind>(), Gen.Bool, Date, Gen.Int[-1, 1500], Gen.Int[0, 4], Gen.Bool)
            .Select((kind, independent, issued, validity, reference, issuer) => new Evidence
            {
                Id = "pending",
                Kind = kind,
                Independent = independent,
                Issued = issued,
                Expires = validity < 0 ? null : issued.AddDays(validity),
                Reference = reference == 0 ? "see file" : "https://example.example/evidence/" + reference,
                Issuer = issuer ? "Example Assurance LLP" : null,
            });

    /// <summary>The attestation's declared evidence: ids e0, e1, … in order.</summary>
    public static readonly Gen<Evidence[]> EvidencePool =
        EvidenceItem.Array[0, 8].Select(items => items.Select((e, i) => e with { Id = "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray());

    /// <summary>A citation as an index into the pool (taken modulo its size) and a purpose.</summary>
    public static readonly Gen<(int Index, EvidencePurpose Shows)> Citation = Gen.Select(Gen.Int[0, 15], Gen.Enum<EvidencePurpose>());

    /// <summary>How much a piece of free text says: nothing, a placeholder, or a statement of substance.</summary>
    public enum Text
    {
        None,
        Placeholder,
        Substantive,
    }

    /// <summary>An answer's parts, before it is tied to an expectation and the evidence pool.</summary>
    public sealed record AnswerPlan(AnswerStatus Status, Text Statement, Text Justification, bool Scope, DateTime? Planned, (int Index, EvidencePurpose Shows)[] Citations)
    {
        public Answer For(string id, Evidence[] pool) => new()
        {
            Status = Status,
            Statement = Words(Statement, TestAttestations.Statement(id)),
            Justification = Words(Justification, $"The service behind {id} has no such feature in any client, plan or region, so there is nothing to configure."),
            Scope = Scope ? new ImplementationScope { Tiers = ["Pro"] } : null,
            PlannedFor = Planned,
            Evidence = pool.Length == 0 ? [] : Citations
                .Select(c => new EvidenceCitation { Ref = pool[c.Index % pool.Length].Id, Shows = c.Shows })
                .Distinct()
                .ToArray(),
        };

        private static string? Words(Text text, string substantive) => text switch
        {
            Text.None => null,
            Text.Placeholder => "TBD",
            _ => substantive,
        };
    }

    public static readonly Gen<AnswerPlan> Answer =
        Gen.Select(Gen.Enum<AnswerStatus>(), Gen.Enum<Text>(), Gen.Enum<Text>(), Gen.Bool, Gen.Bool, Date, Citation.Array[0, 3])
            .Select((status, statement, justification, scope, planned, date, citations) => new AnswerPlan(status, statement, justification, scope, planned ? date : null, citations));

    private static readonly Gen<bool?> Flag = Gen.Int[0, 2].Select(i => i switch { 0 => (bool?)null, 1 => true, _ => false });

    public static readonly Gen<ServiceFacts> Facts =
        Gen.Select(Flag.Array[54], Gen.Int[0, 400], Gen.Int[0, 3])
            .Select((flags, number, choice) => new ServiceFacts
            {
                Features = new FeatureFacts { Recording = flags[40], Transcription = flags[41], LiveStreaming = flags[42], GuestAccess = flags[43], StoresContent = flags[44] },
                Encryption = new EncryptionFacts
                {
                    InTransit = flags[0], AtRest = flags[1], EndToEnd = choice == 3 ? null : (EndToEndEncryption)choice, EndToEndTiers = choice == 0 ? null : (EndToEndTiers)(choice - 1),
                    EndToEndMultiParty = flags[45], EndToEndDefaultForSensitiveCalls = flags[46],
                },
                Authentication = new AuthenticationFacts { StrongPasswordPolicy = flags[2], MultiFactor = choice == 3 ? null : (MultiFactorSupport)((choice + 1) % 3), AdministratorsCanRequireMultiFactor = flags[47] },
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
                    ClientUpdates = choice == 3 ? null : (ClientUpdates)((choice + 2) % 3),
                },
                DataPractices = new DataPracticesFacts
                {
                    PrivacyImpactAssessments = flags[21], AttentionTracking = flags[22], RetentionPeriodsDefined = flags[23], ContentUsedForAdvertising = flags[24],
                    ContentSold = flags[25], ModelTraining = choice == 3 ? null : (ModelTrainingUse)choice, RegulatorConsultation = flags[48],
                    PersonalInformationSecondaryUse = flags[49], ContentRetentionDays = flags[50] is null ? null : number,
                },
                Transparency = new TransparencyFacts
                {
                    LayeredPrivacyNotice = flags[26], JustInTimeNotices = flags[27], SubprocessorsDisclosed = flags[28], DataLocationsDisclosed = flags[29],
                    TransparencyReport = flags[30], ChangesNotifiedInAdvance = flags[31], PrivacyPolicyPublished = flags[51], EncryptionDifferenceExplained = flags[52],
                    SecondaryUseNoticeUpfront = flags[53],
                },
                UserControls = new UserControlsFacts
                {
                    RecordingIndicatorForAll = flags[32], ParticipantsControlOwnMedia = flags[33], HostModerationControls = flags[34], SelfServiceDataExport = flags[35],
                    SelfServiceDeletion = flags[36], OptionalProcessing = choice == 3 ? null : (OptionalProcessingConsent)choice, ControlsForGuests = flags[37],
                },
                AudienceSafeguards = new AudienceSafeguardsFacts { SensitiveContextsIdentified = flags[38], TailoredGuidance = flags[39] },
            });

    public static readonly Gen<Attestation> Attestation =
        Gen.Select(Gen.Enum<Audience>().Array[0, 3], Facts, EvidencePool, Gen.Select(Gen.Bool, Answer).Array[Ids.Length])
            .Select((audiences, facts, pool, answers) => TestAttestations.Empty(audiences.Distinct().ToArray()) with
            {
                Facts = facts,
                Evidence = pool,
                Answers = Ids.Zip(answers, (id, a) => (id, a)).Where(x => x.a.Item1).ToDictionary(x => x.id, x => x.a.Item2.For(x.id, pool), StringComparer.Ordinal),
            });

    public static Attestation WithAnswers(this Attestation attestation, IEnumerable<KeyValuePair<string, Answer>> answers) =>
        attestation with { Answers = answers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) };
}
