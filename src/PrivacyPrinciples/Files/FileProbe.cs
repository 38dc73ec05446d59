using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace PrivacyPrinciples.Files;

/// <summary>What kind of thing a path names, for deciding how to read or write it.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A character device such as <c>/dev/null</c>, <c>/dev/zero</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A named pipe (FIFO): opening one blocks until the other end is opened.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>Something exists, but this platform cannot say what (Windows, or a Unix without <c>statx</c>); treated as a regular file or folder by what <see cref="System.IO"/> says.</summary>
    Unknown,
}

/// <summary>
/// The kind and identity of a file system entry. .NET tells files from folders but not a regular
/// file from a device or a named pipe, which matters before replacing a file by renaming over it
/// (a device must be written in place) or before opening one named by an untrusted document (a
/// pipe would block forever). On Linux the kernel is asked with <c>statx</c>; elsewhere only what
/// <see cref="System.IO"/> knows is returned.
/// </summary>
internal readonly struct FileProbe : IEquatable<FileProbe>
{
    private const int AtFdCwd = -100;
    private const int Eacces = 13;
    private const int Eloop = 40; // Linux's number; statx is asked only on Linux
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxMode = 0x2;
    private const uint StatxIno = 0x100;
    private const uint StatxUid = 0x8;
    private const uint StatxGid = 0x10;

    private FileProbe(FileKind kind, ulong device, ulong inode, bool hasIdentity, uint owner = 0, uint group = 0, bool denied = false, bool looped = false)
    {
        Denied = denied;
        Looped = looped;
        Kind = kind;
        Device = device;
        Inode = inode;
        HasIdentity = hasIdentity;
        Owner = owner;
        Group = group;
    }

    /// <summary>What the path names.</summary>
    public FileKind Kind { get; }

    /// <summary>The device the entry is on, when <see cref="HasIdentity"/>.</summary>
    public ulong Device { get; }

    /// <summary>The entry's inode, when <see cref="HasIdentity"/>.</summary>
    public ulong Inode { get; }

    /// <summary>The user id of the entry's owner, when <see cref="HasIdentity"/>.</summary>
    public uint Owner { get; }

    /// <summary>The group id of the entry, when <see cref="HasIdentity"/>.</summary>
    public uint Group { get; }

    /// <summary>
    /// Whether the path is <see cref="FileKind.Missing"/> because this user may not look (a folder on
    /// the way it may not enter), rather than because nothing is there: "no such file" would send
    /// the user looking for a typo.
    /// </summary>
    public bool Denied { get; }

    /// <summary>
    /// Whether the path is <see cref="FileKind.Missing"/> because symbolic links on its way lead round
    /// in a loop (Linux tells it; elsewhere it is false), rather than because nothing is there.
    /// </summary>
    public bool Looped { get; }

    /// <summary>Whether <see cref="Device"/> and <see cref="Inode"/> identify the entry (two paths to the same file, hard links included, have the same identity).</summary>
    public bool HasIdentity { get; }

    /// <summary>Whether the path names a regular file (or, where the platform cannot tell, a file).</summary>
    public bool IsRegularFile => Kind is FileKind.Regular || (Kind is FileKind.Unknown && !HasIdentity);

    /// <summary>Looks at a path.</summary>
    /// <param name="path">The path.</param>
    /// <param name="followLinks">Whether to describe what a symbolic link points to (the default) or the link itself.</param>
    public static FileProbe Of(string path, bool followLinks = true)
    {
        if (IsLinux())
        {
            try
            {
                return Statx(path, followLinks);
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                // A C library without statx (musl before 1.2.5): fall back to what .NET knows.
            }
        }

        return Portable(path, followLinks);
    }

    /// <summary>A kind in words, for messages: "a named pipe".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a file",
        FileKind.Directory => "a folder",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Fifo => "a named pipe",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    /// <summary>Whether two probes name the same entry; false when either has no identity.</summary>
    public bool IsSameEntryAs(FileProbe other) => HasIdentity && other.HasIdentity && Device == other.Device && Inode == other.Inode;

    public bool Equals(FileProbe other) => Kind == other.Kind && Device == other.Device && Inode == other.Inode && HasIdentity == other.HasIdentity;

    public override bool Equals(object? obj) => obj is FileProbe other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 397) ^ Device.GetHashCode() ^ Inode.GetHashCode();

    private static FileProbe Statx(string path, bool followLinks)
    {
        var bytes = Encoding.UTF8.GetBytes(path + "\0");
        var buffer = new byte[256];
        if (NativeMethods.statx(AtFdCwd, bytes, followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxMode | StatxIno | StatxUid | StatxGid, buffer) != 0)
        {
            // ENOENT, ENOTDIR, EACCES on a parent, ELOOP: nothing there that could be read or replaced.
#if NET
            var error = Marshal.GetLastPInvokeError();
#else
            var error = Marshal.GetLastWin32Error();
#endif
            return new FileProbe(FileKind.Missing, 0, 0, hasIdentity: false, denied: error == Eacces, looped: error == Eloop);
        }

        // struct statx: stx_uid and stx_gid (u32) at 20 and 24, stx_mode (u16) at 28, stx_ino (u64) at 32,
        // stx_dev_major and _minor (u32) at 136 and 140.
        var owner = BitConverter.ToUInt32(buffer, 20);
        var group = BitConverter.ToUInt32(buffer, 24);
        var mode = BitConverter.ToUInt16(buffer, 28);
        var inode = BitConverter.ToUInt64(buffer, 32);
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Unknown,
        };
        return new FileProbe(kind, device, inode, hasIdentity: true, owner, group);
    }

    private static FileProbe Portable(string path, bool followLinks)
    {
        try
        {
            var info = new FileInfo(path);
            if (!followLinks && (info.Attributes & FileAttributes.ReparsePoint) != 0 && (File.Exists(path) || System.IO.Directory.Exists(path) || info.Exists))
            {
                return new FileProbe(FileKind.SymbolicLink, 0, 0, hasIdentity: false);
            }

            return System.IO.Directory.Exists(path) ? new FileProbe(FileKind.Directory, 0, 0, hasIdentity: false)
                : File.Exists(path) ? new FileProbe(FileKind.Unknown, 0, 0, hasIdentity: false)
                : new FileProbe(FileKind.Missing, 0, 0, hasIdentity: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new FileProbe(FileKind.Missing, 0, 0, hasIdentity: false, denied: exception is UnauthorizedAccessException);
        }
    }

    private static bool IsLinux() => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    private static class NativeMethods
    {
        // int statx(int dirfd, const char *pathname, int flags, unsigned int mask, struct statx *statxbuf);
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SA1300, IDE1006 // The C function's own name.
        public static extern int statx(int dirfd, byte[] pathname, int flags, uint mask, byte[] statxbuf);
#pragma warning restore SA1300, IDE1006
    }
}
