using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace PrivacyPrinciples.Cli.Interop;

/// <summary>
/// A writer that keeps no text: it hashes what is written, as UTF-8, with SHA-256. So the digest of
/// a document can be taken as it is written, without holding the document as one string.
/// </summary>
internal sealed class Utf8DigestWriter : TextWriter
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetEncoder();
    private readonly byte[] _bytes = new byte[4096];

    /// <inheritdoc/>
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc/>
    public override void Write(char value) => Write([value]);

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        // A character pair split across writes is kept by the encoder until its second half comes.
        while (!buffer.IsEmpty)
        {
            _encoder.Convert(buffer, _bytes, flush: false, out var used, out var written, out _);
            _hash.AppendData(_bytes, 0, written);
            buffer = buffer[used..];
        }
    }

    /// <summary>The SHA-256 of everything written, as lower-case hexadecimal.</summary>
    public string Digest()
    {
        _encoder.Convert(ReadOnlySpan<char>.Empty, _bytes, flush: true, out _, out var written, out _);
        _hash.AppendData(_bytes, 0, written);
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
