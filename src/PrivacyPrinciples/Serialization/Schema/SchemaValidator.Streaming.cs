using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Serialization.Schema;

/// <summary>
/// The reader's fast path: one forward <see cref="Utf8JsonReader"/> pass that answers only whether
/// a document is certainly fine, so most documents skip the source map, the
/// <see cref="JsonDocument"/> and the error-reporting schema walk.
/// </summary>
/// <remarks>
/// It checks what the scanner checks (syntax, encoding, depth, item and string limits, duplicate
/// names) and every keyword <see cref="Validate(JsonElement, string, JsonSourceMap, ErrorSink)"/> implements, on the same compiled schema, so the
/// schema stays the single source of truth. A "no" is never an error: the caller then runs the
/// passes that find and explain every problem. Wherever an exact answer would cost more than it
/// saves (a long or escaped string near a limit, a number System.Text.Json cannot read as a double),
/// it says "no" and leaves the answer to them.
/// </remarks>
internal sealed partial class SchemaValidator
{
    private static readonly Node AnyValue = new();

    /// <summary>
    /// Whether <paramref name="utf8"/> is well-formed JSON within <paramref name="limits"/>, with no
    /// duplicate property names, and valid against the schema: when this is true, the passes that
    /// explain errors would find none.
    /// </summary>
    /// <param name="utf8">The document, without a byte order mark.</param>
    /// <param name="limits">The limits the scanner enforces.</param>
    /// <param name="rootVersion">The root object's <c>schemaVersion</c> string, when it has one, for the caller's version check.</param>
    public bool Accepts(ReadOnlySpan<byte> utf8, ReaderOptions limits, out string? rootVersion)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = limits.MaxDepth + 1,
        });
        var pass = new Pass(limits);
        try
        {
            // The reader throws on trailing content and on an empty document, so the last Read only returns false.
            var accepted = reader.Read() && Accept(_root, ref reader, pass, depth: 0) && !reader.Read();
            rootVersion = pass.RootVersion;
            return accepted;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or RegexMatchTimeoutException or InsufficientExecutionStackException)
        {
            // Malformed JSON, undecodable text, a pattern that took too long, or nesting too deep for the stack: let the explaining passes say which.
            rootVersion = null;
            return false;
        }
    }

    // On the value the reader is at; leaves the reader on the value's last token.
    private static bool Accept(Node node, ref Utf8JsonReader reader, Pass pass, int depth)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        while (node.Target is not null && !node.Never)
        {
            if (node.HasOwnAssertions)
            {
                // A reference beside other keywords: the value must pass both, so read it twice.
                var copy = reader;
                if (!Accept(node.Target, ref copy, pass, depth))
                {
                    return false;
                }

                break;
            }

            node = node.Target;
        }

        if (node.Never)
        {
            return false;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return node.Allows(TypeSet.Object) && MatchesConstAndEnum(node, reader) && AcceptObject(node, ref reader, pass, depth);
            case JsonTokenType.StartArray:
                return node.Allows(TypeSet.Array) && MatchesConstAndEnum(node, reader) && AcceptArray(node, ref reader, pass, depth);
            case JsonTokenType.String:
                return AcceptString(node, ref reader, pass);
            case JsonTokenType.Number:
                return AcceptNumber(node, ref reader);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return node.Allows(TypeSet.Boolean) && MatchesConstAndEnum(node, reader);
            case JsonTokenType.Null:
                return node.Allows(TypeSet.Null) && MatchesConstAndEnum(node, reader);
            default:
                return false;
        }
    }

    private static bool AcceptObject(Node node, ref Utf8JsonReader reader, Pass pass, int depth)
    {
        if (depth >= pass.Limits.MaxDepth)
        {
            return false;
        }

        var shape = node.Shape;
        ulong seen = 0;
        HashSet<string>? otherNames = null;
        var count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (++count > pass.Limits.MaxItems || reader.ValueSpan.Length > pass.Limits.MaxStringLength || !JsonScanner.IsWellFormedText(ref reader))
            {
                return false;
            }

            var index = shape.IndexOf(ref reader);
            string? name = null;
            if (index >= 0 && index < 64)
            {
                var bit = 1UL << index;
                if ((seen & bit) != 0)
                {
                    return false;
                }

                seen |= bit;
            }
            else
            {
                name = reader.GetString()!;
                if (!(otherNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                {
                    return false;
                }
            }

            if (node.PropertyNames is not null && !AcceptText(node.PropertyNames, name ?? reader.GetString()!))
            {
                return false;
            }

            Node child;
            if (index >= 0)
            {
                child = shape.Children[index];
            }
            else if (node.AdditionalForbidden)
            {
                return false;
            }
            else
            {
                child = node.Additional ?? AnyValue;
            }

            var isVersion = depth == 0 && reader.ValueTextEquals("schemaVersion"u8);
            reader.Read();
            if (isVersion && reader.TokenType == JsonTokenType.String)
            {
                pass.RootVersion = reader.GetString();
            }

            if (!Accept(child, ref reader, pass, depth + 1))
            {
                return false;
            }
        }

        if ((seen & shape.RequiredMask) != shape.RequiredMask)
        {
            return false;
        }

        foreach (var required in shape.RequiredElsewhere)
        {
            if (otherNames is null || !otherNames.Contains(required))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AcceptArray(Node node, ref Utf8JsonReader reader, Pass pass, int depth)
    {
        if (depth >= pass.Limits.MaxDepth)
        {
            return false;
        }

        var items = node.Items ?? AnyValue;
        var unique = node.UniqueItems ? new HashSet<string>(StringComparer.Ordinal) : null;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (++count > pass.Limits.MaxItems)
            {
                return false;
            }

            // The item is checked first, so the key is only built from text that decodes.
            var start = reader;
            if (!Accept(items, ref reader, pass, depth + 1) || (unique is not null && !unique.Add(CanonicalKey(ref start))))
            {
                return false;
            }
        }

        return !(node.MinItems is int min && count < min) && !(node.MaxItems is int max && count > max);
    }

    private static bool AcceptString(Node node, ref Utf8JsonReader reader, Pass pass)
    {
        // A string longer in bytes than the limit may still be within it in characters: the scanner decides.
        if (reader.ValueSpan.Length > pass.Limits.MaxStringLength || !JsonScanner.IsWellFormedText(ref reader) || !node.Allows(TypeSet.String))
        {
            return false;
        }

        if (node.Enum is not null || node.Const is not null)
        {
            if (node.EnumUtf8 is { } allowed && node.Const is null)
            {
                if (!IsOneOf(ref reader, allowed))
                {
                    return false;
                }
            }
            else if (!MatchesConstAndEnum(node, reader))
            {
                return false;
            }
        }

        if (!node.ChecksText)
        {
            return true;
        }

        // Most texts are judged from their UTF-8: plain ids, canonical dates, simple patterns.
        if (!reader.ValueIsEscaped
            && (node.DotNetPattern is null || node.SimplePattern is not null)
            && (node.Format is null || IsoDateJsonConverter.TryParseCanonical(reader.ValueSpan, out _)))
        {
            return LengthFits(node, reader.ValueSpan) && (node.SimplePattern is null || node.SimplePattern.IsMatch(reader.ValueSpan));
        }

#if NET
        // Decoded into a buffer, not a string: ids, references and dates are short.
        var length = reader.ValueSpan.Length;
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        try
        {
            return AcceptText(node, buffer.Slice(0, reader.CopyString(buffer)));
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
#else
        return AcceptText(node, reader.GetString()!.AsSpan());
#endif
    }

    // Only the length, from the UTF-8: a code point takes one to four bytes, so most texts are
    // clearly within bounds without counting; otherwise count the bytes that start a code point.
    private static bool LengthFits(Node node, ReadOnlySpan<byte> utf8)
    {
        var atMost = utf8.Length;
        var atLeast = (utf8.Length + 3) / 4;
        if (!(node.MinLength is int min && atLeast < min) && !(node.MaxLength is int max && atMost > max))
        {
            return true;
        }

        return LengthFits(node, CountCodePoints(utf8));
    }

    private static bool IsOneOf(ref Utf8JsonReader reader, byte[][] allowed)
    {
        var escaped = reader.ValueIsEscaped;
        foreach (var text in allowed)
        {
            if (escaped ? reader.ValueTextEquals(text) : reader.ValueSpan.SequenceEqual(text))
            {
                return true;
            }
        }

        return false;
    }

    // A string value or a property name, against the node's string keywords (the same tests as ValidateString).
    private static bool AcceptText(Node node, string text) => AcceptText(node, text.AsSpan());

    private static bool AcceptText(Node node, ReadOnlySpan<char> text)
    {
        while (node.Target is not null && !node.Never)
        {
            if (node.HasOwnAssertions && !AcceptText(node.Target, text))
            {
                return false;
            }

            if (node.HasOwnAssertions)
            {
                break;
            }

            node = node.Target;
        }

        if (node.Never
            || !node.Allows(TypeSet.String)
            || (node.Const is JsonElement constant && !(constant.ValueKind == JsonValueKind.String && constant.ValueEquals(text)))
            || (node.Enum is not null && !IsOneOf(node.Enum, text)))
        {
            return false;
        }

        if (!LengthFits(node, CountCharacters(text)))
        {
            return false;
        }

        if (node.Format == "date" && !IsDate(text))
        {
            return false;
        }

        return node.MatchesPattern(text);
    }

    private static bool IsOneOf(JsonElement[] allowed, ReadOnlySpan<char> text)
    {
        foreach (var value in allowed)
        {
            if (value.ValueKind == JsonValueKind.String && value.ValueEquals(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDate(ReadOnlySpan<char> text) =>
        IsoDateJsonConverter.TryParseCanonical(text, out _) ||
#if NET
        DateTime.TryParseExact(text, IsoDateJsonConverter.Format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
#else
        IsoDateJsonConverter.TryParse(text.ToString(), out _);
#endif

    private static bool LengthFits(Node node, int length) =>
        !(node.MinLength is int min && length < min) && !(node.MaxLength is int max && length > max);

    private static int CountCodePoints(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static bool AcceptNumber(Node node, ref Utf8JsonReader reader)
    {
        if (!reader.TryGetDouble(out var number) || double.IsInfinity(number) || double.IsNaN(number))
        {
            return false;
        }

        var whole = Math.Floor(number) == number;
        if (!(node.Types == TypeSet.None || node.Types.HasFlag(TypeSet.Number) || (node.Types.HasFlag(TypeSet.Integer) && whole)))
        {
            return false;
        }

        return MatchesConstAndEnum(node, reader)
            && !(node.Minimum is double min && number < min)
            && !(node.ExclusiveMinimum is double exclusiveMin && number <= exclusiveMin)
            && !(node.Maximum is double max && number > max)
            && !(node.ExclusiveMaximum is double exclusiveMax && number >= exclusiveMax);
    }

    // const and enum on any kind of value, by canonical key: equal JSON gives equal keys. Takes the
    // reader by value, so the value is read again from a copy and the caller's position is kept.
    private static bool MatchesConstAndEnum(Node node, Utf8JsonReader reader)
    {
        if (node.Const is null && node.Enum is null)
        {
            return true;
        }

        var key = CanonicalKey(ref reader);
        var keys = node.Shape;
        return (keys.ConstKey is null || keys.ConstKey == key) && (keys.EnumKeys is null || keys.EnumKeys.Contains(key));
    }

    // The same key CanonicalKey(JsonElement) gives, read from the token stream.
    private static string CanonicalKey(ref Utf8JsonReader reader)
    {
        var key = new StringBuilder();
        AppendKey(ref reader, key);
        return key.ToString();
    }

    private static void AppendKey(ref Utf8JsonReader reader, StringBuilder key)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString()!;
                key.Append('s').Append(text.Length).Append(':').Append(text);
                break;
            case JsonTokenType.Number:
                key.Append('n').Append(reader.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                break;
            case JsonTokenType.StartArray:
                key.Append('[');
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    AppendKey(ref reader, key);
                }

                key.Append(']');
                break;
            case JsonTokenType.StartObject:
                var members = new List<KeyValuePair<string, string>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    var value = new StringBuilder();
                    AppendKey(ref reader, value);
                    members.Add(new KeyValuePair<string, string>(name, value.ToString()));
                }

                key.Append('{');
                foreach (var member in members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    key.Append(member.Key.Length).Append(':').Append(member.Key).Append(member.Value);
                }

                key.Append('}');
                break;
            default:
                key.Append(ToValueKind(reader.TokenType).ToString()).Append(';');
                break;
        }
    }

    private static JsonValueKind ToValueKind(JsonTokenType token) => token switch
    {
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };

    /// <summary>What one fast pass carries: the limits, and what the caller wants to know of the root.</summary>
    private sealed class Pass(ReaderOptions limits)
    {
        public ReaderOptions Limits { get; } = limits;

        public string? RootVersion { get; set; }
    }

    private sealed partial class Node
    {
        private Shape? _shape;

        /// <summary>Whether the node asserts anything besides its reference.</summary>
        public bool HasOwnAssertions =>
            Never || Types != TypeSet.None || Properties is not null || Required.Length > 0 || AdditionalForbidden || Additional is not null
            || PropertyNames is not null || Items is not null || Enum is not null || Const is not null || ChecksText
            || MinItems is not null || MaxItems is not null || UniqueItems
            || Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null;

        /// <summary>What the fast pass needs of the node, made on first use (two threads may both make it; either is the same).</summary>
        public Shape Shape => _shape ??= new Shape(this);

        public bool Allows(TypeSet type) => Types == TypeSet.None || Types.HasFlag(type);
    }

    /// <summary>A node's declared properties as UTF-8 for comparing names without decoding them, and its keys for const and enum.</summary>
    private sealed class Shape
    {
        private readonly byte[][] _names;
        private readonly Dictionary<string, int> _indexByName;

        public Shape(Node node)
        {
            var order = node.Properties is null ? [] : node.PropertyOrder.Distinct(StringComparer.Ordinal).ToArray();
            _names = [.. order.Select(Encoding.UTF8.GetBytes)];
            _indexByName = order.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
            Children = [.. order.Select(name => node.Properties![name])];
            foreach (var required in node.Required.Distinct(StringComparer.Ordinal))
            {
                if (_indexByName.TryGetValue(required, out var i) && i < 64)
                {
                    RequiredMask |= 1UL << i;
                }
                else
                {
                    RequiredElsewhere.Add(required);
                }
            }

            ConstKey = node.Const is JsonElement constant ? SchemaValidator.CanonicalKey(constant) : null;
            EnumKeys = node.Enum is null ? null : new HashSet<string>(node.Enum.Select(SchemaValidator.CanonicalKey), StringComparer.Ordinal);
        }

        public Node[] Children { get; }

        public ulong RequiredMask { get; }

        /// <summary>Required names past the 64th declared property or not declared at all: looked up among the other names.</summary>
        public List<string> RequiredElsewhere { get; } = [];

        public string? ConstKey { get; }

        public HashSet<string>? EnumKeys { get; }

        /// <summary>The declared property the reader's current name is, or -1.</summary>
        public int IndexOf(ref Utf8JsonReader reader)
        {
            if (_names.Length == 0)
            {
                return -1;
            }

            if (reader.ValueIsEscaped)
            {
                return _indexByName.TryGetValue(reader.GetString()!, out var index) ? index : -1;
            }

            var name = reader.ValueSpan;
            for (var i = 0; i < _names.Length; i++)
            {
                if (name.SequenceEqual(_names[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
