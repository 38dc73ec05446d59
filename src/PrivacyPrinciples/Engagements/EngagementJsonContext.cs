using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>JSON metadata for engagements and engagement reports, used by the engagement reader and writer. Source-generated (reflection-free, trimming- and AOT-safe), with the same options as every other context of the package, so the bytes do not depend on which layer writes them.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(IsoDateJsonConverter), typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(Engagement))]
[JsonSerializable(typeof(EngagementReport))]
internal sealed partial class EngagementJsonContext : JsonSerializerContext
{
}
