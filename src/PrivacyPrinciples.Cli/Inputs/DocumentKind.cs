using System;
using System.Text.Json;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>What a JSON document is, told from its top-level shape without validating it.</summary>
internal enum DocumentKind
{
    Attestation,
    RuleSet,
    Waivers,
    Report,
    Engagement,
    Profile,
}

/// <summary>Tells document kinds apart.</summary>
internal static class DocumentKinds
{
    public static readonly string[] Names = ["attestation", "ruleset", "profile", "waivers", "report", "engagement"];

    /// <summary>Guesses the kind from the top-level properties; anything unreadable is treated as an attestation, whose reader then explains what is wrong.</summary>
    public static DocumentKind Detect(ReadOnlySpan<byte> utf8) => Detect(utf8, whole: true);

    /// <summary>
    /// The kind a document's top-level names show, an attestation included (by <c>vendor</c>,
    /// <c>answers</c> or <c>facts</c>); null when none does (broken JSON, or names of no kind), so
    /// that a broken document of the kind expected is never called another kind.
    /// </summary>
    public static DocumentKind? Shown(ReadOnlySpan<byte> utf8) => Walk(utf8, whole: true, attestations: true, emptyList: null);

    /// <summary>
    /// The error for a document of another kind than the one expected (<paramref name="expected"/>,
    /// "a rule set or tailoring profile"), saying where it goes instead.
    /// </summary>
    public static string NotThe(string expected, DocumentKind found) => found switch
    {
        DocumentKind.Attestation => $"this is an attestation, not {expected}; give it to evaluate or validate as an input",
        DocumentKind.Waivers => $"this is a waivers file, not {expected}; give it to evaluate with --waivers",
        DocumentKind.Profile => $"this is a tailoring profile, not {expected}; give it with --rule-set",
        DocumentKind.RuleSet => $"this is a rule set, not {expected}; give it with --rule-set",
        DocumentKind.Engagement => $"this is an engagement file, not {expected}; run 'privacy-principles engagement' on it",
        _ => $"this is a report, not {expected}; a report is read by diff and by --previous",
    };

    // The same from the start of a document (whole: false): what the start shows decides, and a
    // property cut off by the end of the bytes read is as unreadable as broken JSON. Anything that
    // shows no kind goes to the attestation reader, which explains it with a position; "[]" is a
    // list of no reports, which --previous accepts, and any other array ("[1]", "[[[") a broken
    // attestation.
    private static DocumentKind Detect(ReadOnlySpan<byte> utf8, bool whole) =>
        Walk(utf8, whole, attestations: false, emptyList: DocumentKind.Report) ?? DocumentKind.Attestation;

    // The one walk over a document's start both guesses share: the kind its top-level names show
    // (an attestation's own names only with `attestations`), a batch's JSON report for an array
    // whose first item shows a report, `emptyList` for "[]", and null for anything else,
    // broken JSON included.
    private static DocumentKind? Walk(ReadOnlySpan<byte> utf8, bool whole, bool attestations, DocumentKind? emptyList)
    {
        // The readers accept a UTF-8 byte-order mark before the JSON; so does telling kinds apart.
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8.Slice(3);
        }

        try
        {
            var reader = new Utf8JsonReader(utf8, whole, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }));
            if (!reader.Read())
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                return !reader.Read() ? null
                    : reader.TokenType == JsonTokenType.EndArray ? emptyList
                    : reader.TokenType == JsonTokenType.StartObject && KindOfObject(ref reader) == DocumentKind.Report ? DocumentKind.Report
                    : null;
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                return KindOfObject(ref reader, attestations);
            }
        }
        catch (JsonException)
        {
            // Broken JSON shows no kind: the expected kind's reader says where it breaks.
        }

        return null;
    }

    // The kind the properties of the object just started show, or null when none does; the reader
    // is left inside the object.
    private static DocumentKind? KindOfObject(ref Utf8JsonReader reader, bool attestations = false)
    {
        var depth = reader.CurrentDepth + 1;
        while (reader.Read() && reader.CurrentDepth >= depth)
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth)
            {
                switch (DocumentKindHint.OfProperty(ref reader))
                {
                    case DocumentKindHint.Report:
                        return DocumentKind.Report;
                    case DocumentKindHint.RuleSet:
                        return DocumentKind.RuleSet;
                    case DocumentKindHint.Waivers:
                        return DocumentKind.Waivers;
                    case DocumentKindHint.Engagement:
                        return DocumentKind.Engagement;
                    case DocumentKindHint.Profile:
                        return DocumentKind.Profile;
                }

                if (attestations && (reader.ValueTextEquals("vendor") || reader.ValueTextEquals("answers") || reader.ValueTextEquals("facts")))
                {
                    return DocumentKind.Attestation;
                }

                if (!reader.TrySkip())
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>What to say of a document of <paramref name="kind"/> given where an attestation is read, and where it goes instead.</summary>
    public static string NotAnAttestation(DocumentKind kind) => kind switch
    {
        DocumentKind.Waivers => "this is a waivers file, not an attestation; give it to evaluate with --waivers",
        DocumentKind.Profile => "this is a tailoring profile, not an attestation; give it with --rule-set",
        DocumentKind.RuleSet => "this is a rule set, not an attestation; give it with --rule-set",
        DocumentKind.Engagement => "this is an engagement file, not an attestation; run 'privacy-principles engagement' on it",
        DocumentKind.Report => "this is a report, not an attestation; a report is read by diff and by --previous",
        _ => "this is not an attestation",
    };

    /// <summary>The largest document any reader accepts (a report, 16 MiB): detection reads no further.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Tells a file's kind from at most <see cref="MaxBytes"/> of it; a larger file by what its first
    /// <see cref="MaxBytes"/> show (a report larger than its reader accepts is still named a report,
    /// with the report's limit); anything unreadable is treated as an attestation, whose reader then says why.
    /// </summary>
    public static DocumentKind DetectFile(string path)
    {
        var (bytes, error) = InputReader.ReadAll(InputDocument.File(path), MaxBytes);
        if (bytes is not null)
        {
            return Detect(bytes);
        }

        return error?.Code == Serialization.InputErrorCodes.TooLarge && Start(path) is { } start ? Detect(start, whole: false) : DocumentKind.Attestation;
    }

    // The first MaxBytes of a file; null when it cannot be read.
    private static byte[]? Start(string path)
    {
        try
        {
            using var stream = InputDocument.File(path).Open();
            var buffer = new byte[MaxBytes];
            var length = 0;
            for (int read; length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0;)
            {
                length += read;
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        catch (Exception exception) when (exception is System.IO.IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    public static DocumentKind? Parse(string name) => name switch
    {
        "attestation" => DocumentKind.Attestation,
        "ruleset" => DocumentKind.RuleSet,
        "waivers" => DocumentKind.Waivers,
        "report" => DocumentKind.Report,
        "profile" => DocumentKind.Profile,
        "engagement" => DocumentKind.Engagement,
        _ => null,
    };
}
