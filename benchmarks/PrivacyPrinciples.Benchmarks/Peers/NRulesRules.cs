using System;
using System.Linq;
using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// The conditions the NRules peer's rules share, what their actions do, and the tag they carry.
/// Conditions on a <see cref="PeerCase"/> read the expectation's definition (audiences, levels,
/// not-applicable policy) and the hand-written <see cref="FactChecks"/>; conditions on a
/// <see cref="PeerCitation"/> read the evidence and the rule set's evidence kinds and classes.
/// </summary>
internal static class NRulesRules
{
    /// <summary>The tag of the peer's rules, which <see cref="NRulesPeer"/> loads.</summary>
    public const string Tag = "vtc-joint-statement-2020";

    /// <summary>The expectation is for an audience the service declares, or for all.</summary>
    public static readonly Expression<Func<PeerCase, bool>> AudienceApplies =
        x => x.Expectation.AppliesTo.Count == 0 || x.Expectation.AppliesTo.Any(a => x.Declared.Serves(a));

    /// <summary>The level the declared audiences give the expectation is baseline.</summary>
    public static readonly Expression<Func<PeerCase, bool>> AppliedBaseline =
        x => x.Expectation.Level == ExpectationLevel.Baseline || x.Expectation.RaisedFor.Any(r => r.Level == ExpectationLevel.Baseline && x.Declared.Serves(r.Audience));

    public static readonly Expression<Func<PeerCase, bool>> ClaimsImplemented = x => x.Answer != null && x.Answer.Status == AnswerStatus.Implemented;

    public static readonly Expression<Func<PeerCase, bool>> ClaimsNotApplicable = x => x.Answer != null && x.Answer.Status == AnswerStatus.NotApplicable;

    /// <summary>A claim that can earn implementation credit, so its evidence is assessed.</summary>
    public static readonly Expression<Func<PeerCase, bool>> Credited =
        x => x.Answer != null && (x.Answer.Status == AnswerStatus.Implemented || x.Answer.Status == AnswerStatus.Partial);

    // Whether a cited piece of evidence counts at all. Each condition guards against undeclared
    // evidence itself, so none depends on the order in which NRules tests them.

    /// <summary>Declared, the answer's weighed citation of its document, issued by the evaluation date and not expired.</summary>
    public static readonly Expression<Func<PeerCitation, bool>> Current =
        e => e.Item != null && !e.RepeatsDocument && e.Item.Issued.Date <= e.On && (e.Item.Expires == null || e.Item.Expires.Value.Date >= e.On);

    /// <summary>
    /// Not older than its kind's maximum age, whatever its expiry date says. Issued plus the
    /// maximum age saturates at the calendar's last day, which no evaluation date is after, so
    /// evidence whose age limit falls beyond it is never stale (and AddMonths is never asked to
    /// overflow).
    /// </summary>
    public static readonly Expression<Func<PeerCitation, bool>> WithinMaxAge =
        e => e.Item != null && e.KindRule != null
            && !(((DateTime.MaxValue.Year - e.Item.Issued.Year) * 12) + (DateTime.MaxValue.Month - e.Item.Issued.Month) >= e.KindRule.MaxAgeMonths
                && e.Item.Issued.Date.AddMonths(e.KindRule.MaxAgeMonths) < e.On);

    /// <summary>
    /// The reference can lead a reviewer to the evidence: a URL that names more than a word; or, not
    /// placeholder text and at least two letters or digits, a path or number, or a title of three
    /// words or more, and when it says the evidence is withheld, a document number or path to ask
    /// for; and unless it is a URL or three words or more that do not say it is withheld, beside a
    /// title that says which document it is.
    /// </summary>
    public static readonly Expression<Func<PeerCitation, bool>> Locates =
        e => e.Item != null && e.NormalisedReference.Length > 0 && !e.ReferenceIsUnreachable
            && (e.ReferenceIsUrl
                || (e.NormalisedReference.Length >= 2 && !e.ReferenceIsPlaceholder
                    && ((e.ReferenceSaysWithheld && e.ReferenceHoldsDocumentNumberOrPath)
                        || (!e.ReferenceSaysWithheld && (e.ReferenceHoldsIdentifier || e.NormalisedReference.Count(ch => ch == ' ') >= 2)))
                    && ((!e.ReferenceSaysWithheld && e.NormalisedReference.Count(ch => ch == ' ') >= 2) || e.TitleNamesDocument)));

    // Which aspect a piece of evidence that counts covers: the purpose the answer cites it for,
    // where the expectation's evidence class accepts the kind for that purpose.

