using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>
/// The inputs of a run that could not be read, in input order: what the error output says of them,
/// kept so that every report format that describes the batch can say it too (through
/// <see cref="ReportBatch.UnreadInputs"/>). It keeps no more than standard error lists: a stream's
/// bad lines past <see cref="StreamErrorLimit.MaxListed"/>, and any input past <see cref="MostListed"/>,
/// are only counted, so a batch of any amount of garbage still runs in bounded memory.
/// Not thread-safe: used by the one thread that says what a run found.
/// </summary>
internal sealed class UnreadInputs
{
    /// <summary>
    /// The most unread inputs listed: as many as the reports kept for the whole-batch formats
    /// (<see cref="ReportSink.MostKept"/>). Each holds at most <see cref="ErrorPrinter.MaxLines"/>
    /// errors and a last one saying how many more, a few kilobytes at most.
    /// </summary>
    public const int MostListed = ReportSink.MostKept;

    private readonly List<UnreadInput> _listed = [];

    /// <summary>The inputs listed, in input order.</summary>
    public IReadOnlyList<UnreadInput> Listed => _listed;

    /// <summary>How many more inputs could not be read than are listed.</summary>
    public int NotListed { get; private set; }

    /// <summary>How many inputs could not be read in all.</summary>
    public int Count => _listed.Count + NotListed;

    /// <summary>Keeps an input that could not be read, with the errors standard error lists for it.</summary>
    /// <param name="source">The input as the user named it.</param>
    /// <param name="line">Its line in an NDJSON stream, if it is one.</param>
    /// <param name="errors">What is wrong with it.</param>
    public void Add(string source, int? line, IReadOnlyList<InputError> errors)
    {
        if (_listed.Count >= MostListed)
        {
            NotListed++;
            return;
        }

        // Reports name their inputs with forward slashes on every system, as SARIF and the other formats expect.
        _listed.Add(new UnreadInput { Source = source.Replace(Path.DirectorySeparatorChar, '/'), Line = line, Errors = Bounded(errors) });
    }

    /// <summary>Counts an input that could not be read and that standard error does not list either.</summary>
    public void AddNotListed() => NotListed++;

    // At most what ErrorPrinter prints: the first MaxLines errors, a line saying how many more, and the reader's own "and more".
    private static List<InputError> Bounded(IReadOnlyList<InputError> errors)
    {
        var more = errors.Count > 0 && errors[errors.Count - 1].Code == InputErrorCodes.TooManyErrors ? errors[errors.Count - 1] : null;
        var listed = more is null ? errors : errors.Take(errors.Count - 1).ToArray();
        var kept = listed.Take(ErrorPrinter.MaxLines).ToList();
        if (listed.Count > ErrorPrinter.MaxLines)
        {
            var omitted = listed.Count - ErrorPrinter.MaxLines;
            kept.Add(new InputError
            {
                Code = InputErrorCodes.TooManyErrors,
                Message = $"... and {omitted.ToString(System.Globalization.CultureInfo.InvariantCulture)} more error{(omitted == 1 ? string.Empty : "s")} not listed; fix these first",
                Source = listed[0].Source,
            });
        }

        if (more is not null)
        {
            kept.Add(more);
        }

        return kept;
    }
}
