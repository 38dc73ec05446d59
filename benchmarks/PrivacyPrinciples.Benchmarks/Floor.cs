using System;
using System.Text.Json;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>The physical floor every reading benchmark is measured against: tokenizing the bytes with <see cref="Utf8JsonReader"/> and nothing else.</summary>
internal static class Floor
{
    public static int Tokenize(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
