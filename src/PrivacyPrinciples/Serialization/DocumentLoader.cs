using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using PrivacyPrinciples.Serialization.Json;
using PrivacyPrinciples.Serialization.Schema;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Reads one kind of document. A document that one forward pass shows to be fine is bound straight
/// from its bytes, by the document's own binder if it has one, else by System.Text.Json; any other
/// goes through four passes that each add every error they find: syntax and limits, format version,
/// schema, then binding with source-generated System.Text.Json and the document's own semantic
/// checks. Bad input never throws.
/// </summary>
internal sealed class DocumentLoader<T>
    where T : class
{
    private readonly Lazy<SchemaValidator> _schema;
    private readonly Lazy<JsonTypeInfo<T>> _typeInfo;
    private readonly Action<T, SemanticContext> _semanticChecks;
    private readonly Binder? _bind;
    private readonly string _majorPrefix;
    private readonly string _supported;
    private readonly string? _olderVersionAdvice;
    private readonly int _major;

    /// <param name="schemaJson">The document's JSON Schema.</param>
    /// <param name="typeInfo">How to bind it with System.Text.Json: asked for only when a document needs it, as building the contract is a large part of a cold start.</param>
    /// <param name="semanticChecks">The checks the schema cannot express.</param>
    /// <param name="major">The format's major version: schemaVersion must be <c>major.x</c>.</param>
    /// <param name="olderVersionAdvice">What to do with a document of an earlier major version, appended to its error.</param>
    /// <param name="bind">A hand-written binder for documents the one-pass check accepts, or null to bind them with System.Text.Json.</param>
    public DocumentLoader(Func<string> schemaJson, Func<JsonTypeInfo<T>> typeInfo, Action<T, SemanticContext> semanticChecks, int major = 1, string? olderVersionAdvice = null, Binder? bind = null)
    {
        _bind = bind;
        _schema = new Lazy<SchemaValidator>(() => SchemaValidator.Load(schemaJson(), JsonSchemas.FindById));
        _typeInfo = new Lazy<JsonTypeInfo<T>>(typeInfo);
        _semanticChecks = semanticChecks;
        _major = major;
        var number = major.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _majorPrefix = number + ".";
        _supported = number + ".x (for example \"" + number + ".0\")";
        _olderVersionAdvice = olderVersionAdvice;
    }

    /// <summary>Binds a document the one-pass check has accepted, or returns null to leave it to System.Text.Json.</summary>
    public delegate T? Binder(ReadOnlySpan<byte> utf8);

    /// <summary>How the document is bound (and written back, for tests that compare two reads).</summary>
    public JsonTypeInfo<T> TypeInfo => _typeInfo.Value;

    /// <summary>Whether the one-pass check accepts the document, so reading it takes the fast path up to binding.</summary>
    public bool AcceptsInOnePass(ReadOnlySpan<byte> utf8, ReaderOptions limits) =>
        _schema.Value.Accepts(utf8, limits, out var version) && (version is null || IsSupported(version));

    public ReadResult<T> Load(Stream stream, string source, ReaderOptions limits)
    {
        byte[] bytes;
        try
        {
            if (!BoundedInput.TryRead(stream, limits.MaxDocumentBytes, out bytes, out var size))
            {
                return Fail(InputErrorCodes.TooLarge, ErrorMessages.DocumentTooLarge(size, limits.MaxDocumentBytes), source);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Fail(InputErrorCodes.Unreadable, ErrorMessages.Unreadable(exception.Message), source);
        }

        return Load(bytes, source, limits);
    }

    public ReadResult<T> LoadFile(string path, ReaderOptions limits) => LoadFile(path, path, limits);

    /// <summary>Reads a file, naming it <paramref name="source"/> in errors (for example the path a document wrote, when <paramref name="path"/> is where it really leads).</summary>
    public ReadResult<T> LoadFile(string path, string source, ReaderOptions limits)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, FileOptions.SequentialScan);
            Files.RunFiles.NoteRead(path);
            return Load(stream, source, limits);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(InputErrorCodes.Unreadable, ErrorMessages.Unreadable(ErrorMessages.WhyUnreadable(path, exception)), source);
        }
    }

    public ReadResult<T> Load(ReadOnlyMemory<byte> utf8, string source, ReaderOptions limits) => Load(utf8, source, limits, tryFastPath: true);

    /// <summary>Reads a document, with or without the fast path.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="source">The name errors use for it.</param>
    /// <param name="limits">The limits to enforce.</param>
    /// <param name="tryFastPath">False to go straight to the explaining passes: tests compare the two ways.</param>
    public ReadResult<T> Load(ReadOnlyMemory<byte> utf8, string source, ReaderOptions limits, bool tryFastPath)
    {
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            return Fail(InputErrorCodes.TooLarge, ErrorMessages.DocumentTooLarge(utf8.Length, limits.MaxDocumentBytes), source);
        }

        if (utf8.Span.StartsWith(Utf8Bom))
        {
            utf8 = utf8.Slice(Utf8Bom.Length);
        }

        var map = new JsonSourceMap(utf8, limits);
        if (tryFastPath && TryFastPath(utf8, source, limits, map) is { } fast)
        {
            return fast;
        }

        var errors = new ErrorSink(limits.MaxErrors);
        // Past a limit nothing more is read: limits exist so hostile input costs little.
        if (!JsonScanner.Scan(utf8, limits, source, map, errors, record: false) || errors.Any("limit-"))
        {
            return ReadResult<T>.Failure(errors.Result(source), source);
        }

        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1 });
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("schemaVersion", out var version)
            && version.ValueKind == JsonValueKind.String
            && !IsSupported(version.GetString()!))
        {
            // Another major version may have another shape: schema errors would only mislead.
            var at = map.Locate("/schemaVersion");
            errors.Add(new InputError
            {
                Code = InputErrorCodes.UnsupportedVersion,
                Message = ErrorMessages.UnsupportedVersion(version.GetString()!, _supported) + (_olderVersionAdvice is not null && IsEarlierMajor(version.GetString()!) ? "; " + _olderVersionAdvice : string.Empty),
                Source = source,
                Pointer = "/schemaVersion",
                Line = at?.Line,
                Column = at?.Column,
            });
            return ReadResult<T>.Failure(errors.Result(source), source);
        }

        _schema.Value.Validate(root, source, map, errors);
        if (errors.Count > 0)
        {
            return ReadResult<T>.Failure(errors.Result(source), source);
        }

        T? value;
        try
        {
            value = root.Deserialize(_typeInfo.Value);
        }
        catch (JsonException exception)
        {
            // The schema should have caught anything the binder refuses; say so plainly if not.
            var pointer = ToPointer(exception.Path);
            var at = map.LocateNearest(pointer);
            errors.Add(new InputError { Code = InputErrorCodes.WrongType, Message = ErrorMessages.Binding(exception.Message), Source = source, Pointer = pointer, Line = at?.Line, Column = at?.Column });
            return ReadResult<T>.Failure(errors.Result(source), source);
        }

        if (value is null)
        {
            return Fail(InputErrorCodes.WrongType, ErrorMessages.WrongType("an object", "null"), source);
        }

        return Checked(value, source, map, errors);
    }

    // Most documents are fine: one forward pass proves it (syntax, limits, duplicates, schema, version),
    // then they are bound straight from the bytes. Anything else, or anything the pass cannot be
    // sure of, returns null and goes through the passes that find and explain every error; a
    // document read either way gives the same value and the same errors.
    private ReadResult<T>? TryFastPath(ReadOnlyMemory<byte> utf8, string source, ReaderOptions limits, JsonSourceMap map)
    {
        if (!AcceptsInOnePass(utf8.Span, limits))
        {
            return null;
        }

        var value = Bind(utf8.Span);
        return value is null ? null : Checked(value, source, map, new ErrorSink(limits.MaxErrors));
    }

    /// <summary>Binds a document the one-pass check accepts: by its own binder where it has one, else (or if that gives up) by System.Text.Json.</summary>
    internal T? Bind(ReadOnlySpan<byte> utf8)
    {
        if (_bind?.Invoke(utf8) is { } bound)
        {
            return bound;
        }

        try
        {
            return JsonSerializer.Deserialize(utf8, _typeInfo.Value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Both ways end alike: the document's own semantic checks decide between the value and its errors.
    private ReadResult<T> Checked(T value, string source, JsonSourceMap map, ErrorSink errors)
    {
        _semanticChecks(value, new SemanticContext(source, map, errors));
        return errors.Count > 0 ? ReadResult<T>.Failure(errors.Result(source), source) : ReadResult<T>.Success(value, source, new SourceLocations(map));
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // "major.minor" with this major: read by hand, as every document is, so no reader builds a regular expression to start.
    private bool IsSupported(string version)
    {
        if (version.Length <= _majorPrefix.Length || !version.StartsWith(_majorPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = _majorPrefix.Length; i < version.Length; i++)
        {
            if (version[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    // "1.0" against format 2: a file from before the current format, which an upgrade can fix.
    private bool IsEarlierMajor(string version)
    {
        var major = 0;
        var digits = 0;
        foreach (var c in version)
        {
            if (c is < '0' or > '9' || ++digits > 6)
            {
                break;
            }

            major = (major * 10) + (c - '0');
        }

        return digits is > 0 and <= 6 && digits < version.Length && version[digits] == '.' && major < _major;
    }

    private static ReadResult<T> Fail(string code, string message, string source) =>
        ReadResult<T>.Failure([new InputError { Code = code, Message = message, Source = source }], source);

    // System.Text.Json reports "$.answers['SEC-01'].status"; convert to "/answers/SEC-01/status".
    private static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return JsonPointer.Root;
        }

        var pointer = new StringBuilder();
        var matches = Regex.Matches(path!, @"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]");
        foreach (Match match in matches)
        {
            if (match.Groups["index"].Success)
            {
                pointer.Append('/').Append(match.Groups["index"].Value);
            }
            else
            {
                var name = match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["quoted"].Value.Replace("''", "'");
                pointer.Append(JsonPointer.Append(string.Empty, name));
            }
        }

        return pointer.ToString();
    }
}
