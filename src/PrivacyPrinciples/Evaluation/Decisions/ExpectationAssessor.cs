using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// Decides one expectation: its outcome, the implementation credit and what the evidence covers,
/// with the reasons and follow-up questions behind them. Every answer is a claim: credit needs
/// substance (a statement of its own, the facts the checks read, evidence that fits), and "not
/// applicable" is checked like any other claim. Produces no numbers: that is scoring's job.
/// </summary>
internal static class ExpectationAssessor
{
    /// <summary>Decides one expectation into <paramref name="assessment"/>, which is reset first.</summary>
    public static void Assess(in DecisionInput input, Assessment assessment)
    {
        var plan = input.Plan;
        var audience = input.Audience;
        assessment.Reset(input.Answer?.Status);

        if (audience.LevelRaised is { } raised)
        {
            assessment.Because(raised);
        }

        if (!audience.Applies)
        {
            assessment.Outcome = Outcome.NotApplicable;
            assessment.Because(audience.NotDeclared!);
            if (input.Answer is not null)
            {
                assessment.Because(plan.AnswerIgnored);
            }

            return;
        }

        if (input.Answer is not { } answer)
        {
            assessment.Outcome = Outcome.NotAnswered;
            assessment.Because(plan.AnswerMissing);
            assessment.Ask(plan.NoAnswer);
            return;
        }

        // A scope names the part of the service a partial implementation covers, and a statement
        // may name it too ("On the Enterprise plan, …"): a claim of "implemented" that gives one
        // says, by its own account, that the measure is partly in place, and is judged as what it
        // describes (a full claim would otherwise earn full credit for a measure only some plans have).
        var limitedToPlans = answer is { Status: AnswerStatus.Implemented, Scope: not { IsLimiting: true } } ? PlanLimits.LimitingPhrase(answer.Statement) : null;
        switch (answer.Status)
        {
            case AnswerStatus.NotApplicable:
                DecideNotApplicable(input, answer, assessment);
                return;

            case AnswerStatus.Implemented when answer.Scope is { IsLimiting: true } || limitedToPlans is not null:
                if (limitedToPlans is null)
                {
                    assessment.Because(new Reason(ReasonCodes.ScopeLimitsClaim, ReasonWording.ScopeLimitsClaim, plan.AnswerPointer + "/scope"));
                    assessment.Ask(FollowUpKind.MoreClarity, FollowUpQuestions.ScopeLimitsClaim(plan.Subject, input.ServiceName), plan.AnswerPointer + "/scope");
                }
                else
                {
                    assessment.Because(new Reason(ReasonCodes.StatementLimitsClaim, ReasonWording.StatementLimitsClaim, plan.AnswerPointer + "/statement", limitedToPlans));
                    assessment.Ask(FollowUpKind.MoreClarity, FollowUpQuestions.StatementLimitsClaim(plan.Subject, input.ServiceName, limitedToPlans), plan.AnswerPointer + "/statement");
                }

                // Every step reads it as the partial answer it describes (its statement, too, may
                // say what is not in place yet).
                var described = answer with { Status = AnswerStatus.Partial };
                DecideScope(input, described, assessment);
                DecidePartial(input, described, assessment);
                DecideChecks(input, described, assessment);
                DecideAssurance(input, described, assessment);
                return;

            case AnswerStatus.Implemented:
                assessment.Because(plan.ClaimedImplemented);
                DecideImplemented(input, answer, assessment);
                return;

            case AnswerStatus.Partial:
                assessment.Because(plan.ClaimedPartial);
                DecideScope(input, answer, assessment);
                DecidePartial(input, answer, assessment);
                DecideChecks(input, answer, assessment);
                DecideAssurance(input, answer, assessment);
                return;

            case AnswerStatus.Planned:
                assessment.Outcome = Outcome.NotMet;
                DecidePlanned(input, answer, assessment);
                break;

            case AnswerStatus.Undetermined:
                // Counts as nothing, like no answer; what differs is the question, which asks the vendor to confirm.
                assessment.Outcome = Outcome.Undetermined;
                assessment.Because(plan.ClaimedUndetermined);
                assessment.Ask(FollowUpKind.Confirmation, FollowUpQuestions.Undetermined(plan.Subject, input.ServiceName, input.Context.Assessor ?? "a third party"), plan.StatusPointer);
                DecideChecks(input, answer, assessment);
                return;

            default:
                assessment.Outcome = Outcome.NotMet;
                assessment.Because(plan.ClaimedNotImplemented);
                break;
        }

        DecideChecks(input, answer, assessment);
        if (answer.Status == AnswerStatus.NotImplemented && audience.Level == ExpectationLevel.Baseline)
        {
            assessment.Ask(plan.BaselineNotMet);
        }
    }

