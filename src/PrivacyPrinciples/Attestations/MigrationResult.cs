using System.Collections.Generic;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>The outcome of upgrading an attestation to the current format. Immutable.</summary>
public sealed class MigrationResult
{
    internal MigrationResult(Attestation? attestation, string? json, IReadOnlyList<Audience> statedNotServed, int evidenceDeclared, bool wasCurrent, IReadOnlyList<InputError> errors, string source)
    {
        Attestation = attestation;
        Json = json;
        StatedNotServed = statedNotServed;
        EvidenceDeclared = evidenceDeclared;
        WasCurrent = wasCurrent;
        Errors = errors;
        Source = source;
    }

    /// <summary>Whether the attestation could be upgraded (or was current already).</summary>
    public bool Succeeded => Attestation is not null;

    /// <summary>The attestation in the current format; <see langword="null"/> when <see cref="Errors"/> is not empty.</summary>
    public Attestation? Attestation { get; }

    /// <summary>The upgraded document, ending with a line break; <see langword="null"/> when the file was current already or could not be upgraded.</summary>
    public string? Json { get; }

    /// <summary>
    /// The audiences the 1.x file did not list, which the upgraded file states as not served. The
    /// old format only listed audiences served; the new one asks for every audience, so these must
    /// be checked by whoever owns the attestation.
    /// </summary>
    public IReadOnlyList<Audience> StatedNotServed { get; }

    /// <summary>How many pieces of evidence the upgrade declared once at the top, from the answers' inline evidence.</summary>
    public int EvidenceDeclared { get; }

    /// <summary>Whether the file was already in the current format, so nothing was changed.</summary>
    public bool WasCurrent { get; }

    /// <summary>Every problem that stopped the upgrade, with its place in the original file.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The name the result uses for the file.</summary>
    public string Source { get; }
}
