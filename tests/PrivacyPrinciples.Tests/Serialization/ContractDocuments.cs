using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// Documents built from System.Text.Json's own contract for a model, so a hand-written binder can
/// be held to every property the contract binds, including properties added after the binder.
/// </summary>
internal static class ContractDocuments
{
    /// <summary>
    /// Every property the contract would bind given a value (or, with <paramref name="nulls"/>,
    /// every optional one given null). Recursive types stop at a small depth with empty lists.
    /// </summary>
    public static JsonObject Filled(JsonTypeInfo info, bool nulls, int depth = 0)
    {
        var filled = new JsonObject();
        foreach (var property in info.Properties.Where(p => p.Set is not null))
        {
            var optional = !property.IsRequired && (Nullable.GetUnderlyingType(property.PropertyType) is not null || !property.PropertyType.IsValueType);
            filled[property.Name] = nulls && optional ? null : Value(info.Options, property.PropertyType, nulls, depth);
        }

        return filled;
    }

    private static JsonNode Value(JsonSerializerOptions options, Type type, bool nulls, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var info = options.GetTypeInfo(type);
        return type switch
        {
            _ when type == typeof(string) => JsonValue.Create("text"),
            _ when type == typeof(bool) => JsonValue.Create(true),
            _ when type == typeof(int) => JsonValue.Create(7),
            _ when type == typeof(double) => JsonValue.Create(2.5),
            _ when type == typeof(DateTime) => JsonValue.Create("2026-02-28"),
            _ when type == typeof(FactValue) => JsonValue.Create("optIn"),
            { IsEnum: true } => JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(Enum.GetNames(type).Last())),
            _ when info.Kind == JsonTypeInfoKind.Enumerable => depth > 2 ? new JsonArray() : new JsonArray(Value(options, info.ElementType!, nulls, depth + 1)),
            _ when info.Kind == JsonTypeInfoKind.Dictionary => new JsonObject { ["KEY-01"] = Value(options, info.ElementType!, nulls, depth + 1) },
            _ when info.Kind == JsonTypeInfoKind.Object => Filled(info, nulls, depth + 1),
            _ => throw new NotSupportedException(type + " is not a type the models used when this helper was written"),
        };
    }
}
