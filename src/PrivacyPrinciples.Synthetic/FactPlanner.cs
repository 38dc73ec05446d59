using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// Chooses a service's facts so that each expectation's checks hold or fail as the generator
/// wants, reading the checks from the rule set (so custom rule sets work too). Every fact has a
/// small set of candidate values; a check narrows the candidates of the facts it names. Wishes
/// that conflict with earlier ones are dropped, and the generator then reads the truth back from
/// the chosen facts with the evaluator's own check semantics. Immutable after construction and
/// thread-safe; per-attestation state lives in the arrays passed around.
/// </summary>
internal sealed class FactPlanner
{
    // Plausible values of the numeric facts, before the thresholds the rule set's checks use are added.
    private static readonly Dictionary<string, (int Min, int Max, int[] Typical)> Numbers = new(StringComparer.Ordinal)
    {
        ["securityOperations.penetrationTestIntervalMonths"] = (1, 120, [6, 12, 18, 24, 36]),
        ["securityOperations.criticalPatchDays"] = (0, 3650, [3, 7, 14, 30, 45, 60, 90]),
        ["dataPractices.contentRetentionDays"] = (0, 36500, [30, 90, 180, 365, 730, 1095]),
    };

    private readonly FactDefinition[] _facts;
    private readonly FactValue[][] _candidates;
    private readonly ulong[] _full;
    private readonly Dictionary<string, Node> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactCheck> _checks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _slotsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _slotByPath = new(StringComparer.Ordinal);
    private readonly bool[] _checked;

    public FactPlanner(RuleSet ruleSet)
    {
        _facts = [.. FactCatalog.All];
        var index = _slotByPath;
        for (var i = 0; i < _facts.Length; i++)
        {
            index[_facts[i].Path] = i;
        }

        var active = ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).ToArray();
        var leaves = active.SelectMany(e => Leaves(e.Checks)).ToArray();
        _candidates = new FactValue[_facts.Length][];
        _full = new ulong[_facts.Length];
        for (var i = 0; i < _facts.Length; i++)
        {
            _candidates[i] = CandidatesOf(_facts[i], leaves.Where(l => l.Fact == _facts[i].Path));
            _full[i] = _candidates[i].Length == 64 ? ulong.MaxValue : (1UL << _candidates[i].Length) - 1;
        }

        foreach (var expectation in active)
        {
            _checks[expectation.Id] = FactCheck.All(expectation.Checks);
            _plans[expectation.Id] = new AllOf(expectation.Checks.Select(c => Compile(c, index)).ToArray());
            _slotsOf[expectation.Id] = Leaves(expectation.Checks).Select(l => index[l.Fact!]).Distinct().ToArray();
        }

