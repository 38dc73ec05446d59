using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Reporting;

/// <summary>JSON metadata for reports and comparisons, used by the JSON writer and the report reader. Source-generated (reflection-free, trimming- and AOT-safe), with the same options as every other context of the package, so the bytes do not depend on which layer writes them.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(IsoDateJsonConverter), typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(IReadOnlyList<EvaluationReport>))]
[JsonSerializable(typeof(IReadOnlyList<ReportComparison>))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
