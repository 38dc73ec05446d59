using System;
using System.Collections.Generic;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// What one stated fact says of another, whatever the rule set: recording cannot start by itself in
/// a service that cannot record, and content kept for a year is stored content. When an attestation
/// states both sides of such a pair and they cannot both hold, at least one is false and nobody can
/// tell which from the attestation, so neither may corroborate an answer or show that an
/// expectation does not apply: both are treated as not stated, and the pair is reported.
/// </summary>
/// <remarks>
/// Only pairs that follow from what the facts mean are listed, so an honest attestation never
/// meets one. Without this, a vendor could state the one fact a check or a not-applicable
/// condition reads and leave its other facts saying the opposite.
/// </remarks>
internal static class FactConsistency
{
    private static readonly Implication[] Implications =
    [
        // A default that starts a feature presupposes the feature.
        new("meetingDefaults.recordingStartsAutomatically", v => v == FactValue.From(true), "features.recording", v => v == FactValue.From(true), "true"),
        new("meetingDefaults.transcriptionStartsAutomatically", v => v == FactValue.From(true), "features.transcription", v => v == FactValue.From(true), "true"),

        // A retention period for recordings, chat and transcripts presupposes that they are stored.
        new("dataPractices.contentRetentionDays", v => v.Kind == FactValueKind.Number && v.AsNumber > 0, "features.storesContent", v => v == FactValue.From(true), "true"),

        // End-to-end encryption in group calls, or by default for sensitive calls, presupposes end-to-end encryption.
        new("encryption.endToEndMultiParty", v => v == FactValue.From(true), "encryption.endToEnd", v => v == FactValue.From("optional") || v == FactValue.From("default"), "one of \"optional\", \"default\""),
        new("encryption.endToEndDefaultForSensitiveCalls", v => v == FactValue.From(true), "encryption.endToEnd", v => v == FactValue.From("optional") || v == FactValue.From("default"), "one of \"optional\", \"default\""),

        // Administrators can require only what the service offers.
        new("authentication.administratorsCanRequireMultiFactor", v => v == FactValue.From(true), "authentication.multiFactor", v => v == FactValue.From("optional") || v == FactValue.From("required"), "one of \"optional\", \"required\""),

        // Consulting the regulator on what an assessment found presupposes the assessments.
        new("dataPractices.regulatorConsultation", v => v == FactValue.From(true), "dataPractices.privacyImpactAssessments", v => v == FactValue.From(true), "true"),
    ];

    /// <summary>The facts every implication names, for documentation and tests.</summary>
    internal static IEnumerable<(string When, string Requires, string Expected)> Pairs
    {
        get
        {
            foreach (var implication in Implications)
            {
                yield return (implication.When.Path, implication.Requires.Path, implication.Expected);
            }
        }
    }

    /// <summary>
    /// The pairs of stated facts that cannot both hold, and the facts to decide with: the stated
    /// ones less every fact in such a pair. Without a dispute, the same instance and an empty list.
    /// </summary>
    public static (ServiceFacts Facts, IReadOnlyList<FactDispute> Disputes) Check(ServiceFacts facts)
    {
        List<FactDispute>? disputes = null;
        foreach (var implication in Implications)
        {
            var when = implication.When.Read(facts);
            if (when.IsMissing || !implication.Holds(when))
            {
                continue;
            }

            var requires = implication.Requires.Read(facts);
            if (!requires.IsMissing && !implication.Follows(requires))
            {
                (disputes ??= []).Add(new FactDispute(implication.When, when, implication.Requires, requires, implication.Expected));
            }
        }

        if (disputes is null)
        {
            return (facts, []);
        }

        var decided = facts;
        foreach (var dispute in disputes)
        {
            decided = Without(Without(decided, dispute.Fact.Path), dispute.Other.Path);
        }

        return (decided, disputes.ToArray());
    }

