using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// Decides, for each piece of evidence an answer cites, whether it is current and fits the
/// expectation, and which aspects of assurance the evidence that does covers. Evidence that does
/// not count is listed with its reason and a question; it earns nothing.
/// </summary>
internal static class EvidenceAssessor
{
    public static Aspects Assess(Answer answer, in DecisionInput input, Assessment assessment)
    {
        var plan = input.Plan;
        var covered = Aspects.None;
        for (var i = 0; i < answer.Evidence.Count; i++)
        {
            var citation = answer.Evidence[i];
            var citationPointer = plan.EvidenceItemPointer(i);
            if (!input.Context.TryGetEvidence(citation.Ref, out var item, out var index))
            {
                Refuse(assessment, citation, EvidenceVerdict.Unknown, new Reason(ReasonCodes.EvidenceUnknown, ReasonWording.EvidenceUnknown, citationPointer + "/ref", citation.Ref), null);
                continue;
            }

            var pointer = EvidencePointer(index);
            var title = item.Title ?? item.Id;
            var rule = plan.KindRule(item.Kind);
            var date = input.EvaluatedOn;
            if (item.Issued.Date > date)
            {
                Refuse(assessment, citation, EvidenceVerdict.NotYetIssued, new Reason(ReasonCodes.EvidenceNotYetIssued, ReasonWording.EvidenceNotYetIssued, pointer + "/issued", title, item.Issued, date),
                    new FollowUpQuestion(FollowUpKind.CurrentEvidence, pointer, FollowUpQuestions.NotYetIssued(plan.Subject, title, item.Issued)));
                continue;
            }

            if (item.Expires is DateTime expires && expires.Date < date)
            {
                Refuse(assessment, citation, EvidenceVerdict.Expired, new Reason(ReasonCodes.EvidenceExpired, ReasonWording.EvidenceExpired, pointer + "/expires", title, expires, date),
                    new FollowUpQuestion(FollowUpKind.CurrentEvidence, pointer, FollowUpQuestions.Expired(plan.Subject, title, expires)));
                continue;
            }

            // Whatever the expiry date says: a certificate "valid until 2099" issued in 1970 is stale.
            if (DateArithmetic.AddMonthsSaturating(item.Issued.Date, rule.MaxAgeMonths) < date)
            {
                Refuse(assessment, citation, EvidenceVerdict.Stale, new Reason(ReasonCodes.EvidenceStale, ReasonWording.EvidenceStale, pointer + "/issued", title, item.Issued, Boxed.Of(item.Kind), rule.MaxAgeMonths),
                    new FollowUpQuestion(FollowUpKind.CurrentEvidence, pointer, FollowUpQuestions.Stale(plan.Subject, title, item.Issued, rule.MaxAgeMonths, item.Kind)));
                continue;
            }

            if (!input.Context.ReferenceLocates(index))
            {
                Refuse(assessment, citation, EvidenceVerdict.NoReference, new Reason(ReasonCodes.EvidenceNoReference, ReasonWording.EvidenceNoReference, pointer + "/reference", title),
                    new FollowUpQuestion(FollowUpKind.SupportingInformation, pointer, FollowUpQuestions.NoReference(plan.Subject, title)));
                continue;
            }

            var counts = citation.Shows;
            var selfIssued = false;
            if (citation.Shows == EvidencePurpose.Validate)
            {
                if (item.Independent && !rule.MayBeIndependent)
                {
                    Refuse(assessment, citation, EvidenceVerdict.CannotBeIndependent, new Reason(ReasonCodes.EvidenceCannotBeIndependent, ReasonWording.EvidenceCannotBeIndependent, pointer + "/independent", title, Boxed.Of(item.Kind)),
                        new FollowUpQuestion(FollowUpKind.SupportingInformation, pointer, FollowUpQuestions.NotIndependentKind(plan.Subject, title, item.Kind)));
                    continue;
                }

                if (item.Independent && !input.Context.NamesIssuer(index))
                {
                    Refuse(assessment, citation, EvidenceVerdict.NoIssuer, new Reason(ReasonCodes.EvidenceNoIssuer, ReasonWording.EvidenceNoIssuer, pointer + "/independent", title),
                        new FollowUpQuestion(FollowUpKind.SupportingInformation, pointer, FollowUpQuestions.NoIssuer(plan.Subject, title)));
                    continue;
                }

                // The vendor's own validation is monitoring, where the class accepts the kind as such
                // (evidence "independent" but issued by the vendor itself, or by the third party whose
                // assessment this is, is its own); so is
                // independent work of a kind this class does not take as validation (a bug bounty for
                // security operations), so that declaring independence never earns less.
                selfIssued = item.Independent && input.Context.IssuedByVendor(index);
                if (!item.Independent || selfIssued || (!Contains(plan.EvidenceClass.Validate, item.Kind) && Contains(plan.EvidenceClass.Monitor, item.Kind)))
                {
                    counts = EvidencePurpose.Monitor;
                }

                if (selfIssued)
                {
                    assessment.Because(input.Context.IssuedByAssessor(index)
                        ? new Reason(ReasonCodes.EvidenceNotIndependent, ReasonWording.EvidenceIssuedByAssessor, pointer + "/issuer", title, item.Issuer!.Trim())
                        : new Reason(ReasonCodes.EvidenceNotIndependent, ReasonWording.EvidenceSelfIssued, pointer + "/issuer", title, item.Issuer!.Trim()));
                }
            }

            var fitting = plan.EvidenceClass.KindsFor(counts);
            if (!Contains(fitting, item.Kind))
            {
                var asked = citation.Shows;
                Refuse(assessment, citation, EvidenceVerdict.Unfit, new Reason(ReasonCodes.EvidenceUnfit, ReasonWording.EvidenceUnfit, citationPointer + "/shows", title, Boxed.Of(item.Kind), Boxed.Of(counts)),
                    new FollowUpQuestion(FollowUpKind.SupportingInformation, citationPointer, FollowUpQuestions.Unfit(plan.Subject, title, item.Kind, asked, plan.EvidenceClass.KindsFor(asked))));
                continue;
            }

            if (counts != citation.Shows && !selfIssued)
            {
                assessment.Because(item.Independent ? new Reason(ReasonCodes.EvidenceNotIndependent, ReasonWording.EvidenceKindNotValidation, pointer + "/independent", title, Boxed.Of(item.Kind))
                    : new Reason(ReasonCodes.EvidenceNotIndependent, ReasonWording.EvidenceNotIndependent, pointer + "/independent", title));
            }

            assessment.Because(new Reason(ReasonCodes.EvidenceCounted, ReasonWording.EvidenceCounted, citationPointer, title, Boxed.Of(item.Kind), item.Issued, Boxed.Of(counts)));
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

    private static void Refuse(Assessment assessment, EvidenceCitation citation, EvidenceVerdict verdict, Reason reason, FollowUpQuestion? question)
    {
        assessment.Because(reason);
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

    // Most attestations declare a few dozen pieces of evidence: their pointers are made once.
    private static readonly string[] EvidencePointers = [.. Enumerable.Range(0, 64).Select(i => "/evidence/" + i.ToString(CultureInfo.InvariantCulture))];

    private static string EvidencePointer(int index) =>
        index < EvidencePointers.Length ? EvidencePointers[index] : "/evidence/" + index.ToString(CultureInfo.InvariantCulture);

}
