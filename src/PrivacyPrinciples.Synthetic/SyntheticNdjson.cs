using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// Writes attestations as NDJSON (newline-delimited JSON): one compact JSON object per line, each
/// line ending with <c>\n</c>, in the same format as <see cref="PrivacyPrinciplesJson.Serialize(Attestation)"/>
/// without the indentation. Streams: one attestation is held at a time, so a lazy sequence such as
/// <see cref="SyntheticAttestationGenerator.Generate"/> of any length is written in bounded memory.
/// Thread-safe for different writers.
/// </summary>
public static class SyntheticNdjson
{
    /// <summary>Writes every attestation of a sequence, one per line, enumerating the sequence once.</summary>
    /// <param name="writer">Where to write; left open and not flushed.</param>
    /// <param name="attestations">The attestations, in order.</param>
    /// <returns>How many lines were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="attestations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The sequence contains <see langword="null"/>; the lines before it have been written.</exception>
    public static long Write(TextWriter writer, IEnumerable<Attestation> attestations)
    {
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        _ = attestations ?? throw new ArgumentNullException(nameof(attestations));
        using var buffer = new MemoryStream();
        var count = 0L;
        foreach (var attestation in attestations)
        {
            WriteLine(writer, attestation ?? throw new ArgumentException($"The attestation at position {count} is null.", nameof(attestations)), buffer);
            count++;
        }

        return count;
    }

    /// <summary>Writes one attestation as one line.</summary>
    /// <param name="writer">Where to write; left open and not flushed.</param>
    /// <param name="attestation">The attestation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="attestation"/> is <see langword="null"/>.</exception>
    public static void WriteLine(TextWriter writer, Attestation attestation)
    {
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        _ = attestation ?? throw new ArgumentNullException(nameof(attestation));
        using var buffer = new MemoryStream();
        WriteLine(writer, attestation, buffer);
    }

    /// <summary>One attestation as one line of compact JSON, without the line break.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attestation"/> is <see langword="null"/>.</exception>
    public static string Serialize(Attestation attestation)
    {
        using var buffer = new MemoryStream();
        PrivacyPrinciplesJson.WriteCompact(buffer, attestation ?? throw new ArgumentNullException(nameof(attestation)));
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length));
    }

    private static void WriteLine(TextWriter writer, Attestation attestation, MemoryStream buffer)
    {
        buffer.SetLength(0);
        PrivacyPrinciplesJson.WriteCompact(buffer, attestation);
        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length)));
        writer.Write('\n');
    }
}
