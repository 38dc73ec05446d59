using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// One file per trick a vendor might use to earn a score without substance
/// (Fixtures/gaming, with the expected outcome of each in expected.json): every one ends with the
/// gate failed, the score below exemplary, or the file refused, while the genuine attestation the
/// tricks start from stays exemplary.
/// </summary>
public class GamingCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "gaming");

    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json"))).RootElement;

    private static readonly DateTime Date = DateTime.Parse(Expected.GetProperty("evaluatedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Expected.GetProperty("files").EnumerateObject())
        {
            data.Add(file.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Trick_EndsWithTheGateFailedTheScoreBelowExemplaryOrTheFileRefused(string file)
    {
        var expected = Expected.GetProperty("files").GetProperty(file);
        var expect = expected.GetProperty("expect").GetString();

        var (outcome, detail) = Run(file, expected);

        if (expect == "belowExemplary")
        {
            outcome.Should().BeOneOf(["belowExemplary", "gateFailed"], "{0}: {1}", expected.GetProperty("why").GetString(), detail);
        }
        else
        {
            outcome.Should().Be(expect, "{0}: {1}", expected.GetProperty("why").GetString(), detail);
        }

        if (expect == "refused")
        {
            detail.Should().Contain(expected.GetProperty("code").GetString());
        }
    }

    [Fact]
    public void Corpus_CoversEveryClassOfTheIssue_AndOnlyItsControlsAreGenuine()
    {
        var files = Expected.GetProperty("files").EnumerateObject().ToArray();

        // The genuine attestation, the same service serving health care (the control for the health
        // tricks), honest statements that mention a placeholder word (the controls for the placeholder
        // test), honest translations of the statements (the controls for the topic test in other languages),
        // and of the evidence titles too (the controls for the off-subject test in other languages).
        files.Where(f => f.Value.GetProperty("expect").GetString() == "exemplary").Select(f => f.Name).Should().BeEquivalentTo(
            "genuine-complete.json", "health-control.json", "honest-statement-mentioning-a-todo-badge.json", "honest-statement-mentioning-a-placeholder-avatar.json",
            "honest-statements-translated-into-german.json", "honest-statements-translated-into-french.json", "honest-statements-translated-into-spanish.json",
            "honest-statements-and-evidence-titles-translated-into-german.json", "honest-statements-and-evidence-titles-translated-into-french.json",
            "honest-statements-and-evidence-titles-translated-into-spanish.json");
        files.Select(f => f.Name).Should().Contain(
        [
            "bare-claims-pasted-pentest.json", "placeholder-statements.json", "not-applicable-everywhere.json", "children-not-applicable-while-profiled.json",
            "evidence-1970-valid-until-2099.json", "internal-review-marked-independent.json", "policy-that-validates.json", "penetration-test-validates-defaults.json",
            "facts-left-out.json", "audience-left-out.json", "bare-claims-with-impersonating-rules.json", "gap-waived-without-approver.json", "gap-waived-for-decades.json",
            "health-e2e-one-paid-tier.json", "health-mfa-optional.json", "retention-a-century.json", "clients-never-prompt.json", "undetermined-by-the-vendor.json",
            "vendor-posing-as-third-party.json", "third-party-without-assessor.json",
        ]);
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Where(n => n != "expected.json" && !n!.Contains(".ruleset.", StringComparison.Ordinal) && !n.Contains(".waivers.", StringComparison.Ordinal))
            .Should().BeEquivalentTo(files.Select(f => f.Name), "every trick has its expected outcome");
    }

    private static (string Outcome, string Detail) Run(string file, JsonElement expected)
    {
        var ruleSet = BuiltInRuleSets.VtcJointStatement2020;
        if (expected.TryGetProperty("ruleSet", out var rulesFile))
        {
            var rules = new RuleSetReader().ReadFile(Path.Combine(Folder, rulesFile.GetString()!));
            if (!rules.Succeeded)
            {
                return ("refused", string.Join("\n", rules.Errors));
            }

            ruleSet = rules.Value;
        }

        var read = new AttestationReader().ReadFile(Path.Combine(Folder, file));
        if (!read.Succeeded)
        {
            return ("refused", string.Join("\n", read.Errors));
        }

        var report = new AttestationEvaluator(ruleSet).Evaluate(read.Value, Date);
        if (expected.TryGetProperty("waivers", out var waiversFile))
        {
            var waivers = new WaiverReader().ReadFile(Path.Combine(Folder, waiversFile.GetString()!));
            if (!waivers.Succeeded)
            {
                return ("refused", string.Join("\n", waivers.Errors));
            }

            report = WaiverApplier.Apply(report, waivers.Value);
        }

        var detail = $"score {report.Score}, rating {report.Rating}, gaps {string.Join(", ", report.BaselineGaps.Select(g => g.ExpectationId + ":" + g.Outcome))}";
        return report.BaselineGaps.Any(g => !g.IsWaived) ? ("gateFailed", detail)
            : report.Rating != Rating.Exemplary ? ("belowExemplary", detail)
            : ("exemplary", detail);
    }
}
