using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PrivacyPrinciples.Cli.Interop.InToto;

/// <summary>
/// DSSE, the Dead Simple Signing Envelope (https://github.com/secure-systems-lab/dsse, protocol
/// v1): the signature covers PAE(payloadType, payload) = <c>"DSSEv1" SP LEN(type) SP type SP
/// LEN(body) SP body</c>, lengths in ASCII decimal bytes; the envelope is
/// <c>{"payloadType", "payload": Base64, "signatures": [{"keyid", "sig": Base64}]}</c>. ECDSA
/// P-256 signatures over SHA-256 are DER-encoded (ASN.1 <c>SEQUENCE { r, s }</c>), as cosign and
/// in-toto's tools write and read them. Stateless.
/// </summary>
internal static class Dsse
{
    /// <summary>The pre-authentication encoding of a payload and its type.</summary>
    public static byte[] Pae(string payloadType, ReadOnlySpan<byte> payload)
    {
        var type = Encoding.UTF8.GetBytes(payloadType);
        var header = Encoding.ASCII.GetBytes(
            "DSSEv1 " + type.Length.ToString(CultureInfo.InvariantCulture) + " " + payloadType + " " + payload.Length.ToString(CultureInfo.InvariantCulture) + " ");
        var pae = new byte[header.Length + payload.Length];
        header.CopyTo(pae, 0);
        payload.CopyTo(pae.AsSpan(header.Length));
        return pae;
    }

    /// <summary>Signs a payload and returns the envelope as indented JSON ending with a line break.</summary>
    public static string Sign(byte[] payload, string payloadType, ECDsa key)
    {
        var signature = key.SignData(Pae(payloadType, payload), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("payloadType", payloadType);
            json.WriteString("payload", Convert.ToBase64String(payload));
            json.WriteStartArray("signatures");
            json.WriteStartObject();
            json.WriteString("keyid", EcdsaKeys.KeyId(key));
            json.WriteString("sig", Convert.ToBase64String(signature));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Whether a DER-encoded ECDSA signature over PAE(payloadType, payload) verifies with the key.</summary>
    public static bool Verifies(ECDsa key, string payloadType, byte[] payload, byte[] signature)
    {
        try
        {
            return key.VerifyData(Pae(payloadType, payload), signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            // A signature that is not DER at all does not verify.
            return false;
        }
    }

    /// <summary>Decodes Base64 as DSSE asks verifiers to accept it: standard or URL-safe alphabet, padded or not.</summary>
    public static byte[]? DecodeBase64(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        var bytes = new byte[standard.Length];
        return Convert.TryFromBase64String(standard, bytes, out var written) ? bytes.AsSpan(0, written).ToArray() : null;
    }
}
