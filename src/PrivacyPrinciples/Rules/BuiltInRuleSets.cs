using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// The rule sets that ship with the package, every version of them: a new version never replaces
/// an old one, so an attestation written against 1.0.0 can still be evaluated against 1.0.0. They
/// are JSON data embedded in the assembly; the tests read them with the full reader (schema
/// included) and prove it gives the same rule sets. Thread-safe.
/// </summary>
/// <remarks>
/// A reference names a built-in rule set by its id, which means its latest version, or by its id
/// and version joined with <c>@</c>, for example <c>vtc-joint-statement-2020@1.0.0</c>.
/// </remarks>
public static class BuiltInRuleSets
{
    /// <summary>The identifier of <see cref="VtcJointStatement2020"/>.</summary>
    public const string VtcJointStatement2020Id = "vtc-joint-statement-2020";

    /// <summary>What separates a rule set's id from its version in a reference.</summary>
    public const char VersionSeparator = '@';

    // Oldest first; the last is the latest. Adding a version appends here and embeds its file.
    // A shipped version never changes, so its digest is pinned: no command serialises the rule set
    // to learn it, and BuiltInRuleSetsTests fail if the embedded file and the digest part.
    private static readonly Shipped[] Versions =
    [
        new(VtcJointStatement2020Id, "1.0.0", "sha256:e1be1ecc44e61bacef3c78a16f9af1537854da4242c1e64129c5c3118f7cda75"),
        new(VtcJointStatement2020Id, "2.0.0", "sha256:877dcfec7758dfd60342eb161782fc77e83485c98e6ec36f3fbc8896f8ab743a"),
    ];

    /// <summary>
    /// The latest version of the 2020 joint statement of six privacy regulators on video
    /// teleconferencing (rule set <c>vtc-joint-statement-2020</c>, version 2.0.0): five principles,
    /// each expectation traced to the 2020 letter or the 2021 observations with its basis.
    /// </summary>
    public static RuleSet VtcJointStatement2020 => Latest(VtcJointStatement2020Id).RuleSet;

    /// <summary>Every built-in rule set, every version, oldest version first.</summary>
    public static IReadOnlyList<RuleSet> All => [.. Versions.Select(v => v.RuleSet)];

    /// <summary>The versions shipped of a built-in rule set, oldest first; empty for an unknown id.</summary>
    /// <param name="id">The identifier, for example <c>vtc-joint-statement-2020</c>.</param>
    /// <returns>The versions, for example <c>1.0.0</c> and <c>2.0.0</c>.</returns>
    public static IReadOnlyList<string> VersionsOf(string id) =>
        [.. Versions.Where(v => string.Equals(v.Id, id, StringComparison.Ordinal)).Select(v => v.Version)];

    /// <summary>Finds a built-in rule set by reference: its id (the latest version) or <c>id@version</c>.</summary>
    /// <param name="reference">For example <c>vtc-joint-statement-2020</c> or <c>vtc-joint-statement-2020@1.0.0</c>.</param>
    /// <param name="ruleSet">The rule set, when found.</param>
    /// <returns>Whether a built-in rule set answers to the reference.</returns>
    public static bool TryGet(string reference, [NotNullWhen(true)] out RuleSet? ruleSet)
    {
        var (id, version) = ParseReference(reference ?? string.Empty);
        return TryGet(id, version, out ruleSet);
    }

    /// <summary>Finds a built-in rule set by id and version.</summary>
    /// <param name="id">The identifier, for example <c>vtc-joint-statement-2020</c>.</param>
    /// <param name="version">The version, for example <c>1.0.0</c>; <see langword="null"/> for the latest.</param>
    /// <param name="ruleSet">The rule set, when found.</param>
    /// <returns>Whether that id and version are shipped.</returns>
    public static bool TryGet(string id, string? version, [NotNullWhen(true)] out RuleSet? ruleSet)
    {
        var shipped = Find(id, version);
        ruleSet = shipped?.RuleSet;
        return ruleSet is not null;
    }

    /// <summary>
    /// Whether a reference names a built-in rule set id, shipped version or not: such a reference
    /// is never read as a file path, so a typo in the version is an error rather than a file lookup.
    /// </summary>
    /// <param name="reference">A rule set reference or a path.</param>
    /// <returns><see langword="true"/> when the part before any <c>@</c> is a built-in id.</returns>
    public static bool IsBuiltInReference(string reference)
    {
        var (id, _) = ParseReference(reference ?? string.Empty);
        return Versions.Any(v => string.Equals(v.Id, id, StringComparison.Ordinal));
    }