    public static readonly Expression<Func<PeerCitation, bool>> ShowsAchievement =
        e => e.Item != null && e.Shows == EvidencePurpose.Achieve && e.Case.EvidenceClass.Achieve.Contains(e.Item.Kind);

    /// <summary>
    /// Monitoring, or validation that counts as monitoring: the vendor's own, or independent work of
    /// a kind the class does not take as validation. Independent work counts only with an issuer
    /// named, even the vendor's own: "Our user community" is the vendor's words, but a crowd, and
    /// no issuer.
    /// </summary>
    public static readonly Expression<Func<PeerCitation, bool>> ShowsMonitoring =
        e => e.Item != null && (e.Shows == EvidencePurpose.Monitor
                || (e.Shows == EvidencePurpose.Validate && (!e.Item.Independent || (e.IssuedByVendor && e.NamesIssuer && e.KindRule != null && e.KindRule.MayBeIndependent && !e.IsPublicity)
                    || (e.KindRule != null && e.KindRule.MayBeIndependent && !e.IsPublicity && e.NamesIssuer
                        && !e.Case.EvidenceClass.Validate.Contains(e.Item.Kind)))))
            && e.Case.EvidenceClass.Monitor.Contains(e.Item.Kind);

    /// <summary>Independent validation: a kind that may be independent, no publicity, a named issuer, and a kind the class accepts as validation.</summary>
    public static readonly Expression<Func<PeerCitation, bool>> ValidatesIndependently =
        e => e.Item != null && e.KindRule != null && e.Shows == EvidencePurpose.Validate && e.Item.Independent && e.KindRule.MayBeIndependent && !e.IsPublicity
            && e.NamesIssuer && !e.IssuedByVendor
            && e.Case.EvidenceClass.Validate.Contains(e.Item.Kind);

    public static void Decide(PeerCase c, Outcome outcome) =>
        c.Outcome = c.Outcome is null ? outcome : throw new InvalidOperationException($"Two NRules outcome rules fired for {c.Id}: {c.Outcome} and {outcome}.");

    public static void Cover(PeerCase c, PeerAspects aspect) => c.Aspects |= aspect;

    public static void RaiseLevel(PeerCase c)
    {
        foreach (var raise in c.Expectation.RaisedFor)
        {
            if (raise.Level > c.Level && c.Declared.Serves(raise.Audience))
            {
                c.Level = raise.Level;
            }
        }
    }
}

    // The rules. Each outcome rule's condition excludes the others', so exactly one decides; the
    // aspect and level rules only add to the decision, and no condition reads what an action writes.
