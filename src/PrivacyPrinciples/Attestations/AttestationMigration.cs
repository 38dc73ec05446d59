using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// Upgrades a 1.x attestation to the current format (2.0), explicitly and visibly: the file is
/// first checked against the 1.x schema, audiences the old file did not list are stated as not
/// served and reported (<see cref="MigrationResult.StatedNotServed"/>), and evidence given inline
/// in answers is declared once at the top and cited by id. Nothing else changes. Thread-safe.
/// </summary>
/// <remarks>
/// A 1.x file listed only the audiences served, so "not listed" could mean "not served" or "not
/// thought about". The evaluator never reads it either way; the upgrade writes the assumption
/// down, where the owner of the attestation can see and correct it.
/// </remarks>
public static class AttestationMigration
{
    private static readonly DocumentLoader<JsonObject> Legacy =
        new(() => JsonSchemas.Load("attestation-1.schema.json"), () => AttestationJsonContext.Default.JsonObject, static (_, _) => { }, major: 1);

    private static readonly string[] AudienceNames = ["consumers", "business", "education", "health", "children", "government"];

    /// <summary>Upgrades the attestation in a file, within the default reader limits.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The upgraded attestation and document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static MigrationResult MigrateFile(string path) => MigrateFile(path, new ReaderOptions());

