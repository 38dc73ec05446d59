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
    private readonly Dictionary<(ulong Device, ulong Inode), string> _readByIdentity = new();
    private readonly Dictionary<string, string> _readByPath = new(PathComparer);
    private readonly HashSet<(ulong Device, ulong Inode)> _writtenByIdentity = new();
    private readonly HashSet<string> _writtenByPath = new(PathComparer);

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
        if (Current.Value is not { } run)
        {
            return;
        }

        var probe = FileProbe.Of(path);
        lock (run._gate)
        {
            if (probe.HasIdentity)
            {
                if (!run._readByIdentity.ContainsKey((probe.Device, probe.Inode)))
                {
                    run._readByIdentity.Add((probe.Device, probe.Inode), path);
                }
            }
            else if (FullPath(path) is { } full && !run._readByPath.ContainsKey(full))
            {
                run._readByPath.Add(full, path);
            }
        }
    }

    /// <summary>Notes that the run has written the file at <paramref name="path"/>.</summary>
    public static void NoteWritten(string path)
    {
        if (Current.Value is not { } run)
        {
            return;
        }

        var probe = FileProbe.Of(path);
        lock (run._gate)
        {
            if (probe.HasIdentity)
            {
                run._writtenByIdentity.Add((probe.Device, probe.Inode));
            }
            else if (FullPath(path) is { } full)
            {
                run._writtenByPath.Add(full);
            }
        }
    }

    /// <summary>
    /// The name under which the current run read the file at <paramref name="path"/>, or
    /// <see langword="null"/> when it has read no such file (or there is no run).
    /// </summary>
    public static string? ReadAs(string path)
    {
        if (Current.Value is not { } run)
        {
            return null;
        }

        var probe = FileProbe.Of(path);
        lock (run._gate)
        {
            if (probe.HasIdentity)
            {
                return run._readByIdentity.TryGetValue((probe.Device, probe.Inode), out var name) ? name : null;
            }

            return FullPath(path) is { } full && run._readByPath.TryGetValue(full, out var named) ? named : null;
        }
    }

    /// <summary>Whether the current run has already written the file at <paramref name="path"/>.</summary>
    public static bool WasWritten(string path)
    {
        if (Current.Value is not { } run)
        {
            return false;
        }

        var probe = FileProbe.Of(path);
        lock (run._gate)
        {
            return probe.HasIdentity
                ? run._writtenByIdentity.Contains((probe.Device, probe.Inode))
                : FullPath(path) is { } full && run._writtenByPath.Contains(full);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Current.Value = _outer;

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
