using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Serialization;

/// <summary>A <see cref="FactValue"/> as a JSON Boolean, number or string.</summary>
internal sealed class FactValueJsonConverter : JsonConverter<FactValue>
{
    public override FactValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => FactValue.From(true),
        JsonTokenType.False => FactValue.From(false),
        JsonTokenType.Number => FactValue.From(reader.GetDouble()),
        JsonTokenType.String => FactValue.From(reader.GetString()!),
        _ => throw new JsonException("Expected a Boolean, a number or a string."),
    };

    public override void Write(Utf8JsonWriter writer, FactValue value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case FactValueKind.Boolean:
                writer.WriteBooleanValue(value.AsBoolean);
                break;
            case FactValueKind.Number:
                writer.WriteNumberValue(value.AsNumber);
                break;
            case FactValueKind.Text:
                writer.WriteStringValue(value.AsText);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
