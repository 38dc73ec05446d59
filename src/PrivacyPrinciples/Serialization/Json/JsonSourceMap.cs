using System;
using System.Collections.Generic;
using System.Threading;

namespace PrivacyPrinciples.Serialization.Json;

/// <summary>
/// Maps the JSON Pointers of a document to the line and column where each value (and each
/// property name) starts, so errors found on the parsed tree can name a place in the file.
/// </summary>
internal sealed class JsonSourceMap
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly Dictionary<string, Entry> _offsets = new(StringComparer.Ordinal);
    private readonly ReaderLimits _limits;
    private int _filled;
    private int[]? _lineStarts;

    /// <summary>
    /// A map filled on first lookup by a recording scan of the same bytes (<see cref="JsonScanner.Scan"/>
    /// with recording on). Most documents are valid and most reports never ask where a value is, so
    /// the pointers of every value are built only when someone does. The bytes must not change while
    /// the map is in use.
    /// </summary>
    public JsonSourceMap(ReadOnlyMemory<byte> utf8, ReaderLimits limits)
    {
        _utf8 = utf8;
        _limits = limits;
    }

    // Thread-safe: a result's locations may be read from several threads at once.
    private Dictionary<string, Entry> Offsets
    {
        get
        {
            if (Volatile.Read(ref _filled) == 0)
            {
                lock (_offsets)
                {
                    if (_filled == 0)
                    {
                        JsonScanner.Scan(_utf8, _limits, string.Empty, this, [], record: true);
                        Volatile.Write(ref _filled, 1);
                    }
                }
            }

            return _offsets;
        }
    }

    /// <summary>Records where a value (and its property name, when it has one) starts and ends; ends are exclusive byte offsets, -1 when not yet known.</summary>
    public void Add(string pointer, long valueStart, long valueEnd, long nameStart, long nameEnd)
    {
        // The first occurrence wins: a duplicate property is itself reported as an error.
        if (!_offsets.ContainsKey(pointer))
        {
            _offsets.Add(pointer, new Entry(valueStart, valueEnd, nameStart, nameEnd));
        }
    }

    /// <summary>Records where an object or array ends, once its closing token is read.</summary>
    public void SetEnd(string pointer, long valueEnd)
    {
        if (_offsets.TryGetValue(pointer, out var entry) && entry.ValueEnd < 0)
        {
            _offsets[pointer] = entry with { ValueEnd = valueEnd };
        }
    }

    /// <summary>The start and end of the value (or its property name) at a pointer, or of its nearest present ancestor.</summary>
    public (SourceLocation Start, SourceLocation End)? LocateSpanNearest(string pointer, bool atName)
    {
        var current = pointer;
        var offsets = Offsets;
        while (!offsets.ContainsKey(current))
        {
            if (current.Length == 0)
            {
                return null;
            }

            current = current.Substring(0, current.LastIndexOf('/'));
            atName = false;
        }

        var entry = offsets[current];
        var (start, end) = atName && entry.NameStart >= 0 ? (entry.NameStart, entry.NameEnd) : (entry.ValueStart, entry.ValueEnd);
        return (LocateOffset(start), LocateOffset(end < 0 ? start + 1 : end));
    }

    /// <summary>Where the value at <paramref name="pointer"/> starts, or its property name when <paramref name="atName"/> is set.</summary>
    public SourceLocation? Locate(string pointer, bool atName = false)
    {
        if (!Offsets.TryGetValue(pointer, out var entry))
        {
            return null;
        }

        var offset = atName && entry.NameStart >= 0 ? entry.NameStart : entry.ValueStart;
        return LocateOffset(offset);
    }

    /// <summary>The nearest located ancestor of a pointer: errors about missing values point at the closest thing that is there.</summary>
    public SourceLocation? LocateNearest(string pointer, bool atName = false)
    {
        var current = pointer;
        while (true)
        {
            if (Locate(current, atName) is SourceLocation found)
            {
                return found;
            }

            if (current.Length == 0)
            {
                return null;
            }

            current = current.Substring(0, current.LastIndexOf('/'));
            atName = false;
        }
    }

    public SourceLocation LocateOffset(long byteOffset)
    {
        var starts = _lineStarts ??= FindLineStarts(_utf8.Span);
        var line = Array.BinarySearch(starts, (int)Math.Min(byteOffset, int.MaxValue));
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(line + 1, CountCharacters(_utf8.Span, starts[line], (int)byteOffset) + 1);
    }

    public SourceLocation LocateLineAndByte(int zeroBasedLine, long bytePositionInLine)
    {
        var starts = _lineStarts ??= FindLineStarts(_utf8.Span);
        var line = Math.Min(Math.Max(zeroBasedLine, 0), starts.Length - 1);
        var end = (int)Math.Min(starts[line] + bytePositionInLine, _utf8.Length);
        return new SourceLocation(line + 1, CountCharacters(_utf8.Span, starts[line], end) + 1);
    }

    private static int[] FindLineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    // Columns count characters (Unicode scalar values), as editors show them, not bytes.
    private static int CountCharacters(ReadOnlySpan<byte> utf8, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end && i < utf8.Length; i++)
        {
            if ((utf8[i] & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private readonly record struct Entry(long ValueStart, long ValueEnd, long NameStart, long NameEnd);
}
