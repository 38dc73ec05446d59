using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PrivacyPrinciples.Serialization.Json;

/// <summary>
/// The first pass over a document: checks syntax and limits, finds duplicate properties, and
/// builds the <see cref="JsonSourceMap"/> later passes use to place their errors.
/// </summary>
internal static class JsonScanner
{
    /// <summary>Scans a document.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">The limits it must stay within.</param>
    /// <param name="source">The file name errors carry.</param>
    /// <param name="map">Locates errors; filled with every value's position when <paramref name="record"/> is set.</param>
    /// <param name="errors">Where errors are added.</param>
    /// <param name="record">Whether to record every value in <paramref name="map"/>; a deferred map records on its own when first asked.</param>
    /// <returns>Whether the document is well-formed JSON within the depth limit (later passes can run).</returns>
    /// <remarks>
    /// Time and memory are linear in the size of the document: no pointer text is built unless an
    /// error needs it (a pointer is as long as the names on its path, so building one per value
    /// would be quadratic in a deep document with long names).
    /// </remarks>
    public static bool Scan(ReadOnlyMemory<byte> utf8, ReaderOptions limits, string source, JsonSourceMap map, ErrorSink errors, bool record)
    {
        if (IsBlank(utf8.Span))
        {
            errors.Add(new InputError { Code = InputErrorCodes.Empty, Message = ErrorMessages.Empty, Source = source, Line = 1, Column = 1 });
            return false;
        }

        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = limits.MaxDepth + 1, // our own depth check below reports first, with a pointer
        });

        string pendingName = string.Empty;
        long pendingNameOffset = -1;
        long pendingNameEnd = -1;
        try
        {
            while (reader.Read())
            {
                var top = frames.Count == 0 ? null : frames[frames.Count - 1];
                if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String && !IsWellFormedText(ref reader))
                {
                    // Invalid UTF-8 or a lone surrogate escape: nothing later could read this string, so stop here.
                    // A bad property name is placed at its object; a bad value at itself.
                    var where = top is null ? JsonPointer.Root
                        : reader.TokenType == JsonTokenType.PropertyName ? PointerOf(frames)
                        : top.IsArray ? JsonPointer.Append(PointerOf(frames), top.Count)
                        : JsonPointer.Append(PointerOf(frames), pendingName);
                    errors.Add(Error(InputErrorCodes.Encoding, ErrorMessages.Encoding, source, where, map.LocateOffset(reader.TokenStartIndex)));
                    return false;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingNameOffset = reader.TokenStartIndex;
                        pendingNameEnd = reader.TokenStartIndex + reader.ValueSpan.Length + 2;
                        if (reader.ValueSpan.Length > limits.MaxStringLength && reader.GetString()!.Length is var nameLength && nameLength > limits.MaxStringLength)
                        {
                            // Names are strings too: a long one would make every pointer below it long.
                            errors.Add(Error(InputErrorCodes.StringTooLong, ErrorMessages.NameTooLong(nameLength, limits.MaxStringLength), source, PointerOf(frames), map.LocateOffset(reader.TokenStartIndex)));
                            return false;
                        }

                        pendingName = reader.GetString()!;
                        if (!top!.Names!.Add(pendingName))
                        {
                            var name = pendingName;
                            var offset = reader.TokenStartIndex;
                            errors.Add(() => Error(InputErrorCodes.DuplicateProperty, ErrorMessages.DuplicateProperty(name), source, JsonPointer.Append(PointerOf(frames), name), map.LocateOffset(offset)));
                        }

                        CountItem(top, limits, source, map, errors, reader.TokenStartIndex, frames);
                        break;

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (record)
                        {
                            map.SetEnd(top!.Node, reader.TokenStartIndex + 1);
                        }

                        frames.RemoveAt(frames.Count - 1);
                        break;

                    default:
                        long nameOffset = -1;
                        long nameEnd = -1;
                        if (top is not null && top.IsArray)
                        {
                            CountItem(top, limits, source, map, errors, reader.TokenStartIndex, frames);
                        }
                        else if (top is not null)
                        {
                            nameOffset = pendingNameOffset;
                            nameEnd = pendingNameEnd;
                        }

                        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                        var isArray = reader.TokenType == JsonTokenType.StartArray;
                        var node = -1;
                        if (record)
                        {
                            var valueEnd = reader.TokenType switch
                            {
                                JsonTokenType.StartObject or JsonTokenType.StartArray => -1,
                                JsonTokenType.String => reader.TokenStartIndex + reader.ValueSpan.Length + 2,
                                _ => reader.TokenStartIndex + reader.ValueSpan.Length,
                            };
                            node = top is null
                                ? map.Add(-1, null, -1, isArray, reader.TokenStartIndex, valueEnd, -1, -1)
                                : top.IsArray
                                    ? map.Add(top.Node, null, top.Count - 1, isArray, reader.TokenStartIndex, valueEnd, -1, -1)
                                    : map.Add(top.Node, pendingName, -1, isArray, reader.TokenStartIndex, valueEnd, nameOffset, nameEnd);
                        }

                        if (isContainer)
                        {
                            var frame = top is null ? new Frame(null, -1, isArray, node)
                                : top.IsArray ? new Frame(null, top.Count - 1, isArray, node)
                                : new Frame(pendingName, -1, isArray, node);
                            if (frames.Count >= limits.MaxDepth)
                            {
                                frames.Add(frame);
                                errors.Add(Error(InputErrorCodes.TooDeep, ErrorMessages.TooDeep(limits.MaxDepth), source, PointerOf(frames), map.LocateOffset(reader.TokenStartIndex)));
                                return false;
                            }

                            frames.Add(frame);
                        }
                        else if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > limits.MaxStringLength)
                        {
                            var length = reader.GetString()!.Length;
                            if (length > limits.MaxStringLength)
                            {
                                var pointer = top is null ? JsonPointer.Root
                                    : top.IsArray ? JsonPointer.Append(PointerOf(frames), top.Count - 1)
                                    : JsonPointer.Append(PointerOf(frames), pendingName);
                                errors.Add(Error(InputErrorCodes.StringTooLong, ErrorMessages.StringTooLong(length, limits.MaxStringLength), source, pointer, map.LocateOffset(reader.TokenStartIndex)));
                            }
                        }

                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            var location = map.LocateLineAndByte((int)(exception.LineNumber ?? 0), exception.BytePositionInLine ?? 0);

            // Right after a name (`"attestedOn": 2026-05-28`, `"a": tru`) or an array's opening
            // bracket, what failed is a value, placed where it would be as every other error of a
            // value is; anything else (a missing comma, a stray character) is placed at the
            // innermost open container.
            var pointer = frames.Count == 0 ? JsonPointer.Root
                : reader.TokenType == JsonTokenType.PropertyName ? JsonPointer.Append(PointerOf(frames), pendingName)
                : reader.TokenType == JsonTokenType.StartArray ? JsonPointer.Append(PointerOf(frames), 0)
                : PointerOf(frames);
            var truncated = ReachedEnd(utf8.Span, map, location);
            errors.Add(truncated
                ? Error(InputErrorCodes.Truncated, ErrorMessages.Truncated(frames.Count), source, pointer, location)
                : Error(InputErrorCodes.Syntax, ErrorMessages.Syntax(exception.Message, utf8.Span), source, pointer, location));
            return false;
        }

        return true;
    }

    // The pointer of the innermost open container, built from each frame's name or index.
    private static string PointerOf(List<Frame> frames)
    {
        var pointer = new System.Text.StringBuilder();
        for (var i = 1; i < frames.Count; i++)
        {
            var frame = frames[i];
            pointer.Append(frame.Name is null ? JsonPointer.Append(string.Empty, frame.Index) : JsonPointer.Append(string.Empty, frame.Name));
        }

        return pointer.ToString();
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Utf8JsonReader passes invalid UTF-8 and lone surrogate escapes through until a string is
    // decoded, so decode here: strictly for the raw bytes, then the escapes.
    internal static bool IsWellFormedText(ref Utf8JsonReader reader)
    {
        // Most strings have no escapes: their bytes only need to be valid UTF-8, checked in place.
#if NET
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return System.Text.Unicode.Utf8.IsValid(reader.ValueSpan);
        }
#else
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && IsAscii(reader.ValueSpan))
        {
            return true;
        }
