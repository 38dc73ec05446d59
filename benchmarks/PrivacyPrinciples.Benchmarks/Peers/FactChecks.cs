using System;
using PrivacyPrinciples.Attestations;
using static PrivacyPrinciples.Benchmarks.Peers.FactVerdict;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// The rule set's checks and not-applicable conditions written by hand in C#, as an NRules user
/// would: for each expectation, whether the facts the vendor stated meet it, contradict it, or
/// leave it open because a fact is not stated. Written independently of the rule set's JSON, so
/// the equivalence test also checks the JSON says what the statement means.
/// </summary>
internal static class FactChecks
{
    /// <summary>What the facts say of the expectation's checks.</summary>
    public static FactVerdict Check(string expectationId, ServiceFacts f) => expectationId switch
    {
        "SEC-01" => Is(f.Encryption.InTransit, true),
        "SEC-02" => All(
            f.Encryption.EndToEnd is null ? Unknown : f.Encryption.EndToEnd is EndToEndEncryption.Optional or EndToEndEncryption.Default ? Holds : Fails,
            f.Encryption.EndToEndTiers is null ? Unknown : f.Encryption.EndToEndTiers is EndToEndTiers.All ? Holds : Fails,
            Is(f.Encryption.EndToEndMultiParty, true)),
        "SEC-03" => Any(
            f.Encryption.EndToEnd is null ? Unknown : f.Encryption.EndToEnd is EndToEndEncryption.Default ? Holds : Fails,
            Is(f.Encryption.EndToEndDefaultForSensitiveCalls, true)),
        "SEC-04" => Is(f.Encryption.AtRest, true),
        "SEC-05" => All(
            f.Authentication.MultiFactor is null ? Unknown : f.Authentication.MultiFactor is MultiFactorSupport.Optional or MultiFactorSupport.Required ? Holds : Fails,
            Is(f.Authentication.StrongPasswordPolicy, true)),
        "SEC-06" => All(
            Any(Is(f.MeetingSecurity.UnguessableMeetingIds, true), Is(f.MeetingSecurity.PasscodesByDefault, true)),
            Is(f.MeetingSecurity.HostCanLockMeetings, true)),
        "SEC-07" => AtMost(f.SecurityOperations.PenetrationTestIntervalMonths, 12),
        "SEC-08" => All(
            Is(f.SecurityOperations.LeastPrivilegeAccess, true),
            Is(f.SecurityOperations.AccessLogged, true),
            Is(f.SecurityOperations.StaffTraining, true),
            Is(f.SecurityOperations.SubprocessorContracts, true)),
        "SEC-09" => All(Is(f.SecurityOperations.BugBountyProgramme, true), AtMost(f.SecurityOperations.CriticalPatchDays, 30)),
        "SEC-10" => f.SecurityOperations.ClientUpdates is null ? Unknown : f.SecurityOperations.ClientUpdates is ClientUpdates.Automatic or ClientUpdates.Prompted ? Holds : Fails,
        "SEC-11" => Any(
            f.Authentication.MultiFactor is null ? Unknown : f.Authentication.MultiFactor is MultiFactorSupport.Required ? Holds : Fails,
            Is(f.Authentication.AdministratorsCanRequireMultiFactor, true)),
        "SEC-12" => Is(f.SecurityOperations.BreachNotificationProcess, true),
        "PBD-01" => Is(f.DataPractices.PrivacyImpactAssessments, true),
        "PBD-02" => Any(Is(f.MeetingDefaults.JoinAnnouncements, true), Is(f.MeetingDefaults.ParticipantListVisibleToAll, true)),
        "PBD-03" => All(Is(f.MeetingDefaults.AudioMutedOnEntry, true), Is(f.MeetingDefaults.VideoOffOnEntry, true)),
        "PBD-04" => Is(f.MeetingDefaults.WaitingRoom, true),
        "PBD-05" => All(Is(f.MeetingDefaults.RecordingStartsAutomatically, false), Is(f.MeetingDefaults.TranscriptionStartsAutomatically, false)),
        "PBD-06" => Is(f.DataPractices.AttentionTracking, false),
        "PBD-07" => All(Is(f.DataPractices.RetentionPeriodsDefined, true), AtMost(f.DataPractices.ContentRetentionDays, 365)),
        "PBD-08" => Is(f.DataPractices.RegulatorConsultation, true),
        "KYA-01" => Is(f.AudienceSafeguards.SensitiveContextsIdentified, true),
        "KYA-02" => Is(f.AudienceSafeguards.TailoredGuidance, true),
        "KYA-03" => All(
            Is(f.AudienceSafeguards.AgeAppropriateDesign, true),
            Is(f.AudienceSafeguards.ChildrenProfiled, false),
            Is(f.AudienceSafeguards.AdvertisingToChildren, false)),
        "TRF-01" => All(Is(f.Transparency.LayeredPrivacyNotice, true), Is(f.Transparency.JustInTimeNotices, true)),
        "TRF-02" => Is(f.Transparency.SubprocessorsDisclosed, true),
        "TRF-03" => All(
            Is(f.DataPractices.ContentUsedForAdvertising, false),
            Is(f.DataPractices.ContentSold, false),
            f.DataPractices.ModelTraining is null ? Unknown : f.DataPractices.ModelTraining is ModelTrainingUse.Never or ModelTrainingUse.OptIn ? Holds : Fails),
        "TRF-04" => Is(f.Transparency.DataLocationsDisclosed, true),
        "TRF-05" => Is(f.Transparency.TransparencyReport, true),
        "TRF-06" => Is(f.Transparency.ChangesNotifiedInAdvance, true),
        "TRF-07" => Is(f.Transparency.EncryptionDifferenceExplained, true),
        "TRF-08" => Any(Is(f.DataPractices.PersonalInformationSecondaryUse, false), Is(f.Transparency.SecondaryUseNoticeUpfront, true)),
        "TRF-09" => Is(f.Transparency.PrivacyPolicyPublished, true),
        "EUC-01" => Is(f.UserControls.RecordingIndicatorForAll, true),
        "EUC-02" => All(Is(f.UserControls.ParticipantsControlOwnMedia, true), Is(f.UserControls.HostModerationControls, true)),
        "EUC-03" => All(Is(f.UserControls.SelfServiceDataExport, true), Is(f.UserControls.SelfServiceDeletion, true)),
        "EUC-04" => f.UserControls.OptionalProcessing is null ? Unknown : f.UserControls.OptionalProcessing is OptionalProcessingConsent.NotOffered or OptionalProcessingConsent.OptIn ? Holds : Fails,
        "EUC-05" => Is(f.UserControls.ControlsForGuests, true),
        _ => throw new ArgumentOutOfRangeException(nameof(expectationId), expectationId, "The hand-written checks do not know this expectation."),
    };

