using System;
using System.Collections.Generic;
using System.Text.Json;
using static PrivacyPrinciples.Serialization.Json.Bind;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// Binds an attestation that the one-pass check has accepted straight from its bytes: one forward
/// pass with no contract metadata, no reflection and no intermediate strings for names, dates or
/// enumeration values. It gives exactly the value System.Text.Json's binding gives
/// (<c>OnePassReadingTests</c> compare the two on every fixture and thousands of mutations), and
/// gives up (null) on anything it was not written for, such as an escaped property name, which
/// System.Text.Json then binds.
/// </summary>
internal static class AttestationBinder
{
    public static Attestation? TryBind(ReadOnlySpan<byte> utf8) => Document(utf8, ReadAttestation);

    private static Attestation ReadAttestation(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? schemaVersion = null;
        RuleSetReference? ruleSet = null;
        AssessmentInfo? assessment = null;
        VendorInfo? vendor = null;
        ServiceInfo? service = null;
        DateTime? attestedOn = null;
        AudienceDeclarations? audiences = null;
        ServiceFacts? facts = null;
        string[]? undeterminedFacts = null;
        Evidence[]? evidence = null;
        Dictionary<string, Answer>? answers = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "answers"u8))
            {
                answers = NextIsNull(ref reader) ? null : ReadAnswers(ref reader);
            }
            else if (Is(ref reader, "evidence"u8))
            {
                evidence = NextIsNull(ref reader) ? null : ReadEvidence(ref reader);
            }
            else if (Is(ref reader, "facts"u8))
            {
                facts = NextIsNull(ref reader) ? null : ReadFacts(ref reader);
            }
            else if (Is(ref reader, "schemaVersion"u8))
            {
                schemaVersion = Text(ref reader);
            }
            else if (Is(ref reader, "ruleSet"u8))
            {
                ruleSet = NextIsNull(ref reader) ? null : ReadRuleSet(ref reader);
            }
            else if (Is(ref reader, "assessment"u8))
            {
                assessment = NextIsNull(ref reader) ? null : ReadAssessment(ref reader);
            }
            else if (Is(ref reader, "vendor"u8))
            {
                vendor = NextIsNull(ref reader) ? null : ReadVendor(ref reader);
            }
            else if (Is(ref reader, "service"u8))
            {
                service = NextIsNull(ref reader) ? null : ReadService(ref reader);
            }
            else if (Is(ref reader, "attestedOn"u8))
            {
                attestedOn = Date(ref reader);
            }
            else if (Is(ref reader, "audiences"u8))
            {
                audiences = NextIsNull(ref reader) ? null : ReadAudiences(ref reader);
            }
            else if (Is(ref reader, "undeterminedFacts"u8))
            {
                undeterminedFacts = OptionalTexts(ref reader);
            }
            else if (Is(ref reader, "$schema"u8))
            {
                // Where an editor finds the schema: binding has no property for it.
                SkipValue(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new Attestation
        {
            SchemaVersion = schemaVersion ?? throw new Unexpected(),
            RuleSet = ruleSet,
            Assessment = assessment,
            Vendor = vendor ?? throw new Unexpected(),
            Service = service ?? throw new Unexpected(),
            AttestedOn = attestedOn ?? throw new Unexpected(),
            Audiences = audiences ?? throw new Unexpected(),
            Facts = facts!,
            UndeterminedFacts = undeterminedFacts!,
            Evidence = evidence!,
            Answers = answers!,
        };
    }

    private static Dictionary<string, Answer> ReadAnswers(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        var answers = new Dictionary<string, Answer>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return answers;
            }

            // Any name is an answer's key, escaped or not; the one-pass check has refused duplicates.
            var key = reader.GetString()!;
            Next(ref reader);
            if (answers.ContainsKey(key))
            {
                throw new Unexpected();
            }

            answers.Add(key, ReadAnswer(ref reader));
        }
    }

    private static Answer ReadAnswer(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        AnswerStatus? status = null;
        string? statement = null;
        ImplementationScope? scope = null;
        DateTime? plannedFor = null;
        string? justification = null;
        string? guidance = null;
        EvidenceCitation[]? citations = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "status"u8))
            {
                status = Enum<AnswerStatus>(ref reader);
            }
            else if (Is(ref reader, "statement"u8))
            {
                statement = OptionalText(ref reader);
            }
            else if (Is(ref reader, "evidence"u8))
            {
                citations = NextIsNull(ref reader) ? null : ReadCitations(ref reader);
            }
            else if (Is(ref reader, "justification"u8))
            {
                justification = OptionalText(ref reader);
            }
            else if (Is(ref reader, "scope"u8))
            {
                scope = NextIsNull(ref reader) ? null : ReadScope(ref reader);
            }
            else if (Is(ref reader, "plannedFor"u8))
            {
                plannedFor = OptionalDate(ref reader);
            }
            else if (Is(ref reader, "guidance"u8))
            {
                guidance = OptionalText(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new Answer
        {
            Status = status ?? throw new Unexpected(),
            Statement = statement,
            Scope = scope,
            PlannedFor = plannedFor,
            Justification = justification,
            Guidance = guidance,
            Evidence = citations!,
        };
    }

    private static EvidenceCitation[] ReadCitations(ref Utf8JsonReader reader)
    {
        return ArrayOf(ref reader, static (ref Utf8JsonReader item) =>
        {
            StartObject(ref item);
            string? reference = null;
            EvidencePurpose? shows = null;
            while (NextProperty(ref item))
            {
                if (Is(ref item, "ref"u8))
                {
                    reference = Text(ref item);
                }
                else if (Is(ref item, "shows"u8))
                {
                    shows = Enum<EvidencePurpose>(ref item);
                }
                else
                {
                    SkipValue(ref item);
                }
            }

            return new EvidenceCitation { Ref = reference ?? throw new Unexpected(), Shows = shows ?? throw new Unexpected() };
        });
    }

    private static Evidence[] ReadEvidence(ref Utf8JsonReader reader)
    {
        return ArrayOf(ref reader, static (ref Utf8JsonReader item) =>
        {
            StartObject(ref item);
            string? id = null;
            EvidenceKind? kind = null;
            string? reference = null;
            string? title = null;
            DateTime? issued = null;
            DateTime? expires = null;
            var independent = false;
            string? issuer = null;
            while (NextProperty(ref item))
            {
                if (Is(ref item, "id"u8))
                {
                    id = Text(ref item);
                }
                else if (Is(ref item, "kind"u8))
                {
                    kind = Enum<EvidenceKind>(ref item);
                }
                else if (Is(ref item, "reference"u8))
                {
                    reference = Text(ref item);
                }
                else if (Is(ref item, "title"u8))
                {
                    title = OptionalText(ref item);
                }
                else if (Is(ref item, "issued"u8))
                {
                    issued = Date(ref item);
                }
                else if (Is(ref item, "expires"u8))
                {
                    expires = OptionalDate(ref item);
                }
                else if (Is(ref item, "independent"u8))
                {
                    independent = Boolean(ref item);
                }
                else if (Is(ref item, "issuer"u8))
                {
                    issuer = OptionalText(ref item);
                }
                else
                {
                    SkipValue(ref item);
                }
            }

            return new Evidence
            {
                Id = id ?? throw new Unexpected(),
                Kind = kind ?? throw new Unexpected(),
                Reference = reference ?? throw new Unexpected(),
                Title = title,
                Issued = issued ?? throw new Unexpected(),
                Expires = expires,
                Independent = independent,
                Issuer = issuer,
            };
        });
    }

    private static ImplementationScope ReadScope(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? description = null;
        string[]? tiers = null;
        string[]? products = null;
        string[]? platforms = null;
        bool? requiresAdminAction = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "description"u8))
            {
                description = OptionalText(ref reader);
            }
            else if (Is(ref reader, "tiers"u8))
            {
                tiers = OptionalTexts(ref reader);
            }
            else if (Is(ref reader, "products"u8))
            {
                products = OptionalTexts(ref reader);
            }
            else if (Is(ref reader, "platforms"u8))
            {
                platforms = OptionalTexts(ref reader);
            }
            else if (Is(ref reader, "requiresAdminAction"u8))
            {
                requiresAdminAction = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new ImplementationScope { Description = description, Tiers = tiers!, Products = products!, Platforms = platforms!, RequiresAdminAction = requiresAdminAction };
    }

    private static RuleSetReference ReadRuleSet(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? id = null;
        string? version = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "version"u8))
            {
                version = OptionalText(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new RuleSetReference { Id = id ?? throw new Unexpected(), Version = version };
    }

    private static AssessmentInfo ReadAssessment(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        AssessingParty? by = null;
        string? assessor = null;
        string? method = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "by"u8))
            {
                by = Enum<AssessingParty>(ref reader);
            }
            else if (Is(ref reader, "assessor"u8))
            {
                assessor = OptionalText(ref reader);
            }
            else if (Is(ref reader, "method"u8))
            {
                method = OptionalText(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new AssessmentInfo { By = by ?? throw new Unexpected(), Assessor = assessor, Method = method };
    }

    private static VendorInfo ReadVendor(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? id = null;
        string? name = null;
        string? contact = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "name"u8))
            {
                name = Text(ref reader);
            }
            else if (Is(ref reader, "contact"u8))
            {
                contact = OptionalText(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new VendorInfo { Id = id ?? throw new Unexpected(), Name = name ?? throw new Unexpected(), Contact = contact };
    }

    private static ServiceInfo ReadService(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? name = null;
        string? tier = null;
        string? description = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "name"u8))
            {
                name = Text(ref reader);
            }
            else if (Is(ref reader, "tier"u8))
            {
                tier = OptionalText(ref reader);
            }
            else if (Is(ref reader, "description"u8))
            {
                description = OptionalText(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new ServiceInfo { Name = name ?? throw new Unexpected(), Tier = tier, Description = description };
    }

    private static AudienceDeclarations ReadAudiences(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? consumers = null, business = null, education = null, health = null, children = null, government = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "consumers"u8))
            {
                consumers = Boolean(ref reader);
            }
            else if (Is(ref reader, "business"u8))
            {
                business = Boolean(ref reader);
            }
            else if (Is(ref reader, "education"u8))
            {
                education = Boolean(ref reader);
            }
            else if (Is(ref reader, "health"u8))
            {
                health = Boolean(ref reader);
            }
            else if (Is(ref reader, "children"u8))
            {
                children = Boolean(ref reader);
            }
            else if (Is(ref reader, "government"u8))
            {
                government = Boolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new AudienceDeclarations
        {
            Consumers = consumers ?? throw new Unexpected(),
            Business = business ?? throw new Unexpected(),
            Education = education ?? throw new Unexpected(),
            Health = health ?? throw new Unexpected(),
            Children = children ?? throw new Unexpected(),
            Government = government ?? throw new Unexpected(),
        };
    }

    // The facts: one reader per group, in the model's order, written out property by property
    // rather than driven by a table, so every fact is set through the record's own initializer and
    // the compiler checks its type. A fact added to the model without a line here makes the binder
    // give up on documents that state it (AttestationBinderTests.EveryPropertyOfTheModel_HasABinder
    // fails), never drop it. A group left out, or null, is an empty group: the records' setters say so.
    private static ServiceFacts ReadFacts(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        FeatureFacts? features = null;
        EncryptionFacts? encryption = null;
        AuthenticationFacts? authentication = null;
        MeetingSecurityFacts? meetingSecurity = null;
        MeetingDefaultsFacts? meetingDefaults = null;
        SecurityOperationsFacts? securityOperations = null;
        DataPracticesFacts? dataPractices = null;
        TransparencyFacts? transparency = null;
        UserControlsFacts? userControls = null;
        AudienceSafeguardsFacts? audienceSafeguards = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "features"u8))
            {
                features = NextIsNull(ref reader) ? null : ReadFeatures(ref reader);
            }
            else if (Is(ref reader, "encryption"u8))
            {
                encryption = NextIsNull(ref reader) ? null : ReadEncryption(ref reader);
            }
            else if (Is(ref reader, "authentication"u8))
            {
                authentication = NextIsNull(ref reader) ? null : ReadAuthentication(ref reader);
            }
            else if (Is(ref reader, "meetingSecurity"u8))
            {
                meetingSecurity = NextIsNull(ref reader) ? null : ReadMeetingSecurity(ref reader);
            }
            else if (Is(ref reader, "meetingDefaults"u8))
            {
                meetingDefaults = NextIsNull(ref reader) ? null : ReadMeetingDefaults(ref reader);
            }
            else if (Is(ref reader, "securityOperations"u8))
            {
                securityOperations = NextIsNull(ref reader) ? null : ReadSecurityOperations(ref reader);
            }
            else if (Is(ref reader, "dataPractices"u8))
            {
                dataPractices = NextIsNull(ref reader) ? null : ReadDataPractices(ref reader);
            }
            else if (Is(ref reader, "transparency"u8))
            {
                transparency = NextIsNull(ref reader) ? null : ReadTransparency(ref reader);
            }
            else if (Is(ref reader, "userControls"u8))
            {
                userControls = NextIsNull(ref reader) ? null : ReadUserControls(ref reader);
            }
            else if (Is(ref reader, "audienceSafeguards"u8))
            {
                audienceSafeguards = NextIsNull(ref reader) ? null : ReadAudienceSafeguards(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new ServiceFacts
        {
            Features = features!,
            Encryption = encryption!,
            Authentication = authentication!,
            MeetingSecurity = meetingSecurity!,
            MeetingDefaults = meetingDefaults!,
            SecurityOperations = securityOperations!,
            DataPractices = dataPractices!,
            Transparency = transparency!,
            UserControls = userControls!,
            AudienceSafeguards = audienceSafeguards!,
        };
    }

    private static FeatureFacts ReadFeatures(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? recording = null;
        bool? transcription = null;
        bool? liveStreaming = null;
        bool? guestAccess = null;
        bool? storesContent = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "recording"u8))
            {
                recording = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "transcription"u8))
            {
                transcription = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "liveStreaming"u8))
            {
                liveStreaming = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "guestAccess"u8))
            {
                guestAccess = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "storesContent"u8))
            {
                storesContent = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new FeatureFacts
        {
            Recording = recording,
            Transcription = transcription,
            LiveStreaming = liveStreaming,
            GuestAccess = guestAccess,
            StoresContent = storesContent,
        };
    }

    private static EncryptionFacts ReadEncryption(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? inTransit = null;
        EndToEndEncryption? endToEnd = null;
        EndToEndTiers? endToEndTiers = null;
        bool? endToEndMultiParty = null;
        bool? endToEndDefaultForSensitiveCalls = null;
        bool? atRest = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "inTransit"u8))
            {
                inTransit = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "endToEnd"u8))
            {
                endToEnd = OptionalEnum<EndToEndEncryption>(ref reader);
            }
            else if (Is(ref reader, "endToEndTiers"u8))
            {
                endToEndTiers = OptionalEnum<EndToEndTiers>(ref reader);
            }
            else if (Is(ref reader, "endToEndMultiParty"u8))
            {
                endToEndMultiParty = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "endToEndDefaultForSensitiveCalls"u8))
            {
                endToEndDefaultForSensitiveCalls = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "atRest"u8))
            {
                atRest = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new EncryptionFacts
        {
            InTransit = inTransit,
            EndToEnd = endToEnd,
            EndToEndTiers = endToEndTiers,
            EndToEndMultiParty = endToEndMultiParty,
            EndToEndDefaultForSensitiveCalls = endToEndDefaultForSensitiveCalls,
            AtRest = atRest,
        };
    }

    private static AuthenticationFacts ReadAuthentication(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        MultiFactorSupport? multiFactor = null;
        bool? administratorsCanRequireMultiFactor = null;
        bool? strongPasswordPolicy = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "multiFactor"u8))
            {
                multiFactor = OptionalEnum<MultiFactorSupport>(ref reader);
            }
            else if (Is(ref reader, "administratorsCanRequireMultiFactor"u8))
            {
                administratorsCanRequireMultiFactor = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "strongPasswordPolicy"u8))
            {
                strongPasswordPolicy = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new AuthenticationFacts
        {
            MultiFactor = multiFactor,
            AdministratorsCanRequireMultiFactor = administratorsCanRequireMultiFactor,
            StrongPasswordPolicy = strongPasswordPolicy,
        };
    }

    private static MeetingSecurityFacts ReadMeetingSecurity(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? unguessableMeetingIds = null;
        bool? passcodesByDefault = null;
        bool? hostCanLockMeetings = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "unguessableMeetingIds"u8))
            {
                unguessableMeetingIds = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "passcodesByDefault"u8))
            {
                passcodesByDefault = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "hostCanLockMeetings"u8))
            {
                hostCanLockMeetings = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new MeetingSecurityFacts
        {
            UnguessableMeetingIds = unguessableMeetingIds,
            PasscodesByDefault = passcodesByDefault,
            HostCanLockMeetings = hostCanLockMeetings,
        };
    }

    private static MeetingDefaultsFacts ReadMeetingDefaults(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? joinAnnouncements = null;
        bool? participantListVisibleToAll = null;
        bool? audioMutedOnEntry = null;
        bool? videoOffOnEntry = null;
        bool? waitingRoom = null;
        bool? recordingStartsAutomatically = null;
        bool? transcriptionStartsAutomatically = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "joinAnnouncements"u8))
            {
                joinAnnouncements = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "participantListVisibleToAll"u8))
            {
                participantListVisibleToAll = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "audioMutedOnEntry"u8))
            {
                audioMutedOnEntry = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "videoOffOnEntry"u8))
            {
                videoOffOnEntry = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "waitingRoom"u8))
            {
                waitingRoom = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "recordingStartsAutomatically"u8))
            {
                recordingStartsAutomatically = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "transcriptionStartsAutomatically"u8))
            {
                transcriptionStartsAutomatically = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new MeetingDefaultsFacts
        {
            JoinAnnouncements = joinAnnouncements,
            ParticipantListVisibleToAll = participantListVisibleToAll,
            AudioMutedOnEntry = audioMutedOnEntry,
            VideoOffOnEntry = videoOffOnEntry,
            WaitingRoom = waitingRoom,
            RecordingStartsAutomatically = recordingStartsAutomatically,
            TranscriptionStartsAutomatically = transcriptionStartsAutomatically,
        };
    }

    private static SecurityOperationsFacts ReadSecurityOperations(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        int? penetrationTestIntervalMonths = null;
        bool? bugBountyProgramme = null;
        bool? leastPrivilegeAccess = null;
        bool? accessLogged = null;
        bool? staffTraining = null;
        bool? subprocessorContracts = null;
        int? criticalPatchDays = null;
        ClientUpdates? clientUpdates = null;
        bool? breachNotificationProcess = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "penetrationTestIntervalMonths"u8))
            {
                penetrationTestIntervalMonths = OptionalWholeNumber(ref reader);
            }
            else if (Is(ref reader, "bugBountyProgramme"u8))
            {
                bugBountyProgramme = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "leastPrivilegeAccess"u8))
            {
                leastPrivilegeAccess = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "accessLogged"u8))
            {
                accessLogged = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "staffTraining"u8))
            {
                staffTraining = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "subprocessorContracts"u8))
            {
                subprocessorContracts = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "criticalPatchDays"u8))
            {
                criticalPatchDays = OptionalWholeNumber(ref reader);
            }
            else if (Is(ref reader, "clientUpdates"u8))
            {
                clientUpdates = OptionalEnum<ClientUpdates>(ref reader);
            }
            else if (Is(ref reader, "breachNotificationProcess"u8))
            {
                breachNotificationProcess = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new SecurityOperationsFacts
        {
            PenetrationTestIntervalMonths = penetrationTestIntervalMonths,
            BugBountyProgramme = bugBountyProgramme,
            LeastPrivilegeAccess = leastPrivilegeAccess,
            AccessLogged = accessLogged,
            StaffTraining = staffTraining,
            SubprocessorContracts = subprocessorContracts,
            CriticalPatchDays = criticalPatchDays,
            ClientUpdates = clientUpdates,
            BreachNotificationProcess = breachNotificationProcess,
        };
    }

    private static DataPracticesFacts ReadDataPractices(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? privacyImpactAssessments = null;
        bool? regulatorConsultation = null;
        bool? attentionTracking = null;
        bool? retentionPeriodsDefined = null;
        int? contentRetentionDays = null;
        bool? personalInformationSecondaryUse = null;
        bool? contentUsedForAdvertising = null;
        bool? contentSold = null;
        ModelTrainingUse? modelTraining = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "privacyImpactAssessments"u8))
            {
                privacyImpactAssessments = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "regulatorConsultation"u8))
            {
                regulatorConsultation = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "attentionTracking"u8))
            {
                attentionTracking = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "retentionPeriodsDefined"u8))
            {
                retentionPeriodsDefined = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "contentRetentionDays"u8))
            {
                contentRetentionDays = OptionalWholeNumber(ref reader);
            }
            else if (Is(ref reader, "personalInformationSecondaryUse"u8))
            {
                personalInformationSecondaryUse = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "contentUsedForAdvertising"u8))
            {
                contentUsedForAdvertising = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "contentSold"u8))
            {
                contentSold = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "modelTraining"u8))
            {
                modelTraining = OptionalEnum<ModelTrainingUse>(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new DataPracticesFacts
        {
            PrivacyImpactAssessments = privacyImpactAssessments,
            RegulatorConsultation = regulatorConsultation,
            AttentionTracking = attentionTracking,
            RetentionPeriodsDefined = retentionPeriodsDefined,
            ContentRetentionDays = contentRetentionDays,
            PersonalInformationSecondaryUse = personalInformationSecondaryUse,
            ContentUsedForAdvertising = contentUsedForAdvertising,
            ContentSold = contentSold,
            ModelTraining = modelTraining,
        };
    }

    private static TransparencyFacts ReadTransparency(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? privacyPolicyPublished = null;
        bool? layeredPrivacyNotice = null;
        bool? justInTimeNotices = null;
        bool? subprocessorsDisclosed = null;
        bool? dataLocationsDisclosed = null;
        bool? transparencyReport = null;
        bool? encryptionDifferenceExplained = null;
        bool? secondaryUseNoticeUpfront = null;
        bool? changesNotifiedInAdvance = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "privacyPolicyPublished"u8))
            {
                privacyPolicyPublished = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "layeredPrivacyNotice"u8))
            {
                layeredPrivacyNotice = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "justInTimeNotices"u8))
            {
                justInTimeNotices = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "subprocessorsDisclosed"u8))
            {
                subprocessorsDisclosed = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "dataLocationsDisclosed"u8))
            {
                dataLocationsDisclosed = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "transparencyReport"u8))
            {
                transparencyReport = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "encryptionDifferenceExplained"u8))
            {
                encryptionDifferenceExplained = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "secondaryUseNoticeUpfront"u8))
            {
                secondaryUseNoticeUpfront = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "changesNotifiedInAdvance"u8))
            {
                changesNotifiedInAdvance = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new TransparencyFacts
        {
            PrivacyPolicyPublished = privacyPolicyPublished,
            LayeredPrivacyNotice = layeredPrivacyNotice,
            JustInTimeNotices = justInTimeNotices,
            SubprocessorsDisclosed = subprocessorsDisclosed,
            DataLocationsDisclosed = dataLocationsDisclosed,
            TransparencyReport = transparencyReport,
            EncryptionDifferenceExplained = encryptionDifferenceExplained,
            SecondaryUseNoticeUpfront = secondaryUseNoticeUpfront,
            ChangesNotifiedInAdvance = changesNotifiedInAdvance,
        };
    }

    private static UserControlsFacts ReadUserControls(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? recordingIndicatorForAll = null;
        bool? participantsControlOwnMedia = null;
        bool? hostModerationControls = null;
        bool? selfServiceDataExport = null;
        bool? selfServiceDeletion = null;
        OptionalProcessingConsent? optionalProcessing = null;
        bool? controlsForGuests = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "recordingIndicatorForAll"u8))
            {
                recordingIndicatorForAll = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "participantsControlOwnMedia"u8))
            {
                participantsControlOwnMedia = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "hostModerationControls"u8))
            {
                hostModerationControls = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "selfServiceDataExport"u8))
            {
                selfServiceDataExport = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "selfServiceDeletion"u8))
            {
                selfServiceDeletion = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "optionalProcessing"u8))
            {
                optionalProcessing = OptionalEnum<OptionalProcessingConsent>(ref reader);
            }
            else if (Is(ref reader, "controlsForGuests"u8))
            {
                controlsForGuests = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new UserControlsFacts
        {
            RecordingIndicatorForAll = recordingIndicatorForAll,
            ParticipantsControlOwnMedia = participantsControlOwnMedia,
            HostModerationControls = hostModerationControls,
            SelfServiceDataExport = selfServiceDataExport,
            SelfServiceDeletion = selfServiceDeletion,
            OptionalProcessing = optionalProcessing,
            ControlsForGuests = controlsForGuests,
        };
    }

    private static AudienceSafeguardsFacts ReadAudienceSafeguards(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        bool? sensitiveContextsIdentified = null;
        bool? tailoredGuidance = null;
        bool? ageAppropriateDesign = null;
        bool? childrenProfiled = null;
        bool? advertisingToChildren = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "sensitiveContextsIdentified"u8))
            {
                sensitiveContextsIdentified = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "tailoredGuidance"u8))
            {
                tailoredGuidance = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "ageAppropriateDesign"u8))
            {
                ageAppropriateDesign = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "childrenProfiled"u8))
            {
                childrenProfiled = OptionalBoolean(ref reader);
            }
            else if (Is(ref reader, "advertisingToChildren"u8))
            {
                advertisingToChildren = OptionalBoolean(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new AudienceSafeguardsFacts
        {
            SensitiveContextsIdentified = sensitiveContextsIdentified,
            TailoredGuidance = tailoredGuidance,
            AgeAppropriateDesign = ageAppropriateDesign,
            ChildrenProfiled = childrenProfiled,
            AdvertisingToChildren = advertisingToChildren,
        };
    }
}
