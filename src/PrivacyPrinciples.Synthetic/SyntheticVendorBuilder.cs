using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// Builds one fictional vendor's attestation. The vendor has a hidden truth per expectation (in
/// place, in place for part of the service, or not in place), chosen from its profile's maturity
/// and the expectation's level; the facts are chosen to agree with that truth under the rule set's
/// checks, and the answers report it, apart from a few deliberate over- and under-claims. Each
/// concern draws from its own random stream. Not thread-safe: one instance per attestation.
/// </summary>
internal sealed class SyntheticVendorBuilder
{
    private readonly SyntheticAttestationOptions _options;
    private readonly FactPlanner _planner;
    private readonly int _index;
    private readonly ProfileTraits _traits;
    private readonly bool _builtIn;

    public SyntheticVendorBuilder(SyntheticAttestationOptions options, FactPlanner planner, int index, SyntheticVendorProfile profile)
    {
        _options = options;
        _planner = planner;
        _index = index;
        _traits = ProfileTraits.For(profile);
        // Tailoring profiles keep the base rule set's id, and expectation ids are never reused, so the written-out sentences still fit.
        _builtIn = string.Equals(options.RuleSet.Id, BuiltInRuleSets.VtcJointStatement2020Id, StringComparison.Ordinal);
    }

    private enum Truth
    {
        InPlace,
        PartlyInPlace,
        NotInPlace,
    }

    public Attestation Build()
    {
        var identity = Stream(SyntheticStream.Identity);
        var (slug, brand, legalName, service, contact, audiences, plans) = Names(identity);
        var tier = identity.Chance(0.3) ? identity.Pick(plans) : null;
        var span = (int)(_options.AttestedTo - _options.AttestedFrom).TotalDays;
        var attestedOn = _options.AttestedFrom.AddDays(identity.Between(0, span));
        var description = identity.Chance(0.85) ? SyntheticWording.ServiceDescription(service, audiences, identity) : null;

        var applicable = Applicable(audiences);
        var levels = applicable.ToDictionary(e => e.Id, e => Level(e, audiences), StringComparer.Ordinal);

        var factsRandom = Stream(SyntheticStream.Facts);
        var truths = Truths(applicable, levels, factsRandom);
        var values = _planner.Choose(applicable.Select(e => new KeyValuePair<string, bool>(e.Id, truths[e.Id] == Truth.InPlace)), factsRandom);
        var allFacts = _planner.Build(values);
        foreach (var expectation in applicable)
        {
            // Where wishes conflicted, the facts win: the truth is what the checks say of them.
            var verdict = _planner.Verdict(expectation.Id, allFacts);
            if (truths[expectation.Id] == Truth.InPlace && verdict == CheckVerdict.Fails)
            {
                truths[expectation.Id] = Truth.PartlyInPlace;
            }
            else if (truths[expectation.Id] == Truth.NotInPlace && verdict == CheckVerdict.Holds && _planner.SlotsOf(expectation.Id).Count > 0)
            {
                truths[expectation.Id] = Truth.PartlyInPlace;
            }
        }

        var facts = _planner.Build(values, Stated(applicable, values, factsRandom));
        var evidence = new SyntheticEvidence(brand, slug, service, attestedOn, _options.RuleSet, _traits, Stream(SyntheticStream.Evidence));
        var answers = Answers(applicable, levels, truths, service, plans, attestedOn, evidence);

        return new Attestation
        {
            SchemaVersion = Attestation.CurrentSchemaVersion,
            RuleSet = new RuleSetReference { Id = _options.RuleSet.Id, Version = _options.RuleSet.Version },
            Vendor = new VendorInfo { Id = slug + "-" + _index.ToString("D4", CultureInfo.InvariantCulture), Name = legalName, Contact = contact },
            Service = new ServiceInfo { Name = service, Tier = tier, Description = description },
            AttestedOn = attestedOn,
            Audiences = AudienceDeclarations.Serving(audiences),
            Facts = facts,
            Evidence = [.. evidence.Declared],
            Answers = answers,
        };
    }

