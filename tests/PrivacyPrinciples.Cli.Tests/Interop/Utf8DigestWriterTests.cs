using System;
using System.Security.Cryptography;
using System.Text;
using PrivacyPrinciples.Cli.Interop;

namespace PrivacyPrinciples.Cli.Tests.Interop;

/// <summary>The digest of a document taken as it is written is the digest of its UTF-8 bytes, however the writes split it.</summary>
public class Utf8DigestWriterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4095)]
    [InlineData(10_000)]
    public void WrittenInPieces_IsTheDigestOfTheWholeText(int piece)
    {
        // ASCII, two-byte and three-byte characters, and surrogate pairs that a piece may split.
        string[] characters = ["a", "\u00e9", "\u20ac", "\U0001F600"];
        var builder = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            builder.Append(characters[i % characters.Length]);
        }

        var text = builder.ToString();
        using var writer = new Utf8DigestWriter();
        for (var at = 0; at < text.Length; at += piece)
        {
            var chunk = text.AsSpan(at, Math.Min(piece, text.Length - at));
            if (piece == 1)
            {
                writer.Write(chunk[0]);
            }
            else if (piece == 2)
            {
                writer.Write(chunk.ToArray(), 0, chunk.Length);
            }
            else
            {
                writer.Write(chunk.ToString());
            }
        }

        writer.Digest().Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }
}
