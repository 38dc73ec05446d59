using System;
using System.IO;
using System.Text;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Writes a file so that readers only ever see the old content or the complete new content: the
/// text goes to a temporary file in the same folder, is flushed to disk, then renamed over the
/// target. A failure, or a writer disposed without <see cref="Pending.Commit"/>, leaves no
/// half-written file behind.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string content)
    {
        using var pending = Begin(path);
        pending.Writer.Write(content);
        pending.Commit();
    }

    /// <summary>Starts writing a file; nothing appears at <paramref name="path"/> until <see cref="Pending.Commit"/>.</summary>
    public static Pending Begin(string path) => new(path);

    internal sealed class Pending : IDisposable
    {
        private readonly string _target;
        private readonly string _temporary;
        private readonly FileStream _stream;
        private bool _committed;

        public Pending(string path)
        {
            _target = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(_target)!;
            Directory.CreateDirectory(folder);
            _temporary = Path.Combine(folder, $".{Path.GetFileName(_target)}.{Guid.NewGuid():N}.tmp");
            _stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            Writer = new StreamWriter(_stream, Utf8) { NewLine = "\n" };
        }

        public TextWriter Writer { get; }

        public void Commit()
        {
            Writer.Flush();
            _stream.Flush(flushToDisk: true);
            Writer.Dispose();
            File.Move(_temporary, _target, overwrite: true);
            _committed = true;
        }

        public void Dispose()
        {
            if (_committed)
            {
                return;
            }

            Writer.Dispose();
            try
            {
                File.Delete(_temporary);
            }
            catch (IOException)
            {
                // Best effort: the temporary name never collides with a real output.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
