using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace PrivacyPrinciples.Serialization.Json;

/// <summary>
/// Maps the JSON Pointers of a document to the line and column where each value (and each
/// property name) starts, so errors found on the parsed tree can name a place in the file.
/// </summary>
/// <remarks>
/// Every lookup costs time in proportion to the pointer, never to the document: values are kept
/// as a tree (a pointer's text is never stored, so deep documents with long property names stay
/// linear in memory), lines are found by binary search, and columns from a running count of
/// characters kept every <see cref="Stride"/> bytes, so a single-line document with an error every
/// few bytes does not rescan the line for each error.
/// </remarks>
internal sealed class JsonSourceMap
{
    private const int Stride = 64;

    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly ReaderOptions _limits;
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<ChildKey, int> _children = [];
    private int _filled;
    private int[]? _lineStarts;
    private int[]? _charsBefore;

    /// <summary>
    /// A map filled on first lookup by a recording scan of the same bytes (<see cref="JsonScanner.Scan"/>
    /// with recording on). Most documents are valid and most reports never ask where a value is, so
    /// the tree is built only when someone does. The bytes must not change while the map is in use.
    /// </summary>
    public JsonSourceMap(ReadOnlyMemory<byte> utf8, ReaderOptions limits)
    {
        _utf8 = utf8;
        _limits = limits;
    }

    /// <summary>The id of the document's root value, once recorded.</summary>
    public const int Root = 0;

    // Thread-safe: a result's locations may be read from several threads at once.
    private void EnsureFilled()
    {
        if (Volatile.Read(ref _filled) == 0)
        {
            lock (_nodes)
            {
                if (_filled == 0)
                {
                    JsonScanner.Scan(_utf8, _limits, string.Empty, this, new ErrorSink(1), record: true);
                    Volatile.Write(ref _filled, 1);
                }
            }
        }
    }

    /// <summary>Records a value: the root when <paramref name="parent"/> is -1, else a member (by name) or item (by index) of <paramref name="parent"/>.</summary>
    /// <returns>The value's id, for recording its children and its end.</returns>
    public int Add(int parent, string? name, int index, bool isArray, long valueStart, long valueEnd, long nameStart, long nameEnd)
    {
        var key = new ChildKey(parent, name, name is null ? index : -1);
        if (parent >= 0 && _children.TryGetValue(key, out var existing))
        {
            // The first occurrence wins: a duplicate property is itself reported as an error.
            return existing;
        }

        var id = _nodes.Count;
        _nodes.Add(new Node(isArray, valueStart, valueEnd, nameStart, nameEnd));
        if (parent >= 0)
        {
            _children.Add(key, id);
        }

        return id;
    }

    /// <summary>Records where an object or array ends, once its closing token is read.</summary>
    public void SetEnd(int id, long valueEnd)
    {
        var node = _nodes[id];
        if (node.ValueEnd < 0)
        {
            _nodes[id] = node with { ValueEnd = valueEnd };
        }
    }

    /// <summary>The start and end of the value (or its property name) at a pointer, or of its nearest present ancestor.</summary>
    public (SourceLocation Start, SourceLocation End)? LocateSpanNearest(string pointer, bool atName)
    {
        if (Find(pointer, ref atName) is not Node node)
        {
            return null;
        }

        var (start, end) = atName && node.NameStart >= 0 ? (node.NameStart, node.NameEnd) : (node.ValueStart, node.ValueEnd);
        return (LocateOffset(start), LocateOffset(end < 0 ? start + 1 : end));
    }

    /// <summary>Where the value at <paramref name="pointer"/> starts, or its property name when <paramref name="atName"/> is set; null when the document has no such value.</summary>
    public SourceLocation? Locate(string pointer, bool atName = false)
    {
        var exact = atName;
        if (Find(pointer, ref exact, nearest: false) is not Node node)
        {
            return null;
        }

        return LocateOffset(atName && node.NameStart >= 0 ? node.NameStart : node.ValueStart);
    }

    /// <summary>The nearest located ancestor of a pointer: errors about missing values point at the closest thing that is there.</summary>
    public SourceLocation? LocateNearest(string pointer, bool atName = false)
    {
        if (Find(pointer, ref atName) is not Node node)
        {
            return null;
        }

        return LocateOffset(atName && node.NameStart >= 0 ? node.NameStart : node.ValueStart);
    }

    public SourceLocation LocateOffset(long byteOffset)
    {
        var starts = _lineStarts ??= FindLineStarts(_utf8.Span);
        var offset = (int)Math.Max(0, Math.Min(byteOffset, _utf8.Length));
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(line + 1, CharactersBefore(offset) - CharactersBefore(starts[line]) + 1);
    }

    public SourceLocation LocateLineAndByte(int zeroBasedLine, long bytePositionInLine)
    {
        var starts = _lineStarts ??= FindLineStarts(_utf8.Span);
        var line = Math.Min(Math.Max(zeroBasedLine, 0), starts.Length - 1);
        var end = (int)Math.Min(starts[line] + Math.Max(0, bytePositionInLine), _utf8.Length);
        return new SourceLocation(line + 1, CharactersBefore(end) - CharactersBefore(starts[line]) + 1);
    }

    // Walks the tree along the pointer; with nearest set, stops at the deepest value present
    // (and then points at that value, not its name).
    private Node? Find(string pointer, ref bool atName, bool nearest = true)
    {
        EnsureFilled();
        if (_nodes.Count == 0 || pointer is null)
        {
            return null;
        }

        var current = Root;
        var position = 0;
        while (position < pointer.Length)
        {
            if (pointer[position] != '/')
            {
                return nearest ? Found(current, ref atName) : null;
            }

            var next = pointer.IndexOf('/', position + 1);
            var segment = pointer.Substring(position + 1, (next < 0 ? pointer.Length : next) - position - 1);
            var key = _nodes[current].IsArray
                ? new ChildKey(current, null, int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -2)
                : new ChildKey(current, Unescape(segment), -1);
            if (!_children.TryGetValue(key, out var child))
            {
                return nearest ? Found(current, ref atName) : null;
            }

            current = child;
            position = next < 0 ? pointer.Length : next;
        }

        return _nodes[current];
    }

    private Node Found(int id, ref bool atName)
    {
        atName = false;
        return _nodes[id];
    }

    private static string Unescape(string segment) =>
        segment.IndexOf('~') < 0 ? segment : segment.Replace("~1", "/").Replace("~0", "~");

    // Columns count characters (Unicode scalar values), as editors show them, not bytes: the
    // characters before an offset are the count kept at the last stride plus at most a stride's worth.
    private int CharactersBefore(int offset)
    {
        var span = _utf8.Span;
        var counts = _charsBefore ??= CountByStride(span);
        var block = offset / Stride;
        var count = counts[block];
        for (var i = block * Stride; i < offset; i++)
        {
            if ((span[i] & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static int[] CountByStride(ReadOnlySpan<byte> utf8)
    {
        var counts = new int[(utf8.Length / Stride) + 1];
        var count = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (i % Stride == 0)
            {
                counts[i / Stride] = count;
            }

            if ((utf8[i] & 0xC0) != 0x80)
            {
                count++;
            }
        }

        if (utf8.Length % Stride == 0)
        {
            counts[utf8.Length / Stride] = count;
        }

        return counts;
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

    private readonly record struct Node(bool IsArray, long ValueStart, long ValueEnd, long NameStart, long NameEnd);

    private readonly record struct ChildKey(int Parent, string? Name, int Index);
}