    // Met only with substance: a statement of its own, the checked facts stated and holding, and,
    // for a baseline expectation, current evidence that fits of how it is achieved. Anything less
    // is unverified (or contradicted) and credited as partial at most.
    private static void DecideImplemented(in DecisionInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        var substantive = DecideStatement(input, answer, assessment);
        var verdict = DecideChecks(input, answer, assessment);
        var aspects = DecideAssurance(input, answer, assessment);
        var baselineEvidence = input.Audience.Level != ExpectationLevel.Baseline || (aspects & Aspects.Achieve) != 0;
        if (!baselineEvidence)
        {
            assessment.Because(plan.BaselineEvidenceMissing);
            assessment.Ask(plan.BaselineEvidenceQuestion);
        }

        if (verdict == CheckVerdict.Fails)
        {
            assessment.Outcome = Outcome.Contradicted;
            assessment.Credit = ImplementationCredit.Partial;
        }
        else if (!substantive || verdict == CheckVerdict.Unknown || !baselineEvidence)
        {
            assessment.Outcome = Outcome.Unverified;
            assessment.Credit = ImplementationCredit.Partial;
            assessment.Because(plan.UnverifiedClaim);
        }
        else
        {
            assessment.Outcome = Outcome.Met;
            assessment.Credit = ImplementationCredit.Full;
        }
    }

    // A partial claim is a claim too: with a statement of substance (what is done and what is not)
    // it is partially met; without one it is unverified and credited a step below what it claims,
    // as an implementation claim is, so that a bare "partial" earns nothing an honest "not
    // implemented" does not, and counts towards the rating's cap for unverified claims.
    private static void DecidePartial(in DecisionInput input, Answer answer, Assessment assessment)
    {
        if (DecideStatement(input, answer, assessment))
        {
            assessment.Outcome = Outcome.PartiallyMet;
            assessment.Credit = ImplementationCredit.Partial;
        }
        else
        {
            assessment.Outcome = Outcome.Unverified;
            assessment.Credit = ImplementationCredit.None;
            assessment.Because(input.Plan.UnverifiedPartial);
        }
    }

    // "Not applicable" is a claim: it must be allowed, justified, and not contradicted (or left
    // unverified) by the facts. An accepted claim leaves the denominators; any other counts as
    // not met and stays in scope.
    private static void DecideNotApplicable(in DecisionInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;

        // A justification is judged on its own (the tests across answers are for statements), and
        // copying the rule set's own text does not say why it does not apply either.
        using var justifications = new StatementSet([answer.Justification]);
        var justification = justifications.Judge(0, plan.TitleWords, plan.RuleSetText);

        // The conditions that would show the expectation does not apply; otherwise its checks,
        // which a service the expectation does not concern can only fail by stating the opposite.
        var conditions = plan.NotApplicableCheck ?? plan.Check;
        var because = assessment.Observations;
        var verdict = conditions.Evaluate(input.Facts, because);
        BecauseOfObservations(input, assessment);

        if (plan.Expectation.NotApplicable == NotApplicablePolicy.Never)
        {
            assessment.Because(plan.Refused);
            assessment.Ask(FollowUpKind.NotApplicableJustification, FollowUpQuestions.NotApplicableRefused(plan.Subject, input.ServiceName), plan.StatusPointer);
        }

        if (verdict == CheckVerdict.Fails)
        {
            var failing = Picked(because, Pick.Failing, input.Context);
            assessment.Outcome = Outcome.Contradicted;
            assessment.Because(plan.ContradictedNotApplicable);
            AddContradictions(plan, answer, failing, assessment);
            assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.ContradictedNotApplicable(plan.Subject, failing), plan.StatusPointer);
            return;
        }

        if (plan.Expectation.NotApplicable == NotApplicablePolicy.Never)
        {
            assessment.Outcome = Outcome.NotMet;
            return;
        }

