using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PrivacyPrinciples.Serialization;

/// <summary>Every message an <see cref="InputError"/> can carry, in one place. Each says what was found and what was expected.</summary>
internal static class ErrorMessages
{
    public const string Empty = "the file is empty; expected a JSON object";

    public static string Unreadable(string reason) => $"the input could not be read: {reason}";

    /// <summary>Why a file could not be opened, in words: a missing file and a folder are named as such rather than with the system's message.</summary>
    public static string WhyUnreadable(string path, System.Exception exception) =>
        path.Length == 0 ? "the path is empty; expected a file name"
        : path == "-" && exception is System.IO.FileNotFoundException ? "there is no file named '-', and standard input (-) is not read here; expected a file"
        : exception is System.IO.FileNotFoundException or System.IO.DirectoryNotFoundException ? "the file does not exist"
        : System.IO.Directory.Exists(path) ? "it is a folder, not a file"
        : exception is System.IO.IOException { HResult: 6 } && Files.FileProbe.Of(path).Kind == Files.FileKind.Socket ? "it is a socket, not a file"
        : IoFailure(exception) ?? exception.Message;

    /// <summary>
    /// What a failed file operation means, in the tool's words rather than the runtime's (which
    /// quote the absolute path, sometimes twice): from the exception's type, or the system's error
    /// number where the runtime passes it on (as Linux and macOS do); <see langword="null"/> when it is
    /// none of these.
    /// </summary>
    public static string? IoFailure(System.Exception exception) => exception switch
    {
        // The runtime's words quote the full path ("Access to the path '/x/y.json' is denied.").
        System.UnauthorizedAccessException => "permission denied",
        System.IO.PathTooLongException => "the path is too long",
        // EIO: the device or file system failed, or refuses this kind of read (/proc/self/mem).
        System.IO.IOException { HResult: 5 } => "the system could not read or write it (input/output error)",
        // ENXIO: a socket, or a device with nothing behind it (/dev/tty without a terminal).
        System.IO.IOException { HResult: 6 } => "nothing can be opened there (no such device or address: a socket, or a device with nothing behind it)",
        System.IO.IOException { HResult: 40 } when System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux) => "symbolic links on the way lead round in a loop",
        System.IO.IOException { HResult: 17 or 20 } => "a part of the path is a file, not a folder",
        System.IO.IOException { HResult: 21 } => "it is a folder, not a file",
        // EFBIG: past the process's file size limit (`ulimit -f`); the runtime throws it from a write as an argument out of range.
        System.IO.IOException { HResult: 27 } or System.ArgumentOutOfRangeException { ParamName: "value" } => "the file would be larger than this process may write (its file size limit, ulimit -f)",
        System.IO.IOException { HResult: 28 } => "there is no space left on the device",
        System.IO.IOException { HResult: 30 } => "the file system is read-only",
        System.IO.IOException { HResult: 36 } when System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux) => "the path is too long",
        System.IO.IOException { HResult: 122 } when System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux) => "the disk quota is exceeded",
        _ => null,
    };

    public const string Encoding = "the text is not valid UTF-8, or escapes half of a surrogate pair (\\uD800 to \\uDFFF alone); expected UTF-8 text";

    /// <summary>A syntax error; a document that starts with a UTF-16 or UTF-32 byte-order mark is named as such text, which is what went wrong.</summary>
    public static string Syntax(string readerMessage, System.ReadOnlySpan<byte> document)
    {
        var encoding = System.MemoryExtensions.StartsWith(document, (System.ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) ? "UTF-32"
            : System.MemoryExtensions.StartsWith(document, (System.ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) ? "UTF-32"
            : System.MemoryExtensions.StartsWith(document, (System.ReadOnlySpan<byte>)[0xFF, 0xFE]) || System.MemoryExtensions.StartsWith(document, (System.ReadOnlySpan<byte>)[0xFE, 0xFF]) ? "UTF-16"
            : null;
        return encoding is null ? Syntax(readerMessage) : $"not valid JSON: the text is {encoding} (it starts with a {encoding} byte-order mark); expected UTF-8 text";
    }

    public static string Syntax(string readerMessage)
    {
        // The reader appends its own zero-based position; ours is one-based and given separately.
        var cut = readerMessage.IndexOf(" LineNumber:", System.StringComparison.Ordinal);
        var text = (cut >= 0 ? readerMessage.Substring(0, cut) : readerMessage).Trim();

        // A bad literal is quoted with the whole rest of the document after it (megabytes, on one
        // line): a few characters say where it is, and the line and column say the rest.
        var quoteEnd = text.LastIndexOf("' is ", System.StringComparison.Ordinal);
        if (text.Length > 0 && text[0] == '\'' && quoteEnd > QuotedInput + 1)
        {
            // Never half of a surrogate pair.
            var keep = char.IsHighSurrogate(text[QuotedInput]) ? QuotedInput : QuotedInput + 1;
            text = new System.Text.StringBuilder(text, 0, keep, QuotedInput + 80).Append('…').Append(text, quoteEnd, text.Length - quoteEnd).ToString();
        }

        // Advice meant for a program that reads JSON, not for whoever writes the file.
        text = text.Replace(" Change the reader options.", string.Empty).Trim().TrimEnd('.');
        return "not valid JSON: " + text;
    }

    // At most this many characters of the document are quoted in a syntax error.
    private const int QuotedInput = 40;

    public static string Truncated(int openContainers) => openContainers > 0
        ? $"the JSON ends before it is complete ({Count(openContainers, "object or array", "objects or arrays")} still open); the file may be truncated"
        : "the JSON ends before it is complete; the file may be truncated";

    public static string DuplicateProperty(string name) => $"property '{name}' appears more than once; expected each property once";

    // The true size when it is known (a regular file); otherwise only that the document is larger
    // than the limit is known, since nothing past the limit is read.
    public static string DocumentTooLarge(long? bytes, int limit) => bytes is long known && known > limit
        ? $"the document is {known.ToString("N0", CultureInfo.InvariantCulture)} bytes; expected at most {limit.ToString("N0", CultureInfo.InvariantCulture)} (ReaderOptions.MaxDocumentBytes)"
        : $"the document is more than {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes; expected at most {limit.ToString("N0", CultureInfo.InvariantCulture)} (ReaderOptions.MaxDocumentBytes)";

    /// <summary>
    /// A file too large for an input with a limit of its own (a key file, an envelope), which names
    /// that limit rather than <see cref="ReaderOptions.MaxDocumentBytes"/>, the limit of the documents
    /// the library reads: telling a user of a key file to raise a document limit would mislead.
    /// </summary>
    public static string FileTooLarge(long? bytes, int limit, string expected, string limitName) => bytes is long known && known > limit
        ? $"the file is {known.ToString("N0", CultureInfo.InvariantCulture)} bytes; expected {expected} of at most {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes ({limitName})"
        : $"the file is more than {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes; expected {expected} of at most {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes ({limitName})";

    public static string TooManyErrors(int omitted, int limit) =>
        $"{omitted.ToString("N0", CultureInfo.InvariantCulture)} more {(omitted == 1 ? "error was" : "errors were")} found and not listed (ReaderOptions.MaxErrors is {limit.ToString("N0", CultureInfo.InvariantCulture)}); fix the ones listed first";

    public static string TooDeep(int limit) => $"objects and arrays nest more than {limit} deep; expected at most {limit} (ReaderOptions.MaxDepth)";

    public static string TooManyItems(bool array, int limit) => array
        ? $"the array has more than {limit} items; expected at most {limit} (ReaderOptions.MaxItems)"
        : $"the object has more than {limit} properties; expected at most {limit} (ReaderOptions.MaxItems)";

    public static string TooMuchEvidenceToUpgrade(int distinct, int limit, string version) =>
        $"the answers hold {distinct.ToString("N0", CultureInfo.InvariantCulture)} distinct pieces of evidence, and format {version} declares each once, in one list (/evidence); "
        + $"expected at most {limit.ToString("N0", CultureInfo.InvariantCulture)} (ReaderOptions.MaxItems, the limit on the items of any array in either format); "
        + $"this is piece {(limit + 1).ToString("N0", CultureInfo.InvariantCulture)} (identical copies count once)";

    public static string StringTooLong(int length, int limit) => $"the string is {length} characters long; expected at most {limit} (ReaderOptions.MaxStringLength)";

    public static string NameTooLong(int length, int limit) => $"the property name is {length} characters long; expected at most {limit} (ReaderOptions.MaxStringLength)";

    public static string UnsupportedVersion(string found, string supported) => $"schemaVersion '{found}' is not supported; expected {supported}";

    public static string WrongType(string expected, string found) => $"expected {expected} but found {found}";

    public static string MissingProperty(string name, string? description = null) => description is null
        ? $"required property '{name}' is missing"
        : $"required property '{name}' is missing; expected {name}: {description.TrimEnd('.')}";

    public static string UnknownProperty(string name, IReadOnlyCollection<string> allowed)
    {
        var suggestion = Suggest(name, allowed);
        var expected = allowed.Count == 0 ? "no properties here" : "one of " + Quote(allowed);
        return suggestion is null
            ? $"unknown property '{name}'; expected {expected}"
            : $"unknown property '{name}' (did you mean '{suggestion}'?); expected {expected}";
    }

    public static string NotAllowed(string found, IReadOnlyCollection<string> allowed)
    {
        var suggestion = Suggest(found.Trim('"'), allowed.Select(a => a.Trim('"')).ToArray());
        var text = $"expected one of {string.Join(", ", allowed)} but found {found}";
        return suggestion is null ? text : text + $" (did you mean \"{suggestion}\"?)";
    }

    public const string NoValueAllowed = "no value is allowed here (the schema is false)";

    public static string NotConstant(string expected, string found) => $"expected {expected} but found {found}";

    public static string BadDate(string found) => $"expected a date as YYYY-MM-DD but found \"{found}\"";

    public static string BadPattern(string found, string? description, string pattern) => description is null
        ? $"\"{found}\" does not match the pattern {pattern}"
        : $"\"{found}\" is not valid here: expected {Lower(description)}";

    public static string TooSmall(double minimum, double found, bool exclusive) =>
        $"expected a number {(exclusive ? "greater than" : "at least")} {Number(minimum)} but found {Number(found)}";

    public static string TooLarge(double maximum, double found) => $"expected a number at most {Number(maximum)} but found {Number(found)}";

    public static string NotInteger(double found) => $"expected a whole number but found {Number(found)}";

    public static string TooShort(int minimum, int found, bool array) => array
        ? $"expected at least {Count(minimum, "item", "items")} but found {found}"
        : minimum == 1 ? "expected a non-empty string" : $"expected at least {minimum} characters but found {found}";

    public static string TooLong(int maximum, int found, bool array) => array
        ? $"expected at most {Count(maximum, "item", "items")} but found {found}"
        : $"expected at most {maximum} characters but found {found}";

    public static string DuplicateItem(string item) => $"{item} appears more than once; expected each item once";

    public static string Binding(string reason) => $"the document could not be read into the model: {reason}";

    public static string DuplicateId(string kind, string id) => $"{kind} id '{id}' is defined more than once; expected unique ids";

    public static string UnknownPrinciple(string id, IReadOnlyCollection<string> known) =>
        $"principle '{id}' is not defined by this rule set; expected one of {Quote(known)}";

    public const string NoCitation = "the expectation cites no source; expected at least one citation with a document and a locator";

    public static string CitedTwice(string document) => $"source document '{document}' is cited twice; expected one citation per document, its locator naming every place";

    public static string ExtensionBaseline(string where) => $"an expectation whose basis is 'extension' goes beyond its sources and is never baseline, but it is baseline {where}; expected 'enhanced' or 'expected', or a basis of 'explicit' or 'derived' with the source that asks for it";

    public static string UnknownRevisionTarget(string id) => $"the revision note names '{id}', which is not an expectation of this rule set";

    public static string RevisionOfItself(string version) => $"the revision's previousVersion is {version}, the rule set's own version; expected the version it revises";

    public static string UnknownSource(string id, IReadOnlyCollection<string> known) => known.Count == 0
        ? $"source document '{id}' is not defined: the rule set has no sources"
        : $"source document '{id}' is not defined by this rule set; expected one of {Quote(known)}";

    public static string UnknownFact(string path, IReadOnlyCollection<string> known)
    {
        var suggestion = Suggest(path, known);
        return suggestion is null
            ? $"fact '{path}' is not in the attestation model; expected a fact path such as 'encryption.endToEnd' (see docs/attestation-format.md)"
            : $"fact '{path}' is not in the attestation model (did you mean '{suggestion}'?); expected a fact path from docs/attestation-format.md";
    }

    public static string CheckForm(int forms) => forms == 0
        ? "the check says nothing; expected a fact with one of equals, in, atMost, atLeast, or anyOf, or allOf"
        : "the check mixes several forms; expected exactly one of: a fact with one operator, anyOf, allOf";

    public const string CheckWithoutOperator = "the check names a fact but no operator; expected one of equals, in, atMost, atLeast";

    public const string CheckWithoutFact = "the check has an operator but no fact; expected 'fact' with a fact path";

    public static string CheckOperatorCount(int count) => $"the check has {count} operators; expected exactly one of equals, in, atMost, atLeast";

    public static string CheckValueType(string fact, string factType, string found) => $"fact '{fact}' is {factType}; expected a value of that type but found {found}";

    public static string CheckChoice(string fact, string found, IReadOnlyCollection<string> choices) =>
        $"fact '{fact}' cannot be {found}; expected one of {Quote(choices)}";

    public static string CheckNotNumeric(string fact, string op, string factType) => $"'{op}' compares numbers but fact '{fact}' is {factType}; expected equals or in";

    public static string BadWeight(double weight) => $"expected a positive finite weight but found {Number(weight)}";

    public static string BadLevelRaise(string audience, string raisedTo, string own) =>
        $"audience '{audience}' raises the level to '{raisedTo}', which is not above the expectation's own level '{own}'; expected a higher level";

    public static string DuplicateRaise(string audience) => $"audience '{audience}' raises the level more than once; expected one entry per audience";

    public static string BadReplacement(string id) => $"'{id}' is not an expectation of this rule set; expected the id of the expectation that replaces this one";

    public const string ReplacedByOnActive = "only a deprecated expectation can name a replacement; expected lifecycle 'deprecated' or no replacedBy";

    public static string EmptyPrinciple(string id) => $"principle '{id}' has no active expectation; expected at least one";

    public static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + v + "'"));

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    // A literal such as 1e400 reads as an infinity: it is named as the number it was, not as "Infinity".
    private static string Number(double value) => double.IsInfinity(value)
        ? value > 0 ? "a number too large for a double" : "a number too far below zero for a double"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1).TrimEnd('.');

    /// <summary>The closest allowed name, when the given one looks like a typo of it.</summary>
    internal static string? Suggest(string given, IEnumerable<string> allowed)
    {
        // A typo is short; comparing a long hostile name with every candidate would cost its length each time.
        if (given.Length > 64)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = string.Equals(candidate, given, System.StringComparison.OrdinalIgnoreCase) ? 0 : Distance(given, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        var threshold = given.Length <= 4 ? 1 : given.Length <= 10 ? 2 : 3;
        return bestDistance <= threshold ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    public static string EvidenceKindTwice(string kind) => $"evidence kind '{kind}' is listed more than once; expected each kind once";

    public static string EvidenceKindsMissing(IEnumerable<string> kinds) => $"evidence kinds {Quote(kinds)} are not listed; expected every kind once, so none is accepted by default";

    public static string UnknownEvidenceClass(string id, IReadOnlyCollection<string> known) => known.Count == 0
        ? $"'{id}' is not an evidence class of this rule set, which defines none; expected evidenceClasses"
        : $"'{id}' is not an evidence class of this rule set; expected one of {Quote(known)}";

    public static string EmptyEvidenceClass(string id) => $"evidence class '{id}' accepts no evidence at all; expected at least one kind that shows how a measure is achieved";

    public static string ImpersonatesBuiltIn(string id, string version) =>
        $"'{id}' {version} is a built-in rule set, and this content differs from it (other levels, weights, checks or wording); a changed rule set needs its own id or version, or a tailoring profile, so reports never pass it off as the built-in one";

    public const string NotApplicableWhenNever = "notApplicableWhen is set, but notApplicable is 'never'; expected notApplicable 'allowed' or no notApplicableWhen";
}
