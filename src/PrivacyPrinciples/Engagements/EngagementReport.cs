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
    private readonly IReadOnlyList<EvaluationReport> _reports = ValueList<EvaluationReport>.Empty;
    private readonly IReadOnlyList<Rules.Expectation> _catalogue = ValueList<Rules.Expectation>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal EngagementReport()
    {
    }

    /// <summary>The engagement report format version this library writes.</summary>
    public const string CurrentReportVersion = "1.0";

    /// <summary>The format version.</summary>
    [JsonInclude]
    public string ReportVersion { get; internal init; } = CurrentReportVersion;

    /// <summary>The engagement's identifier.</summary>
    [JsonInclude]
    public string EngagementId { get; internal init; } = string.Empty;

    /// <summary>The engagement's title.</summary>
    [JsonInclude]
    public string Title { get; internal init; } = string.Empty;

    /// <summary>The rule set (and profile) used.</summary>
    [JsonInclude]
    public RuleSetInfo RuleSet { get; internal init; } = null!;

    /// <summary>The round described.</summary>
    [JsonInclude]
    public RoundInfo Round { get; internal init; } = null!;

    /// <summary>The round compared with, when there is an earlier one.</summary>
    [JsonInclude]
    public RoundInfo? PreviousRound { get; internal init; }

    /// <summary>The principles, in rule-set order: the columns of the matrix.</summary>
    [JsonInclude]
    public IReadOnlyList<PrincipleHeading> Principles { get; internal init => field = ValueList<PrincipleHeading>.Of(value); } = ValueList<PrincipleHeading>.Empty;

    /// <summary>Every invited vendor in engagement order, then any uninvited ones by id.</summary>
    [JsonInclude]
    public IReadOnlyList<VendorResponse> Responses { get; internal init => field = ValueList<VendorResponse>.Of(value); } = ValueList<VendorResponse>.Empty;

    /// <summary>Expectations met with independent validation by several vendors.</summary>
    [JsonInclude]
    public IReadOnlyList<GoodPractice> GoodPractices { get; internal init => field = ValueList<GoodPractice>.Of(value); } = ValueList<GoodPractice>.Empty;

    /// <summary>Expectations commonly missing, contradicted or weakly supported.</summary>
    [JsonInclude]
    public IReadOnlyList<ImprovementArea> AreasForImprovement { get; internal init => field = ValueList<ImprovementArea>.Of(value); } = ValueList<ImprovementArea>.Empty;

    /// <summary>Per expectation, what changed since the previous round; empty without one.</summary>
    [JsonInclude]
    public IReadOnlyList<ExpectationTrend> Changes { get; internal init => field = ValueList<ExpectationTrend>.Of(value); } = ValueList<ExpectationTrend>.Empty;

    /// <summary>Per vendor, what changed since the previous round; empty without one.</summary>
    [JsonInclude]
    public IReadOnlyList<VendorTrend> VendorChanges { get; internal init => field = ValueList<VendorTrend>.Of(value); } = ValueList<VendorTrend>.Empty;

    /// <summary>One letter per invited vendor.</summary>
    [JsonInclude]
    public IReadOnlyList<FollowUpLetter> Letters { get; internal init => field = ValueList<FollowUpLetter>.Of(value); } = ValueList<FollowUpLetter>.Empty;

    /// <summary>Inputs that could not be read, one line each; they are not evaluated.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Problems { get; internal init => field = ValueList<string>.Of(value); } = ValueList<string>.Empty;

    /// <summary>The rule set's active expectations (not written to the engagement's JSON), so every vendor can be listed against them, answered or not.</summary>
    [JsonIgnore]
    public IReadOnlyList<Rules.Expectation> Catalogue { get => _catalogue; internal init => _catalogue = ValueList<Rules.Expectation>.Of(value); }

    /// <summary>The full evaluation of every attestation received in the round (not written to the engagement's JSON).</summary>
    [JsonIgnore]
    public IReadOnlyList<EvaluationReport> Reports { get => _reports; internal init => _reports = ValueList<EvaluationReport>.Of(value); }
}
