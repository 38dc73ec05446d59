namespace PrivacyPrinciples.Rules;

/// <summary>Tells a built-in rule set from a tailored or custom one by its content digest.</summary>
internal static class RuleSetProvenance
{
    /// <summary>The digest and origin of a valid rule set.</summary>
    public static (string Digest, RuleSetOrigin Origin) Of(RuleSet ruleSet)
    {
        var digest = BuiltInRuleSets.IsBuiltInInstance(ruleSet) && BuiltInRuleSets.TryGetDigest(ruleSet.Id, ruleSet.Version, out var known)
            ? known
            : RuleSetDigest.Compute(ruleSet);
        var origin = ruleSet.Profile is not null ? RuleSetOrigin.Tailored
            : BuiltInRuleSets.TryGetDigest(ruleSet.Id, ruleSet.Version, out var builtIn) && builtIn == digest ? RuleSetOrigin.BuiltIn
            : RuleSetOrigin.Custom;
        return (digest, origin);
    }

    /// <summary>
    /// Whether a rule set that is not tailored uses a built-in rule set's id and version with other
    /// content: reports would name it as the built-in one.
    /// </summary>
    public static bool Impersonates(RuleSet ruleSet) =>
        ruleSet.Profile is null
        && !BuiltInRuleSets.IsBuiltInInstance(ruleSet)
        && BuiltInRuleSets.TryGetDigest(ruleSet.Id, ruleSet.Version, out var builtIn)
        && RuleSetDigest.Compute(ruleSet) != builtIn;
}