        // Both problems are reported; an unjustified claim is not met before it is unverified.
        var factsMissing = plan.NotApplicableCheck is not null && verdict == CheckVerdict.Unknown;
        if (factsMissing)
        {
            var context = input.Context;
            var disputes = Disputes(context, because);
            var statedAgainst = StatedAgainst(context, because);
            if (disputes is null && statedAgainst is null)
            {
                assessment.Because(plan.NotApplicableUnverified);
            }
            else if (disputes is not null)
            {
                assessment.Because(new Reason(ReasonCodes.NotApplicableUnverified, ReasonWording.NotApplicableDisputed, plan.StatusPointer));
                assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.NotApplicableDisputed(plan.Subject, disputes), "/facts");
            }

            if (statedAgainst is not null)
            {
                // The words that describe what the facts deny make the expectation apply, as far as the attestation can tell.
                if (disputes is null)
                {
                    assessment.Because(new Reason(ReasonCodes.NotApplicableUnverified, ReasonWording.NotApplicableContradictedByStatement, plan.StatusPointer));
                }

                assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.NotApplicableStatedAgainst(plan.Subject, statedAgainst), statedAgainst[0].Pointer);
            }

            if (Picked(because, Pick.Missing, context) is { Length: > 0 } missing)
            {
                assessment.Ask(FollowUpKind.MissingFacts, FollowUpQuestions.NotApplicableFacts(plan.Subject, missing), "/facts");
            }
        }

        if (justification != SubstanceVerdict.Substantive)
        {
            assessment.Outcome = Outcome.NotMet;
            assessment.Because(justification == SubstanceVerdict.Missing ? plan.Unjustified : new Reason(ReasonCodes.Unjustified, ReasonWording.UnjustifiedWeak, plan.AnswerPointer + "/justification", Substance.Problem(justification)));
            assessment.Ask(FollowUpKind.NotApplicableJustification, FollowUpQuestions.NotApplicableUnsupported(plan.Subject, input.ServiceName, justification), plan.AnswerPointer);
        }
        else if (factsMissing)
        {
            assessment.Outcome = Outcome.Unverified;
        }
        else
        {
            assessment.Outcome = Outcome.NotApplicable;
            assessment.Because(new Reason(ReasonCodes.Justified, ReasonWording.Justified, plan.AnswerPointer + "/justification", answer.Justification!.Trim()));
        }
    }

    private static bool DecideStatement(in DecisionInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        var verdict = input.Context.Statements.Judge(input.Index, plan.TitleWords, plan.RuleSetText, input.Context.HoldsClaimsToTopics ? plan.Topic : null, answer.Status == AnswerStatus.Implemented, plan.Encryption,
            input.EvaluatedOn);

        // A partial claim (or one read as partial) says part of the measure is in place: text that
        // only denies the measure says it is not, whatever status was chosen.
        if (verdict == SubstanceVerdict.Substantive && answer.Status == AnswerStatus.Partial && NothingInPlace.Says(input.Context.Statements, input.Index, answer.Statement, answer.Scope))
        {
            verdict = SubstanceVerdict.NothingInPlace;
        }

        if (verdict == SubstanceVerdict.Substantive)
        {
            return true;
        }

        assessment.Because(plan.WeakStatement(verdict));
        assessment.Ask(FollowUpKind.MoreClarity, FollowUpQuestions.Statement(plan.Subject, input.ServiceName, verdict), plan.AnswerPointer);
        return false;
    }

    private static void DecideScope(in DecisionInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        if (answer.Scope is { IsSpecified: true } scope)
        {
            var parts = new List<string>();
            if (!string.IsNullOrWhiteSpace(scope.Description))
            {
                parts.Add(scope.Description!.Trim().TrimEnd('.'));
            }

            AddList(parts, "tiers", scope.Tiers);
            AddList(parts, "products", scope.Products);
            AddList(parts, "platforms", scope.Platforms);
            if (scope.RequiresAdminAction == true)
            {
                parts.Add("only once an administrator turns it on");
            }

            assessment.Because(new Reason(ReasonCodes.Scope, ReasonWording.Scope, plan.AnswerPointer + "/scope", string.Join("; ", parts)));
            return;
        }

        assessment.Because(plan.NoScope);
        assessment.Ask(plan.ScopeQuestion);

        static void AddList(List<string> parts, string name, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add(name + ": " + string.Join(", ", values));
            }
        }
    }

    private static void DecidePlanned(in DecisionInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        if (answer.PlannedFor is not DateTime planned)
        {
            assessment.Because(plan.PlannedNoDate);
            assessment.Ask(plan.PlannedNoDateQuestion);
        }
        else if (planned.Date < input.EvaluatedOn)
        {
            assessment.Because(new Reason(ReasonCodes.PlannedOverdue, ReasonWording.PlannedOverdue, plan.AnswerPointer + "/plannedFor", planned, input.EvaluatedOn));
            assessment.Ask(FollowUpKind.ImplementationDate, FollowUpQuestions.PlannedOverdue(plan.Subject, planned), plan.AnswerPointer + "/plannedFor");
        }
        else
        {
            assessment.Because(new Reason(ReasonCodes.PlannedDate, ReasonWording.PlannedDate, plan.AnswerPointer + "/plannedFor", planned));
        }
    }

    // A fact the vendor did not state leaves a full claim unverified, never corroborated: silence
    // must not score better than an honest fact.
    private static CheckVerdict DecideChecks(in DecisionInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        var because = assessment.Observations;
        because.Clear();
        var verdict = plan.Check.Evaluate(input.Facts, because);
        BecauseOfObservations(input, assessment);

        if (verdict == CheckVerdict.Fails && answer.Status == AnswerStatus.Implemented)
        {
            var failing = Picked(because, Pick.Failing, input.Context);
            assessment.Because(plan.ContradictedClaim);
            AddContradictions(plan, answer, failing, assessment);
            assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.ContradictedClaim(plan.Subject, failing), plan.StatusPointer);
        }
        else if (verdict == CheckVerdict.Unknown && answer.Status == AnswerStatus.Implemented)
        {
            // A fact a third party could not determine is a request to confirm, not a missing statement.
            // A fact stated against another is a contradiction to resolve, not a missing statement.
            var context = input.Context;
            if (Picked(because, Pick.Undetermined, context) is { Length: > 0 } undetermined)
            {
                assessment.Ask(FollowUpKind.Confirmation, FollowUpQuestions.UndeterminedFacts(plan.Subject, undetermined, input.Context.Assessor!), "/undeterminedFacts");
            }

            // Both read only the observations whose verdict is unknown.
            if (Disputes(context, because) is { } disputes)
            {
                assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.DisputedFacts(plan.Subject, disputes), "/facts");
            }

            if (StatedAgainst(context, because) is { } statedAgainst)
            {
                assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.StatedAgainstFacts(plan.Subject, statedAgainst), statedAgainst[0].Pointer);
            }

            if (Picked(because, Pick.MissingDetermined, context) is { Length: > 0 } missing)
            {
                assessment.Ask(FollowUpKind.MissingFacts, FollowUpQuestions.MissingFacts(plan.Subject, missing), "/facts");
            }
        }
        else if (verdict == CheckVerdict.Holds && answer.Status is AnswerStatus.NotImplemented or AnswerStatus.Planned && because.Count > 0)
        {
            assessment.Because(plan.ContradictedDenial);
            AddContradictions(plan, answer, because, assessment);
            assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.ContradictedDenial(plan.Subject, Name(answer.Status), because), plan.StatusPointer);
        }

        return verdict;
    }

    // Each fact test's reason; a fact a third-party assessor could not determine says so rather than "not stated".
    private static void BecauseOfObservations(in DecisionInput input, Assessment assessment)
    {
        var because = assessment.Observations;
        for (var i = 0; i < because.Count; i++)
        {
            var observation = because[i];
            if (observation.Verdict != CheckVerdict.Unknown)
            {
                assessment.Because(observation.Reason);
            }
            else if (input.Context.IsUndetermined(observation.Fact))
            {
                assessment.Because(new Reason(ReasonCodes.FactUndetermined, ReasonWording.FactUndetermined, "/undeterminedFacts", observation.Fact.Path));
            }
            else if (input.Context.DisputeOf(observation.Fact) is { } dispute)
            {
                var stated = ReferenceEquals(dispute.Fact, observation.Fact) ? dispute.Stated : dispute.OtherStated;
                var (other, otherStated) = dispute.Against(observation.Fact);
                assessment.Because(new Reason(ReasonCodes.FactDisputed, ReasonWording.FactDisputed, observation.Fact.Pointer, observation.Fact.Path, stated, other.Path, otherStated));
            }
            else if (input.Context.StatementDisputeOf(observation.Fact) is { } against)
            {
                assessment.Because(new Reason(ReasonCodes.FactContradictedByStatement, ReasonWording.FactContradictedByStatement, observation.Fact.Pointer, observation.Fact.Path, against.Stated, against.Source, against.Words));
            }
            else
            {
                assessment.Because(observation.Reason);
            }
        }
    }

    // The disputes the unknown observations' facts are in, each once, in the attestation's order; null when none.
    private static List<FactDispute>? Disputes(AttestationContext context, List<CheckObservation> observations)
    {
        if (context.Disputes.Count == 0)
        {
            return null;
        }

        List<FactDispute>? disputes = null;
        foreach (var dispute in context.Disputes)
        {
            foreach (var observation in observations)
            {
                if (observation.Verdict == CheckVerdict.Unknown && (ReferenceEquals(observation.Fact, dispute.Fact) || ReferenceEquals(observation.Fact, dispute.Other)))
                {
                    (disputes ??= []).Add(dispute);
                    break;
                }
            }
        }

        return disputes;
    }

    // What says the opposite of the unknown observations' facts (see StatedAgainst), each once, in the attestation's order; null when none.
    private static List<StatementDispute>? StatedAgainst(AttestationContext context, List<CheckObservation> observations)
    {
        if (context.StatementDisputes.Count == 0)
        {
            return null;
        }

        List<StatementDispute>? found = null;
        foreach (var dispute in context.StatementDisputes)
        {
            foreach (var observation in observations)
            {
                if (observation.Verdict == CheckVerdict.Unknown && ReferenceEquals(observation.Fact, dispute.Fact))
                {
                    (found ??= []).Add(dispute);
                    break;
                }
            }
        }

        return found;
    }

    // Which observations a follow-up question or a contradiction is about.
    private enum Pick
    {
        // Its facts fail the check.
        Failing,

        // Unknown, and a third-party assessor could not determine the fact.
        Undetermined,

        // Unknown, and the fact is missing (see IsMissing).
        Missing,

        // Unknown, not undetermined, and the fact is missing.
        MissingDetermined,
    }

    // The observations picked, as an array of their own (the list is scratch space, reused by the
    // next decision, and a question keeps what it names), in one pass and without a delegate.
    private static CheckObservation[] Picked(List<CheckObservation> observations, Pick pick, AttestationContext context)
    {
        var count = 0;
        for (var i = 0; i < observations.Count; i++)
        {
            count += Picks(observations[i], pick, context) ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var picked = new CheckObservation[count];
        for (int i = 0, at = 0; at < count; i++)
        {
            if (Picks(observations[i], pick, context))
            {
                picked[at++] = observations[i];
            }
        }

        return picked;
    }

    private static bool Picks(CheckObservation observation, Pick pick, AttestationContext context) => pick switch
    {
        Pick.Failing => observation.Verdict == CheckVerdict.Fails,
        Pick.Undetermined => observation.Verdict == CheckVerdict.Unknown && context.IsUndetermined(observation.Fact),
        Pick.Missing => observation.Verdict == CheckVerdict.Unknown && IsMissing(context, observation.Fact),
        _ => observation.Verdict == CheckVerdict.Unknown && !context.IsUndetermined(observation.Fact) && IsMissing(context, observation.Fact),
    };

    // Whether a fact is simply not stated: neither in a dispute nor said otherwise by the attestation's own words.
    private static bool IsMissing(AttestationContext context, FactDefinition fact) =>
        context.DisputeOf(fact) is null && context.StatementDisputeOf(fact) is null;

    private static void AddContradictions(ExpectationPlan plan, Answer answer, IReadOnlyList<CheckObservation> observations, Assessment assessment)
    {
        for (var i = 0; i < observations.Count; i++)
        {
            var observation = observations[i];
            assessment.Contradictions.Add(new Contradiction
            {
                ExpectationId = plan.Expectation.Id,
                Claimed = answer.Status,
                Fact = observation.Fact.Path,
                Pointer = observation.Fact.Pointer,
                Stated = observation.Stated,
                Expected = observation.Expected,
            });
        }
    }

    // Each aspect the regulators asked about (achieve, monitor, validate) adds to assurance; only
    // current evidence that fits the expectation counts.
    private static Aspects DecideAssurance(in DecisionInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        var aspects = EvidenceAssessor.Assess(answer, input, assessment);
        assessment.Aspects = aspects;
        assessment.Because(plan.AssuranceReason(aspects));

        var missing = Aspects.All & ~aspects;
        var ask = input.Audience.Level == ExpectationLevel.Enhanced ? aspects == Aspects.None : missing != Aspects.None;
        if (ask)
        {
            assessment.Ask(plan.SupportingInformation(missing));
        }

        return aspects;
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => FactCatalog.JsonName(value);
}
