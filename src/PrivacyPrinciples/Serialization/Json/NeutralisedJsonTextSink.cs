using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;

namespace PrivacyPrinciples.Serialization.Json;

/// <summary>
/// Where a <see cref="System.Text.Json.Utf8JsonWriter"/> writes when its JSON goes to a
/// <see cref="TextWriter"/>: UTF-8 in a small pooled buffer, decoded and passed through the JSON
/// neutralising rule (<see cref="DisplayText.ForJson"/>) a buffer at a time, so a report of any size
/// never becomes one string (which, past 85 KB, would land on the large object heap).
/// </summary>
/// <remarks>
/// Gives exactly the characters <see cref="DisplayText.ForJson"/> gives for the whole text, with
/// <c>indent</c> written after every line break (how an array item is indented one level).
/// </remarks>
internal sealed class NeutralisedJsonTextSink : IBufferWriter<byte>, IDisposable
{
    private const int BufferSize = 16 * 1024;

    private readonly TextWriter _writer;
    private readonly string _indent;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(BufferSize);
    private char[] _chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(BufferSize));
    private int _count;

    // The two characters before the current one, across buffers, for the "##[" rule.
    private char _previous;
    private char _beforePrevious;

    public NeutralisedJsonTextSink(TextWriter writer, string indent)
    {
        _writer = writer;
        _indent = indent;
    }

    public void Advance(int count)
    {
        if (count < 0 || _count + count > _bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _count += count;
    }

    // Reserve may replace the buffer, so it runs before the buffer is read.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _bytes.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _bytes.AsSpan(start);
    }

    /// <summary>Writes what is buffered; <paramref name="final"/> when no more bytes will come.</summary>
    public void Flush(bool final)
    {
        var charCount = _decoder.GetChars(_bytes, 0, _count, _chars, 0, final);
        _count = 0;
        var runStart = 0;
        for (var i = 0; i < charCount; i++)
        {
            var c = _chars[i];
            var escape = c is '\u2028' or '\u2029' || (DisplayText.IsUnsafe(c) && c >= '\u0080') || (c == '[' && _previous == '#' && _beforePrevious == '#');
            _beforePrevious = _previous;
            _previous = c;
            if (escape)
            {
                _writer.Write(_chars, runStart, i - runStart);
                _writer.Write("\\u");
                _writer.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                runStart = i + 1;
            }
            else if (c == '\n' && _indent.Length > 0)
            {
                _writer.Write(_chars, runStart, i + 1 - runStart);
                _writer.Write(_indent);
                runStart = i + 1;
            }
        }

        _writer.Write(_chars, runStart, charCount - runStart);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<char>.Shared.Return(_chars);
        _bytes = [];
        _chars = [];
    }

    private int Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_bytes.Length - _count < sizeHint)
        {
            Flush(final: false);
        }

        if (_bytes.Length < sizeHint)
        {
            // A single value larger than the buffer (a very long string): grow to fit it.
            ArrayPool<byte>.Shared.Return(_bytes);
            ArrayPool<char>.Shared.Return(_chars);
            _bytes = ArrayPool<byte>.Shared.Rent(sizeHint);
            _chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(_bytes.Length));
        }

        return _count;
    }
}
