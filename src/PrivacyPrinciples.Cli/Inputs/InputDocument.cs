using System;
using System.IO;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>One input to read: a file or standard input, holding one JSON document or, as NDJSON, one per line.</summary>
internal sealed record InputDocument(string Name, Func<Stream>? OpenStandardInput, bool Ndjson)
{
    public const string StandardInputName = "<stdin>";

    public bool IsStandardInput => OpenStandardInput is not null;

    public static InputDocument File(string path) => new(path, null, IsNdjsonPath(path));

    public static InputDocument StandardInput(Func<Stream> open, bool ndjson) => new(StandardInputName, open, ndjson);

    /// <summary>
    /// Opens the input for reading from its start. A file is opened as it is (a named pipe given on
    /// the command line waits for its writer, as any reader would), and noted as read by this run,
    /// so that no output of the run replaces it (see <see cref="Files.RunFiles"/>).
    /// </summary>
    public Stream Open()
    {
        if (OpenStandardInput is { } open)
        {
            return open();
        }

        var stream = new FileStream(Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan);
        Files.RunFiles.NoteRead(Name);
        return stream;
    }

    public static bool IsNdjsonPath(string path) =>
        path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
}
