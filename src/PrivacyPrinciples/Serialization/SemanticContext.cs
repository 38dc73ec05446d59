using System.Collections.Generic;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Serialization;

/// <summary>Collects errors found on a bound document, placing each with the source map.</summary>
internal sealed class SemanticContext
{
    private readonly JsonSourceMap? _map;
    private readonly ErrorSink _errors;

    public SemanticContext(string source, JsonSourceMap? map, ErrorSink errors)
    {
        Source = source;
        _map = map;
        _errors = errors;
    }

    public string Source { get; }

    public IReadOnlyList<InputError> Errors => _errors.Listed;

    public void Add(string code, string message, string pointer) => _errors.Add(() =>
    {
        var at = _map?.LocateNearest(pointer);
        return new InputError { Code = code, Message = message, Source = Source, Pointer = pointer, Line = at?.Line, Column = at?.Column };
    });
}
