using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>Expands the command line's inputs (files, folders, <c>-</c>) into documents, in a stable order.</summary>
internal static class InputCollector
{
    public static (List<InputDocument> Documents, List<string> Problems) Collect(IEnumerable<string> arguments, Func<Stream> openStandardInput, bool standardInputIsNdjson = false)
    {
        var documents = new List<InputDocument>();
        var problems = new List<string>();
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

            if (Directory.Exists(argument))
            {
                var files = Directory.EnumerateFiles(argument, "*.json", SearchOption.TopDirectoryOnly)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    problems.Add($"{argument}: the folder has no .json files; expected attestation files");
                }

                documents.AddRange(files.Select(InputDocument.File));
            }
            else if (File.Exists(argument))
            {
                documents.Add(InputDocument.File(argument));
            }
            else
            {
                problems.Add($"{argument}: no such file or folder");
            }
        }

        return (documents, problems);
    }

    /// <summary>Whether the inputs name a single document (so JSON output is one report rather than an array).</summary>
    public static bool IsSingleDocument(IReadOnlyList<string> arguments, bool standardInputIsNdjson = false) =>
        arguments.Count == 1 && (arguments[0] == "-" ? !standardInputIsNdjson : File.Exists(arguments[0]) && !InputDocument.IsNdjsonPath(arguments[0]));
}
