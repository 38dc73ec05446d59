using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// The rule sets that ship with the package. They are JSON data embedded in the assembly; the
/// tests read them with the full reader (schema included) and prove it gives the same rule set.
/// Thread-safe.
/// </summary>
public static class BuiltInRuleSets
{
    /// <summary>The identifier of <see cref="VtcJointStatement2020"/>.</summary>
    public const string VtcJointStatement2020Id = "vtc-joint-statement-2020";

    private static readonly Lazy<RuleSet> JointStatement = new(() => Load(VtcJointStatement2020Id));
    private static readonly Lazy<string> JointStatementDigest = new(() => RuleSetDigest.Compute(JointStatement.Value));

    /// <summary>
    /// The 2020 joint statement of six privacy regulators on video teleconferencing: five
    /// principles and thirty expectations (rule set <c>vtc-joint-statement-2020</c>, version 1.0.0).
    /// </summary>
    public static RuleSet VtcJointStatement2020 => JointStatement.Value;

    /// <summary>Every built-in rule set.</summary>
    public static IReadOnlyList<RuleSet> All => [VtcJointStatement2020];

    /// <summary>Finds a built-in rule set by identifier.</summary>
    /// <param name="id">The identifier, for example <c>vtc-joint-statement-2020</c>.</param>
    /// <param name="ruleSet">The rule set, when found.</param>
    /// <returns>Whether a built-in rule set has that identifier.</returns>
    public static bool TryGet(string id, out RuleSet ruleSet)
    {
        if (string.Equals(id, VtcJointStatement2020Id, StringComparison.Ordinal))
        {
            ruleSet = VtcJointStatement2020;
            return true;
        }

        ruleSet = null!;
        return false;
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

    /// <summary>The digest of the built-in rule set with this id and version, computed once.</summary>
    internal static bool TryGetDigest(string id, string version, out string digest)
    {
        if (string.Equals(id, VtcJointStatement2020Id, StringComparison.Ordinal) && string.Equals(version, VtcJointStatement2020.Version, StringComparison.Ordinal))
        {
            digest = JointStatementDigest.Value;
            return true;
        }

        digest = string.Empty;
        return false;
    }

    /// <summary>Whether this is the very object the package loaded, which needs no digest to be trusted.</summary>
    internal static bool IsBuiltInInstance(RuleSet ruleSet) => JointStatement.IsValueCreated && ReferenceEquals(ruleSet, JointStatement.Value);

    /// <summary>The JSON text of a built-in rule set, exactly as embedded.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentException">No built-in rule set has that identifier.</exception>
    public static string GetJson(string id)
    {
        using var stream = Open(id) ?? throw new ArgumentException($"There is no built-in rule set '{id}'.", nameof(id));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Stream? Open(string id) =>
        typeof(BuiltInRuleSets).GetTypeInfo().Assembly.GetManifestResourceStream("PrivacyPrinciples.RuleSets." + id + ".json");

    private static RuleSet Load(string id)
    {
        using var stream = Open(id) ?? throw new InvalidOperationException($"The package is missing its built-in rule set '{id}'.");

        // Every command starts by loading this: skip the schema pass, which the tests run on the
        // same bytes (BuiltInRuleSetsTests), and keep the semantic checks. A broken built-in rule
        // set is a packaging bug, not bad input: fail loudly with every error.
        var ruleSet = JsonSerializer.Deserialize(stream, ModelJsonContext.Default.RuleSet)
            ?? throw new InvalidOperationException($"The built-in rule set '{id}' is empty.");
        var errors = new List<InputError>();
        RuleSetValidator.ValidateContent(ruleSet, new SemanticContext(id, null, errors));
        return errors.Count == 0
            ? ruleSet
            : throw new InvalidOperationException($"The built-in rule set '{id}' is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }
}