#pragma warning disable CS1591 // The rules document themselves by name; NRules needs them public.

    [Tag(NRulesRules.Tag)]
    public sealed class AudienceNotDeclared : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Expectation.AppliesTo.Count > 0 && !x.Expectation.AppliesTo.Any(a => x.Declared.Serves(a)));
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

    // "Not applicable" is a claim: the facts may contradict it, the rule set may refuse it, its
    // conditions may be unstated, and it needs a justification of substance.

    [Tag(NRulesRules.Tag)]
    public sealed class NotApplicableContradictedByFacts : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsNotApplicable, NRulesRules.AudienceApplies, x => FactChecks.NotApplicable(x.Id, x.Facts) == FactVerdict.Fails);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Contradicted));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class NotApplicableRefused : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsNotApplicable, NRulesRules.AudienceApplies, x => x.Expectation.NotApplicable == NotApplicablePolicy.Never,
                x => FactChecks.NotApplicable(x.Id, x.Facts) != FactVerdict.Fails);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.NotMet));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class NotApplicableUnverified : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsNotApplicable, NRulesRules.AudienceApplies, x => x.Expectation.NotApplicable == NotApplicablePolicy.Allowed,
                x => FactChecks.NotApplicableWhen(x.Id, x.Facts) == FactVerdict.Unknown, x => x.JustificationHasSubstance);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Unverified));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class NotApplicableJustified : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsNotApplicable, NRulesRules.AudienceApplies, x => x.Expectation.NotApplicable == NotApplicablePolicy.Allowed,
                x => FactChecks.NotApplicable(x.Id, x.Facts) != FactVerdict.Fails, x => FactChecks.NotApplicableWhen(x.Id, x.Facts) != FactVerdict.Unknown,
                x => x.JustificationHasSubstance);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.NotApplicable));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class NotApplicableUnjustified : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsNotApplicable, NRulesRules.AudienceApplies, x => x.Expectation.NotApplicable == NotApplicablePolicy.Allowed,
                x => FactChecks.NotApplicable(x.Id, x.Facts) != FactVerdict.Fails, x => !x.JustificationHasSubstance);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.NotMet));
        }
    }

    // "Implemented" is met only with substance: a statement, the checked facts stated and holding,
    // and for a baseline expectation current evidence that fits of how it is achieved.

    [Tag(NRulesRules.Tag)]
    public sealed class ClaimContradictedByFacts : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsImplemented, NRulesRules.AudienceApplies, x => FactChecks.Check(x.Id, x.Facts) == FactVerdict.Fails);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Contradicted));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class ClaimWithoutSubstance : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsImplemented, NRulesRules.AudienceApplies,
                x => FactChecks.Check(x.Id, x.Facts) != FactVerdict.Fails && (!x.StatementHasSubstance || FactChecks.Check(x.Id, x.Facts) == FactVerdict.Unknown));
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Unverified));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class ClaimMet : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsImplemented, NRulesRules.AudienceApplies, x => FactChecks.Check(x.Id, x.Facts) == FactVerdict.Holds,
                x => x.StatementHasSubstance, x => !(x.Expectation.Level == ExpectationLevel.Baseline || x.Expectation.RaisedFor.Any(r => r.Level == ExpectationLevel.Baseline && x.Declared.Serves(r.Audience))));
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Met));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class BaselineClaimMetWithEvidence : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsImplemented, NRulesRules.AudienceApplies, x => FactChecks.Check(x.Id, x.Facts) == FactVerdict.Holds,
                    x => x.StatementHasSubstance, NRulesRules.AppliedBaseline)
                .Exists<PeerCitation>(e => e.Case == c, NRulesRules.Current, NRulesRules.WithinMaxAge, NRulesRules.Locates, NRulesRules.ShowsAchievement);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Met));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class BaselineClaimWithoutEvidence : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, NRulesRules.ClaimsImplemented, NRulesRules.AudienceApplies, x => FactChecks.Check(x.Id, x.Facts) == FactVerdict.Holds,
                    x => x.StatementHasSubstance, NRulesRules.AppliedBaseline)
                .Not<PeerCitation>(e => e.Case == c, NRulesRules.Current, NRulesRules.WithinMaxAge, NRulesRules.Locates, NRulesRules.ShowsAchievement);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Unverified));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class PartiallyMet : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && x.Answer.Status == AnswerStatus.Partial, NRulesRules.AudienceApplies, x => x.StatementHasSubstance);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.PartiallyMet));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class PartialWithoutSubstance : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && x.Answer.Status == AnswerStatus.Partial, NRulesRules.AudienceApplies, x => !x.StatementHasSubstance);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Unverified));
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
    public sealed class CouldNotBeDetermined : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Answer != null && x.Answer.Status == AnswerStatus.Undetermined, NRulesRules.AudienceApplies);
            Then().Do(_ => NRulesRules.Decide(c, Outcome.Undetermined));
        }
    }

    // Assurance: each aspect that a current, fitting piece of evidence of a credited claim covers.

    [Tag(NRulesRules.Tag)]
    public sealed class EvidenceShowsHowItIsAchieved : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            PeerCitation e = null!;
            When().Match(() => c, NRulesRules.Credited, NRulesRules.AudienceApplies)
                .Match(() => e, x => x.Case == c, NRulesRules.Current, NRulesRules.WithinMaxAge, NRulesRules.Locates, NRulesRules.ShowsAchievement);
            Then().Do(_ => NRulesRules.Cover(c, PeerAspects.Achieve));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class EvidenceShowsHowItIsMonitored : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            PeerCitation e = null!;
            When().Match(() => c, NRulesRules.Credited, NRulesRules.AudienceApplies)
                .Match(() => e, x => x.Case == c, NRulesRules.Current, NRulesRules.WithinMaxAge, NRulesRules.Locates, NRulesRules.ShowsMonitoring);
            Then().Do(_ => NRulesRules.Cover(c, PeerAspects.Monitor));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class EvidenceValidatesIndependently : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            PeerCitation e = null!;
            When().Match(() => c, NRulesRules.Credited, NRulesRules.AudienceApplies)
                .Match(() => e, x => x.Case == c, NRulesRules.Current, NRulesRules.WithinMaxAge, NRulesRules.Locates, NRulesRules.ValidatesIndependently);
            Then().Do(_ => NRulesRules.Cover(c, PeerAspects.Validate));
        }
    }

    [Tag(NRulesRules.Tag)]
    public sealed class AudienceRaisesLevel : Rule
    {
        public override void Define()
        {
            PeerCase c = null!;
            When().Match(() => c, x => x.Expectation.RaisedFor.Any(r => r.Level > x.Expectation.Level && x.Declared.Serves(r.Audience)));
            Then().Do(_ => NRulesRules.RaiseLevel(c));
        }
    }

#pragma warning restore CS1591
