using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// One vendor's structured answers for one service at one date: which audiences it serves and
/// which it does not, typed facts about the service, the evidence it offers, and an answer per
/// expectation. Immutable.
/// </summary>
/// <remarks>
/// Read one from JSON with <see cref="PrivacyPrinciples.Attestations.AttestationReader"/>, which reports every
/// problem in the file instead of throwing. The JSON format is described by
/// <c>schemas/attestation.schema.json</c> and <c>docs/attestation-format.md</c>.
/// </remarks>
public sealed record Attestation
{
    private readonly ServiceFacts _facts = new();
    private readonly IReadOnlyList<Evidence> _evidence = [];
    private readonly IReadOnlyList<string> _undeterminedFacts = [];
    private readonly IReadOnlyDictionary<string, Answer> _answers = new Dictionary<string, Answer>(StringComparer.Ordinal);

    /// <summary>The attestation format version this library writes, and the major version it reads.</summary>
    public const string CurrentSchemaVersion = "2.0";

    /// <summary>The attestation format version of the document, for example <c>2.0</c>.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The rule set the answers were written against, when the vendor says so.</summary>
    public RuleSetReference? RuleSet { get; init; }

    /// <summary>
    /// Who assessed the service: <see langword="null"/> or <see cref="AssessingParty.Vendor"/> for
    /// the vendor's own attestation, or a named third party.
    /// </summary>
    public AssessmentInfo? Assessment { get; init; }

    /// <summary>Whether a third party, not the vendor, made the assessment.</summary>
    [JsonIgnore]
    public bool IsThirdPartyAssessment => Assessment?.By == AssessingParty.ThirdParty;

    /// <summary>The company answering, or whose service a third party assessed.</summary>
    public required VendorInfo Vendor { get; init; }

    /// <summary>The service attested.</summary>
    public required ServiceInfo Service { get; init; }

    /// <summary>The date the vendor made the attestation (time of day is ignored).</summary>
    public required DateTime AttestedOn { get; init; }

    /// <summary>
    /// For every audience, whether the service serves it. Declared audiences can raise expectation
    /// levels; every audience must be stated, so leaving one out never avoids a raise.
    /// </summary>
    public required AudienceDeclarations Audiences { get; init; }

    /// <summary>Typed facts about the service, used to corroborate or contradict answers.</summary>
    public ServiceFacts Facts { get => _facts; init => _facts = value ?? new(); }

    /// <summary>
    /// For a third-party assessment, the facts (paths such as <c>encryption.endToEnd</c>) the
    /// assessor looked for and could not determine: distinct from a fact simply not stated, and
    /// worded so in follow-up questions. A fact cannot be both stated and undetermined.
    /// </summary>
    public IReadOnlyList<string> UndeterminedFacts { get => _undeterminedFacts; init => _undeterminedFacts = value ?? []; }

    /// <summary>
    /// The evidence the vendor offers, each piece declared once with an identifier that answers
    /// cite (<see cref="EvidenceCitation"/>), so reusing one document for several answers is visible.
    /// </summary>
    public IReadOnlyList<Evidence> Evidence { get => _evidence; init => _evidence = value ?? []; }

    /// <summary>The answers, keyed by expectation identifier (for example <c>SEC-01</c>).</summary>
    public IReadOnlyDictionary<string, Answer> Answers { get => _answers; init => _answers = value ?? new Dictionary<string, Answer>(StringComparer.Ordinal); }
}
