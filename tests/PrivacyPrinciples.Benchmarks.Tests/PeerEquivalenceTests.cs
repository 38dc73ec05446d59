using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Benchmarks.Peers;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Synthetic;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Benchmarks.Tests;

/// <summary>
/// The peers in the benchmarks must reach the evaluator's decisions (outcome, aspects of assurance
/// and raised level of every expectation) on the same attestations, or the speed comparison is not
/// a comparison of the same work.
/// </summary>
public sealed class PeerEquivalenceTests : IClassFixture<PeerEquivalenceTests.Engines>
{
    // Evaluation dates chosen so evidence is current at the first, and much of it expired or stale at the second.
    private static readonly DateTime[] Dates = [new(2026, 11, 30), new(2030, 6, 1)];

    private readonly Engines _engines;

    public PeerEquivalenceTests(Engines engines) => _engines = engines;

    public static TheoryData<string> SampleFiles() => new(SamplePaths());

    public static TheoryData<string> GamingFiles() => new(GamingPaths());

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Peers_decide_every_expectation_of_a_sample_as_the_evaluator_does(string relativePath)
    {
        var attestation = ReadSample(RepositoryPaths.Combine(relativePath));
        foreach (var date in Dates)
        {
            AssertPeersAgree(attestation, date, relativePath);
        }
    }

    [Theory]
    [MemberData(nameof(GamingFiles))]
    public void Peers_decide_every_gaming_attempt_the_reader_accepts_as_the_evaluator_does(string relativePath)
    {
        // Some attempts are refused by the reader by design (no audiences, the old format): nothing is decided for them.
        var read = Read(RepositoryPaths.Combine(relativePath));
        if (!read.Succeeded)
        {
            read.Errors.Should().NotBeEmpty();
            return;
        }

        foreach (var date in Dates)
        {
            AssertPeersAgree(read.Value!, date, relativePath);
        }
    }

    [Fact]
    public void Peers_decide_as_the_evaluator_on_500_synthetic_attestations()
    {
        foreach (var attestation in Synthetic())
        {
            foreach (var date in Dates)
            {
                AssertPeersAgree(attestation, date, attestation.Vendor.Id);
            }
        }
    }

    [Fact]
    public void Peers_decide_as_the_evaluator_on_a_fixed_set_of_hostile_attestations()
    {
        foreach (var (attestation, on) in Hostile())
        {
            foreach (var date in Dates.Append(on))
            {
                AssertPeersAgree(attestation, date, Describe(attestation, date));
            }
        }
    }

    [Fact]
    public void Evidence_whose_age_limit_lies_beyond_the_calendar_is_decided_alike()
    {
        // A policy counts for 36 months: from June 9999 that would overflow DateTime, so the limit
        // saturates at the calendar's last day and the policy counts. Monitoring counts for 12
        // months: from November 9998 the limit is inside the calendar, and has passed.
        var attestation = HostileAttestations.Fixed(1, 3).Single().Attestation with
        {
            Evidence =
            [
                new Evidence { Id = "late", Kind = EvidenceKind.Policy, Reference = "https://trust.example.example/policies/security", Issued = new DateTime(9999, 6, 1) },
                new Evidence { Id = "older", Kind = EvidenceKind.Monitoring, Reference = "Controls dashboard export 9998-11", Issued = new DateTime(9998, 11, 30) },
            ],
            Answers = new Dictionary<string, Answer>(StringComparer.Ordinal)
            {
                ["SEC-01"] = new() { Status = AnswerStatus.Implemented, Statement = "TLS 1.3 on every connection between clients, media relays and servers, checked weekly.", Evidence = [new() { Ref = "late", Shows = EvidencePurpose.Achieve }] },
                ["SEC-05"] = new() { Status = AnswerStatus.Partial, Evidence = [new() { Ref = "older", Shows = EvidencePurpose.Monitor }] },
            },
        };
        var end = DateTime.MaxValue.Date;

        var report = _engines.Evaluator.Evaluate(attestation, end);

        report.Expectations.Single(e => e.Id == "SEC-01").AssuranceAspects.Should().Equal(EvidencePurpose.Achieve);
        report.Expectations.Single(e => e.Id == "SEC-05").Evidence.Single().Verdict.Should().Be(EvidenceVerdict.Stale);
        AssertPeersAgree(attestation, end, "evidence issued in 9998 and 9999");
    }

