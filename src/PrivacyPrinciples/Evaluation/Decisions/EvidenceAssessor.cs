using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;

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

        // One document declared under several ids (as documentation, monitoring and an audit), or
        // cited for several purposes, is still one piece of evidence: one citation of it is weighed
        // in an answer, whatever order they come in (see Counting). Only an answer citing two pieces
        // or more can cite one document twice.
        var counting = answer.Evidence.Count > 1 ? Counting(answer, input) : null;
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

            if (counting is not null && counting[input.Context.DocumentOf(index)] is var counted && counted != i)
            {
                _ = input.Context.TryGetEvidence(answer.Evidence[counted].Ref, out var other, out _);
                var otherTitle = other.Title ?? other.Id;
                Refuse(assessment, citation, EvidenceVerdict.SameDocument, new Reason(ReasonCodes.EvidenceSameDocument, ReasonWording.EvidenceSameDocument, citationPointer + "/ref", title, otherTitle),
                    new FollowUpQuestion(FollowUpKind.SupportingInformation, citationPointer, FollowUpQuestions.SameDocument(plan.Subject, title, otherTitle)));
                continue;
            }
            // A narrow document cited under many expectations it does not name is cited for its
            // presence (see EvidenceSubject): here, too, when it does not name this one.
            if (OffSubject(item, index, input) is int misses)
            {
                Refuse(assessment, citation, EvidenceVerdict.OffSubject, new Reason(ReasonCodes.EvidenceOffSubject, ReasonWording.EvidenceOffSubject, citationPointer + "/ref", title, misses),
                    new FollowUpQuestion(FollowUpKind.SupportingInformation, citationPointer, FollowUpQuestions.OffSubject(plan.Subject, title, misses)));
                continue;
            }

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

                // A blog post or press release is no audit, whatever kind it is declared as, and a
                // marketing agency validates nothing.
                if (item.Independent && input.Context.PublicityOf(index) is { } publicity)
                {
                    Refuse(assessment, citation, EvidenceVerdict.CannotBeIndependent, new Reason(ReasonCodes.EvidenceCannotBeIndependent, ReasonWording.EvidencePublicity, pointer + "/independent", title, publicity),
                        new FollowUpQuestion(FollowUpKind.SupportingInformation, pointer, FollowUpQuestions.Publicity(plan.Subject, title, publicity)));
                    continue;
                }

                // Nor is a self-assessment, whatever kind it is declared as and whoever lists it.
                if (item.Independent && input.Context.SelfAssessmentOf(index) is { } self)
                {
                    Refuse(assessment, citation, EvidenceVerdict.CannotBeIndependent, new Reason(ReasonCodes.EvidenceCannotBeIndependent, ReasonWording.EvidenceSelfAssessment, pointer + "/independent", title, self),
                        new FollowUpQuestion(FollowUpKind.SupportingInformation, pointer, FollowUpQuestions.SelfAssessment(plan.Subject, title, self)));
                    continue;
                }

                if (item.Independent && !input.Context.NamesIssuer(index))
                {
                    // A crowd ("Security researchers worldwide") is given as the issuer, but names no
                    // one: the reason and the question say so in their own words.
                    if (input.Context.IssuerNamesACrowd(index))
                    {
                        var crowd = item.Issuer!.Trim();
                        Refuse(assessment, citation, EvidenceVerdict.NoIssuer, new Reason(ReasonCodes.EvidenceNoIssuer, ReasonWording.EvidenceCrowdIssuer, pointer + "/issuer", title, crowd),
                            new FollowUpQuestion(FollowUpKind.SupportingInformation, pointer, FollowUpQuestions.CrowdIssuer(plan.Subject, title, crowd)));
                        continue;
                    }

                    // So is a kind of party ("Bug bounty platform", "External security firm"): it
                    // fits many, and names none.
                    if (input.Context.IssuerNamesOnlyAKindOfParty(index))
                    {
                        var kind = item.Issuer!.Trim();
                        Refuse(assessment, citation, EvidenceVerdict.NoIssuer, new Reason(ReasonCodes.EvidenceNoIssuer, ReasonWording.EvidenceKindOfPartyIssuer, pointer + "/issuer", title, kind),
                            new FollowUpQuestion(FollowUpKind.SupportingInformation, pointer, FollowUpQuestions.KindOfPartyIssuer(plan.Subject, title, kind)));
                        continue;
                    }

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

            assessment.Because(new Reason(ReasonCodes.EvidenceCounted, ReasonWording.EvidenceCounted, citationPointer, title, Boxed.Of(item.Kind), input.Context.IssuedValue(index), Boxed.Of(counts)));
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

    // For each document the answer cites, by DocumentOf, the citation of it that may count: one
    // that fits (see Fits), then one current on the evaluation date (a policy re-declared at the same address when it was
    // revised), then the purpose worth most (achieve, then validate, then monitor), then the latest
    // issued, then the first evidence id in ordinal order. Chosen from the citations, their
    // evidence and the rule set alone, not from the later tests, so that neither the citations'
    // order nor those tests change the choice. Slots of documents the answer does not cite hold anything.
    private static int[] Counting(Answer answer, in DecisionInput input)
    {
        var context = input.Context;
        var (mark, marks, chosen) = context.BeginCitations();
        for (var i = 0; i < answer.Evidence.Count; i++)
        {
            if (!context.TryGetEvidence(answer.Evidence[i].Ref, out _, out var index))
            {
                continue;
            }

            var document = context.DocumentOf(index);
            if (marks[document] != mark || Precedes(answer.Evidence[i], answer.Evidence[chosen[document]], input))
            {
                (marks[document], chosen[document]) = (mark, i);
            }
        }

        return chosen;
    }

    private static bool Precedes(EvidenceCitation citation, EvidenceCitation other, in DecisionInput input)
    {
        _ = input.Context.TryGetEvidence(citation.Ref, out var item, out var index);
        _ = input.Context.TryGetEvidence(other.Ref, out var otherItem, out var otherIndex);
        var (fits, otherFits) = (Fits(citation, item, index, input), Fits(other, otherItem, otherIndex, input));
        if (fits != otherFits)
        {
            return fits;
        }

        var (current, otherCurrent) = (IsCurrent(item, input), IsCurrent(otherItem, input));
        if (current != otherCurrent)
        {
            return current;
        }

        if (citation.Shows != other.Shows)
        {
            return Worth(citation.Shows) > Worth(other.Shows);
        }

        return item.Issued.Date != otherItem.Issued.Date ? item.Issued.Date > otherItem.Issued.Date : string.CompareOrdinal(citation.Ref, other.Ref) < 0;
    }

    // Whether a citation passes the tests that do not depend on dates: it is not off its subject
    // (see OffSubject), its reference leads somewhere, its kind is one the expectation's evidence class accepts for the purpose cited,
    // and, cited as independent validation, its kind may be independent, it is no publicity, and it
    // names its issuer.
    private static bool Fits(EvidenceCitation citation, Evidence item, int index, in DecisionInput input) =>
        OffSubject(item, index, input) is null
        && input.Context.ReferenceLocates(index)
        && Contains(input.Plan.EvidenceClass.KindsFor(citation.Shows), item.Kind)
        && !(citation.Shows == EvidencePurpose.Validate && item.Independent
            && (!input.Plan.KindRule(item.Kind).MayBeIndependent || input.Context.PublicityOf(index) is not null
                || input.Context.SelfAssessmentOf(index) is not null || !input.Context.NamesIssuer(index)));

    // How many expectations the evidence's document misses, when it is held to its subject (see
    // EvidenceSubject) and its words miss this expectation's topic too; otherwise null. Most
    // attestations hold no document to its subject, and pay one test.
    private static int? OffSubject(Evidence item, int index, in DecisionInput input)
    {
        if (input.Context.EvidenceMisses is not { } misses || input.Plan.Topic is not { } topic || EvidenceSubject.CoversTheProgramme(item.Kind))
        {
            return null;
        }

        var missed = misses[input.Context.DocumentOf(index)];
        return missed >= EvidenceSubject.FewestMisses && !topic.IsNamedBy(input.Context.SubjectText(index)) ? missed : null;
    }

    // Issued by the evaluation date, not expired, and within its kind's maximum age (the tests of Assess, in one).
    private static bool IsCurrent(Evidence item, in DecisionInput input)
    {
        var date = input.EvaluatedOn;
        return item.Issued.Date <= date && !(item.Expires is DateTime expires && expires.Date < date)
            && DateArithmetic.AddMonthsSaturating(item.Issued.Date, input.Plan.KindRule(item.Kind).MaxAgeMonths) >= date;
    }

    // The order in which purposes are preferred: what each is worth, achieve first (a baseline
    // expectation needs it), validation before monitoring.
    private static int Worth(EvidencePurpose purpose) => purpose switch
    {
        EvidencePurpose.Achieve => 3,
        EvidencePurpose.Validate => 2,
        _ => 1,
    };

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
