using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PrivacyPrinciples.Serialization.Json;

/// <summary>
/// The value readers of the hand-written binders, with System.Text.Json's binding semantics for
/// the package's converters (ISO dates, whole numbers, camelCase enumeration names). Each reads the
/// value the reader stands on; a token it was not written for throws <see cref="Unexpected"/>, and
/// the binder's caller then binds the document with System.Text.Json instead.
/// </summary>
internal static class Bind
{
    /// <summary>Thrown for anything a binder was not written for; never reaches a user.</summary>
    internal sealed class Unexpected : Exception
    {
        public Unexpected()
            : base("The binder was not written for this token.")
        {
        }
    }

    /// <summary>Binds a whole document with <paramref name="read"/>, or returns null where the binder gives up.</summary>
    public static T? Document<T>(ReadOnlySpan<byte> utf8, ItemReader<T> read)
        where T : class
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            Next(ref reader);
            var value = read(ref reader);
            return reader.Read() ? null : value;
        }
        catch (Exception exception) when (exception is Unexpected or JsonException or InvalidOperationException or ArgumentException or FormatException or ArithmeticException)
        {
            return null;
        }
    }

    /// <summary>Moves onto a property's value and tells whether it is null, which an optional object binds as null.</summary>
    public static bool NextIsNull(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.Null;
    }

    /// <summary>Moves to the next token, which the one-pass check has already seen.</summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new Unexpected();
        }
    }

    /// <summary>Moves to the next property name of an object, or returns false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        // An escaped name is rare and still the name: System.Text.Json binds it.
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            throw new Unexpected();
        }

        return true;
    }

    /// <summary>Checks that the reader stands on the start of an object.</summary>
    public static void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new Unexpected();
        }
    }

    /// <summary>Whether the current property is <paramref name="name"/>.</summary>
    public static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) => reader.ValueSpan.SequenceEqual(name);

    public static string Text(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new Unexpected();
    }

    public static string? OptionalText(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new Unexpected(),
        };
    }

    public static bool Boolean(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new Unexpected(),
        };
    }

    public static bool? OptionalBoolean(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => throw new Unexpected(),
        };
    }

    /// <summary>A whole number, as <see cref="WholeNumberJsonConverter"/> reads one (2.0 is 2).</summary>
    public static int? OptionalWholeNumber(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var value))
            {
                return value;
            }

            if (reader.TryGetDouble(out var number) && Math.Floor(number) == number && number >= int.MinValue && number <= int.MaxValue)
            {
                return (int)number;
            }
        }

        throw new Unexpected();
    }

    /// <summary>A whole number, as <see cref="WholeNumberJsonConverter"/> reads one.</summary>
    public static int WholeNumber(ref Utf8JsonReader reader) => OptionalWholeNumber(ref reader) ?? throw new Unexpected();

    /// <summary>A number, as System.Text.Json reads a <see cref="double"/>: strictly, never from a string.</summary>
    public static double Number(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) ? number : throw new Unexpected();
    }

    public static double? OptionalNumber(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) ? number : throw new Unexpected();
    }

    /// <summary>An array of enumeration values by their camelCase names.</summary>
    public static TEnum[]? OptionalEnums<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum =>
        OptionalArray(ref reader, static (ref Utf8JsonReader item) => EnumValue<TEnum>(ref item));

    /// <summary>Reads one item of an array; the reader stands on the item's first token.</summary>
    public delegate T ItemReader<T>(ref Utf8JsonReader reader);

    /// <summary>An array, or null for JSON null.</summary>
    public static T[]? OptionalArray<T>(ref Utf8JsonReader reader, ItemReader<T> read)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : ArrayOf(ref reader, read);
    }

    /// <summary>An array; the reader stands on its first token.</summary>
    public static T[] ArrayOf<T>(ref Utf8JsonReader reader, ItemReader<T> read)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new Unexpected();
        }

        var items = new Items<T>();
        try
        {
            while (true)
            {
                Next(ref reader);
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return items.ToArray();
                }

                items.Add(read(ref reader));
            }
        }
        finally
        {
            items.Dispose();
        }
    }

    /// <summary>A date as <see cref="IsoDateJsonConverter"/> reads one; plain digits are read without a string.</summary>
    public static DateTime Date(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new Unexpected();
        }

        if (!reader.ValueIsEscaped && IsoDateJsonConverter.TryParseCanonical(reader.ValueSpan, out var date))
        {
            return date;
        }

        return IsoDateJsonConverter.TryParse(reader.GetString(), out date) ? date : throw new Unexpected();
    }

    public static DateTime? OptionalDate(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new Unexpected();
        }

        if (!reader.ValueIsEscaped && IsoDateJsonConverter.TryParseCanonical(reader.ValueSpan, out var date))
        {
            return date;
        }

        return IsoDateJsonConverter.TryParse(reader.GetString(), out date) ? date : throw new Unexpected();
    }

    /// <summary>An enumeration value by its exact camelCase name, the name every document writes.</summary>
    public static TEnum Enum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        Next(ref reader);
        return EnumValue<TEnum>(ref reader);
    }

    public static TEnum? OptionalEnum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : EnumValue<TEnum>(ref reader);
    }

    private static TEnum EnumValue<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            throw new Unexpected();
        }

        var names = EnumBytes<TEnum>.Names;
        var text = reader.ValueSpan;
        for (var i = 0; i < names.Length; i++)
        {
            if (text.SequenceEqual(names[i].Name))
            {
                return names[i].Value;
            }
        }

        throw new Unexpected();
    }

    /// <summary>An array of strings.</summary>
    public static string[]? OptionalTexts(ref Utf8JsonReader reader) =>
        OptionalArray(ref reader, static (ref Utf8JsonReader item) => item.TokenType == JsonTokenType.String ? item.GetString()! : throw new Unexpected());

    /// <summary>Skips the current property's value, as binding skips a property it does not know.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        reader.Skip();
    }

    /// <summary>A growing list on pooled arrays, copied once to an exact array at the end.</summary>
    internal struct Items<T> : IDisposable
    {
        private T[]? _buffer;
        private int _count;

        public readonly int Count => _count;

        public void Add(T item)
        {
            if (_buffer is null || _count == _buffer.Length)
            {
                var larger = ArrayPool<T>.Shared.Rent(Math.Max(8, _count * 2));
                if (_buffer is not null)
                {
                    Array.Copy(_buffer, larger, _count);
                    Return(_buffer, _count);
                }

                _buffer = larger;
            }

            _buffer[_count++] = item;
        }

        public readonly T[] ToArray()
        {
            if (_count == 0)
            {
                return [];
            }

            var result = new T[_count];
            Array.Copy(_buffer!, result, _count);
            return result;
        }

        public void Dispose()
        {
            if (_buffer is not null)
            {
                Return(_buffer, _count);
                _buffer = null;
                _count = 0;
            }
        }

        // References are cleared so a pooled array keeps no document alive.
        private static void Return(T[] buffer, int count)
        {
            Array.Clear(buffer, 0, count);
            ArrayPool<T>.Shared.Return(buffer);
        }
    }

    private static class EnumBytes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly (byte[] Name, TEnum Value)[] Names = Build();

        private static (byte[] Name, TEnum Value)[] Build()
        {
#if NET
            var values = System.Enum.GetValues<TEnum>();
#else
            var values = (TEnum[])System.Enum.GetValues(typeof(TEnum));
#endif
            var names = new List<(byte[], TEnum)>(values.Length);
            foreach (var value in values)
            {
                names.Add((Encoding.UTF8.GetBytes(EnumNames<TEnum>.Of(value)), value));
            }

            return [.. names];
        }
    }
}