    /// <summary>
    /// What the facts say of the conditions under which the expectation does not apply (the
    /// service has no such feature); <see langword="null"/> for an expectation without such
    /// conditions, whose own checks then stand in for them.
    /// </summary>
    public static FactVerdict? NotApplicableWhen(string expectationId, ServiceFacts f) => expectationId switch
    {
        "SEC-04" => Is(f.Features.StoresContent, false),
        "PBD-05" => All(Is(f.Features.Recording, false), Is(f.Features.Transcription, false)),
        "EUC-01" => All(Is(f.Features.Recording, false), Is(f.Features.Transcription, false), Is(f.Features.LiveStreaming, false)),
        "EUC-05" => Is(f.Features.GuestAccess, false),
        _ => null,
    };

    /// <summary>The verdict a "not applicable" claim is tested against: its conditions, or the checks when it has none.</summary>
    public static FactVerdict NotApplicable(string expectationId, ServiceFacts f) =>
        NotApplicableWhen(expectationId, f) ?? Check(expectationId, f);

    private static FactVerdict Is(bool? stated, bool expected) => stated is not bool value ? Unknown : value == expected ? Holds : Fails;

    private static FactVerdict AtMost(int? stated, int max) => stated is not int value ? Unknown : value <= max ? Holds : Fails;

    // All must hold: one failing decides; otherwise one unknown leaves it unknown.
    private static FactVerdict All(params ReadOnlySpan<FactVerdict> verdicts)
    {
        var unknown = false;
        foreach (var verdict in verdicts)
        {
            if (verdict == Fails)
            {
                return Fails;
            }

            unknown |= verdict == Unknown;
        }

        return unknown ? Unknown : Holds;
    }

    // One must hold: one holding decides; otherwise one unknown leaves it unknown.
    private static FactVerdict Any(params ReadOnlySpan<FactVerdict> verdicts)
    {
        var unknown = false;
        foreach (var verdict in verdicts)
        {
            if (verdict == Holds)
            {
                return Holds;
            }

            unknown |= verdict == Unknown;
        }

        return unknown ? Unknown : Fails;
    }
}
