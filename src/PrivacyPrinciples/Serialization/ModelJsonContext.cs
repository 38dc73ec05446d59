using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Serialization;

/// <summary>Source-generated (reflection-free, trimming- and AOT-safe) metadata for every document the package reads and writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(IsoDateJsonConverter), typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(Attestation))]
[JsonSerializable(typeof(RuleSet))]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(IReadOnlyList<EvaluationReport>))]
[JsonSerializable(typeof(WaiverSet))]
[JsonSerializable(typeof(TailoringProfile))]
[JsonSerializable(typeof(Engagement))]
[JsonSerializable(typeof(EngagementReport))]
[JsonSerializable(typeof(IReadOnlyList<ReportComparison>))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class ModelJsonContext : JsonSerializerContext
{
}
