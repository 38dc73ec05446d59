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
    public static Assessment Assess(ExpectationInput input, CompiledCheck check, int evidenceValidityMonths)
    {
        var expectation = input.Expectation;
        var subject = $"{expectation.Id} ({expectation.Title})";
        var assessment = new Assessment { Status = input.Answer?.Status };

        if (input.RaisedBy.Count > 0)
        {
            assessment.Because(ReasonCodes.LevelRaised, $"The level is raised from {Name(expectation.Level)} to {Name(input.Level)} because the service declares {string.Join(", ", input.RaisedBy.Select(a => Name(a)))}.", "/audiences");
        }

        if (!input.AudienceApplies)
        {
            assessment.Outcome = Outcome.NotApplicable;
            assessment.Because(ReasonCodes.AudienceNotDeclared, $"Applies only to services that declare {string.Join(" or ", expectation.AppliesTo.Select(a => Name(a)))}; this service does not, so the expectation leaves the denominators.", "/audiences");
            if (input.Answer is not null)
            {
                assessment.Because(ReasonCodes.AnswerIgnored, "The answer given is not needed and is not scored.", input.AnswerPointer);
            }

            return assessment;
        }

        if (input.Answer is not { } answer)
        {
            assessment.Outcome = Outcome.NotAnswered;
            assessment.Because(ReasonCodes.AnswerMissing, "No answer was given; the expectation counts as zero until it is answered.", "/answers");
            assessment.Ask(FollowUpKind.NoAnswer, FollowUpQuestions.NoAnswer(subject), "/answers");
            return assessment;
        }

        var statusPointer = input.AnswerPointer + "/status";
        switch (answer.Status)
        {
            case AnswerStatus.NotApplicable:
                DecideNotApplicable(input, answer, subject, assessment);
                return assessment;

            case AnswerStatus.Implemented:
                assessment.Credit = ImplementationCredit.Full;
                assessment.Outcome = Outcome.Met;
                assessment.Because(ReasonCodes.Status, "Claimed implemented.", statusPointer);
                break;

            case AnswerStatus.Partial:
                assessment.Credit = ImplementationCredit.Partial;
                assessment.Outcome = Outcome.PartiallyMet;
                assessment.Because(ReasonCodes.Status, "Claimed partially implemented.", statusPointer);
                DecideScope(input, answer, subject, assessment);
                break;

            case AnswerStatus.Planned:
                assessment.Outcome = Outcome.NotMet;
                DecidePlanned(input, answer, subject, assessment);
                break;

            default:
                assessment.Outcome = Outcome.NotMet;
                assessment.Because(ReasonCodes.Status, "Claimed not implemented.", statusPointer);
                break;
        }

        DecideChecks(input, answer, check, subject, assessment);

        if (assessment.Credit == ImplementationCredit.None)
        {
            assessment.Assurance = AssuranceLevel.None;
            if (answer.Status == AnswerStatus.NotImplemented && input.Level == ExpectationLevel.Baseline)
            {
                assessment.Ask(FollowUpKind.ImplementationDate, FollowUpQuestions.BaselineNotMet(subject), statusPointer);
            }

            return assessment;
        }

        if (string.IsNullOrWhiteSpace(answer.Statement))
        {
            assessment.Because(ReasonCodes.NoStatement, "The answer does not say how the measure is achieved.", input.AnswerPointer);
            assessment.Ask(FollowUpKind.MoreClarity, FollowUpQuestions.NoStatement(subject, input.ServiceName), input.AnswerPointer);
        }

        DecideAssurance(input, answer, subject, evidenceValidityMonths, assessment);
        return assessment;
    }

    private static void DecideNotApplicable(ExpectationInput input, Answer answer, string subject, Assessment assessment)
    {
        if (!string.IsNullOrWhiteSpace(answer.Justification))
        {
            assessment.Outcome = Outcome.NotApplicable;
            assessment.Because(ReasonCodes.Justified, $"Claimed not applicable, with a justification: \"{answer.Justification!.Trim()}\". The expectation leaves the denominators.", input.AnswerPointer + "/justification");
            return;
        }

        assessment.Outcome = Outcome.NotMet;
        assessment.Because(ReasonCodes.Unjustified, "Claimed not applicable without a justification, so it is treated as not met.", input.AnswerPointer + "/status");
        assessment.Ask(FollowUpKind.NotApplicableJustification, FollowUpQuestions.NotApplicable(subject, input.ServiceName), input.AnswerPointer);
    }

    private static void DecideScope(ExpectationInput input, Answer answer, string subject, Assessment assessment)
    {
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

            assessment.Because(ReasonCodes.Scope, "Scope: " + string.Join("; ", parts) + ".", input.AnswerPointer + "/scope");
            return;
        }

        assessment.Because(ReasonCodes.NoScope, "The partial implementation does not say which part of the service it covers.", input.AnswerPointer);
        assessment.Ask(FollowUpKind.MoreClarity, FollowUpQuestions.Scope(subject), input.AnswerPointer);

        static void AddList(List<string> parts, string name, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add(name + ": " + string.Join(", ", values));
            }
        }
    }

    private static void DecidePlanned(ExpectationInput input, Answer answer, string subject, Assessment assessment)
    {
        if (answer.PlannedFor is not DateTime planned)
        {
            assessment.Because(ReasonCodes.PlannedNoDate, "Claimed planned, without a date; planned measures earn no implementation credit.", input.AnswerPointer + "/status");
            assessment.Ask(FollowUpKind.ImplementationDate, FollowUpQuestions.PlannedNoDate(subject), input.AnswerPointer);
        }
        else if (planned.Date < input.EvaluatedOn)
        {
            assessment.Because(ReasonCodes.PlannedOverdue, $"Claimed planned for {Date(planned)}, which is before the evaluation date {Date(input.EvaluatedOn)}; planned measures earn no implementation credit.", input.AnswerPointer + "/plannedFor");
            assessment.Ask(FollowUpKind.ImplementationDate, FollowUpQuestions.PlannedOverdue(subject, planned), input.AnswerPointer + "/plannedFor");
        }
        else
        {
            assessment.Because(ReasonCodes.PlannedDate, $"Claimed planned for {Date(planned)}; planned measures earn no implementation credit.", input.AnswerPointer + "/plannedFor");
        }
    }

    private static void DecideChecks(ExpectationInput input, Answer answer, CompiledCheck check, string subject, Assessment assessment)
    {
        var because = new List<CheckObservation>();
        var verdict = check.Evaluate(input.Facts, because);
        var claimsFull = answer.Status == AnswerStatus.Implemented;
        var deniesAll = answer.Status is AnswerStatus.NotImplemented or AnswerStatus.Planned;

        foreach (var observation in because)
        {
            var pointer = observation.Fact.Pointer;
            switch (observation.Verdict)
            {
                case CheckVerdict.Holds:
                    assessment.Because(ReasonCodes.CheckHolds, $"Fact {observation.Fact.Path} is {observation.Stated}, as the expectation requires ({observation.Expected}).", pointer);
                    break;
                case CheckVerdict.Fails:
                    assessment.Because(ReasonCodes.CheckFails, $"Fact {observation.Fact.Path} is {observation.Stated}; meeting the expectation requires {observation.Expected}.", pointer);
                    break;
                default:
                    assessment.Because(ReasonCodes.CheckUnknown, $"Fact {observation.Fact.Path} is not stated, so the answer cannot be corroborated by it.", pointer);
                    break;
            }
        }

        if (verdict == CheckVerdict.Fails && claimsFull)
        {
            // A full claim the facts contradict is credited as partial at most: never more than an honest partial answer.
            assessment.Outcome = Outcome.Contradicted;
            assessment.Credit = ImplementationCredit.Partial;
            assessment.Because(ReasonCodes.Contradicted, "The claim of full implementation contradicts the attestation's own facts, so it is credited as partial at most.", input.AnswerPointer + "/status");
            AddContradictions(input, answer, because.Where(o => o.Verdict == CheckVerdict.Fails), assessment);
            assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.ContradictedClaim(subject, because.Where(o => o.Verdict == CheckVerdict.Fails)), input.AnswerPointer + "/status");
        }
        else if (verdict == CheckVerdict.Holds && deniesAll && because.Count > 0)
        {
            assessment.Because(ReasonCodes.Contradicted, "The answer says the measure is not in place, but the attestation's own facts say it is.", input.AnswerPointer + "/status");
            AddContradictions(input, answer, because, assessment);
            assessment.Ask(FollowUpKind.Contradiction, FollowUpQuestions.ContradictedDenial(subject, Name(answer.Status), because), input.AnswerPointer + "/status");
        }
    }

    private static void AddContradictions(ExpectationInput input, Answer answer, IEnumerable<CheckObservation> observations, Assessment assessment)
    {
        foreach (var observation in observations)
        {
            assessment.Contradictions.Add(new Contradiction
            {
                ExpectationId = input.Expectation.Id,
                Claimed = answer.Status,
                Fact = observation.Fact.Path,
                Pointer = observation.Fact.Pointer,
                Stated = observation.Stated,
                Expected = observation.Expected,
            });
        }
    }

    private static void DecideAssurance(ExpectationInput input, Answer answer, string subject, int evidenceValidityMonths, Assessment assessment)
    {
        var (level, covered) = EvidenceAssessor.Assess(answer.Evidence, input.AnswerPointer, subject, input.EvaluatedOn, evidenceValidityMonths, assessment);
        assessment.Assurance = level;
        assessment.Because(ReasonCodes.Assurance, level == AssuranceLevel.Asserted
            ? "No current evidence: the claim is asserted only."
            : $"Assurance is {Name(level)}: the strongest current evidence.", input.AnswerPointer + "/evidence");

        // The regulators asked vendors to show how each measure is achieved, monitored and validated.
        var missing = (EvidenceAssessor.Aspects.Achieve | EvidenceAssessor.Aspects.Monitor | EvidenceAssessor.Aspects.Validate) & ~covered;
        var ask = input.Level == ExpectationLevel.Enhanced ? level == AssuranceLevel.Asserted : missing != EvidenceAssessor.Aspects.None;
        if (ask)
        {
            assessment.Ask(FollowUpKind.SupportingInformation, FollowUpQuestions.SupportingInformation(subject, missing), input.AnswerPointer + "/evidence");
        }
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => FactCatalog.JsonName(value);

    private static string Date(DateTime date) => IsoDateJsonConverter.Text(date);
}
