using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 13: whatever validate calls valid, every verb accepts, and whatever a verb refuses,
/// validate refuses too; no document makes any verb exit 3; and no output (files, standard output,
/// standard error) carries a control, C1 or bidirectional character or a line GitHub Actions would
/// read as a workflow command. Run on every sample and every document of the adversarial corpus.
/// </summary>
[Trait("Category", "Slow")]
public class EveryVerbTests
{
    private static readonly string Corpus = RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Fixtures", "adversarial");

    private static readonly string[] ReportFormats = ["text", "json", "markdown", "sarif", "junit", "html", "csv"];

    public static TheoryData<string> Attestations => [.. Files("attestations").Concat(Directory.GetFiles(RepositoryPaths.Samples, "*.json")).Concat(Directory.GetFiles(RepositoryPaths.Combine("samples", "assessments"), "*.json")).Concat([RepositoryPaths.Combine("samples", "rounds", "copperfield-video-round-2.json")])];

    public static TheoryData<string> RuleSets => [.. Files("rulesets").Append(RepositoryPaths.Combine("src", "PrivacyPrinciples", "Rules", "BuiltIn", "vtc-joint-statement-2020.json"))];

    public static TheoryData<string> Waivers => [.. Files("waivers").Append(Samples.CopperfieldWaivers)];

    public static TheoryData<string> Reports => [.. Files("reports")];

    public static TheoryData<string> Profiles => [.. Files("profiles").Concat(Directory.GetFiles(Path.Combine(Corpus, "engagements", "parts"), "*.profile.json")).Concat(Directory.GetFiles(RepositoryPaths.Combine("samples", "profiles"), "*.profile.json"))];

    public static TheoryData<string> Engagements => [.. Directory.GetFiles(Path.Combine(Corpus, "engagements"), "*.json").Append(RepositoryPaths.Combine("samples", "engagement", "engagement.json"))];

    [Theory]
    [MemberData(nameof(Attestations))]
    public void Attestation_EveryVerbAgreesWithValidate_AndNoOutputCarriesAnythingHostile(string file)
    {
        using var folder = new TempFolder();
        var valid = CliRunner.Run("validate", file).ExitCode == 0;

        foreach (var date in new[] { "2026-11-01", "9999-12-31", "0001-01-01" })
        {
            var outputs = ReportFormats.Skip(1).SelectMany(f => new[] { "--output", f + "=" + Path.Combine(folder.Path, "out." + f) }).ToArray();
            var evaluate = CliRunner.Run(["evaluate", file, "--date", date, "--format", "text", .. outputs]);
            Agree(valid, evaluate, "evaluate", file);
            if (evaluate.ExitCode is 0 or 1)
            {
                // The outputs are only written when the attestation could be read.
                foreach (var format in ReportFormats.Skip(1))
                {
                    Inspect(File.ReadAllText(Path.Combine(folder.Path, "out." + format)), $"{format} of {file} on {date}");
                }
            }
        }

        foreach (var format in new[] { "text", "markdown", "json" })
        {
            Agree(valid, CliRunner.Run("diff", file, file, "--format", format, "--date", "2026-11-01"), "diff", file);
        }

        Agree(valid, CliRunner.Run("evaluate", file, "--fail-on", "regression", "--previous", file, "--date", "2026-11-01"), "evaluate --previous", file);

        // Issue 17: the documents for other tools (OSCAL assessment results, an in-toto statement) from the same attestation.
        var oscal = Path.Combine(folder.Path, "assessment-results.json");
        var statement = Path.Combine(folder.Path, "statement.intoto.json");
        var interop = CliRunner.Run("evaluate", file, "--date", "2026-11-01", "--output", "oscal-assessment-results=" + oscal, "--output", "in-toto=" + statement);
        Agree(valid, interop, "evaluate --format oscal-assessment-results --format in-toto", file);
        if (interop.ExitCode is 0 or 1)
        {
            Inspect(File.ReadAllText(oscal), $"OSCAL assessment results of {file}");
            Inspect(File.ReadAllText(statement), $"in-toto statement of {file}");
        }

        // Signed, the statement verifies against the same file; the attestation itself is neither an envelope nor a key.
        var (privateKey, publicKey) = (folder.Write("signing.pem", SigningKey.ExportPkcs8PrivateKeyPem()), folder.Write("signing.pub.pem", SigningKey.ExportSubjectPublicKeyInfoPem()));
        var envelope = Path.Combine(folder.Path, "signed.intoto.json");
        var signed = CliRunner.Run("evaluate", file, "--date", "2026-11-01", "--format", "in-toto", "--signing-key", privateKey, "--output", envelope);
        Agree(valid, signed, "evaluate --format in-toto --signing-key", file);
        if (signed.ExitCode is 0 or 1)
        {
            var verified = CliRunner.Run("verify", envelope, "--key", publicKey, "--attestation", file);
            verified.ExitCode.Should().Be(0, "the statement of {0} verifies:\n{1}", file, verified.Error);
            Inspect(verified.Output, $"verify of the statement of {file}");
        }

        Refused(CliRunner.Run("verify", file, "--key", publicKey), "verify <attestation>", file);
        Refused(CliRunner.Run("verify", envelope, "--key", file), "verify --key <attestation>", file);
        Refused(CliRunner.Run("evaluate", Samples.Copperfield, "--format", "in-toto", "--signing-key", file, "--output", Path.Combine(folder.Path, "never.json")), "evaluate --signing-key <attestation>", file);
    }

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void RuleSet_EveryVerbAgreesWithValidate_AndNoOutputCarriesAnythingHostile(string file)
    {
        using var folder = new TempFolder();
        var valid = CliRunner.Run("validate", "--kind", "ruleset", file).ExitCode == 0;

        foreach (var format in new[] { "text", "markdown", "json" })
        {
            Agree(valid, CliRunner.Run("rules", "list", "--rule-set", file, "--format", format), "rules list", file);
        }

        Agree(valid, CliRunner.Run("rules", "show", "SEC-01", "--rule-set", file), "rules show", file);
        Agree(valid, CliRunner.Run("evaluate", Samples.Copperfield, "--rule-set", file, "--format", "markdown", "--date", "2026-11-01"), "evaluate --rule-set", file);
        Agree(valid, CliRunner.Run("init", "--rule-set", file, "--output", Path.Combine(folder.Path, "template.json"), "--date", "2026-11-01"), "init --rule-set", file);
        var catalog = CliRunner.Run("export", "--format", "oscal-catalog", "--rule-set", file, "--output", Path.Combine(folder.Path, "catalog.json"), "--date", "2026-11-01");
        Agree(valid, catalog, "export --format oscal-catalog", file);
        if (catalog.ExitCode == 0)
        {
            Inspect(File.ReadAllText(Path.Combine(folder.Path, "catalog.json")), $"OSCAL catalog of {file}");
        }
    }

