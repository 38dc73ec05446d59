using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>
/// The worst case for reading (issue 13): a document on one line, up to the maximum size, with an
/// error every few bytes (an unknown property every 8 bytes, 1,000 to an answer). Every error path
/// must cost time in proportion to the size: the column of each error used to be found by scanning
/// from the start of the line, so 1 MB took a minute. The baseline only tokenizes the same bytes;
/// the ratio staying flat from 256 KB to 4 MiB is the proof of linear time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ErrorPathBenchmarks
{
    private readonly AttestationReader _reader = new();
    private byte[] _json = [];

    /// <summary>The document's size: a quarter, a whole and four mebibytes (the default limit).</summary>
    [Params(262_144, 1_048_576, 4_194_304)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = Document(Bytes);
        var errors = _reader.Read(_json, "worst.json").Errors;
        if (errors.Count == 0 || errors[errors.Count - 1].Code != InputErrorCodes.TooManyErrors)
        {
            throw new InvalidOperationException("The worst-case document must have more errors than are listed.");
        }
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader: tokenize only")]
    public int Tokenize() => Floor.Tokenize(_json);

    [Benchmark(Description = "AttestationReader: every error path")]
    public int Read() => _reader.Read(_json, "worst.json").Errors.Count;

    /// <summary>One line of at most <paramref name="size"/> bytes: answers whose ids break the pattern, each with up to 1,000 unknown properties.</summary>
    public static byte[] Document(int size)
    {
        const string Head = "{\"schemaVersion\":\"1.0\",\"vendor\":{\"id\":\"worst\",\"name\":\"Worst\"},\"service\":{\"name\":\"Case\"},\"attestedOn\":\"2026-10-01\",\"answers\":{";
        var text = new StringBuilder(Head, size);
        for (var answer = 0; ; answer++)
        {
            var open = (answer == 0 ? string.Empty : ",") + "\"x" + answer + "\":{";
            if (text.Length + open.Length + 4 > size)
            {
                break;
            }

            text.Append(open);
            for (var i = 0; i < 1000; i++)
            {
                var property = (i == 0 ? string.Empty : ",") + "\"a" + i + "\":0";
                if (text.Length + property.Length + 3 > size)
                {
                    break;
                }

                text.Append(property);
            }

            text.Append('}');
        }

        return Encoding.UTF8.GetBytes(text.Append("}}").ToString());
    }
}
