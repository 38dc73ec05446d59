using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Where each value of a document that was read starts: JSON Pointer to line and column. Report
/// writers use it to point at the answer a finding is about (for example SARIF regions).
/// Immutable and thread-safe.
/// </summary>
public sealed class SourceLocations
{
    private readonly JsonSourceMap _map;

    internal SourceLocations(JsonSourceMap map) => _map = map;

    /// <summary>Finds where the value at a pointer starts; a pointer to something absent falls back to its nearest present ancestor.</summary>
    /// <param name="pointer">A JSON Pointer, for example <c>/answers/SEC-01/status</c>.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, in characters.</param>
    /// <returns>Whether a location was found.</returns>
    public bool TryLocate(string pointer, out int line, out int column) => TryLocate(pointer, atName: false, out line, out column);

    /// <summary>Finds where the property name of the value at a pointer starts (for an array item, where the item starts); falls back as <see cref="TryLocate(string, out int, out int)"/> does.</summary>
    /// <param name="pointer">A JSON Pointer, for example <c>/answers/SEC-01</c>.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, in characters.</param>
    /// <returns>Whether a location was found.</returns>
    public bool TryLocateName(string pointer, out int line, out int column) => TryLocate(pointer, atName: true, out line, out column);

    /// <summary>Finds the span of the value at a pointer, or of its property name: where it starts and where it ends (the column after its last character). Falls back to the nearest present ancestor.</summary>
    /// <param name="pointer">A JSON Pointer.</param>
    /// <param name="atName">Whether to span the property name rather than the value.</param>
    /// <param name="span">The span.</param>
    /// <returns>Whether a span was found.</returns>
    public bool TryLocateSpan(string pointer, bool atName, out SourceSpan span)
    {
        if (pointer is not null && _map.LocateSpanNearest(pointer, atName) is var (start, end))
        {
            span = new SourceSpan(start.Line, start.Column, end.Line, end.Column);
            return true;
        }

        span = default;
        return false;
    }

    private bool TryLocate(string pointer, bool atName, out int line, out int column)
    {
        if (pointer is not null && _map.LocateNearest(pointer, atName) is SourceLocation found)
        {
            (line, column) = (found.Line, found.Column);
            return true;
        }

        (line, column) = (0, 0);
        return false;
    }
}
