using System;
using System.IO;
using System.Text;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Reads attestations from JSON. Reading never throws for bad input: the result carries every
/// problem with its file, JSON Pointer, line and column. Thread-safe.
/// </summary>
public sealed class AttestationReader
{
    private static readonly DocumentLoader<Attestation> Loader =
        new(() => JsonSchemas.Attestation, ModelJsonContext.Default.Attestation, CheckSemantics);

    private readonly ReaderLimits _limits;

    /// <summary>Creates a reader with the default <see cref="ReaderLimits"/>.</summary>
    public AttestationReader()
        : this(new ReaderLimits())
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied, so later changes do not affect the reader.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public AttestationReader(ReaderLimits limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Reads an attestation from a file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <returns>The attestation, or every problem found.</returns>
    public ReadResult<Attestation> ReadFile(string path) => Loader.LoadFile(path ?? throw new ArgumentNullException(nameof(path)), _limits);

    /// <summary>Reads a file whose errors name it <paramref name="source"/>.</summary>
    internal ReadResult<Attestation> ReadFile(string path, string source) => Loader.LoadFile(path, source, _limits);

    /// <summary>Reads an attestation from a stream, up to the size limit.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="source">The name errors use for the input, for example a file name or <c>&lt;stdin&gt;</c>.</param>
    /// <returns>The attestation, or every problem found.</returns>
    public ReadResult<Attestation> Read(Stream stream, string source) =>
        Loader.Load(stream ?? throw new ArgumentNullException(nameof(stream)), source ?? string.Empty, _limits);

    /// <summary>Reads an attestation from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The attestation, or every problem found.</returns>
    public ReadResult<Attestation> Read(ReadOnlyMemory<byte> utf8Json, string source) => Loader.Load(utf8Json, source ?? string.Empty, _limits);

    /// <summary>Reads an attestation from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The attestation, or every problem found.</returns>
    public ReadResult<Attestation> Read(string json, string source) =>
        Loader.Load(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), source ?? string.Empty, _limits);

    private static void CheckSemantics(Attestation attestation, SemanticContext context)
    {
        foreach (var pair in attestation.Answers)
        {
            var answerPointer = JsonPointer.Append("/answers", pair.Key);
            for (var i = 0; i < pair.Value.Evidence.Count; i++)
            {
                var evidence = pair.Value.Evidence[i];
                if (evidence.Expires is DateTime expires && expires < evidence.Issued)
                {
                    context.Add(
                        InputErrorCodes.EvidenceDates,
                        $"the evidence expires ({IsoDateJsonConverter.Text(expires)}) before it was issued ({IsoDateJsonConverter.Text(evidence.Issued)}); expected an expiry date on or after the issue date",
                        JsonPointer.Append(answerPointer + "/evidence", i) + "/expires");
                }
            }
        }
    }
}
