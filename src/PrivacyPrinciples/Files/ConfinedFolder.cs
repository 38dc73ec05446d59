using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace PrivacyPrinciples.Files;

/// <summary>
/// A folder that an untrusted document (an engagement file, a tailoring profile) may name files in,
/// and nothing outside it. A path is resolved the way the operating system will open it, one name
/// at a time, following every symbolic link (<c>..</c> after a link goes up from where the link
/// points), and refused when the result is outside the folder, before anything is read; so neither
/// <c>../</c>, an absolute path nor a link planted in the folder can make the tool read another
/// file and quote it in its errors.
/// </summary>
internal sealed class ConfinedFolder
{
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _root;

    /// <summary>Confines to a folder, given as the document gave it; empty for the current folder.</summary>
    public ConfinedFolder(string folder)
    {
        Folder = folder;
        var full = Path.GetFullPath(folder.Length == 0 ? "." : folder);
        _root = Resolve(Path.GetPathRoot(full)!, full.Substring(Path.GetPathRoot(full)!.Length), out _) ?? full;
    }

    /// <summary>The folder as given, for joining with relative names in messages and file names.</summary>
    public string Folder { get; }

    /// <summary>Resolves a path a document names, relative to the folder.</summary>
    /// <param name="relative">The path as the document wrote it.</param>
    /// <param name="path">The path to open: the folder joined with <paramref name="relative"/>, as the user would write it.</param>
    /// <param name="resolved">Where it really leads, every link followed.</param>
    /// <returns>Whether the path stays inside the folder.</returns>
    public bool TryResolve(string relative, out string path, out string resolved)
    {
        path = Folder.Length == 0 ? relative : Path.Combine(Folder, relative);
        resolved = string.Empty;
        if (relative.Length == 0 || Path.IsPathRooted(relative) || HasNul(relative))
        {
            return false;
        }

        var real = Resolve(_root, relative, out var gaveUp);
        if (real is null || gaveUp)
        {
            return false;
        }

        resolved = real;
        return Contains(real);
    }

    /// <summary>Whether a resolved path is the folder or inside it.</summary>
    public bool Contains(string resolvedPath)
    {
        var root = _root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return string.Equals(resolvedPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), root, PathComparison)
            || resolvedPath.StartsWith(root + Path.DirectorySeparatorChar, PathComparison);
    }

    // Walks the names one at a time from a folder already resolved. A name that is a link is
    // replaced by the link's target (from the file system's root when the target is absolute),
    // and the walk goes on; ".." goes up from the real place reached so far.
    private static string? Resolve(string start, string relative, out bool gaveUp)
    {
        gaveUp = false;
        var pending = new LinkedList<string>(Split(relative));
        var current = start;
        var links = 0;
        while (pending.Count > 0)
        {
            var name = pending.First!.Value;
            pending.RemoveFirst();
            if (name.Length == 0 || name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, name);
            if (LinkTarget(next, out var unresolvable) is { } target)
            {
                if (++links > MaxLinks)
                {
                    gaveUp = true;
                    return null;
                }

                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target)!;
                    target = target.Substring(current.Length);
                }

                var names = Split(target);
                for (var i = names.Length - 1; i >= 0; i--)
                {
                    pending.AddFirst(names[i]);
                }

                continue;
            }

            if (unresolvable)
            {
                // A link this platform cannot read: it could lead anywhere, so it leads nowhere.
                gaveUp = true;
                return null;
            }

            current = next;
        }

        return current;
    }

    private static bool HasNul(string path)
    {
        foreach (var c in path)
        {
            if (c == '\0')
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Split(string path) => path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

#if NET
    private static string? LinkTarget(string path, out bool unresolvable)
    {
        unresolvable = false;
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
#else
    // netstandard2.0 cannot read a link's target: a link anywhere on the path is refused.
    private static string? LinkTarget(string path, out bool unresolvable)
    {
        try
        {
            var info = new FileInfo(path);
            unresolvable = (File.Exists(path) || Directory.Exists(path)) && (info.Attributes & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            unresolvable = false;
        }

        return null;
    }
#endif
}
