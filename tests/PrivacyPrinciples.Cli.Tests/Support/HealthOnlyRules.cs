using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Tests.Support;

/// <summary>
/// A custom rule set whose every expectation is for health services: a sample that serves none
/// (Harbourlight) has nothing in scope under it, so its report has no score and no rating.
/// </summary>
internal static class HealthOnlyRules
{
    /// <summary>Writes the rule set into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(TempFolder folder)
    {
        var builtIn = BuiltInRuleSets.VtcJointStatement2020;
        var healthOnly = builtIn with
        {
            Id = "health-only",
            Expectations = [.. builtIn.Expectations.Select(e => e with { AppliesTo = [Audience.Health], RaisedFor = [] })],
        };
        return folder.Write("health-only.json", PrivacyPrinciplesJson.Serialize(healthOnly));
    }
}
