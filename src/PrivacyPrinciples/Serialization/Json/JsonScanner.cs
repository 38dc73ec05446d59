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
    public static bool Scan(ReadOnlyMemory<byte> utf8, ReaderLimits limits, string source, JsonSourceMap map, List<InputError> errors, bool record)
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
                        : reader.TokenType == JsonTokenType.PropertyName ? top.Pointer
                        : top.IsArray ? JsonPointer.Append(top.Pointer, top.Count)
                        : JsonPointer.Append(top.Pointer, pendingName);
                    errors.Add(Error(InputErrorCodes.Encoding, ErrorMessages.Encoding, source, where, map.LocateOffset(reader.TokenStartIndex)));
                    return false;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString()!;
                        pendingNameOffset = reader.TokenStartIndex;
                        pendingNameEnd = reader.TokenStartIndex + reader.ValueSpan.Length + 2;
                        if (!top!.Names!.Add(pendingName))
                        {
                            var at = map.LocateOffset(reader.TokenStartIndex);
                            errors.Add(Error(InputErrorCodes.DuplicateProperty, ErrorMessages.DuplicateProperty(pendingName), source, JsonPointer.Append(top.Pointer, pendingName), at));
                        }

                        CountItem(top, limits, source, map, errors, reader.TokenStartIndex);
                        break;

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (record)
                        {
                            map.SetEnd(top!.Pointer, reader.TokenStartIndex + 1);
                        }

                        frames.RemoveAt(frames.Count - 1);
                        break;

                    default:
                        long nameOffset = -1;
                        long nameEnd = -1;
                        if (top is not null && top.IsArray)
                        {
                            CountItem(top, limits, source, map, errors, reader.TokenStartIndex);
                        }
                        else if (top is not null)
                        {
                            nameOffset = pendingNameOffset;
                            nameEnd = pendingNameEnd;
                        }

                        // A value's pointer is built only when it is recorded, opens a container or is in error.
                        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                        var isLongString = reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > limits.MaxStringLength;
                        var pointer = !(record || isContainer || isLongString) ? string.Empty
                            : top is null ? JsonPointer.Root
                            : top.IsArray ? JsonPointer.Append(top.Pointer, top.Count - 1)
                            : JsonPointer.Append(top.Pointer, pendingName);
                        if (record)
                        {
                            var valueEnd = reader.TokenType switch
                            {
                                JsonTokenType.StartObject or JsonTokenType.StartArray => -1,
                                JsonTokenType.String => reader.TokenStartIndex + reader.ValueSpan.Length + 2,
                                _ => reader.TokenStartIndex + reader.ValueSpan.Length,
                            };
                            map.Add(pointer, reader.TokenStartIndex, valueEnd, nameOffset, nameEnd);
                        }

                        if (isContainer)
                        {
                            if (frames.Count >= limits.MaxDepth)
                            {
                                errors.Add(Error(InputErrorCodes.TooDeep, ErrorMessages.TooDeep(limits.MaxDepth), source, pointer, map.LocateOffset(reader.TokenStartIndex)));
                                return false;
                            }

                            frames.Add(new Frame(pointer, reader.TokenType == JsonTokenType.StartArray));
                        }
                        else if (isLongString)
                        {
                            var length = reader.GetString()!.Length;
                            if (length > limits.MaxStringLength)
                            {
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
            var pointer = frames.Count == 0 ? JsonPointer.Root : frames[frames.Count - 1].Pointer;
            var truncated = ReachedEnd(utf8.Span, map, location);
            errors.Add(truncated
                ? Error(InputErrorCodes.Truncated, ErrorMessages.Truncated(frames.Count), source, pointer, location)
                : Error(InputErrorCodes.Syntax, ErrorMessages.Syntax(exception.Message), source, pointer, location));
            return false;
        }

        return true;
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Utf8JsonReader passes invalid UTF-8 and lone surrogate escapes through until a string is
    // decoded, so decode here: strictly for the raw bytes, then the escapes.
    private static bool IsWellFormedText(ref Utf8JsonReader reader)
    {
        // Most strings are plain ASCII without escapes: nothing to decode, nothing to allocate.
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && IsAscii(reader.ValueSpan))
        {
            return true;
        }

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

    private static void CountItem(Frame frame, ReaderLimits limits, string source, JsonSourceMap map, List<InputError> errors, long offset)
    {
        frame.Count++;
        if (frame.Count == limits.MaxItems + 1)
        {
            errors.Add(Error(InputErrorCodes.TooManyItems, ErrorMessages.TooManyItems(frame.IsArray, limits.MaxItems), source, frame.Pointer, map.LocateOffset(offset)));
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

    private sealed class Frame(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public HashSet<string>? Names { get; } = isArray ? null : new HashSet<string>(StringComparer.Ordinal);
    }
}
