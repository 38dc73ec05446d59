using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>
/// A response a vendor sent in a round that could not be read (malformed JSON, a schema error…),
/// whose vendor could still be told from its <c>/vendor/id</c>, read up to the document's first
/// fault: the vendor did respond, and is reported as <see cref="ResponseStatus.Unreadable"/>, with
/// what is wrong with its file, rather than as silent. Immutable.
/// </summary>
public sealed record UnreadableResponse
{
    private readonly string _vendorId = string.Empty;
    private readonly string _source = string.Empty;
    private readonly IReadOnlyList<InputError> _errors = ValueList<InputError>.Empty;

    /// <summary>The vendor id the file names.</summary>
    [JsonInclude]
    public required string VendorId { get => _vendorId; init => _vendorId = value ?? string.Empty; }

    /// <summary>The file, as the engagement names it (with <c>/</c> separators).</summary>
    [JsonInclude]
    public required string Source { get => _source; init => _source = value ?? string.Empty; }

    /// <summary>What is wrong with it, in document order (each with its code, JSON Pointer, line and column); the same errors the round lists among its problems.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    [JsonInclude]
    public required IReadOnlyList<InputError> Errors { get => _errors; init => _errors = ValueList<InputError>.Of((value ?? throw new ArgumentNullException(nameof(value))).ToArray()); }
}