    [Theory]
    [MemberData(nameof(Waivers))]
    public void Waivers_EveryVerbAgreesWithValidate(string file)
    {
        using var folder = new TempFolder();
        var valid = CliRunner.Run("validate", file).ExitCode == 0;

        var evaluate = CliRunner.Run("evaluate", Samples.Copperfield, "--waivers", file, "--format", "markdown", "--fail-on", "baseline", "--date", "2026-11-01");

        evaluate.ExitCode.Should().NotBe(3, evaluate.Error);
        if (valid)
        {
            evaluate.ExitCode.Should().BeOneOf([0, 1], "validate called {0} valid:\n{1}", file, evaluate.Error);
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Report_EveryVerbAgreesWithValidate(string file)
    {
        using var folder = new TempFolder();
        var valid = CliRunner.Run("validate", file).ExitCode == 0;

        foreach (var format in new[] { "text", "markdown", "json" })
        {
            Agree(valid, CliRunner.Run("diff", file, file, "--format", format), "diff", file);
        }

        var gate = CliRunner.Run("evaluate", Samples.Tinpot, "--fail-on", "regression", "--previous", file, "--date", "2026-11-01");
        gate.ExitCode.Should().NotBe(3, gate.Error);
        if (valid)
        {
            gate.ExitCode.Should().BeOneOf([0, 1], gate.Error);
        }
        else
        {
            gate.ExitCode.Should().Be(2, "validate refuses {0}, so the regression gate cannot use it", file);
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Profile_EveryVerbAgreesWithValidate(string file)
    {
        using var folder = new TempFolder();
        var valid = CliRunner.Run("validate", "--kind", "profile", file).ExitCode == 0;

        Agree(valid, CliRunner.Run("evaluate", Samples.Copperfield, "--rule-set", file, "--date", "2026-11-01"), "evaluate --rule-set", file);
        Agree(valid, CliRunner.Run("rules", "list", "--rule-set", file), "rules list", file);
        var outputs = new[] { "oscal-catalog", "oscal-profile" }.SelectMany(f => new[] { "--output", f + "=" + Path.Combine(folder.Path, f + ".json") }).ToArray();
        var export = CliRunner.Run(["export", "--rule-set", file, "--date", "2026-11-01", .. outputs]);
        Agree(valid, export, "export --format oscal-catalog --format oscal-profile", file);
        if (export.ExitCode == 0)
        {
            Inspect(File.ReadAllText(Path.Combine(folder.Path, "oscal-catalog.json")), $"OSCAL catalog of {file}");
            Inspect(File.ReadAllText(Path.Combine(folder.Path, "oscal-profile.json")), $"OSCAL profile of {file}");
        }
    }

    [Theory]
    [MemberData(nameof(Engagements))]
    public void Engagement_EveryVerbAgreesWithValidate(string file)
    {
        using var folder = new TempFolder();
        var valid = CliRunner.Run("validate", "--kind", "engagement", file).ExitCode == 0;
        var outputs = new[] { "markdown", "html", "json", "csv" }.SelectMany(f => new[] { "--output", f + "=" + Path.Combine(folder.Path, "engagement." + f) }).ToArray();

        var engagement = CliRunner.Run(["engagement", file, .. outputs, "--letters", Path.Combine(folder.Path, "letters")]);

        Agree(valid, engagement, "engagement", file);
        if (engagement.ExitCode is 0 or 1)
        {
            foreach (var output in Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories))
            {
                Inspect(File.ReadAllText(output), output);
            }
        }
    }

    private static readonly System.Security.Cryptography.ECDsa SigningKey = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);

    [Fact]
    public void ExportAndVerify_MissingFilesAndWrongCommandLines_AreOneLineAndExit2()
    {
        using var folder = new TempFolder();
        var publicKey = folder.Write("signing.pub.pem", SigningKey.ExportSubjectPublicKeyInfoPem());
        var missing = Path.Combine(folder.Path, "missing.json");
        Refused(CliRunner.Run("export", "--format", "oscal-catalog", "--rule-set", missing), "export --rule-set <missing>", missing);
        Refused(CliRunner.Run("export", "--format", "oscal-profile", "--rule-set", missing), "export --format oscal-profile --rule-set <missing>", missing);
        Refused(CliRunner.Run("export", "--format", "oscal-catalog", "--output", Path.Combine(publicKey, "catalog.json")), "export --output <under a file>", publicKey);
        Refused(CliRunner.Run("verify", missing, "--key", publicKey), "verify <missing>", missing);
        Refused(CliRunner.Run("verify", publicKey, "--key", missing), "verify --key <missing>", missing);
        Refused(CliRunner.Run("verify", publicKey), "verify without --key", missing);
        Refused(CliRunner.Run("verify"), "verify without an envelope", missing);
        Refused(CliRunner.Run("verify", folder.Path, "--key", publicKey), "verify <folder>", folder.Path);
    }

    // An input the verb cannot use: exit 2 with a message, never a bug or a stack trace, nothing hostile echoed.
    private static void Refused(CliRunner.Result result, string verb, string file)
    {
        result.ExitCode.Should().Be(2, "{0} on {1} is refused:\n{2}", verb, file, result.Error);
        result.Error.Should().StartWith("privacy-principles: ", "{0} says why", verb);
        result.Error.Should().NotContain("   at ", "never a stack trace");
        Inspect(result.Output, $"standard output of {verb} {file}");
        Inspect(result.Error, $"standard error of {verb} {file}");
    }

    // What validate calls valid every verb accepts (0, or 1 for a gate), so what a verb refuses (2)
    // validate refuses too; validate may be stricter (an answer or waiver for an unknown
    // expectation, which evaluate notes). Never a bug (3).
    private static void Agree(bool valid, CliRunner.Result result, string verb, string file)
    {
        result.ExitCode.Should().NotBe(3, "no document is a bug: {0} on {1}\n{2}", verb, file, result.Error);
        if (valid)
        {
            result.ExitCode.Should().BeOneOf([0, 1], "validate calls {0} valid, so {1} accepts it:\n{2}", file, verb, result.Error);
        }

        Inspect(result.Output, $"standard output of {verb} {file}");
        Inspect(result.Error, $"standard error of {verb} {file}");
    }

    /// <summary>No raw control (but tab and line feed), C1 or bidirectional character, and no line a CI runner reads as a command.</summary>
    internal static void Inspect(string text, string what)
    {
        var hostile = text.Where(c => (c < ' ' && c is not ('\n' or '\t')) || c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029').Distinct().ToArray();
        hostile.Should().BeEmpty("{0} must not carry control or bidirectional characters", what);
        var lines = text.Split('\n');
        lines.Should().NotContain(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal), "no line of {0} may start a workflow command", what);
        lines.Should().NotContain(l => l.Contains("##[", StringComparison.Ordinal), "no line of {0} may hold a legacy workflow command", what);
    }

    private static IEnumerable<string> Files(string kind) => Directory.GetFiles(Path.Combine(Corpus, kind), "*.json").Order(StringComparer.Ordinal);
}
