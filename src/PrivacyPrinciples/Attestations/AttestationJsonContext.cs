using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>Source-generated (reflection-free, trimming- and AOT-safe) metadata for attestations (and the JSON trees their migration edits), beside their reader. Each layer has its own context for its documents (rule sets, waivers, reports, engagements), with the same options, so no layer reaches up for JSON.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(IsoDateJsonConverter), typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(Attestation))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class AttestationJsonContext : JsonSerializerContext
{
}
