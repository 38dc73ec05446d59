using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;
using PrivacyPrinciples.Serialization.Schema;

namespace PrivacyPrinciples.Cli.Interop.InToto;

/// <summary>
/// Checks a DSSE envelope the tool signed (or any that follows the same rules): a signature over
/// its payload verifies with the given public key, the payload is an in-toto Statement v1 of the
/// predicate type <see cref="InTotoStatement.PredicateType"/> with the predicate's core fields and
/// well-formed digests (<see cref="DigestSet"/>), and, when an attestation file is given, one
/// subject names the SHA-256 of its bytes. Stateless.
/// </summary>
internal static partial class EnvelopeVerifier
{
    private const string PredicateSchemaId = "urn:privacy-principles:schema:attestation-evaluation:1";

    // The statement is checked as a whole so that errors point into the signed payload
    // (/predicate/score), where its line and column are.
    private static readonly Lazy<SchemaValidator> PredicateSchema = new(() => SchemaValidator.Load(
        "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"properties\":{\"predicate\":{\"$ref\":\"" + PredicateSchemaId + "\"}}}",
        id => id == PredicateSchemaId ? EmbeddedText("attestation-evaluation.schema.json") : null));

    /// <summary>What verifying found: whether it verified, why not (one line, with the one-based line and column when the envelope is not JSON), or what the statement says.</summary>
    internal sealed record Verdict(bool Verified, bool InvalidInput, string Message, string? Position = null)
    {
        public static Verdict Invalid(string message) => new(false, true, message);

        public static Verdict Rejected(string message) => new(false, false, message);
    }

    /// <summary>Verifies an envelope.</summary>
    /// <param name="envelope">The envelope file's bytes.</param>
    /// <param name="key">The public key.</param>
    /// <param name="attestationSha256">The lower-case hexadecimal SHA-256 of the attestation file, when one is given.</param>
    public static Verdict Verify(byte[] envelope, ECDsa key, string? attestationSha256)
    {
        // A byte-order mark, as some editors write one, is not part of the document, as for every other input.
        var text = envelope.AsSpan().StartsWith(Utf8Bom) ? envelope[Utf8Bom.Length..] : envelope;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            return new Verdict(false, true, PrivacyPrinciples.Serialization.ErrorMessages.Syntax(exception.Message) + "; expected a DSSE envelope", Position(text, exception));
        }

        using (document)
        {
            if (EncodingProblem(text) is { } badText)
            {
                return new Verdict(false, true, $"{ErrorMessages.Encoding} (at {Where(badText.Pointer)})", $"{badText.Line}:{badText.Column}");
            }

            var root = document.RootElement;
            if (Duplicate(root, string.Empty) is { } duplicate)
            {
                return Verdict.Invalid($"it has the name '{Shown(duplicate.Name)}' twice in one object (at {Shown(duplicate.Pointer)}); expected each name once, since a reader that keeps the first and one that keeps the last would see different envelopes");
            }

            if (root.ValueKind != JsonValueKind.Object
                || !TryString(root, "payloadType", out var payloadType)
                || !TryString(root, "payload", out var payloadText)
                || !root.TryGetProperty("signatures", out var signatures)
                || signatures.ValueKind != JsonValueKind.Array
                || signatures.GetArrayLength() == 0
                || signatures.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.Object || !TryString(s, "sig", out _)))
            {
                return Verdict.Invalid("it is not a DSSE envelope; expected {\"payloadType\", \"payload\", \"signatures\": [{\"keyid\", \"sig\"}]}, as 'evaluate --format in-toto --signing-key' writes it");
            }

            if (Dsse.DecodeBase64(payloadText) is not { } payload)
            {
                return Verdict.Invalid("its payload is not Base64");
            }

            var verified = signatures.EnumerateArray().Any(s => Dsse.DecodeBase64(s.GetProperty("sig").GetString()!) is { } sig && Dsse.Verifies(key, payloadType, payload, sig));
            if (!verified)
            {
                return Verdict.Rejected($"no signature in the envelope verifies with the key {EcdsaKeys.KeyId(key)} ({Count(signatures.GetArrayLength(), "signature")} checked)");
            }

            if (payloadType != InTotoStatement.PayloadType)
            {
                return Verdict.Rejected($"the signed payload type is '{Shown(payloadType)}'; expected '{InTotoStatement.PayloadType}'");
            }

