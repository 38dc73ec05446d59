using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Serialization;

/// <summary>Source-generated (reflection-free, trimming- and AOT-safe) metadata for attestations, read and written by the input and output layer. Each lower layer has its own context for its documents (rule sets, waivers, reports, engagements), so no layer reaches up for JSON.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(IsoDateJsonConverter), typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(Attestation))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class ModelJsonContext : JsonSerializerContext
{
}
