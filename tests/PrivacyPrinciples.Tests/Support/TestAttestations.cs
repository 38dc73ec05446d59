using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Tests.Support;

/// <summary>A piece of evidence and what an answer cites it for.</summary>
internal readonly record struct Cited(Evidence Item, EvidencePurpose Shows);

/// <summary>Small attestations built in code, for tests that need exact control over one answer.</summary>
internal static class TestAttestations
{
    public static readonly DateTime EvaluationDate = new(2026, 11, 1);

    /// <summary>Every fact stated, each as the built-in rule set's checks want it: claims are corroborated unless a test says otherwise.</summary>
    public static readonly ServiceFacts GoodFacts = new()
    {
        Features = new FeatureFacts { Recording = true, Transcription = true, LiveStreaming = true, GuestAccess = true, StoresContent = true },
        Encryption = new EncryptionFacts
        {
            InTransit = true, EndToEnd = EndToEndEncryption.Default, EndToEndTiers = EndToEndTiers.All, EndToEndMultiParty = true, EndToEndDefaultForSensitiveCalls = true, AtRest = true,
        },
        Authentication = new AuthenticationFacts { MultiFactor = MultiFactorSupport.Required, AdministratorsCanRequireMultiFactor = true, StrongPasswordPolicy = true },
        MeetingSecurity = new MeetingSecurityFacts { UnguessableMeetingIds = true, PasscodesByDefault = true, HostCanLockMeetings = true },
        MeetingDefaults = new MeetingDefaultsFacts
        {
            JoinAnnouncements = true, ParticipantListVisibleToAll = true, AudioMutedOnEntry = true, VideoOffOnEntry = true, WaitingRoom = true,
            RecordingStartsAutomatically = false, TranscriptionStartsAutomatically = false,
        },
        SecurityOperations = new SecurityOperationsFacts
        {
            PenetrationTestIntervalMonths = 12, BugBountyProgramme = true, LeastPrivilegeAccess = true, AccessLogged = true, StaffTraining = true,
            SubprocessorContracts = true, CriticalPatchDays = 14, ClientUpdates = ClientUpdates.Automatic, BreachNotificationProcess = true,
        },
        DataPractices = new DataPracticesFacts
        {
            PrivacyImpactAssessments = true, RegulatorConsultation = true, AttentionTracking = false, RetentionPeriodsDefined = true, ContentRetentionDays = 90,
            PersonalInformationSecondaryUse = false, ContentUsedForAdvertising = false, ContentSold = false, ModelTraining = ModelTrainingUse.Never,
        },
        Transparency = new TransparencyFacts
        {
            PrivacyPolicyPublished = true, LayeredPrivacyNotice = true, JustInTimeNotices = true, SubprocessorsDisclosed = true, DataLocationsDisclosed = true,
            TransparencyReport = true, EncryptionDifferenceExplained = true, SecondaryUseNoticeUpfront = true, ChangesNotifiedInAdvance = true,
        },
        UserControls = new UserControlsFacts
        {
            RecordingIndicatorForAll = true, ParticipantsControlOwnMedia = true, HostModerationControls = true, SelfServiceDataExport = true,
            SelfServiceDeletion = true, OptionalProcessing = OptionalProcessingConsent.OptIn, ControlsForGuests = true,
        },
        AudienceSafeguards = new AudienceSafeguardsFacts
        {
            SensitiveContextsIdentified = true, TailoredGuidance = true, AgeAppropriateDesign = true, ChildrenProfiled = false, AdvertisingToChildren = false,
        },
    };

    /// <summary>No answers and no facts: every check is unknown.</summary>
    public static Attestation Empty(params Audience[] audiences) => new()
    {
        SchemaVersion = Attestation.CurrentSchemaVersion,
        Vendor = new VendorInfo { Id = "example-vendor", Name = "Example Vendor" },
        Service = new ServiceInfo { Name = "Example Meet" },
        AttestedOn = new DateTime(2026, 10, 1),
        Audiences = AudienceDeclarations.Serving(audiences),
    };

    /// <summary>No answers, and every fact stated as the checks want it.</summary>
    public static Attestation WithGoodFacts(params Audience[] audiences) => Empty(audiences) with { Facts = GoodFacts };

    public static Attestation With(this Attestation attestation, string id, Answer answer)
    {
        var answers = new Dictionary<string, Answer>(attestation.Answers, StringComparer.Ordinal) { [id] = answer };
        return attestation with { Answers = answers };
    }

    /// <summary>An answer with a statement of substance that names its expectation, citing <paramref name="evidence"/> (declared in the attestation as needed).</summary>
    public static Attestation With(this Attestation attestation, string id, AnswerStatus status, params Cited[] evidence)
    {
        var (declared, citations) = Declare(attestation, evidence);
        return (attestation with { Evidence = declared }).With(id, new Answer { Status = status, Statement = Statement(id), Evidence = citations });
    }

