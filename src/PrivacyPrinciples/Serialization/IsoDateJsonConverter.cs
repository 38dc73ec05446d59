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

    /// <summary>
    /// The canonical form, yyyy-MM-dd with a real day of a real month, read from UTF-8 without a
    /// string; it gives what <see cref="TryParse(string?, out DateTime)"/> gives. False says only
    /// "not canonical": the few other forms TryParseExact takes (a one-digit month) are its to judge.
    /// </summary>
    internal static bool TryParseCanonical(ReadOnlySpan<byte> utf8, out DateTime date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-')
        {
            return false;
        }

        var year = Digits(utf8.Slice(0, 4));
        var month = Digits(utf8.Slice(5, 2));
        var day = Digits(utf8.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>The same from UTF-16 text.</summary>
    internal static bool TryParseCanonical(ReadOnlySpan<char> text, out DateTime date)
    {
        date = default;
        if (text.Length != 10)
        {
            return false;
        }

        Span<byte> ascii = stackalloc byte[10];
        for (var i = 0; i < 10; i++)
        {
            if (text[i] > 127)
            {
                return false;
            }

            ascii[i] = (byte)text[i];
        }

        return TryParseCanonical(ascii, out date);
    }

    // The number the ASCII digits spell, or -1 if any byte is not a digit.
    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }
}