    [Theory]
    // Words that name no issuer, in the vendor's own voice: the evaluator refuses the evidence for
    // naming no one before it asks whose it is, so the vendor's own independent work, too, counts
    // only with an issuer named.
    [InlineData("The company")]
    [InlineData("Our user community")]
    [InlineData("Customers")]
    public void Independent_work_whose_issuer_names_no_one_in_the_vendors_own_words_is_decided_alike(string issuer)
    {
        var attestation = HostileAttestations.Fixed(1, 3).Single().Attestation with
        {
            Evidence =
            [
                new Evidence
                {
                    Id = "bounty", Kind = EvidenceKind.BugBounty, Title = "Bug bounty programme: scope and results", Reference = "https://hostile.example/security/bug-bounty/2026",
                    Issued = new DateTime(2026, 6, 1), Independent = true, Issuer = issuer,
                },
            ],
            Answers = new Dictionary<string, Answer>(StringComparer.Ordinal)
            {
                // Security operations take a bug bounty as monitoring only.
                ["SEC-07"] = new() { Status = AnswerStatus.Implemented, Statement = "Penetration tests twice a year and a public bug bounty cover every client and the media relays.", Evidence = [new() { Ref = "bounty", Shows = EvidencePurpose.Validate }] },
            },
        };

        _engines.Evaluator.Evaluate(attestation, Dates[0]).Expectations.Single(e => e.Id == "SEC-07").Evidence.Single().Verdict.Should().Be(EvidenceVerdict.NoIssuer);
        AssertPeersAgree(attestation, Dates[0], issuer);
    }

    [Fact]
    public void One_page_declared_under_several_queries_with_one_title_is_decided_alike()
    {
        // Documentation, monitoring and an independent audit, all one trust-centre page told apart
        // only by its query: one document, so one citation of it is weighed.
        Evidence Page(string id, EvidenceKind kind, string query, bool independent) => new()
        {
            Id = id, Kind = kind, Title = "Hostile trust centre", Reference = "https://trust.hostile.example/" + query,
            Issued = new DateTime(2026, 6, 1), Independent = independent, Issuer = independent ? "Example Assurance LLP" : null,
        };

        var attestation = HostileAttestations.Fixed(1, 3).Single().Attestation with
        {
            Evidence = [Page("doc", EvidenceKind.Documentation, "", false), Page("mon", EvidenceKind.Monitoring, "?section=2", false), Page("audit", EvidenceKind.IndependentAudit, "?section=3#audits", true)],
            Answers = new Dictionary<string, Answer>(StringComparer.Ordinal)
            {
                ["SEC-07"] = new()
                {
                    Status = AnswerStatus.Implemented,
                    Statement = "Penetration tests twice a year and a public bug bounty cover every client and the media relays.",
                    Evidence = [new() { Ref = "doc", Shows = EvidencePurpose.Achieve }, new() { Ref = "mon", Shows = EvidencePurpose.Monitor }, new() { Ref = "audit", Shows = EvidencePurpose.Validate }],
                },
            },
        };

        _engines.Evaluator.Evaluate(attestation, Dates[0]).Expectations.Single(e => e.Id == "SEC-07").Evidence.Count(e => e.Verdict == EvidenceVerdict.SameDocument).Should().Be(2);
        AssertPeersAgree(attestation, Dates[0], "one page under several queries");
    }

    [Fact]
    public void Peers_decide_as_the_evaluator_on_random_hostile_attestations()
    {
        // Every fact, text, evidence and date shape the decisions tell apart, at random dates up to
        // 9999-12-31; CsCheck shrinks a disagreement to a small attestation and prints its seed.
        HostileAttestations.Attestation.Sample(
            x =>
            {
                var expected = PeerDecision.From(_engines.Evaluator.Evaluate(x.Attestation, x.On));
                return _engines.RulesEngine.Decide(x.Attestation, x.On).SequenceEqual(expected)
                    && _engines.NRules.Decide(x.Attestation, x.On).SequenceEqual(expected);
            },
            iter: 600,
            threads: 1,
            print: x => Describe(x.Attestation, x.On));
    }

