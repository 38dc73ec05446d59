using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PrivacyPrinciples.Cli.Interop;

/// <summary>
/// Name-based UUIDs (version 5, RFC 9562 section 5.5): the same name always gives the same UUID, so
/// documents that need UUIDs (OSCAL) are the same bytes on every run and machine. Names are built
/// from what identifies the thing: a rule set's content digest, an expectation's id, a report's
/// content. Thread-safe.
/// </summary>
internal static class NameBasedUuid
{
    /// <summary>RFC 9562's namespace for names that are URLs or URIs: 6ba7b811-9dad-11d1-80b4-00c04fd430c8.</summary>
    internal static readonly byte[] UrlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];

    /// <summary>The tool's own namespace: the version 5 UUID of the name <c>urn:privacy-principles</c> in the URL namespace.</summary>
    internal static readonly byte[] ProjectNamespace = Bytes(UrlNamespace, "urn:privacy-principles");

    /// <summary>The UUID of a name in the tool's namespace, in lower-case 8-4-4-4-12 form.</summary>
    public static string Of(string name) => Format(Bytes(ProjectNamespace, name));

    /// <summary>The UUID of a name in any namespace (given in network byte order), in lower-case 8-4-4-4-12 form.</summary>
    internal static string Of(byte[] namespaceId, string name) => Format(Bytes(namespaceId, name));

    private static byte[] Bytes(byte[] namespaceId, string name)
    {
        var input = new byte[namespaceId.Length + Encoding.UTF8.GetByteCount(name)];
        namespaceId.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(name, 0, name.Length, input, namespaceId.Length);
#pragma warning disable CA5350 // Version 5 UUIDs are defined over SHA-1; they name things, they protect nothing.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var uuid = hash.AsSpan(0, 16).ToArray();
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return uuid;
    }

    private static string Format(byte[] uuid)
    {
        var hex = Convert.ToHexString(uuid).ToLower(CultureInfo.InvariantCulture);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
