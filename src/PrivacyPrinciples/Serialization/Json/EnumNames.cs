using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PrivacyPrinciples.Serialization.Json;

// Every report names enumeration values many times: convert each defined value once.
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = Build();

    public static string Of(TEnum value) =>
        Names.TryGetValue(value, out var name) ? name : JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static Dictionary<TEnum, string> Build()
    {
#if NET
        var values = Enum.GetValues<TEnum>();
#else
        var values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
        var names = new Dictionary<TEnum, string>(values.Length);
        foreach (var value in values)
        {
            names[value] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
        }

        return names;
    }
}
