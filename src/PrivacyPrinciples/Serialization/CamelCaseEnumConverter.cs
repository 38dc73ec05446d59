using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Serialization;

/// <summary>Writes and reads an enumeration as its camelCase name (<c>NotApplicable</c> ↔ <c>"notApplicable"</c>); numbers are refused.</summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
