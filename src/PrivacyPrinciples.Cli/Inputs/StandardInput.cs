using System;
using System.IO;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>
/// The process's standard input, refused when reading it to its end could never finish.
/// </summary>
/// <remarks>
/// A process started with descriptor 0 closed (<c>evaluate - &lt;&amp;-</c>) finds it reused by the
/// first descriptor the runtime opens: a pipe of the runtime's own, whose writing end the process
/// also holds. Such a pipe never reaches its end, so reading it would wait forever where any other
/// reader reports a closed input. The same holds for any pipe whose writing end the process holds.
/// Linux shows every descriptor under <c>/proc/self</c>; elsewhere the check is not made.
/// </remarks>
internal static class StandardInput
{
    /// <summary>Opens standard input as bytes.</summary>
    /// <exception cref="IOException">Standard input is closed: reading it could never finish.</exception>
    public static Stream Open()
    {
        if (OperatingSystem.IsLinux() && IsPipeThisProcessWrites("/proc/self"))
        {
            throw new IOException("standard input is closed");
        }

        return Console.OpenStandardInput();
    }

    /// <summary>Whether descriptor 0 is a pipe whose writing end a descriptor of the same process holds.</summary>
    /// <param name="process">The process's folder under <c>/proc</c>, holding <c>fd</c> and <c>fdinfo</c>.</param>
    internal static bool IsPipeThisProcessWrites(string process)
    {
        try
        {
            var input = new FileInfo(Path.Combine(process, "fd", "0")).LinkTarget;
            if (input is null || !input.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var descriptor in Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd")))
            {
                var number = Path.GetFileName(descriptor);
                if (number != "0" && new FileInfo(descriptor).LinkTarget == input && OpenForWritingOnly(Path.Combine(process, "fdinfo", number)))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A descriptor closed while it was looked at, or /proc not readable: nothing is known, so
            // standard input is read as usual.
            return false;
        }
    }

    // The "flags:" line of a descriptor's fdinfo is its open flags in octal; O_WRONLY is 1 in the
    // access mode bits (O_ACCMODE, 3).
    private static bool OpenForWritingOnly(string fdinfo)
    {
        foreach (var line in File.ReadLines(fdinfo))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                var octal = line.AsSpan("flags:".Length).Trim();
                var flags = 0L;
                foreach (var digit in octal)
                {
                    if (digit is < '0' or > '7')
                    {
                        return false;
                    }

                    flags = (flags * 8) + (digit - '0');
                }

                return (flags & 3) == 1;
            }
        }

        return false;
    }
}
