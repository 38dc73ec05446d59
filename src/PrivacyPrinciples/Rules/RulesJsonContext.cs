using System.Text.Json.Serialization;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>JSON metadata for rule sets and tailoring profiles, used by the rules layer (built-in rule sets, digests, diffs, the profile reader) and the rule set reader. Source-generated (reflection-free, trimming- and AOT-safe), with the same options as every other context of the package, so the bytes do not depend on which layer writes them.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(IsoDateJsonConverter), typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(RuleSet))]
[JsonSerializable(typeof(Expectation))]
[JsonSerializable(typeof(TailoringProfile))]
internal sealed partial class RulesJsonContext : JsonSerializerContext
{
}
