using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using PrivacyPrinciples.Files;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Where one output goes, the one way every verb writes. A regular file (or a new one) is
/// replaced atomically: written to a short temporary name in the same folder, flushed to disk,
/// given the old file's permissions, owner and group (as far as this user may), then renamed over
/// the target (a file this user may not write is refused, as writing it would be), so a reader sees the old
/// content or the complete new content; the temporary file is removed on any failure, and on
/// SIGINT or SIGTERM. Anything else that is not a folder (a character device such as
/// <c>/dev/null</c> or <c>/dev/full</c>, a named pipe, <c>/dev/stdout</c>) is written in place,
/// never replaced, so writing to <c>/dev/null</c> as root leaves it a device; a regular file reached
/// through <c>/dev</c> or <c>/proc</c> (<c>/dev/stdout</c> redirected with <c>&gt;&gt;</c>) is appended
/// to. Standard output is written in place too. Every failure is an <see cref="OutputException"/> with one line to print,
/// but one: an output written in place whose reader went away (a named pipe read by <c>head</c>) is
/// complete as far as its reader wanted it, as standard output is in <c>| head</c>; it is noted in
/// <see cref="CliContext.ClosedOutputs"/>, and the run ends quietly with <see cref="ExitCodes.OutputClosed"/>.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly GuardedTextWriter _writer;
    private readonly FileStream? _stream;
    private readonly string? _temporary;
    private readonly string? _target;
    private readonly UnixFileMode? _mode;
    private readonly FileProbe _replaced;
    private readonly bool _replacesInput;
    private ClosedOutputs? _closed;
    private bool _done;

    // The folders made to hold the file (see PendingFiles.MakeFolder): removed with it when it is
    // abandoned, kept once it is in place.
    private string[] _madeFolders = [];

    private OutputFile(string name, GuardedTextWriter writer, FileStream? stream, string? temporary, string? target, UnixFileMode? mode, FileProbe replaced = default, bool replacesInput = false)
    {
        _replacesInput = replacesInput;
        Name = name;
        _writer = writer;
        _stream = stream;
        _temporary = temporary;
        _target = target;
        _mode = mode;
        _replaced = replaced;
    }

    /// <summary>The output as messages name it: the path as given, or "standard output".</summary>
    public string Name { get; }

    /// <summary>Whether the output is a file written beside its place and moved there by <see cref="Commit"/> (not standard output, a device or a pipe, which are written in place).</summary>
    public bool IsReplacingFile => _temporary is not null;

    /// <summary>
    /// Whether the output is written in place (a named pipe, a device, standard output) and its
    /// reader has gone: nothing more written to it can arrive (see <see cref="GuardedTextWriter.ReaderGone"/>).
    /// A file being replaced never has a reader to lose.
    /// </summary>
    public bool ReaderGone => _temporary is null && _writer.ReaderGone;

    /// <summary>Whether a write has already failed (a full disk, the file size limit): nothing more written can arrive, so a long producer may stop.</summary>
    public bool Failed => _writer.Failure is not null;

    /// <summary>Where to write; writing never throws, a failure is reported by <see cref="Commit"/>.</summary>
    public TextWriter Writer => _writer;

    /// <summary>Opens an output: a path, or standard output when <paramref name="path"/> is null or <c>-</c>.</summary>
    /// <param name="path">The path, as the user gave it or as the tool made it.</param>
    /// <param name="context">The tool's streams.</param>
    /// <param name="named">
    /// Whether the file name itself came from an input (a letter named after a vendor id): then a
    /// symbolic link at that name is refused instead of followed, so a link planted in the folder
    /// cannot make the tool write somewhere else.
    /// </param>
    /// <param name="replacesInput">Whether the output is meant to replace a file this run read (<c>migrate --in-place</c>); any other output that would replace a file the run read, or one it has already written, is refused (see <see cref="RunFiles"/>).</param>
    /// <exception cref="OutputException">The output cannot be written (a folder, a block device, no permission, a missing folder that cannot be created, a file this run read or wrote).</exception>
    public static OutputFile Create(string? path, CliContext context, bool named = false, bool replacesInput = false)
    {
        if (OutputPaths.IsStandardOutput(path))
        {
            return new OutputFile("standard output", context.Out as GuardedTextWriter ?? new GuardedTextWriter(context.Out), null, null, null, null);
        }

        try
        {
            if (named && FileProbe.Of(path, followLinks: false).Kind == FileKind.SymbolicLink)
            {
                throw new OutputException(path, "it is a symbolic link; a file named after an input is never written through one");
            }

            var output = Open(path, replacesInput);
            output._closed = context.ClosedOutputs;
            return output;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputException(path, Reason(exception), exception);
        }
    }

    /// <summary>Writes a whole text to an output and completes it.</summary>
    /// <exception cref="OutputException">The output could not be written; nothing was left half-written.</exception>
    public static void Write(string? path, string text, CliContext context, bool named = false, bool replacesInput = false)
    {
        using var output = Create(path, context, named, replacesInput);
        output.Writer.Write(text);
        output.Commit();
    }

    /// <summary>Completes the output: flushes it and, for a file, moves the complete new content into place.</summary>
    /// <exception cref="OutputException">Writing failed at any point (for example the disk is full); a temporary file is removed.</exception>
    public void Commit()
    {
        if (_done)
        {
            return;
        }

        _writer.Flush();
        if (_stream is null && _temporary is null)
        {
            // Standard output: a failure is reported once, when the command ends (CliApplication).
            _done = true;
            return;
        }

        if (_writer.Failure is { } failure)
        {
            if (ReaderLeft())
            {
                return;
            }

            throw new OutputException(Name, failure);
        }

        try
        {
            if (_stream is not null)
            {
                // A device or pipe cannot be synced; a regular file must be on disk before it replaces the old one.
                _stream.Flush(flushToDisk: _temporary is not null);
                _writer.Dispose();
                if (_writer.Failure is { } late)
                {
                    if (ReaderLeft())
                    {
                        return;
                    }

                    throw new OutputException(Name, late);
                }
            }

            if (_temporary is not null)
            {
                if (_replaced.HasIdentity && FileProbe.Of(_temporary) is var written && (written.Owner != _replaced.Owner || written.Group != _replaced.Group))
                {
                    // The new content keeps the old file's owner and group, as far as this user may give them.
                    UnixFiles.TryOwn(_temporary, _replaced.Owner, _replaced.Group);
                }

                if (_mode is UnixFileMode mode && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(_temporary, mode);
                }

                // Asked again as the file is replaced: the run may have read it since it was opened.
                if (FileProbe.Of(_target!).IsRegularFile && Clash(_target!, _replacesInput) is { } clash)
                {
                    throw new OutputException(Name, clash);
                }

                File.Move(_temporary, _target!, overwrite: true);
                PendingFiles.Forget(_temporary);
                PendingFiles.KeepFolders(_madeFolders);
                RunFiles.NoteWritten(_target!);
            }

            _done = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException || GuardedTextWriter.IsFileTooLarge(exception))
        {
            throw new OutputException(Name, Reason(exception), exception);
        }
    }

    // A pipe written in place whose reader went away (EPIPE): not a failure to report, but the end of
    // this output, noted for the run's exit code. A file being replaced never has a reader to lose.
    private bool ReaderLeft()
    {
        if (!_writer.ReaderGone || _temporary is not null)
        {
            return false;
        }

        _writer.Dispose();
        _closed?.Note();
        _done = true;
        return true;
    }

    /// <summary>Abandons an output that was not committed: a temporary file is removed, the target is untouched.</summary>
    public void Dispose()
    {
        if (_stream is not null && !_done)
        {
            _writer.Dispose();
        }

        if (_temporary is not null && !_done)
        {
            PendingFiles.Delete(_temporary);
            PendingFiles.RemoveFolders(_madeFolders);
        }

        _done = true;
    }

    private static OutputFile Open(string path, bool replacesInput)
    {
        var target = OutputPaths.Full(path);
        if (IsDescriptor(target))
        {
            // /dev/stdout, /dev/fd/3, /proc/self/fd/1: opened as they are, whatever they lead to. A
            // regular file behind one (`-o /dev/stdout >> log`) is appended to: opened afresh it
            // would be written from its start, over what the shell's `>>` keeps.
            if (OpenOnlyForReading(target))
            {
                // `-o /dev/stdin < file`: the shell opened the file to be read; writing there would change it.
                throw new OutputException(path, "this process holds it open only for reading (it is an input, such as standard input); expected an output");
            }

            return FileProbe.Of(target).Kind switch
            {
                FileKind.Directory => throw new OutputException(path, "it is a folder; expected a file name"),
                FileKind.BlockDevice => throw new OutputException(path, "it is a block device (a disk); a report is never written onto one"),
                FileKind.Regular => InPlace(path, target, FileMode.Append),
                _ => InPlace(path, target),
            };
        }

        // Write where the path really leads: a link to a file stays a link, to the new content.
        if (new FileInfo(target).LinkTarget is not null && File.ResolveLinkTarget(target, returnFinalTarget: true) is { } linked)
        {
            target = linked.FullName;
        }

        var probe = FileProbe.Of(target);
        if (probe.Kind != FileKind.Directory && Path.EndsInDirectorySeparator(path))
        {
            // Checked before any folder on the way is made: "reports/" names a folder, not a file.
            throw new OutputException(path, "it ends with a folder separator, so it names a folder; expected a file name");
        }

        switch (probe.Kind)
        {
            case FileKind.Directory:
                throw new OutputException(path, "it is a folder; expected a file name");
            case FileKind.BlockDevice:
                throw new OutputException(path, "it is a block device (a disk); a report is never written onto one");
            case FileKind.CharacterDevice or FileKind.Fifo or FileKind.Socket:
            case FileKind.Unknown when IsDeviceNamespace(target):
                return InPlace(path, target);
        }

        if (probe.IsRegularFile && Clash(target, replacesInput) is { } clash)
        {
            throw new OutputException(path, clash);
        }

        if (probe.Kind == FileKind.Regular && !UnixFiles.MayWrite(target))
        {
            // Renaming over it needs only the folder's permission; a file this user may not write is not replaced.
            throw new OutputException(path, "permission denied (the file is read-only to this user)");
        }

        var folder = Path.GetDirectoryName(target)!;
        UnixFileMode? mode = probe.Kind != FileKind.Missing && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(target) : null;
        var (made, temporary, stream) = PendingFiles.WhileRunning(() =>
        {
            var made = PendingFiles.MakeFolder(folder);
            try
            {
                var (temporary, stream) = CreateTemporary(folder, mode);
                return (made, temporary, stream);
            }
            catch (UnauthorizedAccessException exception) when (Directory.Exists(folder))
            {
                // The file itself may well be writable: a bare "permission denied" did not say that the folder is what matters.
                PendingFiles.RemoveFolders(made);
                throw new OutputException(path, probe.Kind == FileKind.Missing ? "permission denied (this user may not add files to its folder)"
                    : "permission denied (this user may not add files to its folder, and a file is replaced by writing a new one beside it and renaming it over the old)", exception);
            }
            catch
            {
                PendingFiles.RemoveFolders(made);
                throw;
            }
        });
        return new OutputFile(path, new GuardedTextWriter(new StreamWriter(stream, Utf8, 64 * 1024) { NewLine = "\n" }), stream, temporary, target, mode, probe.Kind == FileKind.Regular ? probe : default, replacesInput) { _madeFolders = made };
    }

    // Why the file at `target` must not be replaced by this run: it read the file (unless the output
    // is meant to replace it), or it has already written it (two outputs, or an output and a
    // letter, that lead to one file: only the last would be left). Null when neither.
    private static string? Clash(string target, bool replacesInput) =>
        !replacesInput && RunFiles.ReadAs(target) is { } input
            ? $"it is an input of this run ({DisplayText.Clean(input)}); writing there would replace it. Choose another output"
            : RunFiles.WasWritten(target)
                ? "this run has already written that file, as another output or by another name; only the last written would be left. Name each output once"
                : null;

    // Devices, pipes and /dev/stdout are opened as they are, without truncating or replacing them.
    private static OutputFile InPlace(string path, string target, FileMode mode = FileMode.Open)
    {
        var stream = new FileStream(target, mode, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
        return new OutputFile(path, new GuardedTextWriter(new StreamWriter(stream, Utf8, 64 * 1024) { NewLine = "\n" }), stream, null, null, null);
    }

    // A short name, so an output whose own name is as long as the file system allows can still be
    // written. A file that replaces another is made with the other's permissions, so a private
    // report is never readable by others while it is written; a new one gets the umask's.
    private static (string Path, FileStream Stream) CreateTemporary(string folder, UnixFileMode? mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 };
        if (mode is UnixFileMode replaced && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = replaced;
        }

        for (var attempt = 0; ; attempt++)
        {
            var name = Path.Combine(folder, ".pp-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant() + ".tmp");
            try
            {
                PendingFiles.Add(name);
                return (name, new FileStream(name, options));
            }
            catch (IOException) when (attempt < 8 && File.Exists(name))
            {
                PendingFiles.Forget(name);
            }
            catch
            {
                PendingFiles.Forget(name);
                throw;
            }
        }
    }

    private static bool IsDeviceNamespace(string path) =>
        path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal);

    // A name for one of the process's open descriptors; any other file under /dev or /proc (a file
    // in /dev/shm, a kernel setting) is what it is: a device written in place, a file replaced.
    private static bool IsDescriptor(string path) =>
        path is "/dev/stdout" or "/dev/stderr" or "/dev/stdin"
        || System.Text.RegularExpressions.Regex.IsMatch(path, @"\A(/dev/fd/[0-9]+|/proc/(self|thread-self|[0-9]+)(/task/[0-9]+)?/fd/[0-9]+)\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // Whether a descriptor name (/dev/stdin, /dev/fd/0, /proc/self/fd/3) names one of this
    // process's descriptors that is open only for reading, as its flags in /proc/self/fdinfo say
    // (Linux); elsewhere, standard input is taken to be read-only, as it almost always is.
    private static bool OpenOnlyForReading(string path)
    {
        var match = System.Text.RegularExpressions.Regex.Match(path, @"\A/(dev/fd|proc/(self|thread-self|(?<pid>[0-9]+))(/task/[0-9]+)?/fd)/(?<fd>[0-9]+)\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        int descriptor;
        if (path == "/dev/stdin")
        {
            descriptor = 0;
        }
        else if (path is "/dev/stdout" or "/dev/stderr")
        {
            descriptor = path == "/dev/stdout" ? 1 : 2;
        }
        else if (match.Success && (!match.Groups["pid"].Success || match.Groups["pid"].Value == Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            && int.TryParse(match.Groups["fd"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            descriptor = number;
        }
        else
        {
            return false;
        }

        try
        {
            foreach (var line in File.ReadLines("/proc/self/fdinfo/" + descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    // The access mode is the flags' lowest two bits, in octal: 0 is O_RDONLY.
                    return (Convert.ToInt32(line.Substring("flags:".Length).Trim(), 8) & 3) == 0;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            // No fdinfo (not Linux): judged by the descriptor's number below.
        }

        return descriptor == 0;
    }

    /// <summary>A failed file operation in the tool's words (see <see cref="Serialization.ErrorMessages.IoFailure"/>), never quoting a temporary name.</summary>
    internal static string Reason(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "the folder does not exist",
        // ENOENT for a new file in a folder that is there: a file system that makes no files on
        // request (/proc, /sys). The runtime's words named the temporary file.
        FileNotFoundException => "the file could not be made there (the folder accepts no new files)",
        _ => Serialization.ErrorMessages.IoFailure(exception) ?? exception.Message,
    };

    /// <summary>
    /// Temporary files being written, removed when the process is interrupted (SIGINT, SIGTERM) or
    /// exits without completing them, so an interrupted run leaves nothing behind.
    /// </summary>
    internal static class PendingFiles
    {
        private static readonly HashSet<string> Paths = new(StringComparer.Ordinal);

        // Folders made on the way to an output that is not in place yet: removed, when still empty,
        // with what failed or was stopped, so that a failed run leaves no trace of where it would
        // have written.
        private static readonly HashSet<string> Folders = new(StringComparer.Ordinal);

        // Set once the process is being stopped: nothing new is made on disk after that, so what is
        // removed stays removed while the command's own thread runs on for a moment.
        private static bool s_stopping;

        /// <summary>
        /// Makes something on disk (a folder, a temporary file that <paramref name="create"/> adds)
        /// unless the process is being stopped, so that nothing is made after <see cref="DeleteAll"/> began.
        /// </summary>
        /// <exception cref="IOException">The process is being stopped.</exception>
        public static T WhileRunning<T>(Func<T> create)
        {
            lock (Paths)
            {
                return s_stopping ? throw new IOException("the run is being stopped") : create();
            }
        }

        /// <summary>Whether some output is being written to a temporary file or folder now.</summary>
        public static bool Any
        {
            get
            {
                lock (Paths)
                {
                    return Paths.Count > 0;
                }
            }
        }

        public static void Add(string path)
        {
            lock (Paths)
            {
                Paths.Add(path);
            }
        }

        public static void Forget(string path)
        {
            lock (Paths)
            {
                Paths.Remove(path);
            }
        }

        public static void Delete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    // A folder being filled (see OutputFolder) goes with everything in it. Nothing new
                    // is made once the run is stopping, but a file the command already had open may
                    // still be moved into the folder while it is emptied: then it is emptied again.
                    for (var attempt = 0; ; attempt++)
                    {
                        try
                        {
                            Directory.Delete(path, recursive: true);
                            break;
                        }
                        catch (IOException) when (attempt < 50 && Directory.Exists(path))
                        {
                            Thread.Sleep(10);
                        }
                    }
                }
                else
                {
                    File.Delete(path);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Best effort: the short random name never collides with a real output.
            }

            Forget(path);
        }

        /// <summary>
        /// Makes <paramref name="folder"/> and the folders above it that are missing, and returns
        /// those it made, the deepest first, to be kept (<see cref="KeepFolders"/>) once what they
        /// hold is in place or removed (<see cref="RemoveFolders"/>) when it is abandoned.
        /// </summary>
        public static string[] MakeFolder(string folder)
        {
            var missing = new List<string>();
            for (var at = folder; !string.IsNullOrEmpty(at) && !Directory.Exists(at) && !File.Exists(at); at = Path.GetDirectoryName(at))
            {
                missing.Add(at);
            }

            lock (Paths)
            {
                Folders.UnionWith(missing);
            }

            try
            {
                Directory.CreateDirectory(folder);
            }
            catch
            {
                // Some of them may have been made before the one that could not be.
                RemoveFolders([.. missing]);
                throw;
            }

            return [.. missing];
        }

        public static void KeepFolders(string[] made)
        {
            lock (Paths)
            {
                Folders.ExceptWith(made);
            }
        }

        /// <summary>Removes the folders <paramref name="made"/> (the deepest first) that are still empty; a folder another output has written into since stays.</summary>
        public static void RemoveFolders(string[] made)
        {
            foreach (var folder in made)
            {
                try
                {
                    Directory.Delete(folder, recursive: false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Not empty, or gone already: either way nothing of this output is left in it.
                }
            }

            KeepFolders(made);
        }

        /// <summary>Removes every temporary file and folder still pending, and the folders made for them while still empty, and lets nothing new be made; safe to call from a signal handler's thread.</summary>
        public static void DeleteAll()
        {
            string[] paths;
            string[] folders;
            lock (Paths)
            {
                s_stopping = true;
                paths = [.. Paths];

                // The deepest first: a longer path is never above a shorter one.
                folders = [.. Folders.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)];
            }

            foreach (var path in paths)
            {
                Delete(path);
            }

            RemoveFolders(folders);
        }
    }
}
