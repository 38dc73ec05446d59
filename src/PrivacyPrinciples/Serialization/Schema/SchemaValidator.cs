using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Serialization.Schema;

/// <summary>
/// Validates a parsed document against one of the package's own JSON Schemas (draft 2020-12) and
/// reports every violation with its pointer and a message saying what was expected.
/// </summary>
/// <remarks>
/// It implements the subset of keywords our schemas use, and refuses to load a schema that uses
/// any other keyword, so it can never silently ignore a rule. The tests run the same schemas
/// through ajv to keep the two in agreement. Thread-safe once loaded.
/// </remarks>
internal sealed partial class SchemaValidator
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated", "readOnly", "$defs",
    };

    private static readonly HashSet<string> Assertions = new(StringComparer.Ordinal)
    {
        "$ref", "type", "properties", "required", "additionalProperties", "propertyNames", "items", "enum", "const", "format",
        "pattern", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    };

    private readonly Node _root;

    private SchemaValidator(Node root) => _root = root;

    /// <summary>Loads a schema whose references stay inside the document.</summary>
    /// <exception cref="InvalidOperationException">The schema uses a keyword or format this validator does not implement, or a reference it cannot resolve.</exception>
    public static SchemaValidator Load(string schemaJson) => Load(schemaJson, _ => null);

    /// <summary>Loads a schema; references to other schemas (by their <c>$id</c>) are resolved through <paramref name="external"/>.</summary>
    /// <exception cref="InvalidOperationException">The schema uses a keyword or format this validator does not implement, or a reference it cannot resolve.</exception>
    public static SchemaValidator Load(string schemaJson, Func<string, string?> external)
    {
        var definitions = new Dictionary<(string Document, string Location), Node>();
        var references = new List<Node>();
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var root = CompileDocument(schemaJson, definitions, references, loaded);

        // Resolving can load more documents, which add more references: loop until none is left.
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            var hash = reference.Ref!.IndexOf('#');
            var documentId = reference.Ref.Substring(0, hash);
            if (!loaded.Contains(documentId))
            {
                var text = external(documentId) ?? throw new InvalidOperationException($"The schema refers to '{reference.Ref}', whose document it cannot load.");
                CompileDocument(text, definitions, references, loaded);
            }

            reference.Target = definitions.TryGetValue((documentId, reference.Ref.Substring(hash)), out var target)
                ? target
                : throw new InvalidOperationException($"The schema refers to '{reference.Ref}', which it does not define.");
        }

        return new SchemaValidator(root);
    }

    private static Node CompileDocument(string schemaJson, Dictionary<(string Document, string Location), Node> definitions, List<Node> references, HashSet<string> loaded)
    {
        using var document = JsonDocument.Parse(schemaJson);
        var root = document.RootElement.Clone();
        var id = root.TryGetProperty("$id", out var idElement) ? idElement.GetString() ?? string.Empty : string.Empty;
        loaded.Add(id);
        var context = new CompileContext(id, references, definitions);
        var node = Compile(root, "#", context);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$defs", out var defs))
        {
            foreach (var def in defs.EnumerateObject())
            {
                Compile(def.Value, "#/$defs/" + PointerName(def.Name), context);
            }
        }

        return node;
    }

    /// <summary>Validates a document and adds every violation to <paramref name="errors"/>.</summary>
    /// <remarks>Linear in the size of the document: pointers are built only for the errors listed, and unique items are found by hashing.</remarks>
    public void Validate(JsonElement instance, string source, JsonSourceMap map, ErrorSink errors) =>
        Validate(_root, instance, LazyPointer.Root, new Context(source, map, errors));

    private static void Validate(Node node, JsonElement value, LazyPointer pointer, Context context)
    {
        if (node.Never)
        {
            context.Add(InputErrorCodes.NotAllowed, () => ErrorMessages.NoValueAllowed, pointer);
            return;
        }

        if (node.Target is not null)
        {
            Validate(node.Target, value, pointer, context);
        }

        if (node.Types != TypeSet.None && !Matches(node.Types, value))
        {
            context.Add(InputErrorCodes.WrongType, () => ErrorMessages.WrongType(Describe(node.Types), DescribeFound(value)), pointer);
            return;
        }

        if (node.Const is JsonElement constant && !JsonEquals(constant, value))
        {
            context.Add(InputErrorCodes.NotAllowed, () => ErrorMessages.NotConstant(Show(constant), Show(value)), pointer);
        }

        if (node.Enum is not null && !(node.EnumStrings is { } strings ? IsOneOf(value, strings) : node.Enum.Any(allowed => JsonEquals(allowed, value))))
        {
            context.Add(InputErrorCodes.NotAllowed, () => ErrorMessages.NotAllowed(Show(value), node.Enum.Select(Show).ToArray()), pointer);
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String when node.ChecksText:
                ValidateString(node, value.GetString()!, pointer, context, atName: false);
                break;
            case JsonValueKind.Number:
                ValidateNumber(node, value, pointer, context);
                break;
            case JsonValueKind.Object:
                ValidateObject(node, value, pointer, context);
                break;
            case JsonValueKind.Array:
                ValidateArray(node, value, pointer, context);
                break;
        }
    }

    private static void ValidateString(Node node, string text, LazyPointer pointer, Context context, bool atName)
    {
        var length = CountCharacters(text.AsSpan());
        if (node.MinLength is int min && length < min)
        {
            context.Add(InputErrorCodes.BadLength, () => ErrorMessages.TooShort(min, length, array: false), pointer, atName);
        }

        if (node.MaxLength is int max && length > max)
        {
            context.Add(InputErrorCodes.BadLength, () => ErrorMessages.TooLong(max, length, array: false), pointer, atName);
        }

        // A value that is not a date at all gets one error, not a second one from the pattern that narrows dates.
        if (node.Format == "date" && !IsoDateJsonConverter.TryParse(text, out _))
        {
            context.Add(InputErrorCodes.BadFormat, () => ErrorMessages.BadDate(Shorten(text)), pointer, atName);
        }
        else if (!node.MatchesPattern(text.AsSpan()))
        {
            context.Add(InputErrorCodes.BadPattern, () => ErrorMessages.BadPattern(Shorten(text), node.Description, node.PatternText!), pointer, atName);
        }
    }

    // propertyNames: every name, as a string value, against the whole subschema.
    private static void ValidateName(Node node, string name, LazyPointer pointer, Context context)
    {
        if (node.Never)
        {
            context.Add(InputErrorCodes.NotAllowed, () => ErrorMessages.NoValueAllowed, pointer, atName: true);
            return;
        }

        if (node.Target is not null)
        {
            ValidateName(node.Target, name, pointer, context);
        }

        if (node.Types != TypeSet.None && !node.Types.HasFlag(TypeSet.String))
        {
            context.Add(InputErrorCodes.WrongType, () => ErrorMessages.WrongType(Describe(node.Types), "the name \"" + Shorten(name) + "\""), pointer, atName: true);
            return;
        }

        if (node.Const is JsonElement constant && !(constant.ValueKind == JsonValueKind.String && constant.ValueEquals(name)))
        {
            context.Add(InputErrorCodes.NotAllowed, () => ErrorMessages.NotConstant(Show(constant), "\"" + Shorten(name) + "\""), pointer, atName: true);
        }

        if (node.Enum is not null && !node.Enum.Any(allowed => allowed.ValueKind == JsonValueKind.String && allowed.ValueEquals(name)))
        {
            context.Add(InputErrorCodes.NotAllowed, () => ErrorMessages.NotAllowed("\"" + Shorten(name) + "\"", node.Enum.Select(Show).ToArray()), pointer, atName: true);
        }

        if (node.ChecksText)
        {
            ValidateString(node, name, pointer, context, atName: true);
        }
    }

    private static void ValidateNumber(Node node, JsonElement value, LazyPointer pointer, Context context)
    {
        var number = value.GetDouble();
        if (node.Types == TypeSet.Integer && Math.Floor(number) != number)
        {
            context.Add(InputErrorCodes.WrongType, () => ErrorMessages.NotInteger(number), pointer);
            return;
        }

        if (node.Minimum is double min && number < min)
        {
            context.Add(InputErrorCodes.OutOfRange, () => ErrorMessages.TooSmall(min, number, exclusive: false), pointer);
        }

        if (node.ExclusiveMinimum is double exclusiveMin && number <= exclusiveMin)
        {
            context.Add(InputErrorCodes.OutOfRange, () => ErrorMessages.TooSmall(exclusiveMin, number, exclusive: true), pointer);
        }

        if (node.Maximum is double max && number > max)
        {
            context.Add(InputErrorCodes.OutOfRange, () => ErrorMessages.TooLarge(max, number), pointer);
        }

        if (node.ExclusiveMaximum is double exclusiveMax && number >= exclusiveMax)
        {
            context.Add(InputErrorCodes.OutOfRange, () => ErrorMessages.TooLarge(exclusiveMax, number), pointer);
        }
    }

    private static void ValidateObject(Node node, JsonElement value, LazyPointer at, Context context)
    {
        var pointer = at.AsParent();
        foreach (var required in node.Required)
        {
            if (!value.TryGetProperty(required, out _))
            {
                // The property's own description says what to write, which helps more than its name alone; worded only when listed.
                context.Add(
                    InputErrorCodes.MissingProperty,
                    () => ErrorMessages.MissingProperty(required, node.Properties is not null && node.Properties.TryGetValue(required, out var expected) ? (expected.Description ?? expected.Target?.Description) : null),
                    pointer);
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            var name = property.Name;
            var childPointer = new LazyPointer(pointer, name);
            if (node.PropertyNames is not null)
            {
                ValidateName(node.PropertyNames, name, childPointer, context);
            }

            if (node.Properties is not null && node.Properties.TryGetValue(name, out var child))
            {
                Validate(child, property.Value, childPointer, context);
                continue;
            }

            if (node.AdditionalForbidden)
            {
                context.Add(InputErrorCodes.UnknownProperty, () => ErrorMessages.UnknownProperty(name, node.PropertyOrder), childPointer, atName: true);
            }
            else if (node.Additional is not null)
            {
                Validate(node.Additional, property.Value, childPointer, context);
            }
        }
    }

    private static void ValidateArray(Node node, JsonElement value, LazyPointer at, Context context)
    {
        var pointer = at.AsParent();
        var count = value.GetArrayLength();
        if (node.MinItems is int min && count < min)
        {
            context.Add(InputErrorCodes.BadLength, () => ErrorMessages.TooShort(min, count, array: true), pointer);
        }

        if (node.MaxItems is int max && count > max)
        {
            context.Add(InputErrorCodes.BadLength, () => ErrorMessages.TooLong(max, count, array: true), pointer);
        }

        var index = 0;
        var seen = node.UniqueItems ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var item in value.EnumerateArray())
        {
            var itemPointer = new LazyPointer(pointer, index++);
            if (seen is not null && !seen.Add(CanonicalKey(item)))
            {
                context.Add(InputErrorCodes.DuplicateItem, () => ErrorMessages.DuplicateItem(Show(item)), itemPointer);
            }

            if (node.Items is not null)
            {
                Validate(node.Items, item, itemPointer, context);
            }
        }
    }

    // Every subschema is registered under its location (a JSON Pointer fragment), so a reference can name any of them, not only $defs.
    private static Node Compile(JsonElement schema, string location, CompileContext context)
    {
        var node = new Node();
        context.Definitions[(context.DocumentId, location)] = node;
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            node.Never = schema.ValueKind == JsonValueKind.False;
            return node;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The schema at '{location}' must be an object, true or false.");
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var name = keyword.Name;
            var value = keyword.Value;
            // Where the keyword is, built only for a subschema's location or an error: most keywords need neither.
            string Here() => location + "/" + PointerName(name);
            if (name == "$id" && location != "#")
            {
                // An embedded resource changes the base of every reference inside it; our schemas have one $id each, at the root.
                throw new InvalidOperationException($"The schema uses '$id' below its root at '{location}', which the package's validator does not implement.");
            }

            if (Annotations.Contains(name))
            {
                if (name == "description" && value.ValueKind == JsonValueKind.String)
                {
                    node.Description = value.GetString();
                }

                continue;
            }

            if (!Assertions.Contains(name))
            {
                throw new InvalidOperationException($"The schema uses keyword '{name}' at '{location}', which the package's validator does not implement.");
            }

            switch (name)
            {
                case "$ref":
                    // Local references ("#/$defs/x") belong to the document being compiled; others name a document by its $id.
                    // A reference is a URI: percent-decoded here; its fragment's ~0 and ~1 stay, as locations are registered escaped.
                    var reference = Uri.UnescapeDataString(value.GetString()!);

                    node.Ref = reference.Length > 0 && reference[0] == '#' ? context.DocumentId + reference : reference;
                    if (node.Ref.IndexOf('#') < 0)
                    {
                        node.Ref += "#";
                    }

                    context.References.Add(node);
                    break;
                case "type":
                    node.Types = value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Aggregate(TypeSet.None, (set, t) => set | (ParseType(t.GetString()) ?? throw UnknownType(t.GetString(), location)))
                        : ParseType(value.GetString()) ?? throw UnknownType(value.GetString(), location);
                    break;
                case "properties":
                    node.Properties = new Dictionary<string, Node>(StringComparer.Ordinal);
                    foreach (var property in value.EnumerateObject())
                    {
                        node.Properties[property.Name] = Compile(property.Value, Here() + "/" + PointerName(property.Name), context);
                        node.PropertyOrder.Add(property.Name);
                    }

                    break;
                case "required":
                    node.Required = value.EnumerateArray().Select(r => r.GetString()!).ToArray();
                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.False)
                    {
                        node.AdditionalForbidden = true;
                    }
                    else
                    {
                        node.Additional = Compile(value, Here(), context);
                    }

                    break;
                case "propertyNames":
                    node.PropertyNames = Compile(value, Here(), context);
                    break;
                case "items":
                    node.Items = Compile(value, Here(), context);
                    break;
                case "enum":
                    node.Enum = value.EnumerateArray().Select(e => e.Clone()).ToArray();
                    node.EnumStrings = node.Enum.All(e => e.ValueKind == JsonValueKind.String) ? node.Enum.Select(e => e.GetString()!).ToArray() : null;
                    node.EnumUtf8 = node.EnumStrings?.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
                    break;
                case "const":
                    node.Const = value.Clone();
                    break;
                case "format":
                    node.Format = value.GetString() == "date"
                        ? "date"
                        : throw new InvalidOperationException($"The schema uses format '{value.GetString()}' at '{location}', which the package's validator does not implement.");
                    break;
                case "pattern":
                    node.PatternText = value.GetString()!;
                    node.DotNetPattern = EcmaPattern.ToDotNet(node.PatternText);
                    node.SimplePattern = SimplePattern.TryParse(node.PatternText);
                    break;
                case "minLength":
                    node.MinLength = Count(value) ?? throw NotACount(Here());
                    break;
                case "maxLength":
                    node.MaxLength = Count(value) ?? throw NotACount(Here());
                    break;
                case "minItems":
                    node.MinItems = Count(value) ?? throw NotACount(Here());
                    break;
                case "maxItems":
                    node.MaxItems = Count(value) ?? throw NotACount(Here());
                    break;
                case "uniqueItems":
                    node.UniqueItems = value.GetBoolean();
                    break;
                case "minimum":
                    node.Minimum = value.GetDouble();
                    break;
                case "maximum":
                    node.Maximum = value.GetDouble();
                    break;
                case "exclusiveMinimum":
                    node.ExclusiveMinimum = value.GetDouble();
                    break;
                case "exclusiveMaximum":
                    node.ExclusiveMaximum = value.GetDouble();
                    break;
            }
        }

        return node;
    }

    // A count keyword may be written 2 or 2.0 (JSON Schema counts are non-negative integers of any notation).
    private static int? Count(JsonElement value)
    {
        var number = value.ValueKind == JsonValueKind.Number ? value.GetDouble() : -1;
        return number >= 0 && Math.Floor(number) == number && number <= int.MaxValue ? (int)number : null;
    }

    private static InvalidOperationException NotACount(string location) => new($"The schema's '{location}' must be a non-negative integer.");

    private static InvalidOperationException UnknownType(string? type, string location) => new($"The schema names an unknown type '{type}' at '{location}/type'.");

    private static TypeSet? ParseType(string? type) => type switch
    {
        "object" => TypeSet.Object,
        "array" => TypeSet.Array,
        "string" => TypeSet.String,
        "number" => TypeSet.Number | TypeSet.Integer,
        "integer" => TypeSet.Integer,
        "boolean" => TypeSet.Boolean,
        "null" => TypeSet.Null,
        _ => null,
    };

    private static bool Matches(TypeSet types, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => types.HasFlag(TypeSet.Object),
        JsonValueKind.Array => types.HasFlag(TypeSet.Array),
        JsonValueKind.String => types.HasFlag(TypeSet.String),
        JsonValueKind.Number => types.HasFlag(TypeSet.Number) || (types.HasFlag(TypeSet.Integer) && IsWhole(value)),
        JsonValueKind.True or JsonValueKind.False => types.HasFlag(TypeSet.Boolean),
        JsonValueKind.Null => types.HasFlag(TypeSet.Null),
        _ => false,
    };

    private static bool IsWhole(JsonElement value)
    {
        var number = value.GetDouble();
        return Math.Floor(number) == number;
    }

    private static string Describe(TypeSet types)
    {
        var names = new List<string>();
        if (types.HasFlag(TypeSet.Object))
        {
            names.Add("an object");
        }

        if (types.HasFlag(TypeSet.Array))
        {
            names.Add("an array");
        }

        if (types.HasFlag(TypeSet.String))
        {
            names.Add("a string");
        }

        if (types.HasFlag(TypeSet.Number))
        {
            names.Add("a number");
        }
        else if (types.HasFlag(TypeSet.Integer))
        {
            names.Add("a whole number");
        }

        if (types.HasFlag(TypeSet.Boolean))
        {
            names.Add("true or false");
        }

        if (types.HasFlag(TypeSet.Null))
        {
            names.Add("null");
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
    }

    private static string DescribeFound(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "the string " + Show(value),
        JsonValueKind.Number => "the number " + Shorten(value.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "\"" + Shorten(value.GetString()!) + "\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => Shorten(value.GetRawText()),
    };

    // A value is echoed as far as it helps find it: a string or a number of a million digits is not.
    private static string Shorten(string text) => text.Length <= 60 ? text : text.Remove(57) + "...";

    private static bool IsOneOf(JsonElement value, string[] allowed)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        foreach (var text in allowed)
        {
            if (value.ValueEquals(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.String => string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal),
            JsonValueKind.Number => a.GetDouble().Equals(b.GetDouble()),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray(), JsonEquals).All(x => x),
            JsonValueKind.Object => a.EnumerateObject().Count() == b.EnumerateObject().Count()
                && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var other) && JsonEquals(p.Value, other)),
            _ => true,
        };
    }

    // Equal JSON values (numbers by value, objects whatever their member order) give the same key.
    private static string CanonicalKey(JsonElement value)
    {
        var key = new System.Text.StringBuilder();
        AppendKey(value, key);
        return key.ToString();
    }

    private static void AppendKey(JsonElement value, System.Text.StringBuilder key)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                key.Append('s').Append(value.GetString()!.Length).Append(':').Append(value.GetString());
                break;
            case JsonValueKind.Number:
                key.Append('n').Append(value.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                break;
            case JsonValueKind.Array:
                key.Append('[');
                foreach (var item in value.EnumerateArray())
                {
                    AppendKey(item, key);
                }

                key.Append(']');
                break;
            case JsonValueKind.Object:
                key.Append('{');
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    key.Append(property.Name.Length).Append(':').Append(property.Name);
                    AppendKey(property.Value, key);
                }

                key.Append('}');
                break;
            default:
                key.Append(value.ValueKind.ToString()).Append(';');
                break;
        }
    }

    // Code points, as JSON Schema counts a string's length: a surrogate pair is one.
    private static int CountCharacters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsLowSurrogate(c))
            {
                count++;
            }
        }

        return count;
    }

    [Flags]
    private enum TypeSet
    {
        None = 0,
        Object = 1,
        Array = 2,
        String = 4,
        Number = 8,
        Integer = 16,
        Boolean = 32,
        Null = 64,
    }

    private sealed partial class Node
    {
        private Regex? _pattern;

        public string? Ref { get; set; }

        /// <summary>The schema <c>false</c>: no value is allowed.</summary>
        public bool Never { get; set; }

        public Node? Target { get; set; }

        public TypeSet Types { get; set; }

        public Dictionary<string, Node>? Properties { get; set; }

        public List<string> PropertyOrder { get; } = [];

        public string[] Required { get; set; } = [];

        public bool AdditionalForbidden { get; set; }

        public Node? Additional { get; set; }

        public Node? PropertyNames { get; set; }

        public Node? Items { get; set; }

        public JsonElement[]? Enum { get; set; }

        /// <summary>The enum's values when all are strings: compared without allocating.</summary>
        public string[]? EnumStrings { get; set; }

        /// <summary>The same values in UTF-8, for the one-pass check to compare with the bytes it reads.</summary>
        public byte[][]? EnumUtf8 { get; set; }

        /// <summary>Whether a string value needs its text: length, pattern or format.</summary>
        public bool ChecksText => MinLength is not null || MaxLength is not null || PatternText is not null || Format is not null;

        public JsonElement? Const { get; set; }

        public string? Format { get; set; }

        public string? PatternText { get; set; }

        // Built on first use: a command reads few kinds of value, and every Regex costs start-up
        // time. Two threads may build it at once; either instance is correct.
        public Regex? Pattern => DotNetPattern is null ? null : _pattern ??= new Regex(DotNetPattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>The pattern as .NET reads it with ECMA-262's anchors and dot (see <see cref="EcmaPattern"/>).</summary>
        public string? DotNetPattern { get; set; }

        /// <summary>The pattern matched without a regular-expression engine, when it is simple enough (see <see cref="Schema.SimplePattern"/>).</summary>
        public SimplePattern? SimplePattern { get; set; }

        /// <summary>Whether the text matches the node's pattern, if it has one.</summary>
        public bool MatchesPattern(ReadOnlySpan<char> text) =>
            DotNetPattern is null || (SimplePattern is { } simple ? simple.IsMatch(text) : MatchesRegex(text));

        private bool MatchesRegex(ReadOnlySpan<char> text) =>
#if NET
            Pattern!.IsMatch(text);
#else
            Pattern!.IsMatch(text.ToString());
#endif

        public int? MinLength { get; set; }

        public int? MaxLength { get; set; }

        public int? MinItems { get; set; }

        public int? MaxItems { get; set; }

        public bool UniqueItems { get; set; }

        public double? Minimum { get; set; }

        public double? Maximum { get; set; }

        public double? ExclusiveMinimum { get; set; }

        public double? ExclusiveMaximum { get; set; }

        public string? Description { get; set; }
    }

    private sealed record CompileContext(string DocumentId, List<Node> References, Dictionary<(string Document, string Location), Node> Definitions);

    // Most names need no escaping: no new string for them.
    private static string PointerName(string name) =>
        name.IndexOf('~') < 0 && name.IndexOf('/') < 0 ? name : JsonPointer.Append(string.Empty, name).Substring(1);

    private sealed class Context(string source, JsonSourceMap map, ErrorSink errors)
    {
        // The message is worded and the place looked up only for errors that will be listed.
        public void Add(string code, Func<string> message, LazyPointer pointer, bool atName = false) => errors.Add(() =>
        {
            var resolved = pointer.Resolve();
            var at = map.LocateNearest(resolved, atName);
            return new InputError
            {
                Code = code,
                Message = message(),
                Source = source,
                Pointer = resolved,
                Line = at?.Line,
                Column = at?.Column,
            };
        });
    }

    // Most values are valid leaves whose pointer is never shown: a value knows only its parent and
    // its name or index, and the text is built when an error needs it. A pointer is as long as the
    // names on its path, so building one for every value would be quadratic in a deep document.
    private sealed class PointerNode(PointerNode? parent, string? name, int index)
    {
        public PointerNode? Parent { get; } = parent;

        public string? Name { get; } = name;

        public int Index { get; } = index;

        public string Resolve()
        {
            var path = new List<PointerNode>();
            for (var current = this; current?.Parent is not null; current = current.Parent)
            {
                path.Add(current);
            }

            var text = new System.Text.StringBuilder();
            for (var i = path.Count - 1; i >= 0; i--)
            {
                text.Append(path[i].Name is { } name ? JsonPointer.Append(string.Empty, name) : JsonPointer.Append(string.Empty, path[i].Index));
            }

            return text.ToString();
        }
    }

    private readonly struct LazyPointer
    {
        private readonly PointerNode _parent;
        private readonly string? _name;
        private readonly int _index;

        public LazyPointer(PointerNode self)
        {
            _parent = self;
            _name = null;
            _index = -2;
        }

        public LazyPointer(PointerNode parent, string name)
        {
            _parent = parent;
            _name = name;
            _index = -1;
        }

        public LazyPointer(PointerNode parent, int index)
        {
            _parent = parent;
            _name = null;
            _index = index;
        }

        public static LazyPointer Root => new(new PointerNode(null, null, -1));

        /// <summary>This value as the parent of its children.</summary>
        public PointerNode AsParent() => _index == -2 ? _parent : new PointerNode(_parent, _name, _index);

        public string Resolve() => AsParent().Resolve();

        public static implicit operator LazyPointer(PointerNode self) => new(self);
    }
}
