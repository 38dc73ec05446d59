using System;
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
    /// <summary>The full path an output names, with any <c>.</c> or <c>..</c> resolved in the folders that exist on disk.</summary>
    /// <exception cref="OutputException">The path ends with <c>.</c> or <c>..</c>, or a folder on its way does not exist.</exception>
    public static string Full(string path)
    {
        if (path.Length == 0)
        {
            throw new OutputException("an output path is empty; expected a file name");
        }

        // Windows resolves ".." as text itself; elsewhere a path without "." or ".." needs no folder looked up.
        var name = Path.GetFileName(path);
        if (OperatingSystem.IsWindows() || !HasDotPart(path))
        {
            return Path.GetFullPath(path);
        }

        if (name is "." or "..")
        {
            throw new OutputException(path, $"it ends with '{name}', so it names a folder; expected a file name");
        }

        if (name.Length == 0)
        {
            // "a/../" names a folder; the caller says so in its own words.
            return Path.GetFullPath(path);
        }

        var folder = path.Substring(0, path.Length - name.Length);
        return UnixFiles.RealPath(folder) is { } real && Directory.Exists(real)
            ? Path.Combine(real, name)
            : throw new OutputException(path, $"the folder '{PrivacyPrinciples.DisplayText.Clean(folder)}' does not exist (a '..' leads out of a folder only when the folder is there)");
    }

    /// <summary>As <see cref="Full"/>, for a folder: one that exists may be named <c>.</c> or <c>..</c>.</summary>
    /// <exception cref="OutputException">A folder on its way does not exist.</exception>
    public static string FullFolder(string path) =>
        !OperatingSystem.IsWindows() && HasDotPart(path) && UnixFiles.RealPath(path) is { } real && Directory.Exists(real) ? real : Full(path);

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

    private static bool HasDotPart(string path)
    {
        foreach (var part in path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part is "." or "..")
            {
                return true;
            }
        }

        return false;
    }
}