    [Fact]
    public void The_compared_set_reaches_every_outcome_aspect_combination_evidence_verdict_and_raised_level()
    {
        // Equivalence proves little if the attestations never reach a decision: check they reach all of them.
        var reports = ComparedSet().SelectMany(a => Dates.Select(d => _engines.Evaluator.Evaluate(a, d)))
            .Concat(Hostile().Select(x => _engines.Evaluator.Evaluate(x.Attestation, x.On)))
            .ToList();
        var results = reports.SelectMany(r => r.Expectations).ToList();

        results.Select(r => r.Outcome).Distinct().Should().BeEquivalentTo(Enum.GetValues<Outcome>());
        results.Select(r => PeerDecision.AspectsOf(r.AssuranceAspects)).Distinct().Should().BeEquivalentTo(
            Enumerable.Range(0, 8).Select(i => (PeerAspects)i), "every combination of achieve, monitor and validate must be compared");
        results.SelectMany(r => r.Evidence).Select(e => e.Verdict).Distinct().Should().BeEquivalentTo(
            Enum.GetValues<EvidenceVerdict>(), "every reason evidence counts or does not must be compared");
        results.Where(r => r.Status == AnswerStatus.NotApplicable).Select(r => r.Outcome).Should().Contain(
            [Outcome.NotApplicable, Outcome.NotMet, Outcome.Contradicted, Outcome.Unverified], "every verdict on a not-applicable claim must be compared");
        results.Where(r => r.Status == AnswerStatus.Implemented).Select(r => r.Outcome).Should().Contain(
            [Outcome.Met, Outcome.Contradicted, Outcome.Unverified], "every verdict on a claim of implementation must be compared");
        results.Where(r => r.Level != r.BaseLevel).Select(r => r.Id).Distinct().Should().HaveCountGreaterThan(5, "audience raises must be exercised");
    }

    [Theory]
    [InlineData("a check")]
    [InlineData("a not-applicable condition")]
    [InlineData("a not-applicable policy")]
    [InlineData("an evidence class")]
    [InlineData("an evidence kind's maximum age")]
    [InlineData("an evidence kind's independence")]
    public void A_peer_given_altered_rules_decides_differently_and_is_caught(string alteration)
    {
        // The same rule set with one rule changed: each peer that reads it must now disagree somewhere.
        var ruleSet = Alter(BuiltInRuleSets.VtcJointStatement2020, alteration);
        var peers = new List<(string Name, Func<Attestation, DateTime, PeerDecision[]> Decide)> { ("RulesEngine", new RulesEnginePeer(ruleSet).Decide) };
        if (alteration is not ("a check" or "a not-applicable condition"))
        {
            // NRules' checks and conditions are written by hand; the rest it reads from the rule set.
            peers.Add(("NRules", new NRulesPeer(ruleSet).Decide));
        }

        foreach (var (name, decide) in peers)
        {
            var disagreements = ComparedSet().Concat(Hostile().Select(x => x.Attestation))
                .Count(a => Dates.Any(d => !decide(a, d).SequenceEqual(PeerDecision.From(_engines.Evaluator.Evaluate(a, d)))));
            disagreements.Should().BePositive($"{name} with {alteration} altered must disagree with the evaluator");
        }
    }

