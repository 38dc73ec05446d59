using System;
using System.IO;
using System.Security.Cryptography;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// A folder of outputs, filled in a temporary folder and moved into place complete, so a run that
/// fails (a full disk) or is stopped (SIGINT, SIGTERM) leaves nothing half-filled behind and
/// running it again needs no cleaning up. A new folder is filled beside where it goes and renamed
/// into place; an existing (empty) folder is kept, with its owner, permissions and mount, and is
/// filled inside itself, its entries moved up at the end.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private readonly string _target;
    private readonly bool _exists;
    private bool _done;

    private readonly string _name;

    // The folders made above the temporary one (see OutputFile.PendingFiles.MakeFolder): kept with
    // the committed folder, removed with an abandoned one.
    private readonly string[] _made;

    private OutputFolder(string name, string target, string temporary, bool exists, string[] made)
    {
        _made = made;
        _name = name;
        _target = target;
        _exists = exists;
        Path = temporary;
    }

    /// <summary>Where to write the folder's files until <see cref="Commit"/>.</summary>
    public string Path { get; }

    /// <summary>Starts a folder at <paramref name="target"/> (new or empty), making the folders above it as needed.</summary>
    /// <exception cref="OutputException">The temporary folder cannot be made; the message names the folder as given, never the temporary one.</exception>
    public static OutputFolder Create(string target)
    {
        try
        {
            return Start(target);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(target, OutputFile.Reason(exception), exception);
        }
    }

    /// <summary>Writes a whole file into the folder, at <paramref name="relative"/> (a name, or a path below the folder).</summary>
    /// <exception cref="OutputException">The file could not be written; the message names it where it was meant to go, not in the temporary folder.</exception>
    public void Write(string relative, string text, CliContext context)
    {
        try
        {
            OutputFile.Write(System.IO.Path.Combine(Path, relative), text, context);
        }
        catch (OutputException exception) when (exception is not StandardOutputLostException && exception.Reason is { } reason)
        {
            throw new OutputException(System.IO.Path.Combine(_name, relative), reason, exception);
        }
    }

    private static OutputFolder Start(string target)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(OutputPaths.FullFolder(System.IO.Path.TrimEndingDirectorySeparator(target)));
        var exists = Directory.Exists(full);
        var parent = exists ? full : System.IO.Path.GetDirectoryName(full) ?? throw new IOException("the root folder is not an output folder");
        return OutputFile.PendingFiles.WhileRunning(() =>
        {
            var made = OutputFile.PendingFiles.MakeFolder(parent);
            try
            {
                return Temporary(name: target, target: full, parent, exists, made);
            }
            catch
            {
                OutputFile.PendingFiles.RemoveFolders(made);
                throw;
            }
        });
    }

    // A new temporary folder in `parent`, the folder's place while it is filled.
    private static OutputFolder Temporary(string name, string target, string parent, bool exists, string[] made)
    {
        for (var attempt = 0; ; attempt++)
        {
            var temporary = System.IO.Path.Combine(parent, ".pp-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant() + ".tmp");
            if (Directory.Exists(temporary) || File.Exists(temporary))
            {
                if (attempt < 8)
                {
                    continue;
                }

                throw new IOException($"could not make a temporary folder in {parent}");
            }

            OutputFile.PendingFiles.Add(temporary);
            Directory.CreateDirectory(temporary);
            return new OutputFolder(name, target, temporary, exists, made);
        }
    }

    /// <summary>Moves the complete folder into place.</summary>
    /// <exception cref="IOException">The folder cannot be moved.</exception>
    public void Commit() => OutputFile.PendingFiles.WhileRunning(() =>
    {
        // Under the lock a stop waits for: what is moved is moved whole.
        if (_exists)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(Path))
            {
                var into = System.IO.Path.Combine(_target, System.IO.Path.GetFileName(entry));
                if (Directory.Exists(entry))
                {
                    Directory.Move(entry, into);
                }
                else
                {
                    File.Move(entry, into);
                }
            }

            Directory.Delete(Path);
        }
        else
        {
            Directory.Move(Path, _target);
        }

        OutputFile.PendingFiles.Forget(Path);
        OutputFile.PendingFiles.KeepFolders(_made);
        _done = true;
        return true;
    });

    /// <summary>Removes the temporary folder of a folder that was not committed.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            OutputFile.PendingFiles.Delete(Path);
            OutputFile.PendingFiles.RemoveFolders(_made);
            _done = true;
        }
    }
}
