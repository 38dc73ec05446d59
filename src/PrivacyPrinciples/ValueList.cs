using System;
using System.Collections;
using System.Collections.Generic;

namespace PrivacyPrinciples;

/// <summary>
/// The read-only list every result holds: it cannot be cast back to an array and changed, and two
/// lists with equal items in the same order are equal, so results that are records compare by value.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly IReadOnlyList<T> _items;

    private ValueList(IReadOnlyList<T> items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    /// <summary>The items as a value list; the library hands over lists it no longer changes, so they are not copied.</summary>
    public static ValueList<T> Of(IReadOnlyList<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        { Count: 0 } => Empty,
        _ => new ValueList<T>(items),
    };

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        // The count and the first items: cheap, and consistent with Equals.
        var hash = Count;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count && i < 4; i++)
        {
            hash = unchecked((hash * 31) + (_items[i] is { } item ? comparer.GetHashCode(item) : 0));
        }

        return hash;
    }
}