    [Fact]
    public void RulesEngine_gets_one_workflow_per_active_expectation()
    {
        _engines.RulesEngine.Workflows.Select(w => w.WorkflowName).Should().Equal(
            BuiltInRuleSets.VtcJointStatement2020.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).Select(e => e.Id));
    }

    private void AssertPeersAgree(Attestation attestation, DateTime date, string name)
    {
        var expected = PeerDecision.From(_engines.Evaluator.Evaluate(attestation, date));
        _engines.RulesEngine.Decide(attestation, date).Should().Equal(expected, $"RulesEngine on {name} at {date:yyyy-MM-dd}");
        _engines.NRules.Decide(attestation, date).Should().Equal(expected, $"NRules on {name} at {date:yyyy-MM-dd}");
    }

    private static RuleSet Alter(RuleSet ruleSet, string alteration)
    {
        Expectation With(string id, Func<Expectation, Expectation> change, Expectation e) => e.Id == id ? change(e) : e;
        RuleSet Expectations(string id, Func<Expectation, Expectation> change) =>
            ruleSet with { Expectations = ruleSet.Expectations.Select(e => With(id, change, e)).ToArray() };
        RuleSet Kinds(EvidenceKind kind, Func<EvidenceKindRule, EvidenceKindRule> change) =>
            ruleSet with { EvidenceKinds = ruleSet.EvidenceKinds.Select(k => k.Kind == kind ? change(k) : k).ToArray() };

        return alteration switch
        {
            "a check" => Expectations("SEC-01", e => e with { Checks = [new Condition { Fact = "encryption.inTransit", EqualTo = FactValue.From(false) }] }),
            "a not-applicable condition" => Expectations("EUC-05", e => e with { NotApplicableWhen = [new Condition { Fact = "features.guestAccess", EqualTo = FactValue.From(true) }] }),
            "a not-applicable policy" => Expectations("EUC-05", e => e with { NotApplicable = NotApplicablePolicy.Never }),
            "an evidence class" => ruleSet with
            {
                EvidenceClasses = ruleSet.EvidenceClasses.Select(c => c.Id == "technical-safeguard" ? c with { Achieve = [.. c.Achieve.Where(k => k != EvidenceKind.Design)] } : c).ToArray(),
            },
            "an evidence kind's maximum age" => Kinds(EvidenceKind.Policy, k => k with { MaxAgeMonths = 6 }),
            "an evidence kind's independence" => Kinds(EvidenceKind.PenetrationTest, k => k with { MayBeIndependent = false }),
            _ => throw new ArgumentOutOfRangeException(nameof(alteration), alteration, "No such alteration."),
        };
    }

    // The bundled attestations, the follow-up round, both rounds of the sample engagement (whatever
    // they hold when the test runs), relative to the repository.
    private static IEnumerable<string> SamplePaths() =>
        Directory.EnumerateFiles(RepositoryPaths.Samples, "*.json")
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Combine("samples", "rounds"), "*.json"))
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Combine("samples", "engagement"), "*.json", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("round-", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal);

    // The corpus of gaming attempts: attestations only, not its expectations, rule sets or waivers.
    private static IEnumerable<string> GamingPaths() =>
        Directory.EnumerateFiles(RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Fixtures", "gaming"), "*.json")
            .Where(f => Path.GetFileName(f) != "expected.json" && !Path.GetFileName(f).EndsWith(".ruleset.json", StringComparison.Ordinal) && !Path.GetFileName(f).EndsWith(".waivers.json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<(Attestation Attestation, DateTime On)> Hostile() => HostileAttestations.Fixed(300, 12);

    private static IEnumerable<Attestation> Synthetic() =>
        new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 11 }).Generate(500);

    // The samples, the gaming attempts the reader accepts, and the synthetic vendors (the fixed hostile set is added where it is used).
    private static IEnumerable<Attestation> ComparedSet() =>
        SamplePaths().Select(p => ReadSample(RepositoryPaths.Combine(p)))
            .Concat(GamingPaths().Select(p => Read(RepositoryPaths.Combine(p))).Where(r => r.Succeeded).Select(r => r.Value!))
            .Concat(Synthetic());

    private static ReadResult<Attestation> Read(string path) =>
        new AttestationReader().Read(new ReadOnlyMemory<byte>(File.ReadAllBytes(path)), path);

    // A sample still in format 1.x is upgraded the documented way (the migrate verb's library
    // call); one in the current format is read as it is. Either way it must succeed.
    private static Attestation ReadSample(string path)
    {
        var migrated = AttestationMigration.MigrateFile(path);
        migrated.Errors.Should().BeEmpty(path);
        return migrated.Attestation!;
    }

    private static string Describe(Attestation attestation, DateTime on) =>
        $"on {on:yyyy-MM-dd}: " + PrivacyPrinciplesJson.Serialize(attestation);

    /// <summary>The engines, compiled once for the class.</summary>
    public sealed class Engines
    {
        public AttestationEvaluator Evaluator { get; } = new();

        public RulesEnginePeer RulesEngine { get; } = new(BuiltInRuleSets.VtcJointStatement2020);

        public NRulesPeer NRules { get; } = new(BuiltInRuleSets.VtcJointStatement2020);
    }
}
