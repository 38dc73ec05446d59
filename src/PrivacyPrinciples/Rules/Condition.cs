using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// A check in the rule set's declarative language: a test of one fact, or a combination of
/// checks. It states what the attestation's facts must say for a claim of full implementation to
/// be consistent. Immutable.
/// </summary>
/// <remarks>
/// Exactly one form is used: a fact with one operator (<see cref="EqualTo"/>, <see cref="In"/>,
/// <see cref="AtMost"/> or <see cref="AtLeast"/>), or <see cref="AnyOf"/>, or <see cref="AllOf"/>.
/// Checks are data; evaluating them never runs code from the rule set. A fact the vendor did not
/// state makes a check inconclusive, never false.
/// </remarks>
public sealed record Condition
{
    /// <summary>The fact tested, as a dotted path such as <c>encryption.endToEnd</c>.</summary>
    public string? Fact { get; init; }

    /// <summary>The fact must equal this value.</summary>
    [JsonPropertyName("equals")]
    public FactValue? EqualTo { get; init; }

    /// <summary>The fact must equal one of these values.</summary>
    [JsonPropertyName("in")]
    public IReadOnlyList<FactValue>? In { get; init; }

    /// <summary>The numeric fact must be at most this value.</summary>
    public double? AtMost { get; init; }

    /// <summary>The numeric fact must be at least this value.</summary>
    public double? AtLeast { get; init; }

    /// <summary>At least one of these checks must hold.</summary>
    public IReadOnlyList<Condition>? AnyOf { get; init; }

    /// <summary>All of these checks must hold.</summary>
    public IReadOnlyList<Condition>? AllOf { get; init; }
}
