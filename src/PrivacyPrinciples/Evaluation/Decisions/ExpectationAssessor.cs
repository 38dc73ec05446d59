using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// Decides one expectation: its outcome, the implementation credit and the assurance level, with
/// the reasons and follow-up questions behind them. Produces no numbers: that is scoring's job.
/// </summary>
internal static class ExpectationAssessor
{
    /// <summary>Decides one expectation into <paramref name="assessment"/>, which is reset first.</summary>
    public static void Assess(in ExpectationInput input, int evidenceValidityMonths, Assessment assessment)
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

        switch (answer.Status)
        {
            case AnswerStatus.NotApplicable:
                DecideNotApplicable(input, answer, assessment);
                return;

            case AnswerStatus.Implemented:
                assessment.Credit = ImplementationCredit.Full;
                assessment.Outcome = Outcome.Met;
                assessment.Because(plan.ClaimedImplemented);
                break;

            case AnswerStatus.Partial:
                assessment.Credit = ImplementationCredit.Partial;
                assessment.Outcome = Outcome.PartiallyMet;
                assessment.Because(plan.ClaimedPartial);
                DecideScope(input, answer, assessment);
                break;

            case AnswerStatus.Planned:
                assessment.Outcome = Outcome.NotMet;
                DecidePlanned(input, answer, assessment);
                break;

            default:
                assessment.Outcome = Outcome.NotMet;
                assessment.Because(plan.ClaimedNotImplemented);
                break;
        }

        DecideChecks(input, answer, assessment);

        if (assessment.Credit == ImplementationCredit.None)
        {
            assessment.Assurance = AssuranceLevel.None;
            if (answer.Status == AnswerStatus.NotImplemented && audience.Level == ExpectationLevel.Baseline)
            {
                assessment.Ask(plan.BaselineNotMet);
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(answer.Statement))
        {
            assessment.Because(plan.NoStatement);
            assessment.Ask(FollowUpKind.MoreClarity, FollowUpQuestions.NoStatement(plan.Subject, input.ServiceName), plan.AnswerPointer);
        }

        DecideAssurance(input, answer, evidenceValidityMonths, assessment);
    }

    private static void DecideNotApplicable(in ExpectationInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        if (!string.IsNullOrWhiteSpace(answer.Justification))
        {
            assessment.Outcome = Outcome.NotApplicable;
            assessment.Because(ReasonCodes.Justified, $"Claimed not applicable, with a justification: \"{answer.Justification!.Trim()}\". The expectation leaves the denominators.", plan.AnswerPointer + "/justification");
            return;
        }

        assessment.Outcome = Outcome.NotMet;
        assessment.Because(plan.Unjustified);
        assessment.Ask(FollowUpKind.NotApplicableJustification, FollowUpQuestions.NotApplicable(plan.Subject, input.ServiceName), plan.AnswerPointer);
    }

    private static void DecideScope(in ExpectationInput input, Answer answer, Assessment assessment)
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

            assessment.Because(ReasonCodes.Scope, "Scope: " + string.Join("; ", parts) + ".", plan.AnswerPointer + "/scope");
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

    private static void DecidePlanned(in ExpectationInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        if (answer.PlannedFor is not DateTime planned)
        {
            assessment.Because(plan.PlannedNoDate);
            assessment.Ask(plan.PlannedNoDateQuestion);
        }
        else if (planned.Date < input.EvaluatedOn)
        {
            assessment.Because(ReasonCodes.PlannedOverdue, $"Claimed planned for {Date(planned)}, which is before the evaluation date {Date(input.EvaluatedOn)}; planned measures earn no implementation credit.", plan.AnswerPointer + "/plannedFor");
            assessment.Ask(FollowUpKind.ImplementationDate, FollowUpQuestions.PlannedOverdue(plan.Subject, planned), plan.AnswerPointer + "/plannedFor");
        }
        else
        {
            assessment.Because(ReasonCodes.PlannedDate, $"Claimed planned for {Date(planned)}; planned measures earn no implementation credit.", plan.AnswerPointer + "/plannedFor");
        }
    }

    private static void DecideChecks(in ExpectationInput input, Answer answer, Assessment assessment)
    {
        var plan = input.Plan;
        var because = assessment.Observations;
        var verdict = plan.Check.Evaluate(input.Facts, because);
        for (var i = 0; i < because.Count; i++)
        {
            assessment.Because(because[i].Reason);
        }

        if (verdict == CheckVerdict.Fails && answer.Status == AnswerStatus.Implemented)
        {
            // A full claim the facts contradict is credited as partial at most: never more than an honest partial answer.
            var failing = because.Where(o => o.Verdict == CheckVerdict.Fails).ToList();
            assessment.Outcome = Outcome.Contradicted;
            assessment.Credit = ImplementationCredit.Partial;
            assessment.Because(plan.ContradictedClaim);
            AddContradictions(plan, answer, failing, assessment);
            assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.ContradictedClaim(plan.Subject, failing), plan.StatusPointer);
        }
        else if (verdict == CheckVerdict.Holds && answer.Status is AnswerStatus.NotImplemented or AnswerStatus.Planned && because.Count > 0)
        {
            assessment.Because(plan.ContradictedDenial);
            AddContradictions(plan, answer, because, assessment);
            assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.ContradictedDenial(plan.Subject, Name(answer.Status), because), plan.StatusPointer);
        }
    }

    private static void AddContradictions(ExpectationPlan plan, Answer answer, List<CheckObservation> observations, Assessment assessment)
    {
        foreach (var observation in observations)
        {
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

    private static void DecideAssurance(in ExpectationInput input, Answer answer, int evidenceValidityMonths, Assessment assessment)
    {
        var plan = input.Plan;
        var (level, covered) = answer.Evidence.Count == 0
            ? (AssuranceLevel.Asserted, EvidenceAssessor.Aspects.None)
            : EvidenceAssessor.Assess(answer.Evidence, plan, input.EvaluatedOn, evidenceValidityMonths, assessment);
        assessment.Assurance = level;
        assessment.Because(plan.AssuranceReason(level));

        // The regulators asked vendors to show how each measure is achieved, monitored and validated.
        var missing = (EvidenceAssessor.Aspects.Achieve | EvidenceAssessor.Aspects.Monitor | EvidenceAssessor.Aspects.Validate) & ~covered;
        var ask = input.Audience.Level == ExpectationLevel.Enhanced ? level == AssuranceLevel.Asserted : missing != EvidenceAssessor.Aspects.None;
        if (ask)
        {
            assessment.Ask(plan.SupportingInformation(missing));
        }
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => FactCatalog.JsonName(value);

    private static string Date(DateTime date) => IsoDateJsonConverter.Text(date);
}
