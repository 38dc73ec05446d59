using System;
using System.IO;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>
/// The process's standard input, refused when reading it to its end could never finish.
/// </summary>
/// <remarks>
/// A process started with descriptor 0 closed (<c>evaluate - &lt;&amp;-</c>) finds it reused by the
/// first descriptor the runtime opens (here a pipe of the runtime's own, whose writing end the
/// process also holds); reading it would wait forever where any other reader reports a closed
/// input. Such a descriptor is marked close-on-exec, which an inherited one never is. A pipe whose
/// writing end the process holds never ends either. Linux shows every descriptor under
/// <c>/proc/self</c>; elsewhere the checks are not made.
/// </remarks>
internal static class StandardInput
{
    /// <summary>Opens standard input as bytes.</summary>
    /// <exception cref="IOException">Standard input is closed: reading it could never finish.</exception>
    public static Stream Open()
    {
        if (OperatingSystem.IsLinux())
        {
            if (WasOpenedByThisProcess("/proc/self"))
            {
                throw new IOException("standard input is closed");
            }

            if (IsPipeThisProcessWrites("/proc/self"))
            {
                throw new IOException("standard input would never end: this process holds the writing end of its pipe");
            }
        }

        return Console.OpenStandardInput();
    }

    /// <summary>
    /// Whether descriptor 0 is marked close-on-exec: a descriptor inherited across exec never is (it
    /// would have been closed), so descriptor 0 was closed when the process started and the runtime
    /// reused it for something of its own, whatever that is.
    /// </summary>
    /// <param name="process">The process's folder under <c>/proc</c>.</param>
    internal static bool WasOpenedByThisProcess(string process)
    {
        try
        {
            return (Flags(Path.Combine(process, "fdinfo", "0")) & CloseOnExec) != 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
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
                if (number != "0" && new FileInfo(descriptor).LinkTarget == input && OpenForWriting(Path.Combine(process, "fdinfo", number)))
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

    // O_CLOEXEC in the flags fdinfo shows (octal 02000000 on Linux).
    private const long CloseOnExec = 0x80000;

    // Open for writing: O_WRONLY (1) or O_RDWR (2) in the access mode bits (O_ACCMODE, 3).
    private static bool OpenForWriting(string fdinfo) => (Flags(fdinfo) & 3) is 1 or 2;

    // The "flags:" line of a descriptor's fdinfo: its open flags in octal; 0 when there is none.
    private static long Flags(string fdinfo)
    {
        foreach (var line in File.ReadLines(fdinfo))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                var flags = 0L;
                foreach (var digit in line.AsSpan("flags:".Length).Trim())
                {
                    if (digit is < '0' or > '7')
                    {
                        return 0;
                    }

                    flags = (flags * 8) + (digit - '0');
                }

                return flags;
            }
        }

        return 0;
    }
}
