using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>Decides which evidence is current and what level of assurance it shows.</summary>
internal static class EvidenceAssessor
{
    /// <summary>The aspects of the regulators' question (achieve, monitor, validate) that current evidence covers.</summary>
    [Flags]
    public enum Aspects
    {
        None = 0,
        Achieve = 1,
        Monitor = 2,
        Validate = 4,
    }

    public static (AssuranceLevel Level, Aspects Covered) Assess(IReadOnlyList<Evidence> evidence, ExpectationPlan plan, DateTime evaluatedOn, int validityMonths, Assessment assessment)
    {
        var level = AssuranceLevel.Asserted;
        var covered = Aspects.None;
        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            var pointer = plan.EvidenceItemPointer(i);
            var subject = plan.Subject;
            var name = Name(item);
            if (item.Issued.Date > evaluatedOn)
            {
                assessment.Because(ReasonCodes.EvidenceNotYetIssued, $"{name} is dated {Date(item.Issued)}, after the evaluation date {Date(evaluatedOn)}, so it does not count.", pointer + "/issued");
                assessment.Ask(FollowUpKind.CurrentEvidence, FollowUpQuestions.NotYetIssued(subject, name, item.Issued), pointer);
                continue;
            }

            if (item.Expires is DateTime expires && expires.Date < evaluatedOn)
            {
                assessment.Because(ReasonCodes.EvidenceExpired, $"{name} expired on {Date(expires)}, before the evaluation date {Date(evaluatedOn)}, so it does not count.", pointer + "/expires");
                assessment.Ask(FollowUpKind.CurrentEvidence, FollowUpQuestions.Expired(subject, name, expires), pointer);
                continue;
            }

            if (item.Expires is null && DateArithmetic.AddMonthsSaturating(item.Issued.Date, validityMonths) < evaluatedOn)
            {
                assessment.Because(ReasonCodes.EvidenceStale, $"{name} was issued on {Date(item.Issued)} and has no expiry date; evidence older than {validityMonths} months does not count.", pointer + "/issued");
                assessment.Ask(FollowUpKind.CurrentEvidence, FollowUpQuestions.Stale(subject, name, item.Issued, validityMonths), pointer);
                continue;
            }

            var (shows, aspect) = (item.Shows, item.Independent) switch
            {
                (EvidencePurpose.Achieve, _) => (AssuranceLevel.Described, Aspects.Achieve),
                (EvidencePurpose.Monitor, _) => (AssuranceLevel.Monitored, Aspects.Monitor),
                (EvidencePurpose.Validate, true) => (AssuranceLevel.Validated, Aspects.Validate),
                _ => (AssuranceLevel.Monitored, Aspects.Monitor),
            };

            if (item.Shows == EvidencePurpose.Validate && !item.Independent)
            {
                assessment.Because(ReasonCodes.EvidenceNotIndependent, $"{name} validates the measure but is not independent, so it counts as monitoring.", pointer + "/independent");
            }

            assessment.Because(ReasonCodes.EvidenceCounted, $"{name} ({FactName(item.Kind)}, issued {Date(item.Issued)}) is current and shows the measure is {Verb(shows)}: assurance at least {FactName(shows)}.", pointer);
            covered |= aspect;
            if (shows > level)
            {
                level = shows;
            }
        }

        return (level, covered);
    }

    private static string Name(Evidence evidence) => "Evidence '" + (evidence.Title ?? evidence.Reference) + "'";

    private static string Verb(AssuranceLevel level) => level switch
    {
        AssuranceLevel.Described => "achieved (described)",
        AssuranceLevel.Monitored => "monitored",
        _ => "independently validated",
    };

    private static string Date(DateTime date) => IsoDateJsonConverter.Text(date);

    private static string FactName<TEnum>(TEnum value)
        where TEnum : struct, Enum => Rules.FactCatalog.JsonName(value);
}
