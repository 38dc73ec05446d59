using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Serialization;

/// <summary>Dates as <c>YYYY-MM-DD</c>, culture- and time-zone-independent. Every <see cref="DateTime"/> in the model is a calendar date.</summary>
internal sealed class IsoDateJsonConverter : JsonConverter<DateTime>
{
    internal const string Format = "yyyy-MM-dd";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var date))
        {
            return date;
        }

        throw new JsonException("Expected a date as YYYY-MM-DD.");
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Text(value));

    internal static string Text(DateTime value) => value.ToString(Format, CultureInfo.InvariantCulture);

    internal static bool TryParse(string? text, out DateTime date) =>
        DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
