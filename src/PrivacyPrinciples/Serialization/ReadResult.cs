using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// The outcome of reading a document: the value when the document is valid, otherwise every
/// problem found. Reading never throws for bad input. Immutable.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    private ReadResult(T? value, IReadOnlyList<InputError> errors, string source, SourceLocations? locations)
    {
        Value = value;
        Errors = errors;
        Source = source;
        Locations = locations;
    }

    /// <summary>The value; <see langword="null"/> when <see cref="Succeeded"/> is <see langword="false"/>.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in document order; empty on success.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The name of the input, as the caller gave it.</summary>
    public string Source { get; }

    /// <summary>Where each value of the document starts, for pointing at it later; <see langword="null"/> when reading failed.</summary>
    public SourceLocations? Locations { get; }

    /// <summary>Whether the document was valid and <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>Returns the value, or throws with every error when reading failed.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidDataException">The document was not valid; the message lists every error.</exception>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidDataException(string.Join(Environment.NewLine, [$"'{Source}' is not valid:", .. Errors.Select(e => "  " + e)]));

    /// <summary>The same outcome under another name, for a caller that names its inputs its own way (a line of a stream).</summary>
    internal ReadResult<T> WithSource(string source) => new(Value, Errors, source, Locations);

    internal static ReadResult<T> Success(T value, string source, SourceLocations? locations) => new(value, [], source, locations);

    internal static ReadResult<T> Failure(IReadOnlyList<InputError> errors, string source) => new(null, errors, source, null);
}