    /// <summary>Adds an answer's evidence to the attestation's declarations (once per id) and returns the citations.</summary>
    public static (IReadOnlyList<Evidence> Declared, IReadOnlyList<EvidenceCitation> Citations) Declare(Attestation attestation, IEnumerable<Cited> evidence)
    {
        var declared = attestation.Evidence.ToList();
        var citations = new List<EvidenceCitation>();
        foreach (var cited in evidence)
        {
            if (!declared.Any(e => e.Id == cited.Item.Id))
            {
                declared.Add(cited.Item);
            }

            citations.Add(new EvidenceCitation { Ref = cited.Item.Id, Shows = cited.Shows });
        }

        return (declared, citations);
    }

    /// <summary>A statement that passes the substance test, differs for every expectation and, for one of the built-in rule set, names what it is about (its title, whose words are not the statement's own, and words of its guidance beyond the title, since a restated title is the claim itself and names no measure).</summary>
    public static string Statement(string id) =>
        $"For {id}{About(id)}, filed as {Filed(id, 0)}, {Filed(id, 1)}, {Filed(id, 2)} and {Filed(id, 3)}, every desktop, mobile and browser client applies this measure on every plan, and our security team verifies the configuration weekly.";

    private static string About(string id) =>
        BuiltInRuleSets.VtcJointStatement2020.Expectations.FirstOrDefault(e => e.Id == id) is { } expectation
            ? " (" + expectation.Title.ToLowerInvariant() + ": " + string.Join(" ", GuidanceWords(expectation)) + ")"
            : string.Empty;

    // Five long words of the expectation's guidance (or rationale) its title does not hold, words of
    // its topic, less any that says something of a fact statements are read against ("recordings"
    // would say the service records where a test states that it does not).
    private static IEnumerable<string> GuidanceWords(Expectation expectation) =>
        (expectation.Guidance ?? expectation.Rationale).ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 7 && w.All(char.IsLetter) && !expectation.Title.Contains(w, StringComparison.OrdinalIgnoreCase))
            .Where(w => StatedAgainst.Read.All(fact => StatedAgainst.Says(w, fact) is null))
            .Distinct(StringComparer.Ordinal)
            .Take(5);

    // Four words that only this expectation's statement holds: its id spelled out in words (as
    // "sierraechocharliedashzeroone"), starting at the id's first, second, third or fourth character.
    // The rest of the statement is a template, and a template with fewer than four distinct words
    // no other statement holds is pasted, and earns nothing.
    private static string Filed(string id, int rotation) =>
        string.Concat(Enumerable.Range(0, id.Length).Select(i => id[(i + rotation) % id.Length] switch
        {
            var c and >= '0' and <= '9' => Digits[c - '0'],
            var c and >= 'A' and <= 'Z' => Letters[c - 'A'],
            var c and >= 'a' and <= 'z' => Letters[c - 'a'],
            _ => "dash",
        }));

    private static readonly string[] Digits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] Letters =
    [
        "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike", "november",
        "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu",
    ];

    /// <summary>
    /// Evidence of a kind the built-in rule set accepts for the purpose in every evidence class:
    /// documentation to show how it is achieved, monitoring to show how it is monitored, an
    /// independent audit (or, not independent, an internal audit) to validate it.
    /// </summary>
    /// <remarks>
    /// The id is made from the evidence's kind and dates, so tests can name it and the same evidence
    /// is declared once; the reference, unless given, from the id, so that different evidence is a
    /// different document.
    /// </remarks>
    public static Cited Evidence(EvidencePurpose shows, bool independent = false, DateTime? issued = null, DateTime? expires = null, string? reference = null, EvidenceKind? kind = null, string? id = null)
    {
        var chosen = kind ?? shows switch
        {
            EvidencePurpose.Achieve => EvidenceKind.Documentation,
            EvidencePurpose.Monitor => EvidenceKind.Monitoring,
            _ => independent ? EvidenceKind.IndependentAudit : EvidenceKind.InternalAudit,
        };
        var from = issued ?? new DateTime(2026, 1, 1);
        var evidenceId = id ?? string.Join("-", KindSlug(chosen), from.ToString("yyyyMMdd", CultureInfo.InvariantCulture), expires?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "open", independent ? "independent" : "own");
        return new(
            new Evidence
            {
                Id = evidenceId,
                Kind = chosen,
                Reference = reference ?? "https://example.example/evidence/" + evidenceId,
                Issued = from,
                Expires = expires,
                Independent = independent,
                Issuer = independent ? "Example Assurance LLP" : null,
            },
            shows);
    }

    /// <summary>
    /// Documentation of how expectation <paramref name="id"/> of the built-in rule set is achieved,
    /// declared under its own id (<c>documentation-sec-01</c>) at an address made of its title's
    /// words: a document about its measure. One page cited as how every measure is achieved says
    /// nothing of most, and earns nothing where it misses (see <c>EvidenceSubject</c>). (Not titled
    /// with the expectation's title: the statements name it, and a statement that lists its
    /// evidence's titles is the attestation's data, not the vendor's words.)
    /// </summary>
    public static Cited AchieveEvidenceFor(string id)
    {
        var title = BuiltInRuleSets.VtcJointStatement2020.Expectations.Single(e => e.Id == id).Title;
        var slug = string.Concat(title.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
        return Evidence(EvidencePurpose.Achieve, id: "documentation-" + id.ToLowerInvariant(), reference: "https://docs.example.example/" + slug);
    }

    private static string KindSlug(EvidenceKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
