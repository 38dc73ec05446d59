using System;
using System.IO;
using System.Security.Cryptography;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// A new folder of outputs, filled in a temporary folder beside it and moved into place complete,
/// so a run that fails (a full disk) or is stopped (SIGINT, SIGTERM) leaves no half-filled folder
/// behind, and running it again needs no cleaning up. The target must be new or empty.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private readonly string _target;
    private bool _done;

    private OutputFolder(string target, string temporary)
    {
        _target = target;
        Path = temporary;
    }

    /// <summary>Where to write the folder's files until <see cref="Commit"/>.</summary>
    public string Path { get; }

    /// <summary>Starts a folder at <paramref name="target"/>, making the folders above it as needed.</summary>
    /// <exception cref="IOException">The temporary folder cannot be made.</exception>
    public static OutputFolder Create(string target)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(target));
        var parent = System.IO.Path.GetDirectoryName(full)!;
        return OutputFile.PendingFiles.WhileRunning(() =>
        {
            Directory.CreateDirectory(parent);
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
                return new OutputFolder(full, temporary);
            }
        });
    }

    /// <summary>Moves the complete folder into place; an empty folder already there is replaced.</summary>
    /// <exception cref="IOException">The folder cannot be moved (the target is no longer empty).</exception>
    public void Commit()
    {
        if (Directory.Exists(_target))
        {
            // Only an empty folder goes: deleting one that is not fails, and nothing is lost.
            Directory.Delete(_target, recursive: false);
        }

        Directory.Move(Path, _target);
        OutputFile.PendingFiles.Forget(Path);
        _done = true;
    }

    /// <summary>Removes the temporary folder of a folder that was not committed.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            OutputFile.PendingFiles.Delete(Path);
            _done = true;
        }
    }
}
