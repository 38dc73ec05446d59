using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Cli.Interop.InToto;

/// <summary>
/// The in-toto DigestSet rules (Statement v1, "DigestSet"): one or more algorithms, each with its
/// digest as lower-case hexadecimal, of the length the algorithm gives (64 characters for sha256).
/// A statement whose digest is malformed is about no bytes at all, so it never verifies, whether
/// or not the file it should be about is given. Stateless.
/// </summary>
internal static class DigestSet
{
    // The hexadecimal length of each algorithm's digest that in-toto names with a fixed size; any
    // other algorithm (a newer one, dirHash) is held to lower-case hexadecimal only.
    private static readonly Dictionary<string, int[]> Lengths = new(System.StringComparer.Ordinal)
    {
        ["md5"] = [32],
        ["sha1"] = [40],
        ["ripemd160"] = [40],
        ["sha224"] = [56],
        ["sha512_224"] = [56],
        ["sha3_224"] = [56],
        ["sha256"] = [64],
        ["sha512_256"] = [64],
        ["sha3_256"] = [64],
        ["blake2s"] = [64],
        ["sm3"] = [64],
        ["sha384"] = [96],
        ["sha3_384"] = [96],
        ["sha512"] = [128],
        ["sha3_512"] = [128],
        ["blake2b"] = [128],
        ["gitBlob"] = [40, 64],
        ["gitCommit"] = [40, 64],
        ["gitTree"] = [40, 64],
    };

    /// <summary>
    /// The first malformed digest in a statement: in a subject's digest set, or in the predicate's
    /// rule set digest or profile base digest, where they are objects. Null when every one is well formed.
    /// </summary>
    /// <param name="statement">The statement's root; its subject is a list of objects with a digest object (checked before).</param>
    /// <param name="payload">The signed payload's bytes, for the line and column.</param>
    /// <returns>The JSON Pointer, its place as "line L, column C" (or null), and what was wrong and expected ("sha256 digest 'ZZ' (2 characters) is malformed; expected ...", to follow "the statement's").</returns>
    public static (string Pointer, string? Position, string Message)? Problem(JsonElement statement, byte[] payload)
    {
        var sets = new List<(string Pointer, JsonElement Set)>();
        var index = 0;
        foreach (var subject in statement.GetProperty("subject").EnumerateArray())
        {
            sets.Add((JsonPointer.Append(JsonPointer.Append("/subject", index++), "digest"), subject.GetProperty("digest")));
        }

        if (statement.TryGetProperty("predicate", out var predicate) && predicate.ValueKind == JsonValueKind.Object
            && predicate.TryGetProperty("ruleSet", out var ruleSet) && ruleSet.ValueKind == JsonValueKind.Object)
        {
            if (ruleSet.TryGetProperty("digest", out var digest) && digest.ValueKind == JsonValueKind.Object)
            {
                sets.Add(("/predicate/ruleSet/digest", digest));
            }

            if (ruleSet.TryGetProperty("profile", out var profile) && profile.ValueKind == JsonValueKind.Object
                && profile.TryGetProperty("baseDigest", out var baseDigest) && baseDigest.ValueKind == JsonValueKind.Object)
            {
                sets.Add(("/predicate/ruleSet/profile/baseDigest", baseDigest));
            }
        }

        foreach (var (pointer, set) in sets)
        {
            if (Problem(set) is { } problem)
            {
                var at = problem.Name is null ? pointer : JsonPointer.Append(pointer, problem.Name);
                var place = new JsonSourceMap(payload, new ReaderOptions()).Locate(at);
                return (at, place is { } p ? $"line {p.Line.ToString(CultureInfo.InvariantCulture)}, column {p.Column.ToString(CultureInfo.InvariantCulture)}" : null, problem.Message);
            }
        }

        return null;
    }

    // The first malformed entry of one digest set: its algorithm (null for the set itself) and why.
    private static (string? Name, string Message)? Problem(JsonElement set)
    {
        var any = false;
        foreach (var entry in set.EnumerateObject())
        {
            any = true;
            var lengths = Lengths.TryGetValue(entry.Name, out var known) ? known : null;
            var expected = lengths is null
                ? "lower-case hexadecimal characters (0-9, a-f)"
                : string.Join(" or ", System.Array.ConvertAll(lengths, l => l.ToString(CultureInfo.InvariantCulture))) + " lower-case hexadecimal characters (0-9, a-f)";
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                return (entry.Name, $"{Shown(entry.Name)} digest is {Kind(entry.Value.ValueKind)}; expected a string of {expected}");
            }

            var value = entry.Value.GetString()!;
            if (value.Length == 0 || !IsLowerHex(value) || (lengths is not null && System.Array.IndexOf(lengths, value.Length) < 0))
            {
                return (entry.Name, $"{Shown(entry.Name)} digest '{Shown(value)}' ({value.Length.ToString(CultureInfo.InvariantCulture)} character{(value.Length == 1 ? string.Empty : "s")}) is malformed; expected {expected}");
            }
        }

        return any ? null : (null, "digest set is empty; expected at least one algorithm with its digest, such as \"sha256\"");
    }

    private static bool IsLowerHex(string value)
    {
        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Shown(string text) => DisplayText.Clean(text.Length > 80 ? text[..80] + "..." : text);
}