#endif

        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        try
        {
            _ = StrictUtf8.GetCharCount(raw);
            if (reader.ValueIsEscaped)
            {
                var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, raw.Length));
                try
                {
                    reader.CopyString(buffer);
                }
                finally
                {
                    System.Buffers.ArrayPool<char>.Shared.Return(buffer);
                }
            }

            return true;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

#if !NET
    private static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
#endif

    private static void CountItem(Frame frame, ReaderOptions limits, string source, JsonSourceMap map, ErrorSink errors, long offset, List<Frame> frames)
    {
        frame.Count++;
        if (frame.Count == limits.MaxItems + 1)
        {
            errors.Add(() => Error(InputErrorCodes.TooManyItems, ErrorMessages.TooManyItems(frame.IsArray, limits.MaxItems), source, PointerOf(frames), map.LocateOffset(offset)));
        }
    }

    private static InputError Error(string code, string message, string source, string pointer, SourceLocation at) =>
        new() { Code = code, Message = message, Source = source, Pointer = pointer, Line = at.Line, Column = at.Column };

    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    // A syntax error at the end of the data (only white space after it) means the file was cut short.
    private static bool ReachedEnd(ReadOnlySpan<byte> utf8, JsonSourceMap map, SourceLocation errorAt)
    {
        var end = utf8.Length;
        while (end > 0 && utf8[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        var last = map.LocateOffset(end);
        return errorAt.Line > last.Line || (errorAt.Line == last.Line && errorAt.Column >= last.Column);
    }

    // An open object or array: its name or index in its parent (the root has neither), and its
    // value in the source map when recording.
    private sealed class Frame(string? name, int index, bool isArray, int node)
    {
        public string? Name { get; } = name;

        public int Index { get; } = index;

        public bool IsArray { get; } = isArray;

        public int Node { get; } = node;

        public int Count { get; set; }

        public HashSet<string>? Names { get; } = isArray ? null : new HashSet<string>(StringComparer.Ordinal);
    }
}