    /// <summary>
    /// The same vendor's answer to a follow-up round, attested on <paramref name="attestedOn"/>:
    /// the regulators asked for clarity and for how each measure is achieved, monitored and
    /// validated, so most vendors answer some of what they had left open, bring in plans that came
    /// true, and add monitoring and validation evidence; a few answers regress. The service and its
    /// facts are unchanged, so an answer only improves where the facts do not contradict it.
    /// </summary>
    public Attestation BuildFollowUp(Attestation first, DateTime attestedOn)
    {
        var (slug, brand, _, service, _, _, plans) = Names(Stream(SyntheticStream.Identity));
        var random = Stream(SyntheticStream.FollowUp);
        var wording = Stream(SyntheticStream.Wording);
        var evidence = new SyntheticEvidence(brand, slug, service, attestedOn, _options.RuleSet, _traits, Stream(SyntheticStream.FollowUpEvidence), first.Evidence);
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var served = first.Audiences.Served();
        foreach (var expectation in Applicable(served))
        {
            var level = Level(expectation, served);
            // Only where the service's own facts allow the claim does an answer move up to "implemented".
            var canClaim = _planner.Verdict(expectation.Id, first.Facts) != CheckVerdict.Fails;
            first.Answers.TryGetValue(expectation.Id, out var before);
            var after = before switch
            {
                null when random.Chance(_traits.FollowUpAnswers) => canClaim && random.Chance(0.6)
                    ? Implemented(expectation, level, service, wording, evidence)
                    : Planned(service, attestedOn, random, wording),
                null => null,
                { Status: AnswerStatus.Planned } when canClaim && random.Chance(0.45) => Implemented(expectation, level, service, wording, evidence),
                { Status: AnswerStatus.Partial } when canClaim && random.Chance(0.3) => Implemented(expectation, level, service, wording, evidence),
                { Status: AnswerStatus.NotImplemented } when random.Chance(0.2) => Planned(service, attestedOn, random, wording),
                { Status: AnswerStatus.Implemented } when random.Chance(0.03) => Partial(expectation, level, service, plans, random, wording, evidence),
                { Status: AnswerStatus.Implemented or AnswerStatus.Partial } => Supported(before, expectation, random, evidence),
                { Status: AnswerStatus.NotApplicable, Justification: null } when random.Chance(0.6) => before with { Justification = SyntheticWording.Justification(service, wording) },
                _ => before,
            };

            if (after is not null)
            {
                answers.Add(expectation.Id, after);
            }
        }

        return first with { AttestedOn = attestedOn, Evidence = [.. evidence.Declared], Answers = answers };
    }

    private Answer Implemented(Expectation expectation, ExpectationLevel level, string service, SyntheticRandom wording, SyntheticEvidence evidence) => new()
    {
        Status = AnswerStatus.Implemented,
        Statement = SyntheticWording.Implemented(expectation, service, _builtIn, wording),
        Evidence = evidence.For(expectation, AnswerStatus.Implemented, level),
    };

    // The follow-up's question: how is it monitored, how is it validated?
    private Answer Supported(Answer answer, Expectation expectation, SyntheticRandom random, SyntheticEvidence evidence)
    {
        var added = new List<EvidenceCitation>(answer.Evidence);
        if (!added.Any(e => e.Shows == EvidencePurpose.Monitor) && random.Chance(_traits.Monitor) && evidence.More(expectation, EvidencePurpose.Monitor) is { } monitor)
        {
            added.Add(monitor);
        }

        if (!added.Any(e => e.Shows == EvidencePurpose.Validate) && random.Chance(_traits.Validate) && evidence.More(expectation, EvidencePurpose.Validate) is { } validation)
        {
            added.Add(validation);
        }

        return added.Count == answer.Evidence.Count || added.Count > 4 ? answer : answer with { Evidence = added };
    }

    // Who the vendor is, drawn in a fixed order from the identity stream, so a follow-up finds the same names.
    private static (string Slug, string Brand, string LegalName, string Service, string? Contact, Audience[] Audiences, IReadOnlyList<string> Plans) Names(SyntheticRandom identity)
    {
        var stem = SyntheticNames.Stem(identity);
        var slug = SyntheticNames.Slug(stem);
        var (brand, legalName) = SyntheticNames.Vendor(stem, identity);
        var service = SyntheticNames.Service(stem, identity);
        var contact = identity.Chance(0.9) ? SyntheticNames.Contact(slug, identity) : null;
        var audiences = Audiences(identity);
        return (slug, brand, legalName, service, contact, audiences, SyntheticNames.Plans(audiences, identity));
    }

    private Expectation[] Applicable(IReadOnlyList<Audience> audiences) => _options.RuleSet.Expectations
        .Where(e => e.Lifecycle == ExpectationLifecycle.Active && (e.AppliesTo.Count == 0 || e.AppliesTo.Any(audiences.Contains)))
        .ToArray();

    private SyntheticRandom Stream(SyntheticStream stream) => SyntheticRandom.For(_options.Seed, _index, stream);

