using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Engagements;

/// <summary>
/// Turns one round of evaluated attestations into the cross-vendor picture: response status per
/// invited vendor, the vendor × principle matrix, good practices, areas for improvement, changes
/// since the previous round, and follow-up letters. Pure and thread-safe: the same inputs give the
/// same report.
/// </summary>
/// <remarks>
/// Counting rules (docs/engagements.md): a vendor counts once per expectation, whatever the number
/// of attestations it sent, and qualifies when any of its attestations does. A good practice is met
/// with independent validation by at least <see cref="ObservationOptions.MinimumVendors"/>
/// vendors. An area for improvement is shown by at least <see cref="ObservationOptions.MinimumShare"/>
/// of the vendors that have the expectation in scope (and at least one).
/// </remarks>
public static class EngagementAnalyzer
{
    /// <summary>Analyses the last round, compared with the one before it, if any.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="ruleSet">The rule set the attestations were evaluated against.</param>
    /// <param name="rounds">What each round received, in the engagement's round order.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static EngagementReport Analyze(Engagement engagement, RuleSet ruleSet, IReadOnlyList<RoundSubmissions> rounds) =>
        Analyze(engagement, ruleSet, rounds, roundId: null);

    /// <summary>Analyses one round.</summary>
    /// <param name="engagement">The engagement.</param>
    /// <param name="ruleSet">The rule set the attestations were evaluated against.</param>
    /// <param name="rounds">What each round received, in the engagement's round order.</param>
    /// <param name="roundId">The round to describe; <see langword="null"/> for the last. The round before it, if any, is compared with.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No round has that id.</exception>
    public static EngagementReport Analyze(Engagement engagement, RuleSet ruleSet, IReadOnlyList<RoundSubmissions> rounds, string? roundId)
    {
        _ = engagement ?? throw new ArgumentNullException(nameof(engagement));
        _ = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        _ = rounds ?? throw new ArgumentNullException(nameof(rounds));
        var index = roundId is null ? rounds.Count - 1 : FindRound(rounds, roundId);
        var current = rounds[index];
        var previous = index > 0 ? rounds[index - 1] : null;
        var deadline = current.Round.Deadline ?? engagement.Deadline;

        var byVendor = current.Reports.GroupBy(r => r.Attestation.VendorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        // A file that cannot be read is trusted for one thing only, whose it is, and only when that
        // is an invited vendor: an unreadable file naming anyone else stays an unread input.
        var unreadable = current.UnreadableResponses.GroupBy(u => u.VendorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var responses = engagement.Invited
            .Select(v => Response(v.VendorId, v.Name, invited: true, byVendor.TryGetValue(v.VendorId, out var reports) ? reports : [], unreadable.TryGetValue(v.VendorId, out var broken) ? broken : [], deadline))
            .Concat(byVendor.Keys
                .Where(id => !engagement.Invited.Any(v => v.VendorId == id))
                .OrderBy(id => id, StringComparer.Ordinal)
                .Select(id => Response(id, byVendor[id][0].Attestation.Vendor, invited: false, byVendor[id], [], deadline)))
            .ToArray();

        var active = ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).ToArray();
        var settings = engagement.Observations;
        var (changes, vendorChanges) = previous is null ? ([], []) : Trends(previous.Reports, current.Reports, active);

        return new EngagementReport
        {
            EngagementId = engagement.Id,
            Title = engagement.Title,
            RuleSet = RuleSetInfo.Of(ruleSet),
            Round = Info(engagement, current),
            PreviousRound = previous is null ? null : Info(engagement, previous),
            Principles = [.. ruleSet.Principles.Select(p => new PrincipleHeading { Id = p.Id, Title = p.Title })],
            Responses = responses,
            GoodPractices = GoodPractices(active, byVendor, settings.MinimumVendors ?? ObservationOptions.DefaultMinimumVendors),
            AreasForImprovement = AreasForImprovement(active, byVendor, settings.MinimumShare ?? ObservationOptions.DefaultMinimumShare),
            Changes = changes,
            VendorChanges = vendorChanges,
            Letters = [.. engagement.Invited.Select(v => FollowUpLetters.Write(engagement, current.Round, deadline, v, responses.First(r => r.VendorId == v.VendorId), byVendor.TryGetValue(v.VendorId, out var reports) ? reports : [], active.Count(e => e.AppliesTo.Count == 0)))],
            Problems = [.. current.Problems.Select(p => p.ToString())],
            Reports = current.Reports,
            Catalogue = active,
        };
    }

    /// <summary>
    /// The status of a vendor's response, judged on its own attestations: partial when anything in
    /// scope is unanswered, late when attested after the deadline. A third party's assessment is
    /// not a response from the vendor; a response of its own that could not be read is one, though
    /// it says nothing more: it counts only when the vendor sent none that could be read.
    /// </summary>
    internal static ResponseStatus Classify(IReadOnlyList<EvaluationReport> all, int unreadable, DateTime? deadline)
    {
        var reports = all.Where(r => r.Attestation.AssessedBy == AssessingParty.Vendor).ToArray();
        if (reports.Length == 0)
        {
            return unreadable > 0 ? ResponseStatus.Unreadable
                : all.Count == 0 ? ResponseStatus.NoResponse
                : ResponseStatus.AssessedByThirdParty;
        }

        if (reports.Any(r => r.Coverage.NotAnswered > 0))
        {
            return ResponseStatus.Partial;
        }

        return reports.Any(r => IsLate(r, deadline)) ? ResponseStatus.AnsweredLate : ResponseStatus.Answered;
    }

    private static bool IsLate(EvaluationReport report, DateTime? deadline) => deadline is DateTime d && report.Attestation.AttestedOn.Date > d.Date;

    private static int FindRound(IReadOnlyList<RoundSubmissions> rounds, string id)
    {
        for (var i = 0; i < rounds.Count; i++)
        {
            if (rounds[i].Round.Id == id)
            {
                return i;
            }
        }

        throw new ArgumentException($"The engagement has no round '{id}'; it has {string.Join(", ", rounds.Select(r => r.Round.Id))}.", nameof(id));
    }

    private static RoundInfo Info(Engagement engagement, RoundSubmissions round) => new()
    {
        Id = round.Round.Id,
        Title = round.Round.Title,
        Deadline = round.Round.Deadline ?? engagement.Deadline,
        EvaluatedOn = round.EvaluatedOn,
    };

    /// <summary>The date a round's evidence is judged against: its own, else its deadline, else the engagement's.</summary>
    internal static DateTime EvaluationDate(Engagement engagement, EngagementRound round) =>
        (round.EvaluatedOn ?? round.Deadline ?? engagement.Deadline)!.Value.Date;

    private static VendorResponse Response(string vendorId, string name, bool invited, EvaluationReport[] reports, UnreadableResponse[] unreadable, DateTime? deadline) => new()
    {
        VendorId = vendorId,
        Name = name,
        IsInvited = invited,
        Status = Classify(reports, unreadable.Length, deadline),
        Unreadable = unreadable,
        IsLate = reports.Any(r => r.Attestation.AssessedBy == AssessingParty.Vendor && IsLate(r, deadline)),
        Submissions = [.. reports.Select(r => new SubmissionSummary
        {
            Source = r.Attestation.Source,
            AssessedBy = r.Attestation.AssessedBy,
            Assessor = r.Attestation.Assessor,
            Service = r.Attestation.Service,
            Tier = r.Attestation.Tier,
            AttestedOn = r.Attestation.AttestedOn,
            IsLate = r.Attestation.AssessedBy == AssessingParty.Vendor && IsLate(r, deadline),
            Score = r.Score,
            Rating = r.Rating,
            Principles = r.Principles.ToDictionary(p => p.Id, p => p.Score, StringComparer.Ordinal),
            NotAnswered = r.Coverage.NotAnswered,
            Undetermined = r.Coverage.Undetermined,
            BaselineGaps = r.BaselineGaps.Count,
            Contradictions = r.Contradictions.Count,
            FollowUps = r.Expectations.Sum(e => e.FollowUps.Count),
        })],
    };

    private static GoodPractice[] GoodPractices(Expectation[] active, Dictionary<string, EvaluationReport[]> byVendor, int minimum) =>
        active
            .Select(e =>
            {
                var (vendors, of) = Count(byVendor, e.Id, r => r.Outcome == Outcome.Met && r.AssuranceAspects.Contains(EvidencePurpose.Validate), _ => false);
                return new GoodPractice { ExpectationId = e.Id, Principle = e.Principle, Title = e.Title, Count = vendors.Length, Of = of, Vendors = vendors };
            })
            .Where(g => g.Count >= minimum)
            .OrderByDescending(g => g.Count)
            .ToArray();

    private static ImprovementArea[] AreasForImprovement(Expectation[] active, Dictionary<string, EvaluationReport[]> byVendor, double share)
    {
        var areas = new List<ImprovementArea>();
        foreach (var kind in new[] { ImprovementKind.Missing, ImprovementKind.Contradicted, ImprovementKind.WeaklySupported })
        {
            foreach (var e in active)
            {
                var (vendors, of) = kind switch
                {
                    ImprovementKind.Missing => Count(byVendor, e.Id, r => r.Outcome is Outcome.NotAnswered or Outcome.NotMet, _ => false),
                    ImprovementKind.Contradicted => Count(byVendor, e.Id, r => r.Outcome == Outcome.Contradicted, report => report.Contradictions.Any(c => c.ExpectationId == e.Id)),
                    _ => Count(byVendor, e.Id, r => r.Outcome is Outcome.Met or Outcome.PartiallyMet or Outcome.Contradicted or Outcome.Unverified && !r.AssuranceAspects.Contains(EvidencePurpose.Monitor) && !r.AssuranceAspects.Contains(EvidencePurpose.Validate), _ => false),
                };

                if (of > 0 && vendors.Length > 0 && vendors.Length >= share * of)
                {
                    areas.Add(new ImprovementArea { ExpectationId = e.Id, Principle = e.Principle, Title = e.Title, Kind = kind, Count = vendors.Length, Of = of, Vendors = vendors });
                }
            }
        }

        // Stable sort: the most common first within each kind; catalogue order breaks ties.
        return [.. areas.OrderBy(a => a.Kind).ThenByDescending(a => a.Count)];
    }

    // Vendors (in id order) with the expectation in scope in any attestation, and those for which any attestation qualifies.
    private static (string[] Vendors, int Of) Count(Dictionary<string, EvaluationReport[]> byVendor, string id, Func<ExpectationResult, bool> qualifies, Func<EvaluationReport, bool> alsoQualifies)
    {
        var vendors = new List<string>();
        var of = 0;
        foreach (var vendor in byVendor.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var results = byVendor[vendor].Select(r => (Report: r, Result: r.Expectations.FirstOrDefault(x => x.Id == id))).Where(x => x.Result is { Outcome: not Outcome.NotApplicable }).ToArray();
            if (results.Length == 0)
            {
                continue;
            }

            of++;
            if (results.Any(x => qualifies(x.Result!) || alsoQualifies(x.Report)))
            {
                vendors.Add(vendor);
            }
        }

        return (vendors.ToArray(), of);
    }

    private static (ExpectationTrend[] Changes, VendorTrend[] Vendors) Trends(IReadOnlyList<EvaluationReport> before, IReadOnlyList<EvaluationReport> after, Expectation[] active)
    {
        var previous = before.GroupBy(ReportComparison.Key).ToDictionary(g => g.Key, g => g.First());
        var comparisons = after
            .Where(r => previous.ContainsKey(ReportComparison.Key(r)))
            .OrderBy(r => r.Attestation.VendorId, StringComparer.Ordinal).ThenBy(r => r.Attestation.Service, StringComparer.Ordinal)
            .Select(r => (Report: r, Comparison: ReportComparer.Compare(previous[ReportComparison.Key(r)], r)))
            .ToArray();

        var changes = active
            .Select(e =>
            {
                var kinds = comparisons.Select(c => c.Comparison.Expectations.FirstOrDefault(x => x.Id == e.Id)?.Change).Where(k => k is not null).Select(k => k!.Value).ToArray();
                return new ExpectationTrend
                {
                    ExpectationId = e.Id,
                    Principle = e.Principle,
                    Title = e.Title,
                    Improved = kinds.Count(k => k == ChangeKind.Improved),
                    Regressed = kinds.Count(k => k == ChangeKind.Regressed),
                    NewlyAnswered = kinds.Count(k => k == ChangeKind.NewlyAnswered),
                    NoLongerAnswered = kinds.Count(k => k == ChangeKind.NoLongerAnswered),
                    StillMissing = kinds.Count(k => k == ChangeKind.StillMissing),
                };
            })
            .Where(t => t.Improved + t.Regressed + t.NewlyAnswered + t.NoLongerAnswered + t.StillMissing > 0)
            .ToArray();

        var vendors = comparisons.Select(c => new VendorTrend
        {
            VendorId = c.Report.Attestation.VendorId,
            Name = c.Report.Attestation.Vendor,
            Service = c.Report.Attestation.Service,
            ScoreBefore = c.Comparison.ScoreBefore,
            ScoreAfter = c.Comparison.ScoreAfter,
            Improved = c.Comparison.Count(ChangeKind.Improved),
            Regressed = c.Comparison.Count(ChangeKind.Regressed),
            NewlyAnswered = c.Comparison.Count(ChangeKind.NewlyAnswered),
            NoLongerAnswered = c.Comparison.Count(ChangeKind.NoLongerAnswered),
            StillMissing = c.Comparison.Count(ChangeKind.StillMissing),
        }).ToArray();

        return (changes, vendors);
    }
}
