using System.Collections.Generic;

namespace PrivacyPrinciples.Waivers;

/// <summary>A waivers file: the accepted gaps of one attestation or project. Immutable.</summary>
public sealed record WaiverSet
{
    private readonly IReadOnlyList<Waiver> _waivers = [];

    /// <summary>The waivers format version this library writes, and the major version it reads.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The waivers format version of the document.</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The waivers, in file order.</summary>
    public IReadOnlyList<Waiver> Waivers { get => _waivers; init => _waivers = value ?? []; }
}
