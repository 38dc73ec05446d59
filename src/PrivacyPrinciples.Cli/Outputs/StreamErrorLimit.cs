using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Lists the lines of one NDJSON stream that cannot be read, on standard error, up to
/// <see cref="MaxListed"/> of them; past that, they are only counted, and <see cref="Finish"/> says
/// how many more there were in one line. A stream of garbage (200,000 lines of <c>{</c>) would
/// otherwise write two lines of standard error for each of its lines, without bound. Every bad line
/// still counts as an input that could not be read, so the run's summary and exit code stay whole.
/// Not thread-safe: used by the one thread that says what a run found, in input order.
/// </summary>
internal sealed class StreamErrorLimit(string stream)
{
    /// <summary>
    /// The most bad lines of one stream listed with their errors. A hundred is more than anyone
    /// fixes before running again, and the first of them show what went wrong with the stream (the
    /// wrong file, a truncated export); each is at most <see cref="ErrorPrinter.MaxLines"/> errors long.
    /// </summary>
    public const int MaxListed = 100;

    private int _bad;

    /// <summary>The stream's name, as messages give it.</summary>
    public string Stream { get; } = stream;

    /// <summary>Lists a bad line's errors, as <see cref="ErrorPrinter.Print"/> does, while fewer than <see cref="MaxListed"/> were listed; counts it in any case.</summary>
    /// <returns>Whether the line was listed (the reports then list it too, and only then).</returns>
    public bool Print(TextWriter error, string what, string source, IReadOnlyList<InputError> errors)
    {
        _bad++;
        if (_bad <= MaxListed)
        {
            ErrorPrinter.Print(error, what, source, errors);
            return true;
        }

        return false;
    }

    /// <summary>Says, in one line, how many bad lines were not listed; nothing when every one was.</summary>
    public void Finish(TextWriter error)
    {
        if (_bad > MaxListed)
        {
            var more = _bad - MaxListed;
            error.WriteLine($"{CliApplication.Name}: ... and {more.ToString(CultureInfo.InvariantCulture)} more line{(more == 1 ? string.Empty : "s")} of {DisplayText.Clean(Stream)} could not be read (the first {MaxListed.ToString(CultureInfo.InvariantCulture)} are listed above)");
        }
    }
}
