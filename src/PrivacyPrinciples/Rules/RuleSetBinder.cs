using System;
using System.Text.Json;
using PrivacyPrinciples.Attestations;
using static PrivacyPrinciples.Serialization.Json.Bind;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// Binds a rule set that the one-pass check has accepted (or a built-in one) straight from its
/// bytes, as <see cref="AttestationBinder"/> binds attestations: the same value System.Text.Json's
/// binding gives, without its contract metadata, which a cold start would otherwise build before
/// anything else; null for anything it was not written for, which System.Text.Json then binds.
/// That includes a missing weight: the schema requires one, and System.Text.Json would bind it as
/// 0 where the record's own default is 1, so the binder does not choose between them.
/// </summary>
internal static class RuleSetBinder
{
    public static RuleSet? TryBind(ReadOnlySpan<byte> utf8) => Document(utf8, ReadRuleSet);

    private static RuleSet ReadRuleSet(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? schemaVersion = null, id = null, version = null, title = null, description = null;
        SourceDocument[]? sources = null;
        EvidenceKindRule[]? evidenceKinds = null;
        EvidenceClass[]? evidenceClasses = null;
        RuleSetRevision? revision = null;
        Principle[]? principles = null;
        Expectation[]? expectations = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "expectations"u8))
            {
                expectations = OptionalArray(ref reader, ReadExpectation);
            }
            else if (Is(ref reader, "principles"u8))
            {
                principles = OptionalArray(ref reader, ReadPrinciple);
            }
            else if (Is(ref reader, "schemaVersion"u8))
            {
                schemaVersion = Text(ref reader);
            }
            else if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "version"u8))
            {
                version = Text(ref reader);
            }
            else if (Is(ref reader, "title"u8))
            {
                title = Text(ref reader);
            }
            else if (Is(ref reader, "description"u8))
            {
                description = OptionalText(ref reader);
            }
            else if (Is(ref reader, "sources"u8))
            {
                sources = OptionalArray(ref reader, ReadSourceDocument);
            }
            else if (Is(ref reader, "evidenceKinds"u8))
            {
                evidenceKinds = OptionalArray(ref reader, ReadEvidenceKindRule);
            }
            else if (Is(ref reader, "evidenceClasses"u8))
            {
                evidenceClasses = OptionalArray(ref reader, ReadEvidenceClass);
            }
            else if (Is(ref reader, "revision"u8))
            {
                revision = NextIsNull(ref reader) ? null : ReadRevision(ref reader);
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

        return new RuleSet
        {
            SchemaVersion = schemaVersion ?? throw new Unexpected(),
            Id = id ?? throw new Unexpected(),
            Version = version ?? throw new Unexpected(),
            Title = title ?? throw new Unexpected(),
            Description = description,
            Sources = sources!,
            EvidenceKinds = evidenceKinds!,
            EvidenceClasses = evidenceClasses!,
            Revision = revision,
            Principles = principles ?? throw new Unexpected(),
            Expectations = expectations ?? throw new Unexpected(),
        };
    }

    private static Expectation ReadExpectation(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? id = null, principle = null, title = null, rationale = null, remediation = null, guidance = null, evidenceClass = null, replacedBy = null;
        SourceCitation[]? sources = null;
        ExpectationBasis? basis = null;
        ExpectationLevel? level = null;
        double? weight = null;
        LevelRaise[]? raisedFor = null;
        Audience[]? appliesTo = null;
        Condition[]? checks = null;
        NotApplicablePolicy? notApplicable = null;
        Condition[]? notApplicableWhen = null;
        ExpectationLifecycle? lifecycle = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "principle"u8))
            {
                principle = Text(ref reader);
            }
            else if (Is(ref reader, "title"u8))
            {
                title = Text(ref reader);
            }
            else if (Is(ref reader, "rationale"u8))
            {
                rationale = Text(ref reader);
            }
            else if (Is(ref reader, "remediation"u8))
            {
                remediation = Text(ref reader);
            }
            else if (Is(ref reader, "guidance"u8))
            {
                guidance = OptionalText(ref reader);
            }
            else if (Is(ref reader, "sources"u8))
            {
                sources = OptionalArray(ref reader, ReadCitation);
            }
            else if (Is(ref reader, "basis"u8))
            {
                basis = Enum<ExpectationBasis>(ref reader);
            }
            else if (Is(ref reader, "level"u8))
            {
                level = Enum<ExpectationLevel>(ref reader);
            }
            else if (Is(ref reader, "weight"u8))
            {
                weight = Number(ref reader);
            }
            else if (Is(ref reader, "raisedFor"u8))
            {
                raisedFor = OptionalArray(ref reader, ReadLevelRaise);
            }
            else if (Is(ref reader, "appliesTo"u8))
            {
                appliesTo = OptionalEnums<Audience>(ref reader);
            }
            else if (Is(ref reader, "checks"u8))
            {
                checks = OptionalArray(ref reader, ReadCondition);
            }
            else if (Is(ref reader, "evidenceClass"u8))
            {
                evidenceClass = Text(ref reader);
            }
            else if (Is(ref reader, "notApplicable"u8))
            {
                notApplicable = Enum<NotApplicablePolicy>(ref reader);
            }
            else if (Is(ref reader, "notApplicableWhen"u8))
            {
                notApplicableWhen = OptionalArray(ref reader, ReadCondition);
            }
            else if (Is(ref reader, "lifecycle"u8))
            {
                lifecycle = Enum<ExpectationLifecycle>(ref reader);
            }
            else if (Is(ref reader, "replacedBy"u8))
            {
                replacedBy = OptionalText(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new Expectation
        {
            Id = id ?? throw new Unexpected(),
            Principle = principle ?? throw new Unexpected(),
            Title = title ?? throw new Unexpected(),
            Rationale = rationale ?? throw new Unexpected(),
            Remediation = remediation ?? throw new Unexpected(),
            Guidance = guidance,
            Sources = sources ?? throw new Unexpected(),
            Basis = basis ?? throw new Unexpected(),
            Level = level ?? throw new Unexpected(),
            Weight = weight ?? throw new Unexpected(),
            RaisedFor = raisedFor!,
            AppliesTo = appliesTo!,
            Checks = checks!,
            EvidenceClass = evidenceClass ?? throw new Unexpected(),
            NotApplicable = notApplicable ?? throw new Unexpected(),
            NotApplicableWhen = notApplicableWhen!,

            // Left out, it is what System.Text.Json gives a left-out init-only property: its type's default.
            Lifecycle = lifecycle ?? default,
            ReplacedBy = replacedBy,
        };
    }

    private static Condition ReadCondition(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? fact = null;
        FactValue? equalTo = null;
        FactValue[]? @in = null;
        double? atMost = null, atLeast = null;
        Condition[]? anyOf = null, allOf = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "fact"u8))
            {
                fact = OptionalText(ref reader);
            }
            else if (Is(ref reader, "equals"u8))
            {
                equalTo = OptionalFactValue(ref reader);
            }
            else if (Is(ref reader, "in"u8))
            {
                @in = OptionalFactValues(ref reader);
            }
            else if (Is(ref reader, "atMost"u8))
            {
                atMost = OptionalNumber(ref reader);
            }
            else if (Is(ref reader, "atLeast"u8))
            {
                atLeast = OptionalNumber(ref reader);
            }
            else if (Is(ref reader, "anyOf"u8))
            {
                anyOf = OptionalArray(ref reader, ReadCondition);
            }
            else if (Is(ref reader, "allOf"u8))
            {
                allOf = OptionalArray(ref reader, ReadCondition);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new Condition { Fact = fact, EqualTo = equalTo, In = @in, AtMost = atMost, AtLeast = atLeast, AnyOf = anyOf, AllOf = allOf };
    }

    private static Principle ReadPrinciple(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? id = null, title = null, summary = null;
        double? weight = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "title"u8))
            {
                title = Text(ref reader);
            }
            else if (Is(ref reader, "summary"u8))
            {
                summary = Text(ref reader);
            }
            else if (Is(ref reader, "weight"u8))
            {
                weight = Number(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new Principle
        {
            Id = id ?? throw new Unexpected(),
            Title = title ?? throw new Unexpected(),
            Summary = summary ?? throw new Unexpected(),
            Weight = weight ?? throw new Unexpected(),
        };
    }

    private static SourceDocument ReadSourceDocument(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? id = null, title = null, publisher = null;
        DateTime? published = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "title"u8))
            {
                title = Text(ref reader);
            }
            else if (Is(ref reader, "publisher"u8))
            {
                publisher = Text(ref reader);
            }
            else if (Is(ref reader, "published"u8))
            {
                published = Date(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new SourceDocument
        {
            Id = id ?? throw new Unexpected(),
            Title = title ?? throw new Unexpected(),
            Publisher = publisher ?? throw new Unexpected(),
            Published = published ?? throw new Unexpected(),
        };
    }

    private static SourceCitation ReadCitation(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? document = null, locator = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "document"u8))
            {
                document = Text(ref reader);
            }
            else if (Is(ref reader, "locator"u8))
            {
                locator = Text(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new SourceCitation { Document = document ?? throw new Unexpected(), Locator = locator ?? throw new Unexpected() };
    }

    private static EvidenceKindRule ReadEvidenceKindRule(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        EvidenceKind? kind = null;
        bool? mayBeIndependent = null;
        int? maxAgeMonths = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "kind"u8))
            {
                kind = Enum<EvidenceKind>(ref reader);
            }
            else if (Is(ref reader, "mayBeIndependent"u8))
            {
                mayBeIndependent = Boolean(ref reader);
            }
            else if (Is(ref reader, "maxAgeMonths"u8))
            {
                maxAgeMonths = WholeNumber(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new EvidenceKindRule
        {
            Kind = kind ?? throw new Unexpected(),
            MayBeIndependent = mayBeIndependent ?? throw new Unexpected(),
            MaxAgeMonths = maxAgeMonths ?? throw new Unexpected(),
        };
    }

    private static EvidenceClass ReadEvidenceClass(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? id = null, title = null;
        EvidenceKind[]? achieve = null, monitor = null, validate = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "title"u8))
            {
                title = Text(ref reader);
            }
            else if (Is(ref reader, "achieve"u8))
            {
                achieve = OptionalEnums<EvidenceKind>(ref reader);
            }
            else if (Is(ref reader, "monitor"u8))
            {
                monitor = OptionalEnums<EvidenceKind>(ref reader);
            }
            else if (Is(ref reader, "validate"u8))
            {
                validate = OptionalEnums<EvidenceKind>(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new EvidenceClass { Id = id ?? throw new Unexpected(), Title = title ?? throw new Unexpected(), Achieve = achieve!, Monitor = monitor!, Validate = validate! };
    }

    private static LevelRaise ReadLevelRaise(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        Audience? audience = null;
        ExpectationLevel? level = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "audience"u8))
            {
                audience = Enum<Audience>(ref reader);
            }
            else if (Is(ref reader, "level"u8))
            {
                level = Enum<ExpectationLevel>(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new LevelRaise { Audience = audience ?? throw new Unexpected(), Level = level ?? throw new Unexpected() };
    }

    private static RuleSetRevision ReadRevision(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? previousVersion = null;
        RevisionNote[]? notes = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "previousVersion"u8))
            {
                previousVersion = Text(ref reader);
            }
            else if (Is(ref reader, "notes"u8))
            {
                notes = OptionalArray(ref reader, ReadNote);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new RuleSetRevision { PreviousVersion = previousVersion ?? throw new Unexpected(), Notes = notes! };
    }

    private static RevisionNote ReadNote(ref Utf8JsonReader reader)
    {
        StartObject(ref reader);
        string? expectation = null, note = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "expectation"u8))
            {
                expectation = OptionalText(ref reader);
            }
            else if (Is(ref reader, "note"u8))
            {
                note = Text(ref reader);
            }
            else
            {
                throw new Unexpected();
            }
        }

        return new RevisionNote { Expectation = expectation, Note = note ?? throw new Unexpected() };
    }

    /// <summary>A fact's value, as <see cref="Serialization.FactValueJsonConverter"/> reads one; null is no value.</summary>
    public static FactValue? OptionalFactValue(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : FactValueAt(ref reader);
    }

    /// <summary>An array of fact values.</summary>
    public static FactValue[]? OptionalFactValues(ref Utf8JsonReader reader) =>
        OptionalArray(ref reader, static (ref Utf8JsonReader item) => FactValueAt(ref item));

    private static FactValue FactValueAt(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => FactValue.From(true),
        JsonTokenType.False => FactValue.From(false),
        JsonTokenType.Number => FactValue.From(reader.TryGetDouble(out var number) ? number : throw new Unexpected()),
        JsonTokenType.String => FactValue.From(reader.GetString()!),
        _ => throw new Unexpected(),
    };
}
