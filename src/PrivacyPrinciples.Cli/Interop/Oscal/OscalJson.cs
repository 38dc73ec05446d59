using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Cli.Interop.Oscal;

/// <summary>
/// What every OSCAL document the tool writes shares: the OSCAL version, the namespace of the tool's
/// own property and part names, timestamps, and how text from the inputs is written. OSCAL's
/// titles, descriptions, prose and remarks are Markdown (markup-line and markup-multiline), so
/// text from a rule set or an attestation is escaped as Markdown and can never turn into a link,
/// an image or HTML in a compliance tool; property values are plain single-line strings.
/// Culture-invariant and stateless.
/// </summary>
internal static class OscalJson
{
    /// <summary>The OSCAL version the documents declare and validate against.</summary>
    public const string Version = "1.0.4";

    /// <summary>The namespace of the tool's own property and part names (OSCAL's own names carry none).</summary>
    public const string Namespace = "urn:privacy-principles:oscal";

    /// <summary>The first and last years an OSCAL 1.0.4 date-time can carry (its schema's pattern).</summary>
    public const int FirstYear = 1900;

    /// <inheritdoc cref="FirstYear"/>
    public const int LastYear = 2999;

    /// <summary>The media type of an OSCAL catalog in JSON, for resource links.</summary>
    public const string CatalogMediaType = "application/oscal.catalog+json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Whether a date fits in an OSCAL 1.0.4 date-time.</summary>
    public static bool CanCarry(DateTime date) => date.Year is >= FirstYear and <= LastYear;

    /// <summary>Why a date cannot be used, or null when it can.</summary>
    public static string? DateProblem(DateTime date, string option) => CanCarry(date)
        ? null
        : $"{option} {ReportText.Date(date)} cannot be written in OSCAL: OSCAL 1.0.4 dates run from {FirstYear} to {LastYear}; choose a date in that range";

    /// <summary>A date as an OSCAL date-time: midnight UTC of that day.</summary>
    public static string Timestamp(DateTime date) => date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);

    /// <summary>A number as its shortest round-trip form, as JSON writes it: <c>1</c>, <c>1.5</c>.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Text for a markup-line or markup-multiline field: neutralised and escaped as Markdown, on one line.</summary>
    public static string Markup(string text) => MarkdownText.Escape(text).Trim();

    /// <summary>Text for a property value (a single line with no white space at either end), or null when nothing is left.</summary>
    public static string? Value(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var value = DisplayText.Clean(text).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>Writes a whole document and returns its text, ending with a line break.</summary>
    public static string Document(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return DisplayText.ForJson(Encoding.UTF8.GetString(buffer.ToArray())) + "\n";
    }

    /// <summary>
    /// Writes a whole document to <paramref name="writer"/> as <see cref="Document"/> would return it,
    /// without building it as one string first: the results of a large batch run to hundreds of
    /// megabytes of JSON, which would otherwise sit in memory several times over.
    /// </summary>
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var sink = new NeutralisedJsonTextSink(writer, indent: string.Empty);
        using (var json = new Utf8JsonWriter(sink, Options))
        {
            write(json);
        }

        sink.Flush(final: true);
        writer.Write('\n');
    }

    /// <summary>Writes <c>props</c> when there is at least one (OSCAL arrays are never empty).</summary>
    public static void Props(Utf8JsonWriter json, IEnumerable<Prop?> props)
    {
        var list = props.OfType<Prop>().ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray("props");
        foreach (var prop in list)
        {
            prop.Write(json);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a string array when it has at least one item.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes an array of objects when it has at least one item.</summary>
    public static void Array<T>(Utf8JsonWriter json, string name, IReadOnlyCollection<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}

/// <summary>One OSCAL property; <see cref="Ours"/> puts its name in the tool's namespace. Immutable.</summary>
internal sealed record Prop(string Name, string Value, bool Ours = true, string? Class = null)
{
    /// <summary>A property of the tool's namespace, or null when the value is empty after cleaning.</summary>
    public static Prop? Of(string name, string? value) => OscalJson.Value(value) is { } clean ? new Prop(name, clean) : null;

    /// <summary>A property of OSCAL's own names (no namespace), or null when the value is empty after cleaning.</summary>
    public static Prop? Core(string name, string? value) => OscalJson.Value(value) is { } clean ? new Prop(name, clean, Ours: false) : null;

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("name", Name);
        if (Ours)
        {
            json.WriteString("ns", OscalJson.Namespace);
        }

        json.WriteString("value", Value);
        if (Class is not null)
        {
            json.WriteString("class", Class);
        }

        json.WriteEndObject();
    }
}
