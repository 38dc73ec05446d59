using System;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// A question a reviewer would send back to the vendor, with the place in the attestation it is
/// about. The question is worded when it is first read, so evaluating costs no sentences nobody
/// reads. Immutable and thread-safe; equal when kind, pointer and question are.
/// </summary>
public sealed record FollowUpQuestion
{
    private readonly string _pointer = string.Empty;
    private readonly Func<string>? _wording;
    private string? _question;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal FollowUpQuestion()
    {
    }

    /// <summary>A question worded by <paramref name="wording"/> when it is first read.</summary>
    internal FollowUpQuestion(FollowUpKind kind, string pointer, Func<string> wording)
    {
        Kind = kind;
        _pointer = pointer;
        _wording = wording;
    }

    /// <summary>What kind of request it is.</summary>
    [JsonInclude]
    public FollowUpKind Kind { get; internal init; }

    /// <summary>The question, addressed to the vendor.</summary>
    [JsonInclude]
    public string Question
    {
        // Two threads reading it first may both word it; they get equal text, and either is kept.
        get => _question ??= _wording?.Invoke() ?? string.Empty;
        internal init => _question = value;
    }

    /// <summary>The JSON Pointer into the attestation the question is about.</summary>
    [JsonInclude]
    public string Pointer { get => _pointer; internal init => _pointer = value ?? string.Empty; }

    /// <inheritdoc/>
    public bool Equals(FollowUpQuestion? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Kind == other.Kind
                && string.Equals(Pointer, other.Pointer, StringComparison.Ordinal)
                && string.Equals(Question, other.Question, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Pointer);
}
