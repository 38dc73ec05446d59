using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Files;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>Expands the command line's inputs (files, folders, <c>-</c>) into documents, in a stable order.</summary>
/// <remarks>
/// A folder contributes its regular <c>*.json</c> files (links to regular files included); a named
/// pipe, device or socket in it is skipped with a problem, since opening one could block or never
/// end. A folder that cannot be listed is a problem of its own, never fatal to the other inputs.
/// A path named on the command line is read whatever it is (a pipe from process substitution,
/// <c>/dev/stdin</c>), except that an NDJSON stream is never read from a character device such as
/// <c>/dev/urandom</c>, whose lines would never end.
/// </remarks>
internal static class InputCollector
{
    public static (List<InputDocument> Documents, List<InputProblem> Problems) Collect(IEnumerable<string> arguments, Func<Stream> openStandardInput, bool standardInputIsNdjson = false)
    {
        var documents = new List<InputDocument>();
        var problems = new List<InputProblem>();
        var stdinUsed = false;
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (!stdinUsed)
                {
                    documents.Add(InputDocument.StandardInput(openStandardInput, standardInputIsNdjson));
                    stdinUsed = true;
                }

                continue;
            }

            var probe = FileProbe.Of(argument);
            switch (probe.Kind)
            {
                case FileKind.Directory:
                    documents.AddRange(Folder(argument, problems));
                    break;
                case FileKind.Missing when argument.Length == 0:
                    problems.Add(new(argument, "an empty argument names no file or folder; expected a path, or - for standard input"));
                    break;
                case FileKind.Missing when FileProbe.Of(argument, followLinks: false).Kind == FileKind.SymbolicLink:
                    // A link that leads nowhere (to nothing, or round a loop of links) is there, but gives no file.
                    problems.Add(new(argument, "a symbolic link that leads to no file or folder (what it names does not exist, or links lead round in a loop)"));
                    break;
                case FileKind.Missing when OutputPaths.HasUndecodableName(argument):
                    problems.Add(new(argument, UndecodableName));
                    break;
                case FileKind.Missing when probe.Denied:
                    problems.Add(new(argument, NotReachable));
                    break;
                case FileKind.Missing when probe.Looped:
                    problems.Add(new(argument, "symbolic links on its way lead round in a loop, so it names no file or folder"));
                    break;
                case FileKind.Missing:
                    problems.Add(new(argument, "no such file or folder"));
                    break;
                case FileKind.CharacterDevice when InputDocument.IsNdjsonPath(argument):
                    problems.Add(new(argument, "is a character device; an NDJSON stream is read from a file, or from standard input (-)"));
                    break;
                default:
                    documents.Add(InputDocument.File(argument));
                    break;
            }
        }

        return (documents, problems);
    }

    /// <summary>Whether the inputs name a single document (so JSON output is one report rather than an array).</summary>
    public static bool IsSingleDocument(IReadOnlyList<string> arguments, bool standardInputIsNdjson = false) =>
        arguments.Count == 1 && (arguments[0] == "-" ? !standardInputIsNdjson : FileProbe.Of(arguments[0]).Kind is not (FileKind.Directory or FileKind.Missing) && !InputDocument.IsNdjsonPath(arguments[0]));

    // There may be a file, but this user may not look: "no such file or folder" sent users looking for a typo.
    internal const string NotReachable = "permission denied: a folder on its way may not be entered by this user";

    // Listed, but never opened: .NET decodes the name's bytes that are not UTF-8 as U+FFFD, and the name it then opens names no file.
    internal const string UndecodableName = OutputPaths.NotUtf8 + ", and a name that is not UTF-8 cannot be opened by this tool; rename the file";

    private static List<InputDocument> Folder(string folder, List<InputProblem> problems)
    {
        var before = problems.Count;
        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, JsonFiles.Pattern, JsonFiles.InFolder).OrderBy(f => f, StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(folder, $"the folder could not be listed: {(exception is UnauthorizedAccessException ? "permission denied" : exception.Message)}"));
            return [];
        }

        var documents = new List<InputDocument>();
        foreach (var file in files)
        {
            var probe = FileProbe.Of(file);
            if (probe.IsRegularFile)
            {
                documents.Add(InputDocument.File(file));
            }
            else if (probe.Kind != FileKind.Missing)
            {
                problems.Add(new(file, $"is {FileProbe.Describe(probe.Kind)}, not a regular file; skipped"));
            }
            else
            {
                problems.Add(new(file, OutputPaths.HasUndecodableName(file) ? UndecodableName : probe.Denied ? NotReachable : "could not be read (a broken link, or no permission)"));
            }
        }

        if (documents.Count == 0 && problems.Count == before)
        {
            problems.Add(new(folder, "the folder has no .json files; expected attestation files"));
        }

        return documents;
    }

}
