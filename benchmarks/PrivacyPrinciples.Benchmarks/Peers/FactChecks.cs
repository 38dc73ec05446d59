using System;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// The rule set's checks written by hand in C#, as an NRules user would: for each expectation,
/// whether the facts the vendor stated contradict a claim of full implementation. An unstated fact
/// (null) never contradicts. Written independently of the rule set's JSON, so the equivalence test
/// also checks the JSON says what the statement means.
/// </summary>
internal static class FactChecks
{
    public static bool Contradict(string expectationId, ServiceFacts f) => expectationId switch
    {
        "SEC-01" => f.Encryption.InTransit == false,
        "SEC-02" => f.Encryption.EndToEnd is EndToEndEncryption.None,
        "SEC-03" => f.Encryption.EndToEnd is EndToEndEncryption.None or EndToEndEncryption.Optional,
        "SEC-04" => f.Encryption.AtRest == false,
        "SEC-05" => f.Authentication.MultiFactor is MultiFactorSupport.None || f.Authentication.StrongPasswordPolicy == false,
        "SEC-06" => (f.MeetingSecurity.UnguessableMeetingIds == false && f.MeetingSecurity.PasscodesByDefault == false) || f.MeetingSecurity.HostCanLockMeetings == false,
        "SEC-07" => f.SecurityOperations.PenetrationTestIntervalMonths > 12,
        "SEC-08" => f.SecurityOperations.LeastPrivilegeAccess == false || f.SecurityOperations.AccessLogged == false || f.SecurityOperations.StaffTraining == false || f.SecurityOperations.SubprocessorContracts == false,
        "SEC-09" => f.SecurityOperations.CriticalPatchDays > 30 || f.SecurityOperations.BreachNotificationProcess == false,
        "PBD-01" => f.DataPractices.PrivacyImpactAssessments == false,
        "PBD-02" => f.MeetingDefaults.JoinAnnouncements == false && f.MeetingDefaults.ParticipantListVisibleToAll == false,
        "PBD-03" => f.MeetingDefaults.AudioMutedOnEntry == false || f.MeetingDefaults.VideoOffOnEntry == false,
        "PBD-04" => f.MeetingDefaults.WaitingRoom == false,
        "PBD-05" => f.MeetingDefaults.RecordingStartsAutomatically == true || f.MeetingDefaults.TranscriptionStartsAutomatically == true,
        "PBD-06" => f.DataPractices.AttentionTracking == true,
        "PBD-07" => f.DataPractices.RetentionPeriodsDefined == false,
        "KYA-01" => f.AudienceSafeguards.SensitiveContextsIdentified == false,
        "KYA-02" => f.AudienceSafeguards.TailoredGuidance == false,
        "KYA-03" => f.AudienceSafeguards.AgeAppropriateDesign == false || f.AudienceSafeguards.ChildrenProfiled == true || f.AudienceSafeguards.AdvertisingToChildren == true,
        "TRF-01" => f.Transparency.LayeredPrivacyNotice == false || f.Transparency.JustInTimeNotices == false,
        "TRF-02" => f.Transparency.SubprocessorsDisclosed == false,
        "TRF-03" => f.DataPractices.ContentUsedForAdvertising == true || f.DataPractices.ContentSold == true || f.DataPractices.ModelTraining is ModelTrainingUse.OptOut or ModelTrainingUse.Always,
        "TRF-04" => f.Transparency.DataLocationsDisclosed == false,
        "TRF-05" => f.Transparency.TransparencyReport == false,
        "TRF-06" => f.Transparency.ChangesNotifiedInAdvance == false,
        "EUC-01" => f.UserControls.RecordingIndicatorForAll == false,
        "EUC-02" => f.UserControls.ParticipantsControlOwnMedia == false || f.UserControls.HostModerationControls == false,
        "EUC-03" => f.UserControls.SelfServiceDataExport == false || f.UserControls.SelfServiceDeletion == false,
        "EUC-04" => f.UserControls.OptionalProcessing is OptionalProcessingConsent.OptOut,
        "EUC-05" => f.UserControls.ControlsForGuests == false,
        _ => throw new ArgumentOutOfRangeException(nameof(expectationId), expectationId, "The hand-written checks do not know this expectation."),
    };
}
