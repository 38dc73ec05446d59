using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// Every fact the attestation model has. Checks in a rule set may name only these facts; loading
/// a rule set that names another fails validation.
/// </summary>
/// <remarks>The catalogue is fixed by the attestation format version and is thread-safe.</remarks>
public static class FactCatalog
{
    private static readonly FactDefinition[] Definitions =
    [
        Flag("features.recording", "Meetings can be recorded.", f => f.Features.Recording),
        Flag("features.transcription", "Meetings can be transcribed or captioned by the service.", f => f.Features.Transcription),
        Flag("features.liveStreaming", "Meetings can be streamed live to people outside the meeting.", f => f.Features.LiveStreaming),
        Flag("features.guestAccess", "People without an account can join meetings as guests.", f => f.Features.GuestAccess),
        Flag("features.storesContent", "The service stores content: recordings, chat history, transcripts or shared files.", f => f.Features.StoresContent),

        Flag("encryption.inTransit", "All call content (audio, video, chat, files) is encrypted in transit.", f => f.Encryption.InTransit),
        Choice<EndToEndEncryption>("encryption.endToEnd", "Whether meetings can be (optional) or are by default (default) end-to-end encrypted.", f => f.Encryption.EndToEnd),
        Choice<EndToEndTiers>("encryption.endToEndTiers", "Which users can have end-to-end encrypted meetings: all (free and paid tiers alike), paidOnly or some.", f => f.Encryption.EndToEndTiers),
        Flag("encryption.endToEndMultiParty", "End-to-end encryption works in calls with more than two participants.", f => f.Encryption.EndToEndMultiParty),
        Flag("encryption.endToEndDefaultForSensitiveCalls", "Sensitive one-to-one calls (such as telehealth consultations) are end-to-end encrypted by default.", f => f.Encryption.EndToEndDefaultForSensitiveCalls),
        Flag("encryption.atRest", "Stored content (recordings, chat, transcripts) is encrypted at rest.", f => f.Encryption.AtRest),

        Choice<MultiFactorSupport>("authentication.multiFactor", "Whether multi-factor authentication is offered (optional) or required.", f => f.Authentication.MultiFactor),
        Flag("authentication.administratorsCanRequireMultiFactor", "Administrators can require multi-factor authentication for every account they manage.", f => f.Authentication.AdministratorsCanRequireMultiFactor),
        Flag("authentication.strongPasswordPolicy", "Passwords must meet strength rules.", f => f.Authentication.StrongPasswordPolicy),

        Flag("meetingSecurity.unguessableMeetingIds", "Meeting identifiers and links cannot practically be guessed.", f => f.MeetingSecurity.UnguessableMeetingIds),
        Flag("meetingSecurity.passcodesByDefault", "New meetings require a passcode by default.", f => f.MeetingSecurity.PasscodesByDefault),
        Flag("meetingSecurity.hostCanLockMeetings", "Hosts can lock a meeting so nobody else can join.", f => f.MeetingSecurity.HostCanLockMeetings),

        Flag("meetingDefaults.joinAnnouncements", "Participants are announced when they join.", f => f.MeetingDefaults.JoinAnnouncements),
        Flag("meetingDefaults.participantListVisibleToAll", "Every participant can see who is in the meeting.", f => f.MeetingDefaults.ParticipantListVisibleToAll),
        Flag("meetingDefaults.audioMutedOnEntry", "Microphones are muted when a participant enters.", f => f.MeetingDefaults.AudioMutedOnEntry),
        Flag("meetingDefaults.videoOffOnEntry", "Cameras are off when a participant enters.", f => f.MeetingDefaults.VideoOffOnEntry),
        Flag("meetingDefaults.waitingRoom", "A waiting room or host admission is on by default.", f => f.MeetingDefaults.WaitingRoom),
        Flag("meetingDefaults.recordingStartsAutomatically", "Recording starts without anyone starting it.", f => f.MeetingDefaults.RecordingStartsAutomatically),
        Flag("meetingDefaults.transcriptionStartsAutomatically", "Transcription starts without anyone starting it.", f => f.MeetingDefaults.TranscriptionStartsAutomatically),

        Number("securityOperations.penetrationTestIntervalMonths", "How often, in months, the service is penetration-tested by an independent party.", f => f.SecurityOperations.PenetrationTestIntervalMonths),
        Flag("securityOperations.bugBountyProgramme", "A public bug bounty or vulnerability disclosure programme exists.", f => f.SecurityOperations.BugBountyProgramme),
        Flag("securityOperations.leastPrivilegeAccess", "Staff and sub-processor access to personal information follows least privilege.", f => f.SecurityOperations.LeastPrivilegeAccess),
        Flag("securityOperations.accessLogged", "Staff and sub-processor access to personal information is logged.", f => f.SecurityOperations.AccessLogged),
        Flag("securityOperations.staffTraining", "Staff with access to personal information are trained in privacy and security.", f => f.SecurityOperations.StaffTraining),
        Flag("securityOperations.subprocessorContracts", "Sub-processors are bound by contract to security and privacy obligations.", f => f.SecurityOperations.SubprocessorContracts),
        Number("securityOperations.criticalPatchDays", "The number of days within which critical vulnerabilities are patched.", f => f.SecurityOperations.CriticalPatchDays),
        Choice<ClientUpdates>("securityOperations.clientUpdates", "How client applications get security updates: automatic, prompted or manual.", f => f.SecurityOperations.ClientUpdates),
        Flag("securityOperations.breachNotificationProcess", "A breach notification process exists for users and regulators.", f => f.SecurityOperations.BreachNotificationProcess),

        Flag("dataPractices.privacyImpactAssessments", "A privacy programme exists and privacy impact assessments are run for new features.", f => f.DataPractices.PrivacyImpactAssessments),
        Flag("dataPractices.regulatorConsultation", "When a privacy impact assessment finds a risk that cannot be mitigated, the regulator is consulted.", f => f.DataPractices.RegulatorConsultation),
        Flag("dataPractices.attentionTracking", "The service tracks participants' attention.", f => f.DataPractices.AttentionTracking),
        Flag("dataPractices.retentionPeriodsDefined", "Retention periods are defined for content and telemetry.", f => f.DataPractices.RetentionPeriodsDefined),
        Number("dataPractices.contentRetentionDays", "How many days recordings, chat and transcripts are kept by default.", f => f.DataPractices.ContentRetentionDays),
        Flag("dataPractices.personalInformationSecondaryUse", "Personal information about users (not only content) is used beyond providing the service.", f => f.DataPractices.PersonalInformationSecondaryUse),
        Flag("dataPractices.contentUsedForAdvertising", "Meeting content is used for advertising.", f => f.DataPractices.ContentUsedForAdvertising),
        Flag("dataPractices.contentSold", "Personal information or content is sold.", f => f.DataPractices.ContentSold),
        Choice<ModelTrainingUse>("dataPractices.modelTraining", "Whether meeting content is used to train models: never, optIn, optOut or always.", f => f.DataPractices.ModelTraining),

        Flag("transparency.privacyPolicyPublished", "A privacy policy covering the service is published where anyone can read it.", f => f.Transparency.PrivacyPolicyPublished),
        Flag("transparency.layeredPrivacyNotice", "The privacy notice is layered: a short summary with detail behind it.", f => f.Transparency.LayeredPrivacyNotice),
        Flag("transparency.justInTimeNotices", "Just-in-time notices appear when a feature collects or uses data.", f => f.Transparency.JustInTimeNotices),
        Flag("transparency.subprocessorsDisclosed", "Third parties and sub-processors are listed with their purposes.", f => f.Transparency.SubprocessorsDisclosed),
        Flag("transparency.dataLocationsDisclosed", "Storage and processing locations and cross-border transfers are disclosed.", f => f.Transparency.DataLocationsDisclosed),
        Flag("transparency.transparencyReport", "A transparency report on government and law-enforcement requests is published.", f => f.Transparency.TransparencyReport),
        Flag("transparency.encryptionDifferenceExplained", "Users are told in plain words how standard encryption differs from end-to-end encryption.", f => f.Transparency.EncryptionDifferenceExplained),
        Flag("transparency.secondaryUseNoticeUpfront", "Secondary uses of personal information are explained upfront, where people decide.", f => f.Transparency.SecondaryUseNoticeUpfront),
        Flag("transparency.changesNotifiedInAdvance", "Material changes to privacy practices are notified in advance.", f => f.Transparency.ChangesNotifiedInAdvance),

        Flag("userControls.recordingIndicatorForAll", "Every participant sees a notice while recording, transcription or streaming runs.", f => f.UserControls.RecordingIndicatorForAll),
        Flag("userControls.participantsControlOwnMedia", "Participants control their own microphone, camera and screen sharing.", f => f.UserControls.ParticipantsControlOwnMedia),
        Flag("userControls.hostModerationControls", "Hosts can remove and mute participants and lock the meeting.", f => f.UserControls.HostModerationControls),
        Flag("userControls.selfServiceDataExport", "Users can download their data themselves.", f => f.UserControls.SelfServiceDataExport),
        Flag("userControls.selfServiceDeletion", "Users can delete their data themselves.", f => f.UserControls.SelfServiceDeletion),
        Choice<OptionalProcessingConsent>("userControls.optionalProcessing", "How optional processing is switched on: notOffered, optIn or optOut.", f => f.UserControls.OptionalProcessing),
        Flag("userControls.controlsForGuests", "Guests and participants without an account have privacy controls over their own data and media.", f => f.UserControls.ControlsForGuests),

        Flag("audienceSafeguards.sensitiveContextsIdentified", "The sensitive contexts the service is used in are identified, each with enhanced safeguards.", f => f.AudienceSafeguards.SensitiveContextsIdentified),
        Flag("audienceSafeguards.tailoredGuidance", "Privacy and security guidance is tailored to specific user groups.", f => f.AudienceSafeguards.TailoredGuidance),
        Flag("audienceSafeguards.ageAppropriateDesign", "The service has an age-appropriate design for children.", f => f.AudienceSafeguards.AgeAppropriateDesign),
        Flag("audienceSafeguards.childrenProfiled", "Children are profiled.", f => f.AudienceSafeguards.ChildrenProfiled),
        Flag("audienceSafeguards.advertisingToChildren", "Children are shown advertising.", f => f.AudienceSafeguards.AdvertisingToChildren),
    ];