    /// <summary>Upgrades the attestation in a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">Reader limits.</param>
    /// <returns>The upgraded attestation and document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="limits"/> is <see langword="null"/>.</exception>
    public static MigrationResult MigrateFile(string path, ReaderOptions limits)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        _ = limits ?? throw new ArgumentNullException(nameof(limits));
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var buffer = new MemoryStream();
            var max = limits.MaxDocumentBytes;
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > max)
                {
                    break;
                }
            }

            bytes = buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : exception.Message;
            return Failed([new InputError { Code = InputErrorCodes.Unreadable, Message = ErrorMessages.Unreadable(reason), Source = path }], path);
        }

        return Migrate(bytes, path, limits);
    }

    /// <summary>Upgrades an attestation given as UTF-8 JSON, within the default reader limits.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">The name errors use for the document, for example its file name.</param>
    /// <returns>The upgraded attestation and document, or every problem found.</returns>
    public static MigrationResult Migrate(ReadOnlyMemory<byte> utf8Json, string source) => Migrate(utf8Json, source, new ReaderOptions());

    /// <summary>Upgrades an attestation given as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">The name errors use for the document, for example its file name.</param>
    /// <param name="limits">Reader limits.</param>
    /// <returns>The upgraded attestation and document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public static MigrationResult Migrate(ReadOnlyMemory<byte> utf8Json, string source, ReaderOptions limits)
    {
        source ??= string.Empty;
        _ = limits ?? throw new ArgumentNullException(nameof(limits));
        var legacy = Legacy.Load(utf8Json, source, limits);
        if (!legacy.Succeeded)
        {
            // A file in the current format needs no upgrade: read it as it is.
            if (legacy.Errors.Count == 1 && legacy.Errors[0].Code == InputErrorCodes.UnsupportedVersion)
            {
                var current = new AttestationReader(limits).Read(utf8Json, source);
                return current.Succeeded
                    ? new MigrationResult(current.Value, null, [], 0, wasCurrent: true, [], source)
                    : Failed(current.Errors, source);
            }

            return Failed(legacy.Errors, source);
        }

        var (document, notServed, declared, overflow) = Upgrade(legacy.Value, limits.MaxItems);
        if (overflow is not null)
        {
            // Each answer's list was within MaxItems; gathered into one list they are not. The 2.0
            // reader has the same limit, so an upgraded file would be refused wherever it is read:
            // say so here, at the item in the user's own file, rather than at a pointer into a text they never see.
            var original = utf8Json.Span.StartsWith(Utf8Bom) ? utf8Json.Slice(Utf8Bom.Length) : utf8Json;
            var at = new JsonSourceMap(original, limits).Locate(overflow);
            return Failed([new InputError { Code = InputErrorCodes.TooManyItems, Message = ErrorMessages.TooMuchEvidenceToUpgrade(declared, limits.MaxItems, Attestation.CurrentSchemaVersion), Source = source, Pointer = overflow, Line = at?.Line, Column = at?.Column }], source);
        }

        var upgraded = Encoding.UTF8.GetBytes(document.ToJsonString());
        var read = new AttestationReader(limits).Read(upgraded, source);
        if (!read.Succeeded)
        {
            // The upgraded document is the package's own text, not the file: each error says it is
            // about the upgrade (its pointer is into the upgraded document) and gives no line or
            // column of a text the user never sees.
            return Failed([.. read.Errors.Select(e => e with { Message = $"once upgraded to format {Attestation.CurrentSchemaVersion}: {e.Message}", Line = null, Column = null })], source);
        }

        var schema = legacy.Value.TryGetPropertyValue("$schema", out var reference) && reference is JsonValue value && value.TryGetValue(out string? text) ? text : null;
        var json = schema is null
            ? JsonDocumentText.ToText(read.Value, AttestationJsonContext.Default.Attestation)
            : JsonDocumentText.WithSchema(JsonSerializer.SerializeToNode(read.Value, AttestationJsonContext.Default.Attestation)!.AsObject(), schema);
        return new MigrationResult(read.Value, json, notServed, declared, wasCurrent: false, [], source);
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static MigrationResult Failed(IReadOnlyList<InputError> errors, string source) => new(null, null, [], 0, wasCurrent: false, errors, source);

    // Overflow: the pointer, in the 1.x file, of the inline item that is the first distinct piece past maxItems; null when none is.
    private static (JsonObject Document, IReadOnlyList<Audience> NotServed, int Declared, string? Overflow) Upgrade(JsonObject old, int maxItems)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        if (old["audiences"] is JsonArray audiences)
        {
            foreach (var audience in audiences)
            {
                listed.Add(audience!.GetValue<string>());
            }
        }

        var declarations = new JsonObject();
        var notServed = new List<Audience>();
        for (var i = 0; i < AudienceNames.Length; i++)
        {
            var served = listed.Contains(AudienceNames[i]);
            declarations[AudienceNames[i]] = served;
            if (!served)
            {
                notServed.Add((Audience)i);
            }
        }

        // Inline evidence becomes one declaration per distinct item, cited by id; identical copies
        // in several answers become one piece cited several times, which is what reuse is.
        var evidence = new JsonArray();
        var idsByItem = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        string? overflow = null;
        if (old["answers"] is JsonObject answers)
        {
            foreach (var pair in answers)
            {
                if (pair.Value is not JsonObject answer || answer["evidence"] is not JsonArray items)
                {
                    continue;
                }

                var citations = new JsonArray();
                for (var index = 0; index < items.Count; index++)
                {
                    var item = (JsonObject)items[index]!;
                    var shows = item["shows"]!.GetValue<string>();
                    var declaration = new JsonObject();
                    foreach (var property in item)
                    {
                        if (property.Key != "shows")
                        {
                            declaration[property.Key] = property.Value?.DeepClone();
                        }
                    }

                    var key = declaration.ToJsonString();
                    if (!idsByItem.TryGetValue(key, out var id))
                    {
                        id = UniqueId(declaration, ids, nextSuffix);
                        idsByItem[key] = id;
                        var withId = new JsonObject { ["id"] = id };
                        foreach (var property in declaration.ToArray())
                        {
                            declaration.Remove(property.Key);
                            withId[property.Key] = property.Value;
                        }

                        evidence.Add((JsonNode)withId);
                        if (evidence.Count == maxItems + 1)
                        {
                            overflow = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append("/answers", pair.Key), "evidence"), index);
                        }
                    }

                    citations.Add((JsonNode)new JsonObject { ["ref"] = id, ["shows"] = shows });
                }

                answer["evidence"] = citations;
            }
        }

        var document = new JsonObject();
        foreach (var property in old.ToArray())
        {
            old.Remove(property.Key);
            switch (property.Key)
            {
                case "schemaVersion":
                    document["schemaVersion"] = Attestation.CurrentSchemaVersion;
                    break;
                case "audiences":
                    break;
                case "facts":
                    document["audiences"] = declarations;
                    document["facts"] = property.Value;
                    break;
                case "answers":
                    document.Remove("audiences");
                    document["audiences"] = declarations;
                    document["evidence"] = evidence;
                    document["answers"] = property.Value;
                    break;
                default:
                    document[property.Key] = property.Value;
                    break;
            }
        }

        if (!document.ContainsKey("audiences"))
        {
            document["audiences"] = declarations;
        }

        return (document, notServed, evidence.Count, overflow);
    }

    // An id from the evidence's title or reference: lower-case words joined by hyphens, with the
    // first free number after it when another item has it. `nextSuffix` remembers, for each stem,
    // the number to try next: every number below it is taken, and ids are never given back, so
    // each of many items with one title costs a try or two, not one for every item before it.
    private static string UniqueId(JsonObject item, HashSet<string> taken, Dictionary<string, int> nextSuffix)
    {
        var words = Substance(item["title"]) ?? Substance(item["reference"]) ?? Substance(item["kind"]) ?? "evidence";

        // Whole words, up to about forty characters: ids are for people to read and cite.
        var stem = string.Empty;
        foreach (var word in words.Split('-'))
        {
            if (stem.Length > 0 && stem.Length + 1 + word.Length > 40)
            {
                break;
            }

            stem = stem.Length == 0 ? (word.Length > 56 ? word.Substring(0, 56) : word) : stem + "-" + word;
        }

        var id = stem;
        var n = nextSuffix.TryGetValue(stem, out var next) ? next : 2;
        while (!taken.Add(id))
        {
            id = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
            n++;
        }

        nextSuffix[stem] = n;
        return id;

        static string? Substance(JsonNode? node)
        {
            if (node is not JsonValue value || !value.TryGetValue(out string? text))
            {
                return null;
            }

            var builder = new StringBuilder();
            foreach (var c in text)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    builder.Append(c);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    builder.Append((char)(c + 32));
                }
                else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
                {
                    builder.Append('-');
                }
            }

            var slug = builder.ToString().Trim('-');
            return slug.Length == 0 ? null : slug;
        }
    }
}
