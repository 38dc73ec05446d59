using System;
using System.IO;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Reads an input up to a size limit, stopping as soon as the limit is passed: files, devices such
/// as <c>/dev/zero</c>, pipes and standard input all cost at most the limit in memory, whatever
/// they hold. Every reader of the package reads through here.
/// </summary>
internal static class BoundedInput
{
    /// <summary>Reads the whole stream when it holds at most <paramref name="limit"/> bytes.</summary>
    /// <param name="stream">The stream, read from its current position; not closed.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="bytes">The bytes read, when within the limit; otherwise empty.</param>
    /// <param name="size">When over the limit, the true size if the stream knows it (a regular file); otherwise null, since nothing past the limit is read.</param>
    /// <returns>Whether the stream was within the limit.</returns>
    public static bool TryRead(Stream stream, int limit, out byte[] bytes, out long? size)
    {
        // Never trust a length to allocate: a device reports 0 and a file may grow while read.
        var buffer = new byte[Math.Min(limit + 1L, 64 * 1024)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit + 1L, buffer.Length * 2L));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read <= 0)
            {
                size = null;
                if (total == buffer.Length)
                {
                    bytes = buffer;
                }
                else
                {
                    bytes = new byte[total];
                    Buffer.BlockCopy(buffer, 0, bytes, 0, total);
                }

                return true;
            }

            total += read;
        }

        bytes = [];
        size = KnownLength(stream, limit);
        return false;
    }

    private static long? KnownLength(Stream stream, int limit)
    {
        try
        {
            // A regular file knows its length; a device or pipe says 0 or cannot tell.
            return stream.CanSeek && stream.Length > limit ? stream.Length : null;
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException)
        {
            return null;
        }
    }
}