    private static readonly Dictionary<string, FactDefinition> ByPath =
        Definitions.ToDictionary(d => d.Path, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> is a fact's path (as <see cref="TryGet"/> finds them).</summary>
    internal static bool HasPath(ReadOnlySpan<char> path) =>
#if NET
        ByPath.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(path);
#else
        ByPath.ContainsKey(path.ToString());
#endif

    /// <summary>Every fact, in the order of the attestation format.</summary>
    public static IReadOnlyList<FactDefinition> All { get; } = Array.AsReadOnly(Definitions);

    /// <summary>Looks up a fact by its dotted path.</summary>
    /// <param name="path">The path, for example <c>encryption.endToEnd</c>; case-sensitive.</param>
    /// <param name="definition">The fact, when found.</param>
    /// <returns>Whether the model has the fact.</returns>
    public static bool TryGet(string path, [NotNullWhen(true)] out FactDefinition? definition)
    {
        if (path is not null && ByPath.TryGetValue(path, out var found))
        {
            definition = found;
            return true;
        }

        definition = null;
        return false;
    }

    /// <summary>The JSON spelling of an enumeration value, as facts, answers and reports write it.</summary>
    internal static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum => Serialization.Json.EnumNames<TEnum>.Of(value);

    private static FactDefinition Flag(string path, string description, Func<ServiceFacts, bool?> read) =>
        new(path, FactType.Boolean, [], description, f => read(f) is bool b ? FactValue.From(b) : FactValue.Missing);

    private static FactDefinition Number(string path, string description, Func<ServiceFacts, int?> read) =>
        new(path, FactType.Number, [], description, f => read(f) is int n ? FactValue.From(n) : FactValue.Missing);

    private static FactDefinition Choice<TEnum>(string path, string description, Func<ServiceFacts, TEnum?> read)
        where TEnum : struct, Enum
    {
        #if NET
        var names = Enum.GetNames<TEnum>();
#else
        var names = Enum.GetNames(typeof(TEnum));
#endif
        var choices = names.Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)).ToArray();

        // Facts are read on every evaluation: make each choice's value once.
        var values = new Dictionary<TEnum, FactValue>();
        foreach (var name in names)
        {
#if NET
            var value = Enum.Parse<TEnum>(name);
#else
            var value = (TEnum)Enum.Parse(typeof(TEnum), name);
#endif
            values[value] = FactValue.From(JsonName(value));
        }

        return new(path, FactType.Choice, Array.AsReadOnly(choices), description, f => read(f) is TEnum e ? (values.TryGetValue(e, out var known) ? known : FactValue.From(JsonName(e))) : FactValue.Missing);
    }
}
