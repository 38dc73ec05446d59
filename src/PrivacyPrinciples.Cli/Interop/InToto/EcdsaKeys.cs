using System;
using System.Buffers.Binary;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using PrivacyPrinciples.Cli.Inputs;

namespace PrivacyPrinciples.Cli.Interop.InToto;

/// <summary>
/// Reads the ECDSA P-256 keys that sign and verify DSSE envelopes, from PEM files read through the
/// input layer: a private key as PKCS#8 (<c>PRIVATE KEY</c>) or SEC1 (<c>EC PRIVATE KEY</c>), a
/// public key as SubjectPublicKeyInfo (<c>PUBLIC KEY</c>). Anything else (another curve, RSA, an
/// encrypted or cosign-encrypted key, a certificate) is refused with one line saying what it is.
/// </summary>
internal static class EcdsaKeys
{
    /// <summary>The most bytes a key file may have; a PEM key is far smaller.</summary>
    public const int MaxBytes = 64 * 1024;

    private const string P256 = "1.2.840.10045.3.1.7";

    private const string ExpectedPrivate = "expected an unencrypted ECDSA P-256 private key in PEM: PKCS#8 ('BEGIN PRIVATE KEY') or SEC1 ('BEGIN EC PRIVATE KEY'), for example from 'openssl ecparam -name prime256v1 -genkey -noout'";

    private const string ExpectedPublic = "expected an ECDSA P-256 public key in PEM ('BEGIN PUBLIC KEY', SubjectPublicKeyInfo), for example from 'openssl ec -in key.pem -pubout'";

    /// <summary>Reads a private key; null and a one-line reason when it cannot be used.</summary>
    public static (ECDsa? Key, string? Problem) ReadPrivate(string path) => Read(path, isPrivate: true);

    /// <summary>Reads a public key; null and a one-line reason when it cannot be used.</summary>
    public static (ECDsa? Key, string? Problem) ReadPublic(string path) => Read(path, isPrivate: false);

    /// <summary>
    /// The key id written beside a signature: the OpenSSH SHA-256 fingerprint of the public key
    /// (<c>SHA256:</c> and unpadded Base64, as <c>ssh-keygen -l</c> prints it), which is also the id
    /// that in-toto's and sigstore's DSSE verifiers compute for a key given without one.
    /// </summary>
    public static string KeyId(ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        var q = new byte[1 + point.X!.Length + point.Y!.Length];
        q[0] = 0x04;
        point.X.CopyTo(q, 1);
        point.Y.CopyTo(q, 1 + point.X.Length);
        using var blob = new MemoryStream();
        SshString(blob, Encoding.ASCII.GetBytes("ecdsa-sha2-nistp256"));
        SshString(blob, Encoding.ASCII.GetBytes("nistp256"));
        SshString(blob, q);
        return "SHA256:" + Convert.ToBase64String(SHA256.HashData(blob.ToArray())).TrimEnd('=');
    }

    private static void SshString(Stream stream, byte[] value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
        stream.Write(length);
        stream.Write(value);
    }

    private static (ECDsa? Key, string? Problem) Read(string path, bool isPrivate)
    {
        var expected = isPrivate ? ExpectedPrivate : ExpectedPublic;
        // A key has a limit of its own, far below a document's: a larger file is told that limit, not ReaderOptions'.
        var (bytes, error) = InputReader.ReadAll(InputDocument.File(path), MaxBytes, isPrivate ? "a PEM private key" : "a PEM public key", "the limit on a key file; a P-256 key in PEM is a few hundred bytes");
        if (bytes is null)
        {
            return (null, DisplayText.Clean(error!.Message));
        }

        string text;
        try
        {
            // A byte-order mark, as editors on some systems write one, is not part of the PEM text.
            text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, "it is not a PEM file (not text); " + expected);
        }

        var label = FirstLabel(text);
        var wanted = isPrivate ? label is "PRIVATE KEY" or "EC PRIVATE KEY" : label is "PUBLIC KEY";
        if (!wanted)
        {
            return (null, Describe(label, isPrivate) + "; " + expected);
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(text);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            key.Dispose();
            return (null, (IsRsa(text) ? "it is an RSA key" : "it is not an ECDSA key this tool can read") + "; " + expected);
        }

        var curve = key.ExportParameters(false).Curve;
        if (curve.Oid?.Value != P256 && curve.Oid?.FriendlyName is not ("nistP256" or "ECDSA_P256"))
        {
            var name = curve.Oid?.FriendlyName ?? curve.Oid?.Value ?? "an explicit curve";
            key.Dispose();
            return (null, $"it is an ECDSA key on {DisplayText.Clean(name)}, not P-256; " + expected);
        }

        return (key, null);
    }

    private static string? FirstLabel(string text)
    {
        var rest = text.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            var label = rest[fields.Label].ToString();
            // OpenSSL writes the curve's parameters before the key; they are not the key.
            if (label != "EC PARAMETERS")
            {
                return label;
            }

            rest = rest[fields.Location.End..];
        }

        return null;
    }

    private static string Describe(string? label, bool isPrivate) => label switch
    {
        null => "it holds no PEM block",
        "ENCRYPTED PRIVATE KEY" => "it is an encrypted private key",
        "ENCRYPTED SIGSTORE PRIVATE KEY" or "ENCRYPTED COSIGN PRIVATE KEY" => "it is a cosign key, encrypted with cosign's password (sign with a PEM key and import that into cosign with 'cosign import-key-pair' instead)",
        "RSA PRIVATE KEY" or "RSA PUBLIC KEY" => "it is an RSA key",
        "CERTIFICATE" => "it is a certificate",
        "PUBLIC KEY" when isPrivate => "it is a public key, and signing needs the private key",
        "PRIVATE KEY" or "EC PRIVATE KEY" when !isPrivate => "it is a private key, and verifying needs only the public key (never hand out the private one)",
        _ => $"it holds a '{DisplayText.Clean(label.Length > 40 ? label[..40] : label)}' PEM block",
    };

    private static bool IsRsa(string pem)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            return false;
        }
    }
}
