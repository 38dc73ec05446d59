using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Waivers;

/// <summary>JSON metadata for waiver files, beside their reader. Source-generated (reflection-free, trimming- and AOT-safe), with the same options as every other context of the package, so the bytes do not depend on which layer writes them.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(IsoDateJsonConverter), typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(WaiverSet))]
internal sealed partial class WaiversJsonContext : JsonSerializerContext
{
}
