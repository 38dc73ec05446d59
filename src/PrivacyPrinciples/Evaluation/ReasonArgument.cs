using System;

namespace PrivacyPrinciples.Evaluation;

/// <summary>One named value a <see cref="Reason"/> was decided with. Immutable.</summary>
public readonly struct ReasonArgument : IEquatable<ReasonArgument>
{
    /// <summary>Creates an argument.</summary>
    /// <param name="name">The argument's name, for example <c>expires</c>.</param>
    /// <param name="value">Its value as text: dates ISO 8601, numbers invariant, lists separated by <c>", "</c>.</param>
    public ReasonArgument(string name, string value)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The argument's name.</summary>
    public string Name { get; }

    /// <summary>The argument's value as text.</summary>
    public string Value { get; }

    /// <summary>Whether two arguments have the same name and value.</summary>
    /// <param name="left">One argument.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReasonArgument left, ReasonArgument right) => left.Equals(right);

    /// <summary>Whether two arguments differ in name or value.</summary>
    /// <param name="left">One argument.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReasonArgument left, ReasonArgument right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ReasonArgument other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReasonArgument other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name) ^ StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The argument as <c>name=value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + "=" + Value;
}