    // Each fact an implication names (or that statements are read against, see
    // StatedAgainst), cleared. A new implication over another fact fails its test here
    // (FactConsistencyTests) until that fact is added.
    internal static ServiceFacts Without(ServiceFacts f, string path) => path switch
    {
        "features.recording" => f with { Features = f.Features with { Recording = null } },
        "features.transcription" => f with { Features = f.Features with { Transcription = null } },
        "features.storesContent" => f with { Features = f.Features with { StoresContent = null } },
        "features.liveStreaming" => f with { Features = f.Features with { LiveStreaming = null } },
        "dataPractices.attentionTracking" => f with { DataPractices = f.DataPractices with { AttentionTracking = null } },
        "meetingDefaults.joinAnnouncements" => f with { MeetingDefaults = f.MeetingDefaults with { JoinAnnouncements = null } },
        "meetingSecurity.passcodesByDefault" => f with { MeetingSecurity = f.MeetingSecurity with { PasscodesByDefault = null } },
        "meetingDefaults.waitingRoom" => f with { MeetingDefaults = f.MeetingDefaults with { WaitingRoom = null } },
        "meetingDefaults.audioMutedOnEntry" => f with { MeetingDefaults = f.MeetingDefaults with { AudioMutedOnEntry = null } },
        "meetingDefaults.videoOffOnEntry" => f with { MeetingDefaults = f.MeetingDefaults with { VideoOffOnEntry = null } },
        "meetingDefaults.recordingStartsAutomatically" => f with { MeetingDefaults = f.MeetingDefaults with { RecordingStartsAutomatically = null } },
        "meetingDefaults.transcriptionStartsAutomatically" => f with { MeetingDefaults = f.MeetingDefaults with { TranscriptionStartsAutomatically = null } },
        "dataPractices.contentRetentionDays" => f with { DataPractices = f.DataPractices with { ContentRetentionDays = null } },
        "dataPractices.regulatorConsultation" => f with { DataPractices = f.DataPractices with { RegulatorConsultation = null } },
        "dataPractices.privacyImpactAssessments" => f with { DataPractices = f.DataPractices with { PrivacyImpactAssessments = null } },
        "encryption.endToEnd" => f with { Encryption = f.Encryption with { EndToEnd = null } },
        "encryption.endToEndMultiParty" => f with { Encryption = f.Encryption with { EndToEndMultiParty = null } },
        "encryption.endToEndDefaultForSensitiveCalls" => f with { Encryption = f.Encryption with { EndToEndDefaultForSensitiveCalls = null } },
        "authentication.multiFactor" => f with { Authentication = f.Authentication with { MultiFactor = null } },
        "authentication.administratorsCanRequireMultiFactor" => f with { Authentication = f.Authentication with { AdministratorsCanRequireMultiFactor = null } },
        _ => throw new InvalidOperationException($"Fact '{path}' is named by an implication but cannot be cleared."),
    };

    private sealed class Implication(string when, Func<FactValue, bool> holds, string requires, Func<FactValue, bool> follows, string expected)
    {
        public FactDefinition When { get; } = Fact(when);

        public Func<FactValue, bool> Holds { get; } = holds;

        public FactDefinition Requires { get; } = Fact(requires);

        public Func<FactValue, bool> Follows { get; } = follows;

        public string Expected { get; } = expected;

        private static FactDefinition Fact(string path) =>
            FactCatalog.TryGet(path, out var fact) ? fact : throw new InvalidOperationException($"An implication names fact '{path}', which the catalogue does not have.");
    }
}

/// <summary>Two stated facts that cannot both hold: <paramref name="Fact"/> is <paramref name="Stated"/>, which needs <paramref name="Other"/> to be <paramref name="Expected"/>, but it is <paramref name="OtherStated"/>.</summary>
internal sealed record FactDispute(FactDefinition Fact, FactValue Stated, FactDefinition Other, FactValue OtherStated, string Expected)
{
    /// <summary>The fact stated against <paramref name="fact"/> in this dispute, with its value.</summary>
    public (FactDefinition Fact, FactValue Stated) Against(FactDefinition fact) =>
        ReferenceEquals(fact, Fact) ? (Other, OtherStated) : (Fact, Stated);
}