    // Business and consumers are common; sectors rarer; children mostly alongside education.
    private static Audience[] Audiences(SyntheticRandom random)
    {
        var consumers = random.Chance(0.5);
        var business = random.Chance(0.75);
        var education = random.Chance(0.2);
        var health = random.Chance(0.15);
        var government = random.Chance(0.1);
        var children = education ? random.Chance(0.4) : random.Chance(0.02);
        if (!(consumers || business || education || health || government || children))
        {
            business = true;
        }

        var audiences = new List<Audience>(6);
        Add(consumers, Audience.Consumers);
        Add(business, Audience.Business);
        Add(education, Audience.Education);
        Add(health, Audience.Health);
        Add(children, Audience.Children);
        Add(government, Audience.Government);
        return [.. audiences];

        void Add(bool yes, Audience audience)
        {
            if (yes)
            {
                audiences.Add(audience);
            }
        }
    }

    private static ExpectationLevel Level(Expectation expectation, IReadOnlyList<Audience> audiences) =>
        expectation.RaisedFor.Where(r => audiences.Contains(r.Audience)).Select(r => r.Level).Append(expectation.Level).Max();

    private Dictionary<string, Truth> Truths(Expectation[] applicable, Dictionary<string, ExpectationLevel> levels, SyntheticRandom random)
    {
        // Vendors put more into what is a must than into good practice.
        var maturity = random.Between(_traits.MaturityMin, _traits.MaturityMax);
        var truths = new Dictionary<string, Truth>(StringComparer.Ordinal);
        foreach (var expectation in applicable)
        {
            var adjusted = maturity + levels[expectation.Id] switch
            {
                ExpectationLevel.Baseline => 0.08,
                ExpectationLevel.Enhanced => -0.2,
                _ => 0,
            };
            truths[expectation.Id] = random.Chance(Math.Max(0.02, Math.Min(0.99, adjusted))) ? Truth.InPlace
                : random.Chance(_traits.PartialShare) ? Truth.PartlyInPlace
                : Truth.NotInPlace;
        }

        return truths;
    }

    private bool[] Stated(Expectation[] applicable, FactValue[] values, SyntheticRandom random)
    {
        var relevant = new HashSet<int>(applicable.SelectMany(e => _planner.SlotsOf(e.Id)));
        var stated = new bool[values.Length];
        for (var slot = 0; slot < stated.Length; slot++)
        {
            stated[slot] = relevant.Contains(slot) ? !random.Chance(_traits.FactMissing)
                // Facts only audience-specific expectations check (for example about children) are mostly left out when that audience is not served.
                : _planner.IsChecked(slot) ? random.Chance(0.1)
                : random.Chance(0.6 * (1 - _traits.FactMissing));
        }

        // A retention period in days makes no sense where no retention periods are defined.
        var defined = _planner.SlotOf("dataPractices.retentionPeriodsDefined");
        var days = _planner.SlotOf("dataPractices.contentRetentionDays");
        if (defined >= 0 && days >= 0 && values[defined] == FactValue.From(false))
        {
            stated[days] = false;
        }

        return stated;
    }

    private Dictionary<string, Answer> Answers(
        Expectation[] applicable,
        Dictionary<string, ExpectationLevel> levels,
        Dictionary<string, Truth> truths,
        string service,
        IReadOnlyList<string> plans,
        DateTime attestedOn,
        SyntheticEvidence evidence)
    {
        var random = Stream(SyntheticStream.Answers);
        var wording = Stream(SyntheticStream.Wording);

        // An exact number left unanswered, so a partial responder always skips 40-80%.
        var skipShare = random.Between(_traits.SkipMin, _traits.SkipMax);
        var order = Enumerable.Range(0, applicable.Length).ToArray();
        random.Shuffle(order);
        var skipped = new HashSet<int>(order.Take((int)((skipShare * applicable.Length) + 0.5)));

        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        for (var i = 0; i < applicable.Length; i++)
        {
            if (skipped.Contains(i))
            {
                continue;
            }

            var expectation = applicable[i];
            var status = Status(expectation, truths[expectation.Id], levels[expectation.Id], random);
            answers.Add(expectation.Id, status switch
            {
                AnswerStatus.Implemented => new Answer
                {
                    Status = status,
                    Statement = random.Chance(_traits.StatementMissing) ? null : SyntheticWording.Implemented(expectation, service, _builtIn, wording),
                    Evidence = evidence.For(expectation, status, levels[expectation.Id]),
                },
                AnswerStatus.Partial => Partial(expectation, levels[expectation.Id], service, plans, random, wording, evidence),
                AnswerStatus.Planned => Planned(service, attestedOn, random, wording),
                AnswerStatus.NotImplemented => new Answer
                {
                    Status = status,
                    Statement = random.Chance(0.8) ? SyntheticWording.NotImplemented(service, wording) : null,
                },
                _ => new Answer
                {
                    Status = status,
                    Statement = random.Chance(0.3) ? $"We consider this not applicable to {service}." : null,
                    Justification = random.Chance(_traits.NotApplicableJustified) ? SyntheticWording.Justification(service, wording) : null,
                },
            });
        }

        return answers;
    }

