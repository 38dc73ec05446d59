using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// Decides, for each piece of evidence an answer cites, whether it is current and fits the
/// expectation, and which aspects of assurance the evidence that does covers. Evidence that does
/// not count is listed with its reason and a question; it earns nothing.
/// </summary>
internal static class EvidenceAssessor
{
    public static Aspects Assess(Answer answer, in ExpectationInput input, Assessment assessment)
    {
        var plan = input.Plan;
        var covered = Aspects.None;
        for (var i = 0; i < answer.Evidence.Count; i++)
        {
            var citation = answer.Evidence[i];
            var citationPointer = plan.EvidenceItemPointer(i);
            if (!input.Context.TryGetEvidence(citation.Ref, out var item, out var index))
            {
                Refuse(assessment, citation, EvidenceVerdict.Unknown, ReasonCodes.EvidenceUnknown, $"Evidence '{citation.Ref}' is not declared in the attestation, so it does not count.", citationPointer + "/ref", null);
                continue;
            }

            var pointer = EvidencePointer(index);
            var name = Name(item);
            var rule = plan.KindRule(item.Kind);
            var date = input.EvaluatedOn;
            if (item.Issued.Date > date)
            {
                Refuse(assessment, citation, EvidenceVerdict.NotYetIssued, ReasonCodes.EvidenceNotYetIssued, $"{name} is dated {Date(item.Issued)}, after the evaluation date {Date(date)}, so it does not count.", pointer + "/issued",
                    new FollowUpQuestion { Kind = FollowUpKind.CurrentEvidence, Question = FollowUpQuestions.NotYetIssued(plan.Subject, name, item.Issued), Pointer = pointer });
                continue;
            }

            if (item.Expires is DateTime expires && expires.Date < date)
            {
                Refuse(assessment, citation, EvidenceVerdict.Expired, ReasonCodes.EvidenceExpired, $"{name} expired on {Date(expires)}, before the evaluation date {Date(date)}, so it does not count.", pointer + "/expires",
                    new FollowUpQuestion { Kind = FollowUpKind.CurrentEvidence, Question = FollowUpQuestions.Expired(plan.Subject, name, expires), Pointer = pointer });
                continue;
            }

            // Whatever the expiry date says: a certificate "valid until 2099" issued in 1970 is stale.
            if (DateArithmetic.AddMonthsSaturating(item.Issued.Date, rule.MaxAgeMonths) < date)
            {
                Refuse(assessment, citation, EvidenceVerdict.Stale, ReasonCodes.EvidenceStale, $"{name} was issued on {Date(item.Issued)}; the rule set counts {EvidenceKindText.Name(item.Kind)} for {Months(rule.MaxAgeMonths)} after it is issued, whatever its expiry date, so it does not count.", pointer + "/issued",
                    new FollowUpQuestion { Kind = FollowUpKind.CurrentEvidence, Question = FollowUpQuestions.Stale(plan.Subject, name, item.Issued, rule.MaxAgeMonths, item.Kind), Pointer = pointer });
                continue;
            }

            if (!Substance.IsLocator(item.Reference))
            {
                Refuse(assessment, citation, EvidenceVerdict.NoReference, ReasonCodes.EvidenceNoReference, $"{name} gives no reference a reviewer could follow (a URL, document number or full title), so it does not count.", pointer + "/reference",
                    new FollowUpQuestion { Kind = FollowUpKind.SupportingInformation, Question = FollowUpQuestions.NoReference(plan.Subject, name), Pointer = pointer });
                continue;
            }

            var counts = citation.Shows;
            if (citation.Shows == EvidencePurpose.Validate)
            {
                if (item.Independent && !rule.MayBeIndependent)
                {
                    Refuse(assessment, citation, EvidenceVerdict.CannotBeIndependent, ReasonCodes.EvidenceCannotBeIndependent, $"{name} is marked independent, but the rule set does not accept {EvidenceKindText.Name(item.Kind)} as independent, so it does not count.", pointer + "/independent",
                        new FollowUpQuestion { Kind = FollowUpKind.SupportingInformation, Question = FollowUpQuestions.NotIndependentKind(plan.Subject, name, item.Kind), Pointer = pointer });
                    continue;
                }

                if (item.Independent && (item.Issuer is null || Substance.Normalise(item.Issuer).Length == 0))
                {
                    Refuse(assessment, citation, EvidenceVerdict.NoIssuer, ReasonCodes.EvidenceNoIssuer, $"{name} is marked independent but names no issuer, so it does not count.", pointer + "/independent",
                        new FollowUpQuestion { Kind = FollowUpKind.SupportingInformation, Question = FollowUpQuestions.NoIssuer(plan.Subject, name), Pointer = pointer });
                    continue;
                }

                // The vendor's own validation is monitoring, where the class accepts the kind as such; so
                // is independent work of a kind this class does not take as validation (a bug bounty
                // for security operations), so that declaring independence never earns less.
                if (!item.Independent || (!Contains(plan.EvidenceClass.Validate, item.Kind) && Contains(plan.EvidenceClass.Monitor, item.Kind)))
                {
                    counts = EvidencePurpose.Monitor;
                }
            }

            var fitting = plan.EvidenceClass.KindsFor(counts);
            if (!Contains(fitting, item.Kind))
            {
                var asked = citation.Shows;
                Refuse(assessment, citation, EvidenceVerdict.Unfit, ReasonCodes.EvidenceUnfit, $"{name} is {EvidenceKindText.Name(item.Kind)}, which the rule set does not accept as showing how this expectation is {EvidenceKindText.Participle(counts)}, so it does not count.", citationPointer + "/shows",
                    new FollowUpQuestion { Kind = FollowUpKind.SupportingInformation, Question = FollowUpQuestions.Unfit(plan.Subject, name, item.Kind, asked, plan.EvidenceClass.KindsFor(asked)), Pointer = citationPointer });
                continue;
            }

            if (counts != citation.Shows)
            {
                assessment.Because(
                    ReasonCodes.EvidenceNotIndependent,
                    item.Independent
                        ? $"{name} is independent, but the rule set does not take {EvidenceKindText.Name(item.Kind)} as validation of this expectation, so it counts as monitoring."
                        : $"{name} validates the measure but is not independent, so it counts as monitoring.",
                    pointer + "/independent");
            }

            assessment.Because(ReasonCodes.EvidenceCounted, $"{name} ({EvidenceKindText.Name(item.Kind)}, issued {Date(item.Issued)}) is current and shows how the measure is {EvidenceKindText.Participle(counts)}.", citationPointer);
            assessment.Evidence.Add(new EvidenceFinding { Ref = citation.Ref, Shows = citation.Shows, Verdict = EvidenceVerdict.Counted, CountsAs = counts });
            covered |= counts switch
            {
                EvidencePurpose.Achieve => Aspects.Achieve,
                EvidencePurpose.Monitor => Aspects.Monitor,
                _ => Aspects.Validate,
            };
        }

        return covered;
    }

    private static void Refuse(Assessment assessment, EvidenceCitation citation, EvidenceVerdict verdict, string code, string message, string pointer, FollowUpQuestion? question)
    {
        assessment.Because(code, message, pointer);
        assessment.Evidence.Add(new EvidenceFinding { Ref = citation.Ref, Shows = citation.Shows, Verdict = verdict });
        if (question is not null)
        {
            assessment.Ask(question);
        }
    }

    private static bool Contains(IReadOnlyList<EvidenceKind> kinds, EvidenceKind kind)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == kind)
            {
                return true;
            }
        }

        return false;
    }

    private static string EvidencePointer(int index) => "/evidence/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Name(Evidence evidence) => "Evidence '" + (evidence.Title ?? evidence.Id) + "'";

    private static string Months(int months) => months.ToString(System.Globalization.CultureInfo.InvariantCulture) + (months == 1 ? " month" : " months");

    private static string Date(DateTime date) => IsoDateJsonConverter.Text(date);
}
