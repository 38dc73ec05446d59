using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// One step of an explanation, as data: a stable <see cref="Code"/> (see <see cref="ReasonCodes"/>),
/// the <see cref="Arguments"/> it was decided with, and the place in the attestation it is about
/// as a JSON Pointer (empty for the whole attestation). <see cref="Message"/> words it in English
/// from one template table, only when asked, so evaluating costs no sentences nobody reads.
/// Immutable and thread-safe; equal when code, pointer and message are.
/// </summary>
public sealed class Reason : IEquatable<Reason>
{
    private readonly ReasonTemplate _template;
    private readonly object?[] _values;
    private string? _message;
    private IReadOnlyList<ReasonArgument>? _arguments;

    internal Reason(string code, ReasonTemplate template, string pointer, params object?[] values)
    {
        Code = code;
        Pointer = pointer ?? string.Empty;
        _template = template;
        _values = values;
    }

    /// <summary>A reason as a JSON report holds it: code, message and pointer, no arguments.</summary>
    [JsonConstructor]
    internal Reason(string code, string message, string? pointer)
        : this(code, ReasonTemplate.Verbatim, pointer ?? string.Empty, message)
    {
    }

    /// <summary>A stable code such as <c>evidence.expired</c>: one of <see cref="ReasonCodes"/>, listed in <c>docs/scoring.md</c>.</summary>
    public string Code { get; }

    /// <summary>The explanation in English, worded from <see cref="Code"/> and <see cref="Arguments"/>; the text the JSON report holds.</summary>
    public string Message => _message ??= _template.Render(_values);

    /// <summary>The JSON Pointer into the attestation the reason is about.</summary>
    public string Pointer { get; }

    /// <summary>
    /// What the reason was decided with, by name, in the order the message uses them: for example
    /// <c>evidence</c>, <c>expires</c> and <c>evaluatedOn</c> for <see cref="ReasonCodes.EvidenceExpired"/>.
    /// Dates are ISO 8601, numbers invariant, levels and audiences their JSON names. Empty for a
    /// reason read back from a JSON report, which holds the message only.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<ReasonArgument> Arguments => _arguments ??= _template.Arguments(_values);

    /// <inheritdoc/>
    public bool Equals(Reason? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Code, other.Code, StringComparison.Ordinal)
                && string.Equals(Pointer, other.Pointer, StringComparison.Ordinal)
                && string.Equals(Message, other.Message, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Reason);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ StringComparer.Ordinal.GetHashCode(Pointer);

    /// <summary>The code, the message and the pointer, as one line.</summary>
    /// <returns>For example <c>evidence.expired: Evidence 'SOC 2' expired on … (at /evidence/0/expires)</c>.</returns>
    public override string ToString() => Pointer.Length == 0 ? $"{Code}: {Message}" : $"{Code}: {Message} (at {Pointer})";
}
