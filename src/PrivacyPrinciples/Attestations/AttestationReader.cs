using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// Reads attestations from JSON. Reading never throws for bad input: the result carries every
/// problem with its file, JSON Pointer, line and column. Thread-safe.
/// </summary>
public sealed class AttestationReader
{
    internal static readonly DocumentLoader<Attestation> Loader =
        new(
            () => JsonSchemas.Attestation,
            () => AttestationJsonContext.Default.Attestation,
            CheckSemantics,
            major: 2,
            olderVersionAdvice: "format 1.x did not state every audience nor declare evidence once; upgrade the file to 2.0 with the tool's migrate command (docs/attestation-format.md, 'Upgrading from 1.x')",
            bind: AttestationBinder.TryBind);

    private readonly ReaderOptions _limits;

    /// <summary>Creates a reader with the default <see cref="ReaderOptions"/>.</summary>
    public AttestationReader()
        : this(new ReaderOptions())
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied, so later changes do not affect the reader.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public AttestationReader(ReaderOptions limits) =>
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
        CheckAssessment(attestation, context);
        // Every valid document passes through here: pointers are built only for the errors found.
        var declared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < attestation.Evidence.Count; i++)
        {
            var evidence = attestation.Evidence[i];
            if (!declared.Add(evidence.Id))
            {
                context.Add(InputErrorCodes.DuplicateEvidenceId, $"evidence id '{evidence.Id}' is declared more than once; expected each id once", JsonPointer.Append("/evidence", i) + "/id");
            }

            if (evidence.Expires is DateTime expires && expires < evidence.Issued)
            {
                context.Add(
                    InputErrorCodes.EvidenceDates,
                    $"the evidence expires ({IsoDateJsonConverter.Text(expires)}) before it was issued ({IsoDateJsonConverter.Text(evidence.Issued)}); expected an expiry date on or after the issue date",
                    JsonPointer.Append("/evidence", i) + "/expires");
            }
        }

        HashSet<(string Ref, EvidencePurpose Shows)>? cited = null;
        foreach (var pair in attestation.Answers)
        {
            cited?.Clear();
            for (var i = 0; i < pair.Value.Evidence.Count; i++)
            {
                var citation = pair.Value.Evidence[i];
                if (!declared.Contains(citation.Ref))
                {
                    context.Add(InputErrorCodes.UnknownEvidence, UnknownEvidence(citation.Ref, declared), CitationPointer(pair.Key, i));
                }
                else if (!(cited ??= []).Add((citation.Ref, citation.Shows)))
                {
                    context.Add(InputErrorCodes.DuplicateEvidenceId, $"evidence '{citation.Ref}' is cited twice for the same purpose in this answer; expected each citation once", CitationPointer(pair.Key, i));
                }
            }
        }
    }

    private static string CitationPointer(string answer, int index) =>
        JsonPointer.Append(JsonPointer.Append("/answers", answer) + "/evidence", index) + "/ref";

    // Only someone outside the vendor can fail to know: a vendor that does not know its own service says "not implemented" or explains.
    private static void CheckAssessment(Attestation attestation, SemanticContext context)
    {
        if (attestation.IsThirdPartyAssessment && string.IsNullOrWhiteSpace(attestation.Assessment!.Assessor))
        {
            context.Add(InputErrorCodes.Assessor, "a third-party assessment must name its assessor; expected /assessment/assessor, for example the guide or research group that made it", "/assessment");
        }

        if (!attestation.IsThirdPartyAssessment)
        {
            const string OnlyThirdParty = "only a third-party assessment can record that something could not be determined; a vendor knows its own service: expected ";
            foreach (var pair in attestation.Answers.Where(p => p.Value.Status == AnswerStatus.Undetermined).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                context.Add(InputErrorCodes.Undetermined, OnlyThirdParty + "implemented, partial, planned, notImplemented or notApplicable, or an assessment by a third party (/assessment)", JsonPointer.Append("/answers", pair.Key) + "/status");
            }

            if (attestation.UndeterminedFacts.Count > 0)
            {
                context.Add(InputErrorCodes.Undetermined, OnlyThirdParty + "each fact stated in /facts, or left out when unknown", "/undeterminedFacts");
            }

            return;
        }

        for (var i = 0; i < attestation.UndeterminedFacts.Count; i++)
        {
            var path = attestation.UndeterminedFacts[i];
            var pointer = JsonPointer.Append("/undeterminedFacts", i);
            if (!PrivacyPrinciples.Attestations.FactCatalog.TryGet(path, out var fact))
            {
                context.Add(InputErrorCodes.Undetermined, $"'{path}' is not a fact of the attestation format; expected a path such as encryption.endToEnd (docs/attestation-format.md lists them)", pointer);
            }
            else if (!fact.Read(attestation.Facts).IsMissing)
            {
                context.Add(InputErrorCodes.Undetermined, $"'{path}' is listed as undetermined but /facts states it; expected one or the other", pointer);
            }
        }
    }

    private static string UnknownEvidence(string id, IEnumerable<string> declared)
    {
        var known = declared.OrderBy(k => k, StringComparer.Ordinal).Take(10).ToArray();
        return known.Length == 0
            ? $"evidence '{id}' is cited but the attestation declares no evidence; expected an entry with id '{id}' in /evidence"
            : $"evidence '{id}' is cited but not declared in /evidence; expected one of {ErrorMessages.Quote(known)}";
    }
}
