using System;
using System.IO;
using System.Text.Json;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>
/// Whose response an attestation that cannot be read is: its <c>/vendor/id</c>, read leniently, up
/// to the document's first fault, so that a vendor that sent a broken file is reported as having
/// responded (<see cref="ResponseStatus.Unreadable"/>) rather than as silent. Nothing else of the
/// document is trusted. Thread-safe.
/// </summary>
internal static class ResponseIdentity
{
    /// <summary>The vendor id a file names, or <see langword="null"/> when it cannot be told (see <see cref="VendorOf(ReadOnlySpan{byte}, ReaderOptions)"/>).</summary>
    /// <param name="path">The file, already resolved and known to be a regular file.</param>
    /// <param name="limits">The limits: a file larger than the document limit is not read at all.</param>
    public static string? VendorOf(string path, ReaderOptions limits)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, FileOptions.SequentialScan);
            if (!BoundedInput.TryRead(stream, limits.MaxDocumentBytes, out bytes, out _))
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        return VendorOf(bytes, limits);
    }

    /// <summary>
    /// The vendor id a document names at <c>/vendor/id</c>, read up to its first syntax fault: a
    /// string, named once (or always alike), in a document that does not say, before its fault,
    /// that a third party made it (<c>/assessment/by</c> other than <c>vendor</c>: a third party's
    /// assessment is not the vendor's response). <see langword="null"/> otherwise.
    /// </summary>
    internal static string? VendorOf(ReadOnlySpan<byte> utf8, ReaderOptions limits)
    {
        if (utf8.StartsWith(Utf8Bom))
        {
            utf8 = utf8.Slice(Utf8Bom.Length);
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        string? id = null;
        var conflicting = false;
        var byVendor = true;
        var section = Section.None;
        var rootProperty = Section.None;
        var member = Member.None;
        try
        {
            while (reader.Read())
            {
                // Only the root's members and their members matter: depth 1 and 2.
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                        rootProperty = reader.ValueTextEquals("vendor"u8) ? Section.Vendor : reader.ValueTextEquals("assessment"u8) ? Section.Assessment : Section.None;
                        continue;
                    case JsonTokenType.StartObject when reader.CurrentDepth == 1:
                        section = rootProperty;
                        rootProperty = Section.None;
                        continue;
                    case JsonTokenType.EndObject when reader.CurrentDepth == 1:
                        section = Section.None;
                        continue;
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 2:
                        member = section == Section.Vendor && reader.ValueTextEquals("id"u8) ? Member.Id
                            : section == Section.Assessment && reader.ValueTextEquals("by"u8) ? Member.By
                            : Member.None;
                        continue;
                    case JsonTokenType.String when reader.CurrentDepth == 2 && member == Member.Id:
                        var value = reader.GetString();
                        conflicting |= id is not null && !string.Equals(id, value, StringComparison.Ordinal);
                        id ??= value;
                        break;
                    case JsonTokenType.String when reader.CurrentDepth == 2 && member == Member.By:
                        byVendor &= reader.ValueTextEquals("vendor"u8);
                        break;
                    case JsonTokenType.PropertyName:
                        continue;
                }

                if (reader.CurrentDepth <= 2)
                {
                    // A value of the root or of one of its members: the member it answered is done.
                    rootProperty = reader.CurrentDepth == 1 ? Section.None : rootProperty;
                    member = Member.None;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // The document's first fault (or a string that is not valid UTF-8): what was read before it stands.
        }

        return conflicting || !byVendor ? null : id;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private enum Section
    {
        None,
        Vendor,
        Assessment,
    }

    private enum Member
    {
        None,
        Id,
        By,
    }
}
