using System;
using System.Collections.Generic;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// A fact the attestation model has: its dotted path (as checks name it), its JSON Pointer in an
/// attestation, its type, and for choices the allowed values. Immutable.
/// </summary>
public sealed class FactDefinition
{
    private readonly Func<ServiceFacts, FactValue> _read;

    internal FactDefinition(string path, FactType type, IReadOnlyList<string> choices, string description, Func<ServiceFacts, FactValue> read)
    {
        Path = path;
        Type = type;
        Choices = choices;
        Description = description;
        _read = read;
        Pointer = "/facts/" + path.Replace('.', '/');
    }

    /// <summary>The dotted path checks use, for example <c>encryption.endToEnd</c>.</summary>
    public string Path { get; }

    /// <summary>Where the fact sits in an attestation, for example <c>/facts/encryption/endToEnd</c>.</summary>
    public string Pointer { get; }

    /// <summary>The fact's type.</summary>
    public FactType Type { get; }

    /// <summary>For <see cref="FactType.Choice"/>, the allowed values in JSON spelling; otherwise empty.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>What the fact states.</summary>
    public string Description { get; }

    /// <summary>Reads the fact from a service's facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The value, or <see cref="FactValue.Missing"/> when the vendor did not state it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    public FactValue Read(ServiceFacts facts) => _read(facts ?? throw new ArgumentNullException(nameof(facts)));
}
