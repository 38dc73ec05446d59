using System;
using System.Globalization;
using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// The value of a fact about a service, or a literal a check compares it with: a Boolean, a
/// number, a named value, or missing. Immutable.
/// </summary>
[JsonConverter(typeof(FactValueJsonConverter))]
public readonly struct FactValue : IEquatable<FactValue>
{
    private readonly bool _boolean;
    private readonly double _number;
    private readonly string? _text;

    private FactValue(FactValueKind kind, bool boolean, double number, string? text)
    {
        Kind = kind;
        _boolean = boolean;
        _number = number;
        _text = text;
    }

    /// <summary>A value standing for a fact the vendor did not state.</summary>
    public static FactValue Missing => default;

    /// <summary>What the value holds.</summary>
    public FactValueKind Kind { get; }

    /// <summary>Whether the value is <see cref="FactValueKind.Missing"/>.</summary>
    public bool IsMissing => Kind == FactValueKind.Missing;

    /// <summary>The Boolean value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a Boolean.</exception>
    public bool AsBoolean => Kind == FactValueKind.Boolean ? _boolean : throw WrongKind(FactValueKind.Boolean);

    /// <summary>The number.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public double AsNumber => Kind == FactValueKind.Number ? _number : throw WrongKind(FactValueKind.Number);

    /// <summary>The named value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a named value.</exception>
    public string AsText => Kind == FactValueKind.Text ? _text! : throw WrongKind(FactValueKind.Text);

    /// <summary>Creates a Boolean value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The fact value.</returns>
    public static FactValue From(bool value) => new(FactValueKind.Boolean, value, 0, null);

    /// <summary>Creates a number.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The fact value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public static FactValue From(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A fact value must be a finite number.");
        }

        return new(FactValueKind.Number, false, value, null);
    }

    /// <summary>Creates a named value.</summary>
    /// <param name="value">The name.</param>
    /// <returns>The fact value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static FactValue From(string value) =>
        new(FactValueKind.Text, false, 0, value ?? throw new ArgumentNullException(nameof(value)));

    /// <inheritdoc/>
    public bool Equals(FactValue other) => Kind == other.Kind && Kind switch
    {
        FactValueKind.Boolean => _boolean == other._boolean,
        FactValueKind.Number => _number.Equals(other._number),
        FactValueKind.Text => string.Equals(_text, other._text, StringComparison.Ordinal),
        _ => true,
    };

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Kind switch
    {
        FactValueKind.Boolean => _boolean ? 1 : 2,
        FactValueKind.Number => _number.GetHashCode(),
        FactValueKind.Text => StringComparer.Ordinal.GetHashCode(_text!),
        _ => 0,
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FactValue left, FactValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FactValue left, FactValue right) => !left.Equals(right);

    /// <summary>The value as it is written in JSON: <c>true</c>, <c>12</c>, <c>"optional"</c>, or <c>not stated</c> when missing. Culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        FactValueKind.Boolean => _boolean ? "true" : "false",
        FactValueKind.Number => _number.ToString("R", CultureInfo.InvariantCulture),
        FactValueKind.Text => "\"" + _text + "\"",
        _ => "not stated",
    };

    private InvalidOperationException WrongKind(FactValueKind wanted) =>
        new($"The fact value is {Kind}, not {wanted}.");
}
