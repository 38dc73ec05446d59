using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Engagements;

/// <summary>
/// One round of an engagement analysed across vendors: who answered, the vendor × principle
/// matrix, the observations (good practices and areas for improvement), what changed since the
/// previous round, and a follow-up letter per invited vendor. Immutable.
/// </summary>
public sealed record EngagementReport
{
    private readonly IReadOnlyList<EvaluationReport> _reports = [];
    private readonly IReadOnlyList<Rules.Expectation> _catalogue = [];

    /// <summary>The engagement report format version this library writes.</summary>
    public const string CurrentReportVersion = "1.0";

    /// <summary>The format version.</summary>
    public string ReportVersion { get; init; } = CurrentReportVersion;

    /// <summary>The engagement's identifier.</summary>
    public required string EngagementId { get; init; }

    /// <summary>The engagement's title.</summary>
    public required string Title { get; init; }

    /// <summary>The rule set (and profile) used.</summary>
    public required RuleSetInfo RuleSet { get; init; }

    /// <summary>The round described.</summary>
    public required RoundInfo Round { get; init; }

    /// <summary>The round compared with, when there is an earlier one.</summary>
    public RoundInfo? PreviousRound { get; init; }

    /// <summary>The principles, in rule-set order: the columns of the matrix.</summary>
    public required IReadOnlyList<PrincipleHeading> Principles { get; init; }

    /// <summary>Every invited vendor in engagement order, then any uninvited ones by id.</summary>
    public required IReadOnlyList<VendorResponse> Responses { get; init; }

    /// <summary>Expectations met with independent validation by several vendors.</summary>
    public required IReadOnlyList<GoodPractice> GoodPractices { get; init; }

    /// <summary>Expectations commonly missing, contradicted or weakly supported.</summary>
    public required IReadOnlyList<ImprovementArea> AreasForImprovement { get; init; }

    /// <summary>Per expectation, what changed since the previous round; empty without one.</summary>
    public required IReadOnlyList<ExpectationTrend> Changes { get; init; }

    /// <summary>Per vendor, what changed since the previous round; empty without one.</summary>
    public required IReadOnlyList<VendorTrend> VendorChanges { get; init; }

    /// <summary>One letter per invited vendor.</summary>
    public required IReadOnlyList<FollowUpLetter> Letters { get; init; }

    /// <summary>Inputs that could not be read, one line each; they are not evaluated.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>The rule set's active expectations (not written to the engagement's JSON), so every vendor can be listed against them, answered or not.</summary>
    [JsonIgnore]
    public IReadOnlyList<Rules.Expectation> Catalogue { get => _catalogue; init => _catalogue = value ?? []; }

    /// <summary>The full evaluation of every attestation received in the round (not written to the engagement's JSON).</summary>
    [JsonIgnore]
    public IReadOnlyList<EvaluationReport> Reports { get => _reports; init => _reports = value ?? []; }
}
