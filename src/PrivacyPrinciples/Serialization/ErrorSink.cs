using System;
using System.Collections.Generic;
using System.Linq;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// The errors found in one document, at most <see cref="ReaderOptions.MaxErrors"/> of them in full;
/// past that only counted, so a document with an error every few bytes costs no more than one
/// with a single error (no message is worded and no position is looked up for the rest).
/// </summary>
internal sealed class ErrorSink
{
    private readonly List<InputError> _listed = [];
    private readonly int _max;
    private int _omitted;

    public ErrorSink(int max) => _max = max;

    /// <summary>Every error found, listed or not.</summary>
    public int Count => _listed.Count + _omitted;

    /// <summary>Whether the list is full, so a caller about to add an error can skip the work of wording it.</summary>
    public bool IsFull => _listed.Count >= _max;

    /// <summary>The listed errors, in the order they were found.</summary>
    public IReadOnlyList<InputError> Listed => _listed;

    /// <summary>Adds an error, or only counts it when the list is full.</summary>
    public void Add(InputError error)
    {
        if (IsFull)
        {
            _omitted++;
            return;
        }

        _listed.Add(error);
    }

    /// <summary>Adds the error <paramref name="build"/> makes, building it only when the list has room.</summary>
    public void Add(Func<InputError> build)
    {
        if (IsFull)
        {
            _omitted++;
            return;
        }

        _listed.Add(build());
    }

    /// <summary>Whether any listed error has a code starting with <paramref name="prefix"/>.</summary>
    public bool Any(string prefix) => _listed.Any(e => e.Code.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>
    /// The errors in document order, so a reader can fix the file from top to bottom, followed by
    /// one <see cref="InputErrorCodes.TooManyErrors"/> error saying how many more were found.
    /// </summary>
    public IReadOnlyList<InputError> Result(string source)
    {
        var ordered = _listed.Select((e, i) => (e, i)).OrderBy(x => x.e.Line ?? int.MaxValue).ThenBy(x => x.e.Column ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.e).ToList();
        if (_omitted > 0)
        {
            ordered.Add(new InputError { Code = InputErrorCodes.TooManyErrors, Message = ErrorMessages.TooManyErrors(_omitted, _max), Source = source });
        }

        return ordered;
    }
}