            return CheckStatement(payload, attestationSha256, EcdsaKeys.KeyId(key));
        }
    }

    private static Verdict CheckStatement(byte[] payload, string? attestationSha256, string keyId)
    {
        JsonDocument statement;
        try
        {
            statement = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return Verdict.Rejected("the signed payload is not JSON; expected an in-toto Statement v1");
        }

        using (statement)
        {
            if (EncodingProblem(payload) is { } badText)
            {
                return Verdict.Rejected($"the signed payload is not text every reader reads alike: {ErrorMessages.Encoding} (at {Where(badText.Pointer)}, line {badText.Line}, column {badText.Column} of the signed payload)");
            }

            var root = statement.RootElement;
            if (Duplicate(root, string.Empty) is { } duplicate)
            {
                return Verdict.Rejected($"the signed statement has the name '{Shown(duplicate.Name)}' twice in one object (at {Shown(duplicate.Pointer)}), so readers may disagree on what was signed; expected each name once");
            }

            if (root.ValueKind != JsonValueKind.Object || !TryString(root, "_type", out var type) || type != InTotoStatement.StatementType)
            {
                return Verdict.Rejected($"the signed payload is not an in-toto Statement v1; expected \"_type\": \"{InTotoStatement.StatementType}\"");
            }

            if (!root.TryGetProperty("subject", out var subjects) || subjects.ValueKind != JsonValueKind.Array || subjects.GetArrayLength() == 0
                || subjects.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.Object || !TryString(s, "name", out _) || !s.TryGetProperty("digest", out var d) || d.ValueKind != JsonValueKind.Object))
            {
                return Verdict.Rejected("the statement's subject is not a list of artifacts with a name and a digest, as in-toto Statement v1 requires");
            }

            if (!TryString(root, "predicateType", out var predicateType) || predicateType != InTotoStatement.PredicateType)
            {
                return Verdict.Rejected($"the statement's predicate type is '{Shown(predicateType.Length == 0 ? "(none)" : predicateType)}'; expected '{InTotoStatement.PredicateType}'");
            }

            // A digest that is not what its algorithm gives names no bytes: never verified, whether
            // or not --attestation says which bytes to look for.
            if (DigestSet.Problem(root, payload) is { } malformed)
            {
                return Verdict.Rejected($"the statement's {malformed.Message} (at {Shown(malformed.Pointer)}{(malformed.Position is null ? string.Empty : ", " + malformed.Position)} of the signed payload)");
            }

            if (!root.TryGetProperty("predicate", out var predicate) || Summary(predicate) is not { } summary)
            {
                return Verdict.Rejected("the statement's predicate lacks the rule set, evaluation date, score, rating or baseline gate its type requires (see docs/interop.md)");
            }

            // A signature proves who wrote the predicate, not that it makes sense: a score of 1e308 or
            // a rating no evaluation gives is refused as the schema of the type refuses it.
            if (PredicateProblem(payload, root) is { } problem)
            {
                return Verdict.Rejected($"the statement's predicate is not what its type allows: {Shown(problem.Message)} (at {Shown(problem.Pointer)}, line {problem.Line}, column {problem.Column} of the signed payload; see schemas/attestation-evaluation.schema.json)");
            }

            var named = subjects.EnumerateArray()
                .Select(s => (Name: s.GetProperty("name").GetString()!, Sha256: s.GetProperty("digest").TryGetProperty("sha256", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null))
                .ToList();
            if (attestationSha256 is not null)
            {
                var match = named.FirstOrDefault(s => string.Equals(s.Sha256, attestationSha256, StringComparison.OrdinalIgnoreCase));
                if (match.Name is null)
                {
                    return Verdict.Rejected($"the attestation's SHA-256 is {attestationSha256}, but the statement is about {string.Join(", ", named.Select(s => Shown(s.Name) + " (" + (s.Sha256 is null ? "no sha256" : "sha256:" + Shown(s.Sha256)) + ")"))}: it was made for other bytes");
                }

                named = [match];
            }

            var subject = named[0];
            return new Verdict(true, false, $"verified: {Shown(subject.Name)} (sha256:{Shown(subject.Sha256 ?? "?")}) {summary}; signed by {keyId}");
        }
    }

    private static string Where(string? pointer) => string.IsNullOrEmpty(pointer) ? "the document root" : Shown(pointer);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // The first string or name that is not valid text (invalid UTF-8, or an escaped half of a
    // surrogate pair, which System.Text.Json parses but cannot turn into a string), found by the
    // scanner every other document goes through, so that it is an error with its place rather than
    // an exception; null when every string is text. Only encoding is asked of it here: the envelope
    // has its own limits, and duplicate names their own message.
    private static InputError? EncodingProblem(byte[] utf8)
    {
        var limits = new ReaderOptions { MaxDocumentBytes = Math.Max(utf8.Length, 1), MaxDepth = 64, MaxItems = Math.Max(utf8.Length, 1), MaxStringLength = Math.Max(utf8.Length, 1), MaxErrors = 1000 };
        var errors = new ErrorSink(int.MaxValue);
        JsonScanner.Scan(utf8, limits, "envelope", new JsonSourceMap(utf8, limits), errors, record: false);
        return errors.Listed.FirstOrDefault(e => e.Code == InputErrorCodes.Encoding);
    }

    // The first name given twice in one object, anywhere in a document, with the JSON Pointer of the
    // second; names compare once unescaped, so "payload" and "p\u0061yload" are the same name.
    private static (string Name, string Pointer)? Duplicate(JsonElement element, string pointer)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var at = JsonPointer.Append(pointer, property.Name);
                if (!names.Add(property.Name))
                {
                    return (property.Name, at);
                }

                if (Duplicate(property.Value, at) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (Duplicate(item, JsonPointer.Append(pointer, index++)) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    // The first thing the predicate's schema refuses, with its place in the signed payload. A field
    // the schema does not define is not a problem here: a consumer ignores fields it does not know,
    // so that a newer tool's predicate of the same type still verifies (docs/interop.md).
    private static InputError? PredicateProblem(byte[] payload, JsonElement statement)
    {
        // Every error is listed, so that unknown fields put first cannot push a real problem out of the list.
        var errors = new ErrorSink(int.MaxValue);
        PredicateSchema.Value.Validate(statement, "payload", new JsonSourceMap(payload, new ReaderOptions()), errors);
        return errors.Listed.FirstOrDefault(e => e.Code != InputErrorCodes.UnknownProperty);
    }

    // "evaluated against id version (sha256:…) on date: score, rating, baseline gate passed", or null when a core field is missing.
    private static string? Summary(JsonElement predicate)
    {
        if (predicate.ValueKind != JsonValueKind.Object
            || !predicate.TryGetProperty("ruleSet", out var ruleSet) || ruleSet.ValueKind != JsonValueKind.Object
            || !TryString(ruleSet, "id", out var id) || !TryString(ruleSet, "version", out var version)
            || !ruleSet.TryGetProperty("digest", out var digest) || digest.ValueKind != JsonValueKind.Object || !TryString(digest, "sha256", out var sha256) || !Sha256Pattern().IsMatch(sha256)
            || !TryString(predicate, "evaluatedOn", out var date)
            || !predicate.TryGetProperty("score", out var score) || score.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null)
            || !predicate.TryGetProperty("rating", out var rating) || rating.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)
            || !predicate.TryGetProperty("baselineGate", out var gate) || gate.ValueKind != JsonValueKind.Object
            || !gate.TryGetProperty("passed", out var passed) || passed.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return null;
        }

        return $"evaluated against {Shown(id)} {Shown(version)} (sha256:{sha256}) on {Shown(date)}: {(score.ValueKind == JsonValueKind.Null ? "no score (nothing in scope)" : "score " + Shown(score.GetRawText()))}, rating {(rating.ValueKind == JsonValueKind.Null ? "none" : Shown(rating.GetString()!))}, baseline gate {(passed.GetBoolean() ? "passed" : "failed")}";
    }

    // The reader's zero-based line and byte offset in that line, as a one-based "line:column" counting characters, as every other input error gives it.
    private static string Position(byte[] text, JsonException exception)
    {
        var line = (int)(exception.LineNumber ?? 0);
        var start = 0;
        for (var seen = 0; seen < line && start < text.Length; start++)
        {
            if (text[start] == (byte)'\n')
            {
                seen++;
            }
        }

        var bytes = (int)Math.Min(exception.BytePositionInLine ?? 0, text.Length - start);
        var column = new System.Text.UTF8Encoding(false, false).GetCharCount(text, start, Math.Max(bytes, 0)) + 1;
        return (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + column.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool TryString(JsonElement element, string name, out string value)
    {
        value = string.Empty;
        if (element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String)
        {
            value = property.GetString()!;
            return true;
        }

        return false;
    }

    private static string Shown(string text) => DisplayText.Clean(text.Length > 200 ? text[..200] + "..." : text);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {noun}s";

    [GeneratedRegex("\\A[0-9a-f]{64}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();

    private static string EmbeddedText(string fileName)
    {
        var name = "PrivacyPrinciples.Cli.Schemas." + fileName;
        using var stream = typeof(EnvelopeVerifier).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The tool is missing its embedded resource '{name}'.");
        using var reader = new System.IO.StreamReader(stream, new System.Text.UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