    /// <summary>Whether a rule set has, content for content, the digest of the built-in rule set with its id and version.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns><see langword="true"/> when it is a built-in rule set, however it was loaded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static bool IsBuiltIn(RuleSet ruleSet)
    {
        _ = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        return IsBuiltInInstance(ruleSet)
            || (ruleSet.Profile is null && TryGetDigest(ruleSet.Id, ruleSet.Version, out var digest) && RuleSetDigest.Compute(ruleSet) == digest);
    }

    /// <summary>The JSON text of the latest version of a built-in rule set, exactly as embedded.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentException">No built-in rule set has that identifier.</exception>
    public static string GetJson(string id) => GetJson(id, null);

    /// <summary>The JSON text of one version of a built-in rule set, exactly as embedded.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="version">The version; <see langword="null"/> for the latest.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentException">No built-in rule set has that identifier and version.</exception>
    public static string GetJson(string id, string? version)
    {
        var shipped = Find(id, version) ?? throw new ArgumentException(version is null ? $"There is no built-in rule set '{id}'." : $"There is no built-in rule set '{id}' version {version}.", nameof(id));
        using var stream = shipped.Open();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The digest of the built-in rule set with this id and version, computed once.</summary>
    internal static bool TryGetDigest(string id, string version, out string digest)
    {
        var shipped = Find(id, version);
        digest = shipped?.Digest ?? string.Empty;
        return shipped is not null;
    }

    /// <summary>Whether this is the very object the package loaded, which needs no digest to be trusted.</summary>
    internal static bool IsBuiltInInstance(RuleSet ruleSet) => Versions.Any(v => v.IsInstance(ruleSet));

    /// <summary>Splits <c>id@version</c>; the version is <see langword="null"/> when the reference has none.</summary>
    internal static (string Id, string? Version) ParseReference(string reference)
    {
        var at = reference.IndexOf(VersionSeparator);
        return at < 0 ? (reference, null) : (reference.Substring(0, at), reference.Substring(at + 1));
    }

    private static Shipped? Find(string id, string? version) => version is null
        ? Versions.LastOrDefault(v => string.Equals(v.Id, id, StringComparison.Ordinal))
        : Array.Find(Versions, v => string.Equals(v.Id, id, StringComparison.Ordinal) && string.Equals(v.Version, version, StringComparison.Ordinal));

    private static Shipped Latest(string id) => Find(id, null) ?? throw new InvalidOperationException($"The package ships no rule set '{id}'.");

    private sealed class Shipped
    {
        private readonly Lazy<RuleSet> _ruleSet;

        public Shipped(string id, string version, string digest)
        {
            Id = id;
            Version = version;
            Digest = digest;
            _ruleSet = new(Load);
        }

        public string Id { get; }

        public string Version { get; }

        public RuleSet RuleSet => _ruleSet.Value;

        /// <summary>The pinned digest of the embedded file's rule set.</summary>
        public string Digest { get; }

        public bool IsInstance(RuleSet ruleSet) => _ruleSet.IsValueCreated && ReferenceEquals(ruleSet, _ruleSet.Value);

        public Stream Open() =>
            typeof(BuiltInRuleSets).GetTypeInfo().Assembly.GetManifestResourceStream("PrivacyPrinciples.RuleSets." + Id + "-" + Version + ".json")
            ?? throw new InvalidOperationException($"The package is missing its built-in rule set '{Id}' version {Version}.");

        private RuleSet Load()
        {
            byte[] bytes;
            using (var stream = Open())
            using (var copy = new MemoryStream(checked((int)stream.Length)))
            {
                stream.CopyTo(copy);
                bytes = copy.GetBuffer().Length == copy.Length ? copy.GetBuffer() : copy.ToArray();
            }

            // Every command starts by loading one: skip the schema pass, which the tests run on the
            // same bytes (BuiltInRuleSetsTests), bind by hand rather than build System.Text.Json's
            // contracts first, and keep the semantic checks. A broken built-in rule set is a
            // packaging bug, not bad input: fail loudly with every error.
            var ruleSet = RuleSetBinder.TryBind(bytes)
                ?? JsonSerializer.Deserialize(bytes, RulesJsonContext.Default.RuleSet)
                ?? throw new InvalidOperationException($"The built-in rule set '{Id}' {Version} is empty.");
            if (ruleSet.Id != Id || ruleSet.Version != Version)
            {
                throw new InvalidOperationException($"The built-in rule set file for '{Id}' {Version} holds '{ruleSet.Id}' {ruleSet.Version}.");
            }

            var errors = new ErrorSink(int.MaxValue);
            RuleSetValidator.ValidateContent(ruleSet, new SemanticContext(Id + "@" + Version, null, errors));
            return errors.Count == 0
                ? ruleSet
                : throw new InvalidOperationException($"The built-in rule set '{Id}' {Version} is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Listed));
        }
    }
}
