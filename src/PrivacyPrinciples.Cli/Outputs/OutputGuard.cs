using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Files;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Refuses an output that is one of the inputs, before anything is written: <c>evaluate a.json
/// --output a.json</c> would otherwise replace the attestation with its report. Two paths are the
/// same file when the file system says so (same device and inode, so hard links and symbolic links
/// are caught too); where it cannot tell, when they resolve to the same full path.
/// </summary>
internal static class OutputGuard
{
    /// <param name="outputs">The outputs' paths; null or <c>-</c> for standard output.</param>
    /// <param name="inputs">The inputs' paths; <c>-</c> for standard input.</param>
    /// <param name="standardInput">What standard input is: when an input is <c>-</c> and it is a file, an output naming that file is refused too.</param>
    /// <returns>Why an output cannot be written, or null when none is an input.</returns>
    public static string? Check(IEnumerable<string?> outputs, IEnumerable<string?> inputs, FileProbe standardInput = default)
    {
        var given = inputs.Where(i => i is not null).ToList();
        var sources = given.Where(i => i is not "-").Select(i => (Path: i!, Opened: AsOpened(i!))).Select(s => (s.Path, Probe: FileProbe.Of(s.Opened), Full: Full(s.Opened))).ToList();
        if (given.Contains("-") && standardInput.HasIdentity && standardInput.Kind == FileKind.Regular)
        {
            // Standard input redirected from a file (`< a.json`) is that file: compared by identity only.
            sources.Add(("standard input", standardInput, "\0"));
        }

        foreach (var output in outputs)
        {
            if (OutputPaths.IsStandardOutput(output))
            {
                continue;
            }

            var probe = FileProbe.Of(output);
            if (probe.Kind is not (FileKind.Regular or FileKind.Unknown))
            {
                // A device or pipe is written in place and read by someone else; nothing of the inputs is replaced.
                continue;
            }

            var full = Full(output);
            var same = sources.FirstOrDefault(s => s.Probe.IsSameEntryAs(probe) || (!(s.Probe.HasIdentity && probe.HasIdentity) && string.Equals(s.Full, full, StringComparison.Ordinal)));
            if (same.Path is not null)
            {
                return $"--output '{DisplayText.Clean(output)}' is an input ({DisplayText.Clean(same.Path)}); writing there would replace it. Choose another output";
            }
        }

        return null;
    }

    private static string Full(string path) => OutputPaths.FullOrAsGiven(path);

    // The file .NET opens for an input: its path with "." and ".." removed as text, as FileStream
    // does before the system resolves the rest (so "missing/../w.json" is read as "w.json").
    private static string AsOpened(string path)
    {
        try
        {
            return System.IO.Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or System.IO.PathTooLongException)
        {
            return path;
        }
    }
}
