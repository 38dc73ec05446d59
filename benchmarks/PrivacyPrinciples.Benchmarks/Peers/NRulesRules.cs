using System;
using System.Linq;
using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>What the NRules peer's rule actions do, and the tag its rules carry.</summary>
internal static class NRulesRules
{
    /// <summary>The tag of the peer's rules, which <see cref="NRulesPeer"/> loads.</summary>
    public const string Tag = "vtc-joint-statement-2020";

    /// <summary>The condition every answered rule shares: the expectation is for an audience the service declares, or for all.</summary>
    public static readonly Expression<Func<PeerCase, bool>> AudienceApplies =
        x => x.Expectation.AppliesTo.Count == 0 || x.Expectation.AppliesTo.Any(a => x.DeclaredAudiences.Contains(a));

    public static void Decide(PeerCase c, Outcome outcome) =>
        c.Outcome = c.Outcome is null ? outcome : throw new InvalidOperationException($"Two NRules outcome rules fired for {c.Id}.");

    public static void RaiseByEvidence(PeerCase c)
    {
        foreach (var e in c.Answer!.Evidence)
        {
            var current = e.Issued.Date <= c.On && (e.Expires is DateTime expires ? expires.Date >= c.On : e.Issued.Date.AddMonths(c.ValidityMonths) >= c.On);
            if (current)
            {
                c.AtLeast(e.Shows switch
                {
                    EvidencePurpose.Achieve => AssuranceLevel.Described,
                    EvidencePurpose.Validate when e.Independent => AssuranceLevel.Validated,
                    _ => AssuranceLevel.Monitored,
                });
            }
        }
    }

    public static void RaiseLevel(PeerCase c)
    {
        foreach (var raise in c.Expectation.RaisedFor)
        {
            if (raise.Level > c.Level && c.DeclaredAudiences.Contains(raise.Audience))
            {
                c.Level = raise.Level;
            }
        }
    }
}

    // The rules. Each outcome rule's condition excludes the others', so exactly one decides.
#pragma warning disable CS1591 // The rules document themselves by name; NRules needs them public.

    [Tag(NRulesRules.Tag)]
    public sealed class AudienceNotDeclared : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Expectation.AppliesTo.Count > 0 && !x.Expectation.AppliesTo.Any(a => x.DeclaredAudiences.Contains(a)));
            Then().Do(_ => NRulesRules.Decide(c, Outcome.NotApplicable));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class Unanswered : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer == null, NRulesRules.AudienceApplies);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.NotAnswered));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class JustifiedNotApplicable : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && x.Answer.Status == AnswerStatus.NotApplicable && !string.IsNullOrWhiteSpace(x.Answer.Justification), NRulesRules.AudienceApplies);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.NotApplicable));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class UnjustifiedNotApplicable : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && x.Answer.Status == AnswerStatus.NotApplicable && string.IsNullOrWhiteSpace(x.Answer.Justification), NRulesRules.AudienceApplies);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.NotMet));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class ClaimContradictedByFacts : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && x.Answer.Status == AnswerStatus.Implemented && FactChecks.Contradict(x.Id, x.Facts), NRulesRules.AudienceApplies);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Contradicted));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class ClaimMet : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && x.Answer.Status == AnswerStatus.Implemented && !FactChecks.Contradict(x.Id, x.Facts), NRulesRules.AudienceApplies);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Met));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class PartiallyMet : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && x.Answer.Status == AnswerStatus.Partial, NRulesRules.AudienceApplies);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.PartiallyMet));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class NotInPlace : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && (x.Answer.Status == AnswerStatus.Planned || x.Answer.Status == AnswerStatus.NotImplemented), NRulesRules.AudienceApplies);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.NotMet));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class CreditedClaimIsAsserted : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && (x.Answer.Status == AnswerStatus.Implemented || x.Answer.Status == AnswerStatus.Partial), NRulesRules.AudienceApplies);
            Then().Do(_ => c.AtLeast(AssuranceLevel.Asserted));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class CurrentEvidenceRaisesAssurance : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && (x.Answer.Status == AnswerStatus.Implemented || x.Answer.Status == AnswerStatus.Partial), NRulesRules.AudienceApplies, x => x.Answer!.Evidence.Any(e => e.Issued.Date <= x.On && (e.Expires == null ? e.Issued.Date.AddMonths(x.ValidityMonths) >= x.On : e.Expires.Value.Date >= x.On)));
            Then().Do(_ => NRulesRules.RaiseByEvidence(c));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class AudienceRaisesLevel : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Expectation.RaisedFor.Any(r => r.Level > x.Expectation.Level && x.DeclaredAudiences.Contains(r.Audience)));
            Then().Do(_ => NRulesRules.RaiseLevel(c));
        }
    }

#pragma warning restore CS1591