    private AnswerStatus Status(Expectation expectation, Truth truth, ExpectationLevel level, SyntheticRandom random)
    {
        // Vendors mostly claim "not applicable" where a feature may be missing; now and then, anywhere.
        var allowed = expectation.NotApplicable == NotApplicablePolicy.Allowed;
        if (random.Chance(_traits.NotApplicable * (level == ExpectationLevel.Baseline ? 0.5 : 1) * (allowed ? 3 : 0.25)))
        {
            return AnswerStatus.NotApplicable;
        }

        if (truth == Truth.InPlace)
        {
            // A deliberate under-claim: the facts say the measure is in place.
            return !random.Chance(_traits.Underclaim) ? AnswerStatus.Implemented
                : random.Chance(0.5) ? AnswerStatus.Planned : AnswerStatus.NotImplemented;
        }

        // A deliberate over-claim: the facts (when stated) contradict it.
        return random.Chance(_traits.Overclaim) ? AnswerStatus.Implemented
            : truth == Truth.PartlyInPlace ? AnswerStatus.Partial
            : random.Chance(_traits.PlannedShare) ? AnswerStatus.Planned
            : AnswerStatus.NotImplemented;
    }

    private Answer Partial(Expectation expectation, ExpectationLevel level, string service, IReadOnlyList<string> plans, SyntheticRandom random, SyntheticRandom wording, SyntheticEvidence evidence)
    {
        ImplementationScope? scope = null;
        string? lead = null;
        if (!random.Chance(_traits.ScopeMissing))
        {
            switch (random.Next(4))
            {
                case 0 when plans.Count >= 2:
                    var covered = plans.Skip(1).ToList();
                    random.Shuffle(covered);
                    var tiers = covered.Take(random.Between(1, Math.Min(2, covered.Count))).ToArray();
                    var list = SyntheticWording.List(tiers) + (tiers.Length == 1 ? " plan" : " plans");
                    scope = new ImplementationScope { Description = $"Available on the {list} only.", Tiers = tiers, RequiresAdminAction = random.Chance(0.25) ? true : null };
                    lead = $"On the {list}, ";
                    break;
                case 1:
                    var desktopOnly = random.Chance(0.4);
                    scope = desktopOnly
                        ? new ImplementationScope { Description = "Desktop apps only; not yet on mobile or the web.", Platforms = ["Windows", "macOS"] }
                        : new ImplementationScope { Description = "Not yet available to people who join from a web browser.", Platforms = ["Windows", "macOS", "iOS", "Android"] };
                    lead = desktopOnly ? "In our desktop apps, " : "In our desktop and mobile apps, ";
                    break;
                case 2:
                    scope = new ImplementationScope { Description = "Only where an administrator turns it on.", RequiresAdminAction = true };
                    lead = "Where an administrator turns it on, ";
                    break;
                default:
                    scope = new ImplementationScope { Description = $"Covers {service} meetings; {service} webinars are not covered yet.", Products = [service] };
                    lead = $"In {service} meetings, ";
                    break;
            }
        }

        return new Answer
        {
            Status = AnswerStatus.Partial,
            Statement = random.Chance(_traits.StatementMissing) ? null : SyntheticWording.Partial(expectation, lead, service, _builtIn, wording),
            Scope = scope,
            Evidence = evidence.For(expectation, AnswerStatus.Partial, level),
        };
    }

    private Answer Planned(string service, DateTime attestedOn, SyntheticRandom random, SyntheticRandom wording)
    {
        DateTime? plannedFor = null;
        if (random.Chance(0.93))
        {
            // Plans end with a month; some were due before the attestation was made.
            var target = random.Chance(_traits.PlannedOverdue) ? attestedOn.AddDays(-random.Between(20, 240)) : attestedOn.AddDays(random.Between(30, 450));
            plannedFor = new DateTime(target.Year, target.Month, DateTime.DaysInMonth(target.Year, target.Month));
            if (plannedFor >= attestedOn && target < attestedOn)
            {
                plannedFor = new DateTime(target.Year, target.Month, 1).AddDays(-1);
            }
        }

        return new Answer { Status = AnswerStatus.Planned, Statement = SyntheticWording.Planned(service, plannedFor, wording), PlannedFor = plannedFor };
    }
}
