using System;
using System.Security.Cryptography;
using System.Text;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// The content digest of a rule set: <c>sha256:</c> and the lower-case hexadecimal SHA-256 of the
/// rule set as <see cref="PrivacyPrinciplesJson.Serialize(RuleSet)"/> writes it (UTF-8). Two rule
/// sets with the same digest decide every attestation the same way. Thread-safe.
/// </summary>
/// <remarks>
/// The serialization fixes property order, number format and escaping, so the digest does not
/// depend on how the source file was laid out. It covers everything that decides a score; the
/// tailoring profile a rule set came from is recorded beside it (<see cref="ProfileReference"/>),
/// not inside it.
/// </remarks>
public static class RuleSetDigest
{
    /// <summary>The prefix of every digest.</summary>
    public const string Prefix = "sha256:";

    /// <summary>Computes a rule set's digest.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>For example <c>sha256:9f86d0…</c> (71 characters).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static string Compute(RuleSet ruleSet)
    {
        _ = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        var bytes = Encoding.UTF8.GetBytes(JsonDocumentText.ToText(ruleSet, RulesJsonContext.Default.RuleSet));
#if NET
        var hash = SHA256.HashData(bytes);
#else
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            hash = sha.ComputeHash(bytes);
        }
#endif

        var text = new StringBuilder(Prefix, Prefix.Length + (hash.Length * 2));
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
