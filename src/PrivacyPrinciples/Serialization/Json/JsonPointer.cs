using System.Globalization;

namespace PrivacyPrinciples.Serialization.Json;

/// <summary>Builds RFC 6901 JSON Pointers.</summary>
internal static class JsonPointer
{
    public const string Root = "";

    public static string Append(string parent, string name) =>
        parent + "/" + name.Replace("~", "~0").Replace("/", "~1");

    public static string Append(string parent, int index) =>
        parent + "/" + index.ToString(CultureInfo.InvariantCulture);
}
