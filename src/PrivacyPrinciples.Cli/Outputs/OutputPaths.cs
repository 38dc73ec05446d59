using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Where an output path leads, as the system resolves it. Removing <c>..</c> as text
/// (<see cref="Path.GetFullPath(string)"/>) makes <c>missing/../a.json</c> the file <c>a.json</c>,
/// which the shell would refuse, and <c>link/../a.json</c> a file beside the link rather than beside
/// where the link leads; every check on an output and the write itself must see the one file the
/// system would open.
/// </summary>
internal static class OutputPaths
{
    /// <summary>
    /// Whether an output path names this process's standard output: <c>-</c> (or none), or, outside
    /// Windows, <c>/dev/stdout</c>, <c>/dev/fd/1</c> or <c>/proc/self/fd/1</c>, which the system
    /// opens as that same stream. Such an output is written as standard output is, so that no
    /// line about the run lands inside it and no "exists" check reads the file the shell made.
    /// </summary>
    public static bool IsStandardOutput([NotNullWhen(false)] string? path) =>
        path is null or "-" || (!OperatingSystem.IsWindows() && path is "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1");

    /// <summary>The full path an output names, with any <c>.</c> or <c>..</c> resolved in the folders that exist on disk.</summary>
    /// <exception cref="OutputException">The path is empty or ends with <c>.</c> or <c>..</c>, or a folder before a <c>..</c> does not exist.</exception>
    public static string Full(string path)
    {
        if (path.Length == 0)
        {
            throw new OutputException("an output path is empty; expected a file name");
        }

        RefuseReplacementCharacter(path);

        // Windows resolves ".." as text itself; elsewhere a path without "." or ".." needs no folder looked up.
        var name = Path.GetFileName(path);
        var last = LastDotPart(path);
        if (OperatingSystem.IsWindows() || last < 0)
        {
            return Path.GetFullPath(path);
        }

        if (name is "." or "..")
        {
            throw new OutputException(path, $"it ends with '{name}', so it names a folder; expected a file name");
        }

        // The system resolves the path up to its last "." or ".." (every folder before it must be
        // there, as for the shell); what follows is made as needed, as for any output.
        var prefix = path.Substring(0, last);
        var rest = path.Substring(last).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return UnixFiles.RealPath(prefix.Length == 0 ? "/" : prefix) is { } real && Directory.Exists(real)
            ? Path.GetFullPath(Path.Combine(real, rest))
            : throw new OutputException(path, $"the folder '{PrivacyPrinciples.DisplayText.Clean(prefix)}' does not exist (a '..' leads out of a folder only when the folder is there)");
    }

    /// <summary>As <see cref="Full"/>, for a folder: one that exists may be named <c>.</c> or <c>..</c>.</summary>
    /// <exception cref="OutputException">A folder on its way does not exist.</exception>
    public static string FullFolder(string path)
    {
        RefuseReplacementCharacter(path);
        return !OperatingSystem.IsWindows() && LastDotPart(path) >= 0 && UnixFiles.RealPath(path) is { } real && Directory.Exists(real) ? real : Full(path);
    }

    /// <summary>Why a name cannot be used as it was given: its bytes are not UTF-8 (see <see cref="HasUndecodableName"/>).</summary>
    public const string NotUtf8 = "its name is not valid UTF-8 (shown with \uFFFD)";

    /// <summary>
    /// Whether a path may have reached the tool with bytes that are not UTF-8: .NET decodes each as
    /// U+FFFD, so the path the tool sees names another file than the one given (or none). A name
    /// that truly holds U+FFFD is taken for one too; such names are rare, and refusing is safe.
    /// </summary>
    public static bool HasUndecodableName(string path) => path.Contains('\uFFFD', StringComparison.Ordinal);

    // Written as decoded, the output would land in another file than the one named, replacing it if it exists.
    private static void RefuseReplacementCharacter(string path)
    {
        if (HasUndecodableName(path))
        {
            throw new OutputException(path, NotUtf8 + ", and the output would be written under another name than the one given; choose a UTF-8 name");
        }
    }

    /// <summary>As <see cref="Full"/>, but a path that names no file is returned as given, for comparisons: writing it then fails with one line.</summary>
    public static string FullOrAsGiven(string path)
    {
        try
        {
            var full = Full(path);
            return new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception exception) when (exception is OutputException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }

    // Where the part after the last "." or ".." part of a path starts, or -1 when it has none.
    private static int LastDotPart(string path)
    {
        var end = -1;
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == Path.DirectorySeparatorChar || path[i] == Path.AltDirectorySeparatorChar)
            {
                var part = path.AsSpan(start, i - start);
                if (part.SequenceEqual(".") || part.SequenceEqual(".."))
                {
                    end = i;
                }

                start = i + 1;
            }
        }

        return end;
    }
}
