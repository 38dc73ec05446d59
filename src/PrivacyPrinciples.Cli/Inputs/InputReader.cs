using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>
/// The one way the tool reads an input, for every verb and every kind of document: whole documents
/// and NDJSON lines are read up to the size limit and no further, before anything is kept, whether
/// they come from a file, a device, a pipe or standard input; the bytes then go to the library's
/// readers, which apply the same encoding rules to a <c>.json</c> file and to each NDJSON line.
/// </summary>
internal static class InputReader
{
    /// <summary>Reads a whole document of at most <paramref name="limit"/> bytes.</summary>
    /// <param name="document">The input.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="reportedLimit">The limit a too-large document is said to exceed, when the reader that will judge it has a smaller one.</param>
    /// <returns>The bytes, or the error that explains why there are none (unreadable, too large).</returns>
    public static (byte[]? Bytes, InputError? Error) ReadAll(InputDocument document, int limit, int? reportedLimit = null) =>
        Read(document, limit, size => ErrorMessages.DocumentTooLarge(size, Math.Min(limit, reportedLimit ?? limit)));

    /// <summary>
    /// Reads a whole input that is not a document of the library's readers (a key, an envelope, a
    /// file only hashed), of at most <paramref name="limit"/> bytes; a larger one is told that limit
    /// by its own name.
    /// </summary>
    /// <param name="document">The input.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="expected">What the input should be, for example "a PEM key file".</param>
    /// <param name="limitName">The name of the limit, as the message shows it, for example "the limit on a key file".</param>
    /// <returns>The bytes, or the error that explains why there are none (unreadable, too large).</returns>
    public static (byte[]? Bytes, InputError? Error) ReadAll(InputDocument document, int limit, string expected, string limitName)
        => Read(document, limit, size => ErrorMessages.FileTooLarge(size, limit, expected, limitName));

    private static (byte[]? Bytes, InputError? Error) Read(InputDocument document, int limit, Func<long?, string> tooLarge)
    {
        try
        {
            using var stream = document.Open();
            return BoundedInput.TryRead(stream, limit, out var bytes, out var size)
                ? (bytes, null)
                : (null, new InputError { Code = InputErrorCodes.TooLarge, Message = tooLarge(size), Source = document.Name });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, new InputError { Code = InputErrorCodes.Unreadable, Message = ErrorMessages.Unreadable(Why(document, exception)), Source = document.Name });
        }
    }

    /// <summary>
    /// The lines of an NDJSON stream, numbered from 1, each at most <paramref name="limit"/> bytes.
    /// A longer line is an error, and the stream goes on after its line break, so one bad line does
    /// not stop the others; a line break that does not come within <see cref="SkippedLines"/> times
    /// the limit ends the stream, since it may never come (<c>/dev/zero</c>).
    /// </summary>
    public static IEnumerable<NdjsonLine> Lines(InputDocument document, int limit)
    {
        var (stream, unreadable) = Open(document);
        if (stream is null)
        {
            yield return new NdjsonLine(0, null, unreadable);
            yield break;
        }

        using (stream)
        {
            var chunk = new byte[64 * 1024];
            var line = new MemoryStream();
            var number = 1;

            // Bytes of an over-long line still to be passed over before its line break; -1 when none is.
            var skipped = -1L;
            while (true)
            {
                int read;
                string? failure = null;
                try
                {
                    read = stream.Read(chunk, 0, chunk.Length);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
                {
                    // In the tool's words, as every other failure to read ("it is a folder, not a file", not "Is a directory").
                    read = 0;
                    failure = ErrorMessages.IoFailure(exception) ?? exception.Message;
                }

                if (failure is not null)
                {
                    yield return new NdjsonLine(number, null, new InputError { Code = InputErrorCodes.Unreadable, Message = ErrorMessages.Unreadable(failure), Source = document.Name, Line = number });
                    yield break;
                }

                if (read == 0)
                {
                    if (line.Length > 0 && skipped < 0)
                    {
                        yield return new NdjsonLine(number, line.ToArray(), null);
                    }

                    yield break;
                }

                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (chunk[i] != (byte)'\n')
                    {
                        continue;
                    }

                    if (skipped < 0 && line.Length + (i - start) > limit)
                    {
                        yield return TooLong(document, number, limit);
                    }
                    else if (skipped < 0)
                    {
                        line.Write(chunk, start, i - start);
                        yield return new NdjsonLine(number, line.ToArray(), null);
                    }

                    line.SetLength(0);
                    skipped = -1;
                    number++;
                    start = i + 1;
                }

                if (skipped < 0 && line.Length + (read - start) > limit)
                {
                    yield return TooLong(document, number, limit);
                    line.SetLength(0);
                    skipped = 0;
                }

                if (skipped >= 0)
                {
                    skipped += read - start;
                    if (skipped > (long)SkippedLines * limit)
                    {
                        yield return new NdjsonLine(number, null, new InputError
                        {
                            Code = InputErrorCodes.TooLarge,
                            Message = $"line {number.ToString(CultureInfo.InvariantCulture)} has no line break within {((long)SkippedLines * limit).ToString("N0", CultureInfo.InvariantCulture)} bytes; the rest of the stream is not read",
                            Source = document.Name,
                            Line = number,
                        });
                        yield break;
                    }
                }
                else
                {
                    line.Write(chunk, start, read - start);
                }
            }
        }
    }

    private static (Stream? Stream, InputError? Error) Open(InputDocument document)
    {
        try
        {
            return (document.Open(), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, new InputError { Code = InputErrorCodes.Unreadable, Message = ErrorMessages.Unreadable(Why(document, exception)), Source = document.Name });
        }
    }

    // A missing file whose name came with bytes that are not UTF-8 is there, under a name .NET cannot open.
    private static string Why(InputDocument document, Exception exception) =>
        exception is FileNotFoundException or DirectoryNotFoundException && !document.IsStandardInput && Outputs.OutputPaths.HasUndecodableName(document.Name)
            ? InputCollector.UndecodableName
            : ErrorMessages.WhyUnreadable(document.Name, exception);

    /// <summary>How many times the line limit an over-long line may run on before its line break is given up on.</summary>
    public const int SkippedLines = 16;

    private static NdjsonLine TooLong(InputDocument document, int number, int limit) => new(number, null, new InputError
    {
        Code = InputErrorCodes.TooLarge,
        Message = ErrorMessages.DocumentTooLarge(null, limit) + "; the line is skipped",
        Source = document.Name,
        Line = number,
    });
}
