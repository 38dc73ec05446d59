using System;
using System.Runtime.InteropServices;
using System.Text;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// The two calls the output layer needs that .NET does not offer: whether this user may write a
/// file, and giving a file an owner. Both are asked only on Linux and macOS; elsewhere (or where the
/// C library lacks them) writing is allowed and ownership is left as it is.
/// </summary>
internal static class UnixFiles
{
    private const int WriteAccess = 2;

    /// <summary>Whether this user may write the existing file at <paramref name="path"/> (root may write any).</summary>
    public static bool MayWrite(string path)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return true;
        }

        try
        {
            return NativeMethods.access(Encoding.UTF8.GetBytes(path + "\0"), WriteAccess) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    /// <summary>Gives a file an owner and group; whatever this user may not give (another owner, as anyone but root) is left as it is.</summary>
    public static void TryOwn(string path, uint owner, uint group)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return;
        }

        try
        {
            var name = Encoding.UTF8.GetBytes(path + "\0");
            if (NativeMethods.chown(name, owner, group) != 0)
            {
                // Not root: the group alone may still be one this user belongs to; -1 leaves the owner.
                _ = NativeMethods.chown(name, uint.MaxValue, group);
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // No such call: ownership stays the writer's.
        }
    }

    /// <summary>
    /// The path with every link, <c>.</c> and <c>..</c> resolved by the system (<c>realpath</c>), or
    /// <see langword="null"/> when some part of it does not exist or the call is not there.
    /// </summary>
    public static string? RealPath(string path)
    {
        try
        {
            var resolved = NativeMethods.realpath(Encoding.UTF8.GetBytes(path + "\0"), IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                NativeMethods.free(resolved);
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static class NativeMethods
    {
#pragma warning disable SA1300, IDE1006 // The C functions' own names.
        // int access(const char *pathname, int mode);
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int access(byte[] pathname, int mode);

        // int chown(const char *pathname, uid_t owner, gid_t group);
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int chown(byte[] pathname, uint owner, uint group);

        // char *realpath(const char *path, char *resolved_path); with no buffer it returns one made by malloc.
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern IntPtr realpath(byte[] path, IntPtr resolved);

        // void free(void *ptr);
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern void free(IntPtr pointer);
#pragma warning restore SA1300, IDE1006
    }
}
