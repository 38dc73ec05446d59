using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Whole numbers as JSON Schema counts them: <c>30</c>, <c>30.0</c> and <c>3e1</c> are all the
/// integer 30, so whatever the schema accepts as an integer also binds (System.Text.Json alone
/// refuses <c>30.0</c> for an <see cref="int"/>). Written as plain integers.
/// </summary>
internal sealed class WholeNumberJsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var value))
            {
                return value;
            }

            if (reader.TryGetDouble(out var number) && Math.Floor(number) == number && number >= int.MinValue && number <= int.MaxValue)
            {
                return (int)number;
            }
        }

        throw new JsonException("Expected a whole number.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
