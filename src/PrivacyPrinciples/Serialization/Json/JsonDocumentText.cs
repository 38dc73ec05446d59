using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PrivacyPrinciples.Serialization.Json;

/// <summary>
/// How every document the package writes becomes JSON text: indented with two spaces, <c>\n</c>
/// line endings, and through the package's one neutralising rule for JSON, which escapes what
/// could mislead a viewer or a CI log without changing any value. Each layer serialises its own
/// documents with its own JSON context through here, so the bytes are the same whichever writes them.
/// </summary>
internal static class JsonDocumentText
{
    /// <summary>Indented, <c>\n</c> line endings; vendor text stays readable (é, &amp;, ') in JSON files, and the HTML writer escapes for its own context.</summary>
    public static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The same escaping on one line, for NDJSON: control characters, line breaks included, are always escaped inside strings.</summary>
    public static readonly JsonWriterOptions Compact = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as indented JSON text ending with a line break.</summary>
    public static string ToText<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        _ = value ?? throw new ArgumentNullException(nameof(value));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        buffer.WriteByte((byte)'\n');
        return DisplayText.ForJson(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// Writes the document to <paramref name="writer"/> as <see cref="ToText"/> would, without its
    /// final line break, with <paramref name="indent"/> after every line break, and without building
    /// the text as one string first.
    /// </summary>
    public static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> typeInfo, string indent)
    {
        using var sink = new NeutralisedJsonTextSink(writer, indent);
        using (var json = new Utf8JsonWriter(sink, Indented))
        {
            JsonSerializer.Serialize(json, value, typeInfo);
        }

        sink.Flush(final: true);
    }

    /// <summary>The document with a <c>$schema</c> reference first, so editors can complete and check it, as <see cref="ToText"/> writes it.</summary>
    public static string WithSchema(JsonObject body, string schemaReference)
    {
        _ = schemaReference ?? throw new ArgumentNullException(nameof(schemaReference));
        var document = new JsonObject { ["$schema"] = schemaReference };
        foreach (var property in body.ToArray())
        {
            body.Remove(property.Key);
            document.Add(property.Key, property.Value);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            document.WriteTo(writer);
        }

        buffer.WriteByte((byte)'\n');
        return DisplayText.ForJson(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
