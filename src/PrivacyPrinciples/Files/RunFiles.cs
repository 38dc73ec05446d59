using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace PrivacyPrinciples.Files;

/// <summary>
/// The files one run of the tool has read and written, so that no output of the run replaces a file
/// it read (a profile's base rule set, a report found in a <c>--previous</c> folder, an attestation
/// found in a folder given to <c>diff</c>, not only the paths on the command line) or a file it has
/// already written (a report and a letter given one name). The document loaders and the tool's
/// input layer note every file they open; the tool's output layer asks before it writes.
/// </summary>
/// <remarks>
/// A run is a scope that flows with the work started inside it (tasks and threads), so runs side by
/// side in one process (tests) keep apart; outside a run nothing is noted, so the library alone
/// keeps nothing. Files are told apart by device and inode where the system gives them (hard and
/// symbolic links are the file they lead to), else by full path. Only identities are kept, not the
/// files, so a batch of many inputs costs a few dozen bytes per file.
/// </remarks>
internal sealed class RunFiles : IDisposable
{
    private static readonly AsyncLocal<RunFiles?> Current = new();

    // Where the system gives no identity, paths are compared as its file systems usually do.
    private static readonly StringComparer PathComparer =
        System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Windows)
        || System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.OSX)
            ? StringComparer.OrdinalIgnoreCase
            : StringComparer.Ordinal;

    private readonly RunFiles? _outer;
    private readonly object _gate = new();

    // Files by their key (see KeyOf): those read, with the name they were read by, and those written.
    private readonly Dictionary<string, string> _read = new(PathComparer);
    private readonly HashSet<string> _written = new(PathComparer);

    private RunFiles(RunFiles? outer) => _outer = outer;

    /// <summary>Starts a run; disposing it ends the run and restores the one around it, if any.</summary>
    public static RunFiles Begin()
    {
        var run = new RunFiles(Current.Value);
        Current.Value = run;
        return run;
    }

    /// <summary>Notes that the run has opened <paramref name="path"/> for reading (as the path was given).</summary>
    public static void NoteRead(string path)
    {
        if (Current.Value is { } run && KeyOf(path) is { } key)
        {
            lock (run._gate)
            {
                // The first name it was read by is the one a message gives.
                if (!run._read.TryGetValue(key, out _))
                {
                    run._read[key] = path;
                }
            }
        }
    }

    /// <summary>Notes that the run has written the file at <paramref name="path"/>.</summary>
    public static void NoteWritten(string path)
    {
        if (Current.Value is { } run && KeyOf(path) is { } key)
        {
            lock (run._gate)
            {
                run._written.Add(key);
            }
        }
    }

    /// <summary>
    /// The name under which the current run read the file at <paramref name="path"/>, or
    /// <see langword="null"/> when it has read no such file (or there is no run).
    /// </summary>
    public static string? ReadAs(string path)
    {
        if (Current.Value is not { } run || KeyOf(path) is not { } key)
        {
            return null;
        }

        lock (run._gate)
        {
            return run._read.TryGetValue(key, out var name) ? name : null;
        }
    }

    /// <summary>Whether the current run has already written the file at <paramref name="path"/>.</summary>
    public static bool WasWritten(string path)
    {
        if (Current.Value is not { } run || KeyOf(path) is not { } key)
        {
            return false;
        }

        lock (run._gate)
        {
            return run._written.Contains(key);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Current.Value = _outer;

    // What tells a file apart: its device and inode where the system gives them (so every link to
    // it is the same file), else its full path (after a slash, so the two kinds never meet); null
    // for a path that has neither.
    private static string? KeyOf(string path)
    {
        var probe = FileProbe.Of(path);
        return probe.HasIdentity
            ? probe.Device.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + probe.Inode.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : FullPath(path) is { } full ? "/" + full : null;
    }

    private static string? FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