        _checked = new bool[_facts.Length];
        foreach (var slot in _slotsOf.Values.SelectMany(s => s))
        {
            _checked[slot] = true;
        }
    }

    /// <summary>The slot of the fact at <paramref name="path"/>, or -1.</summary>
    public int SlotOf(string path) => _slotByPath.TryGetValue(path, out var slot) ? slot : -1;

    /// <summary>Whether a check of any active expectation names fact <paramref name="slot"/>.</summary>
    public bool IsChecked(int slot) => _checked[slot];

    /// <summary>The facts an expectation's checks name, as slots.</summary>
    public IReadOnlyList<int> SlotsOf(string expectationId) => _slotsOf.TryGetValue(expectationId, out var slots) ? slots : [];

    /// <summary>
    /// Chooses a value for every fact so that, as far as they agree with each other, the checks of
    /// each wished expectation hold (<see langword="true"/>) or fail (<see langword="false"/>).
    /// Wishes are granted in order; one that conflicts with those before it is dropped.
    /// </summary>
    public FactValue[] Choose(IEnumerable<KeyValuePair<string, bool>> wishes, SyntheticRandom random)
    {
        var domains = (ulong[])_full.Clone();
        var scratch = new ulong[domains.Length];
        foreach (var wish in wishes)
        {
            if (!_plans.TryGetValue(wish.Key, out var plan))
            {
                continue;
            }

            Array.Copy(domains, scratch, domains.Length);
            if (!(wish.Value ? plan.TryHold(scratch, random) : plan.TryFail(scratch, random)))
            {
                continue;
            }

            Array.Copy(scratch, domains, domains.Length);
        }

        var values = new FactValue[domains.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _candidates[i][PickBit(domains[i], random)];
        }

        return values;
    }

    /// <summary>Whether an expectation's checks hold, fail or cannot be decided on these facts, exactly as the evaluator decides it.</summary>
    public CheckVerdict Verdict(string expectationId, ServiceFacts facts) =>
        _checks.TryGetValue(expectationId, out var check) ? check.Evaluate(facts) : CheckVerdict.Holds;

    /// <summary>Builds the facts from values in <see cref="FactCatalog.All"/> order; a fact whose flag in <paramref name="stated"/> is false is left unstated.</summary>
    public ServiceFacts Build(FactValue[] values, bool[]? stated = null)
    {
        var byPath = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (stated is null || stated[i])
            {
                byPath[_facts[i].Path] = values[i];
            }
        }

        return Build(path => byPath.TryGetValue(path, out var value) ? value : FactValue.Missing);
    }

    /// <summary>
    /// Builds a service's facts from a value per catalogue path. Every path of
    /// <see cref="FactCatalog.All"/> is read here once; a test proves none is missed.
    /// </summary>
    internal static ServiceFacts Build(Func<string, FactValue> value)
    {
        return new ServiceFacts
        {
            Features = new FeatureFacts
            {
                Recording = Flag("features.recording"),
                Transcription = Flag("features.transcription"),
                LiveStreaming = Flag("features.liveStreaming"),
                GuestAccess = Flag("features.guestAccess"),
                StoresContent = Flag("features.storesContent"),
            },
            Encryption = new EncryptionFacts
            {
                InTransit = Flag("encryption.inTransit"),
                EndToEnd = Choice<EndToEndEncryption>("encryption.endToEnd"),
                EndToEndTiers = Choice<EndToEndTiers>("encryption.endToEndTiers"),
                EndToEndMultiParty = Flag("encryption.endToEndMultiParty"),
                EndToEndDefaultForSensitiveCalls = Flag("encryption.endToEndDefaultForSensitiveCalls"),
                AtRest = Flag("encryption.atRest"),
            },
            Authentication = new AuthenticationFacts
            {
                MultiFactor = Choice<MultiFactorSupport>("authentication.multiFactor"),
                AdministratorsCanRequireMultiFactor = Flag("authentication.administratorsCanRequireMultiFactor"),
                StrongPasswordPolicy = Flag("authentication.strongPasswordPolicy"),
            },
            MeetingSecurity = new MeetingSecurityFacts
            {
                UnguessableMeetingIds = Flag("meetingSecurity.unguessableMeetingIds"),
                PasscodesByDefault = Flag("meetingSecurity.passcodesByDefault"),
                HostCanLockMeetings = Flag("meetingSecurity.hostCanLockMeetings"),
            },
            MeetingDefaults = new MeetingDefaultsFacts
            {
                JoinAnnouncements = Flag("meetingDefaults.joinAnnouncements"),
                ParticipantListVisibleToAll = Flag("meetingDefaults.participantListVisibleToAll"),
                AudioMutedOnEntry = Flag("meetingDefaults.audioMutedOnEntry"),
                VideoOffOnEntry = Flag("meetingDefaults.videoOffOnEntry"),
                WaitingRoom = Flag("meetingDefaults.waitingRoom"),
                RecordingStartsAutomatically = Flag("meetingDefaults.recordingStartsAutomatically"),
                TranscriptionStartsAutomatically = Flag("meetingDefaults.transcriptionStartsAutomatically"),
            },
            SecurityOperations = new SecurityOperationsFacts
            {
                PenetrationTestIntervalMonths = Number("securityOperations.penetrationTestIntervalMonths"),
                BugBountyProgramme = Flag("securityOperations.bugBountyProgramme"),
                LeastPrivilegeAccess = Flag("securityOperations.leastPrivilegeAccess"),
                AccessLogged = Flag("securityOperations.accessLogged"),
                StaffTraining = Flag("securityOperations.staffTraining"),
                SubprocessorContracts = Flag("securityOperations.subprocessorContracts"),
                CriticalPatchDays = Number("securityOperations.criticalPatchDays"),
                ClientUpdates = Choice<ClientUpdates>("securityOperations.clientUpdates"),
                BreachNotificationProcess = Flag("securityOperations.breachNotificationProcess"),
            },
            DataPractices = new DataPracticesFacts
            {
                PrivacyImpactAssessments = Flag("dataPractices.privacyImpactAssessments"),
                RegulatorConsultation = Flag("dataPractices.regulatorConsultation"),
                AttentionTracking = Flag("dataPractices.attentionTracking"),
                RetentionPeriodsDefined = Flag("dataPractices.retentionPeriodsDefined"),
                ContentRetentionDays = Number("dataPractices.contentRetentionDays"),
                PersonalInformationSecondaryUse = Flag("dataPractices.personalInformationSecondaryUse"),
                ContentUsedForAdvertising = Flag("dataPractices.contentUsedForAdvertising"),
                ContentSold = Flag("dataPractices.contentSold"),
                ModelTraining = Choice<ModelTrainingUse>("dataPractices.modelTraining"),
            },
            Transparency = new TransparencyFacts
            {
                PrivacyPolicyPublished = Flag("transparency.privacyPolicyPublished"),
                LayeredPrivacyNotice = Flag("transparency.layeredPrivacyNotice"),
                JustInTimeNotices = Flag("transparency.justInTimeNotices"),
                SubprocessorsDisclosed = Flag("transparency.subprocessorsDisclosed"),
                DataLocationsDisclosed = Flag("transparency.dataLocationsDisclosed"),
                TransparencyReport = Flag("transparency.transparencyReport"),
                EncryptionDifferenceExplained = Flag("transparency.encryptionDifferenceExplained"),
                SecondaryUseNoticeUpfront = Flag("transparency.secondaryUseNoticeUpfront"),
                ChangesNotifiedInAdvance = Flag("transparency.changesNotifiedInAdvance"),
            },
            UserControls = new UserControlsFacts
            {
                RecordingIndicatorForAll = Flag("userControls.recordingIndicatorForAll"),
                ParticipantsControlOwnMedia = Flag("userControls.participantsControlOwnMedia"),
                HostModerationControls = Flag("userControls.hostModerationControls"),
                SelfServiceDataExport = Flag("userControls.selfServiceDataExport"),
                SelfServiceDeletion = Flag("userControls.selfServiceDeletion"),
                OptionalProcessing = Choice<OptionalProcessingConsent>("userControls.optionalProcessing"),
                ControlsForGuests = Flag("userControls.controlsForGuests"),
            },
            AudienceSafeguards = new AudienceSafeguardsFacts
            {
                SensitiveContextsIdentified = Flag("audienceSafeguards.sensitiveContextsIdentified"),
                TailoredGuidance = Flag("audienceSafeguards.tailoredGuidance"),
                AgeAppropriateDesign = Flag("audienceSafeguards.ageAppropriateDesign"),
                ChildrenProfiled = Flag("audienceSafeguards.childrenProfiled"),
                AdvertisingToChildren = Flag("audienceSafeguards.advertisingToChildren"),
            },
        };

        bool? Flag(string path) => value(path) is { Kind: FactValueKind.Boolean } v ? v.AsBoolean : null;

        int? Number(string path) => value(path) is { Kind: FactValueKind.Number } v ? (int)v.AsNumber : null;

        TEnum? Choice<TEnum>(string path)
            where TEnum : struct, Enum => value(path) is { Kind: FactValueKind.Text } v ? ChoiceNames<TEnum>.Parse(v.AsText) : null;
    }

    private static int PickBit(ulong mask, SyntheticRandom random)
    {
        var count = 0;
        for (var m = mask; m != 0; m &= m - 1)
        {
            count++;
        }

        var k = random.Next(count);
        for (var bit = 0; bit < 64; bit++)
        {
            if ((mask & (1UL << bit)) != 0 && k-- == 0)
            {
                return bit;
            }
        }

        throw new InvalidOperationException("A fact has no candidate value left.");
    }

    private static FactValue[] CandidatesOf(FactDefinition fact, IEnumerable<Condition> leaves) => fact.Type switch
    {
        FactType.Boolean => [FactValue.From(true), FactValue.From(false)],
        FactType.Choice => [.. fact.Choices.Select(FactValue.From)],
        _ => NumberCandidates(fact.Path, leaves),
    };

    private static FactValue[] NumberCandidates(string path, IEnumerable<Condition> leaves)
    {
        var (min, max, typical) = Numbers.TryGetValue(path, out var known) ? known : (0, 100_000, new[] { 1, 12, 30, 90, 365 });
        var values = new SortedSet<int>(typical);
        foreach (var leaf in leaves)
        {
            // The thresholds themselves and their neighbours, so that every check can both hold and fail.
            foreach (var literal in (leaf.In ?? []).Append(leaf.EqualTo ?? FactValue.Missing).Where(v => v.Kind == FactValueKind.Number))
            {
                Add(literal.AsNumber);
            }

            if (leaf.AtMost is double atMost)
            {
                Add(Math.Floor(atMost));
                Add(Math.Floor(atMost) + 1);
            }

            if (leaf.AtLeast is double atLeast)
            {
                Add(Math.Ceiling(atLeast));
                Add(Math.Ceiling(atLeast) - 1);
            }
        }

        return [.. values.Take(64).Select(v => FactValue.From(v))];

        void Add(double number)
        {
            if (number >= min && number <= max && number == Math.Floor(number))
            {
                values.Add((int)number);
            }
        }
    }

    private Node Compile(Condition condition, Dictionary<string, int> index)
    {
        if (condition.AllOf is not null)
        {
            return new AllOf(condition.AllOf.Select(c => Compile(c, index)).ToArray());
        }

        if (condition.AnyOf is not null)
        {
            return new AnyOf(condition.AnyOf.Select(c => Compile(c, index)).ToArray());
        }

        // Which candidates pass the test, decided by the evaluator's own check on a service that states only this fact.
        var slot = index[condition.Fact!];
        var check = FactCheck.All([condition]);
        var holds = 0UL;
        for (var i = 0; i < _candidates[slot].Length; i++)
        {
            var candidate = _candidates[slot][i];
            var facts = Build(path => string.Equals(path, condition.Fact, StringComparison.Ordinal) ? candidate : FactValue.Missing);
            if (check.Evaluate(facts) == CheckVerdict.Holds)
            {
                holds |= 1UL << i;
            }
        }

        return new Test(slot, holds, _full[slot]);
    }

    private static IEnumerable<Condition> Leaves(IEnumerable<Condition> conditions) =>
        conditions.SelectMany(c => c.AllOf is not null ? Leaves(c.AllOf) : c.AnyOf is not null ? Leaves(c.AnyOf) : [c]);

    /// <summary>A check compiled to narrow candidate sets; both methods leave <c>domains</c> in an undefined state when they return false.</summary>
    private abstract class Node
    {
        public abstract bool TryHold(ulong[] domains, SyntheticRandom random);

        public abstract bool TryFail(ulong[] domains, SyntheticRandom random);

        // Tries the children in a random order; the first that succeeds wins.
        protected static bool TryOne(Node[] children, ulong[] domains, SyntheticRandom random, bool hold)
        {
            var order = Enumerable.Range(0, children.Length).ToArray();
            random.Shuffle(order);
            var saved = (ulong[])domains.Clone();
            foreach (var i in order)
            {
                if (hold ? children[i].TryHold(domains, random) : children[i].TryFail(domains, random))
                {
                    return true;
                }

                Array.Copy(saved, domains, saved.Length);
            }

            return false;
        }
    }

    private sealed class Test(int slot, ulong holds, ulong full) : Node
    {
        public override bool TryHold(ulong[] domains, SyntheticRandom random) => (domains[slot] &= holds) != 0;

        public override bool TryFail(ulong[] domains, SyntheticRandom random) => (domains[slot] &= full & ~holds) != 0;
    }

    private sealed class AllOf(Node[] children) : Node
    {
        public override bool TryHold(ulong[] domains, SyntheticRandom random) => children.All(c => c.TryHold(domains, random));

        public override bool TryFail(ulong[] domains, SyntheticRandom random) => TryOne(children, domains, random, hold: false);
    }

    private sealed class AnyOf(Node[] children) : Node
    {
        public override bool TryHold(ulong[] domains, SyntheticRandom random) => TryOne(children, domains, random, hold: true);

        public override bool TryFail(ulong[] domains, SyntheticRandom random) => children.All(c => c.TryFail(domains, random));
    }

    /// <summary>Enumeration values by their JSON spelling.</summary>
    private static class ChoiceNames<TEnum>
        where TEnum : struct, Enum
    {
#if NET
        private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>().ToDictionary(v => PrivacyPrinciplesJson.NameOf(v), StringComparer.Ordinal);
#else
        private static readonly Dictionary<string, TEnum> ByName = ((TEnum[])Enum.GetValues(typeof(TEnum))).ToDictionary(v => PrivacyPrinciplesJson.NameOf(v), StringComparer.Ordinal);
#endif

        public static TEnum? Parse(string name) => ByName.TryGetValue(name, out var value) ? value : null;
    }
}
