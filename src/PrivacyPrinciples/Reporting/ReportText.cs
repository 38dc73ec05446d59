using System;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization.Json;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Reporting;

/// <summary>The wording and number formats every report writer shares, so all formats say the same thing the same way. Culture-invariant.</summary>
internal static class ReportText
{
    /// <summary>The heading of the list of inputs that could not be read, in every format that has one.</summary>
    public const string UnreadHeading = "Inputs that could not be read";

    /// <summary>What opens that list: how many inputs could not be read, and what that means for the report.</summary>
    public static string UnreadIntroduction(ReportBatch batch)
    {
        var count = batch.UnreadInputs.Count + batch.UnreadInputsNotListed;
        var opening = (count == 1 ? "1 input" : Count(count) + " inputs") + " could not be read, so this report has no result for " + (count == 1 ? "it" : "them");

        // An input the tool failed on has nothing to fix: the bug is the tool's.
        var bugs = batch.UnreadInputs.Count(u => u.Errors.Any(e => e.Code == Serialization.InputErrorCodes.InternalError));
        return bugs == 0 ? opening + ": fix " + (count == 1 ? "it" : "them") + " and run again."
            : bugs == count ? opening + ": the tool failed on " + (count == 1 ? "it" : "them") + " (a bug, marked internal-error), so there is nothing to fix in " + (count == 1 ? "it" : "them") + "; report it."
            : opening + ": fix those whose errors are their own and run again; those marked internal-error met a bug in the tool, which is to be reported, not fixed in the input.";
    }

    /// <summary>Where in an input an error is: line, column and JSON Pointer, as far as known.</summary>
    public static string UnreadWhere(Serialization.InputError error)
    {
        var where = error.Line is int line
            ? "line " + Count(line) + (error.Column is int column ? ", column " + Count(column) : string.Empty) + ", "
            : string.Empty;
        return where + (error.Pointer.Length == 0 ? "at the document root" : "at " + error.Pointer);
    }

    /// <summary>What is said of the unread inputs a batch counts but does not list; empty when there are none.</summary>
    public static string UnreadNotListed(ReportBatch batch) => batch.UnreadInputsNotListed switch
    {
        0 => string.Empty,
        1 => "1 more input could not be read and is not listed here.",
        var more => Count(more) + " more inputs could not be read and are not listed here.",
    };

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A score with one decimal, as people read it: <c>62.5</c>, <c>0.0</c>.</summary>
    public static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A score that may be missing (nothing in scope): one decimal, or "n/a".</summary>
    public static string OneDecimal(double? value) => value is { } number ? OneDecimal(number) : NoScore;

    /// <summary>What stands for a score when nothing is in scope.</summary>
    public const string NoScore = "n/a";

    /// <summary>A rating's name, or "not rated" when nothing is in scope.</summary>
    public static string RatingName(Rating? rating) => rating is { } value ? Name(value) : "not rated";

    /// <summary>A number with up to two decimals, as data: <c>62.5</c>, <c>100</c>.</summary>
    public static string UpToTwoDecimals(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The colour class of a score in the HTML pages: <c>good</c> from 75, <c>fair</c> from 50, else <c>poor</c>.</summary>
    public static string ScoreClass(double score) => score >= 75 ? "good" : score >= 50 ? "fair" : "poor";

    /// <summary>The display class of a score that may be missing; none when it is.</summary>
    public static string ScoreClass(double? score) => score is { } value ? ScoreClass(value) : string.Empty;

    /// <summary>An SVG coordinate: up to two decimals.</summary>
    public static string Coordinate(double value) => UpToTwoDecimals(value);

    /// <summary>A count.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The JSON spelling of an enumeration value, for example <c>notApplicable</c>.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Of(value);

    /// <summary>What an expectation's basis means, in a few words.</summary>
    public static string BasisMeaning(ExpectationBasis basis) => basis switch
    {
        ExpectationBasis.Explicit => "the sources ask for it",
        ExpectationBasis.Derived => "follows directly from what the sources ask",
        _ => "good practice beyond the sources, this rule set's own; never baseline",
    };

    /// <summary>An expectation's basis with its meaning: <c>derived (follows directly from what the sources ask)</c>.</summary>
    public static string Basis(ExpectationBasis basis) => Name(basis) + " (" + BasisMeaning(basis) + ")";

    /// <summary>Where an expectation comes from, every citation with its document's title: <c>Title, locator; Title, locator</c>.</summary>
    public static string Citations(RuleSet ruleSet, Expectation expectation) =>
        string.Join("; ", expectation.Sources.Select(c => (ruleSet.Sources.FirstOrDefault(s => string.Equals(s.Id, c.Document, StringComparison.Ordinal))?.Title ?? c.Document) + ", " + c.Locator));

    /// <summary>What the evidence covers, for tables and CSV: <c>achieve+monitor+validate</c>, or <c>none</c>.</summary>
    public static string Aspects(ExpectationResult result)
    {
        if (result.AssuranceAspects.Count == 0)
        {
            return "none";
        }

        var text = new System.Text.StringBuilder();
        foreach (var aspect in result.AssuranceAspects)
        {
            text.Append(text.Length == 0 ? string.Empty : "+").Append(Name(aspect));
        }

        return text.ToString();
    }

    /// <summary>The audiences served, comma-separated, or <c>none</c>.</summary>
    public static string Audiences(AttestationInfo attestation) =>
        attestation.Audiences.Count == 0 ? "none" : string.Join(", ", attestation.Audiences.Select(a => Name(a)));

    /// <summary>
    /// Which rules made the report, in a few words: <c>built-in, sha256:…</c>, <c>tailored by
    /// schools 1.0 from sha256:…, sha256:…</c> or <c>custom rules, sha256:…</c>. Every format shows it.
    /// </summary>
    /// <param name="ruleSet">The rules.</param>
    /// <param name="shortDigest">Whether to shorten digests to their first twelve hexadecimal digits, for terminals.</param>
    public static string Provenance(RuleSetInfo ruleSet, bool shortDigest = false)
    {
        string D(string? digest) => digest is null ? "unknown digest" : shortDigest && digest.Length > 19 ? digest.Remove(19) + "…" : digest;
        return ruleSet.Origin switch
        {
            RuleSetOrigin.BuiltIn => "built-in, " + D(ruleSet.Digest),
            RuleSetOrigin.Tailored when ruleSet.Profile is { } profile =>
                $"tailored by profile {profile.Id} {profile.Version} from {D(profile.BaseDigest)}; resolved rules {D(ruleSet.Digest)}",
            RuleSetOrigin.Tailored => "tailored, " + D(ruleSet.Digest),
            _ => "custom rules, not the built-in ones, " + D(ruleSet.Digest),
        };
    }

    /// <summary>
    /// What a tailoring profile changed, one line per change to a level, weight, check, audience,
    /// evidence class or "not applicable" rule, then a count of expectations left out and added;
    /// empty when the rules are not tailored.
    /// </summary>
    public static System.Collections.Generic.IReadOnlyList<string> Tailoring(RuleSetInfo ruleSet)
    {
        if (ruleSet.Profile is not { } profile || profile.Changes.Count == 0)
        {
            return [];
        }

        var lines = new System.Collections.Generic.List<string>();
        foreach (var change in profile.Changes)
        {
            if (change.Kind is TailoringChangeKind.Excluded or TailoringChangeKind.Added)
            {
                continue;
            }

            var what = change.Kind switch
            {
                TailoringChangeKind.LevelLowered => "level lowered",
                TailoringChangeKind.LevelRaised => "level raised",
                TailoringChangeKind.WeightRaised => "weight raised",
                TailoringChangeKind.WeightLowered => "weight lowered",
                TailoringChangeKind.AudiencesChanged => "audiences changed",
                TailoringChangeKind.ChecksReplaced => "checks replaced",
                TailoringChangeKind.NotApplicableChanged => "\"not applicable\" rule changed",
                _ => "evidence class changed",
            };
            lines.Add(change.From is null && change.To is null ? $"{change.ExpectationId} {what}" : $"{change.ExpectationId} {what} from {change.From} to {change.To}");
        }

        var excluded = profile.Changes.Count(c => c.Kind == TailoringChangeKind.Excluded);
        var added = profile.Changes.Count(c => c.Kind == TailoringChangeKind.Added);
        if (excluded > 0)
        {
            lines.Add($"{Count(excluded)} {(excluded == 1 ? "expectation" : "expectations")} left out: {string.Join(", ", profile.Changes.Where(c => c.Kind == TailoringChangeKind.Excluded).Select(c => c.ExpectationId))}");
        }

        if (added > 0)
        {
            lines.Add($"{Count(added)} {(added == 1 ? "expectation" : "expectations")} added: {string.Join(", ", profile.Changes.Where(c => c.Kind == TailoringChangeKind.Added).Select(c => c.ExpectationId))}");
        }

        return lines;
    }

    /// <summary>Every waiver and what it did, for the summary formats: <c>PBD-04 waived until 2027-03-31, approved by …: …</c>.</summary>
    public static string Waiver(AppliedWaiver waiver) =>
        $"{waiver.ExpectationId} {WaiverStateText(waiver.State)}; until {Date(waiver.Expires)}, approved by {waiver.Approver}";

    /// <summary>
    /// The applied level, and how it got there: <c>baseline (raised from expected for education)</c>,
    /// <c>baseline (tailored from expected)</c>.
    /// </summary>
    public static string Level(ExpectationResult result)
    {
        var steps = new System.Collections.Generic.List<string>();
        if (result.TailoredLevel != result.BaseLevel)
        {
            steps.Add("tailored from " + Name(result.BaseLevel));
        }

        if (result.Level != result.TailoredLevel)
        {
            var by = result.RaisedBy.Count == 0 ? string.Empty : " for " + string.Join(", ", result.RaisedBy.Select(a => Name(a)));
            steps.Add("raised from " + Name(result.TailoredLevel) + by);
        }

        return steps.Count == 0 ? Name(result.Level) : $"{Name(result.Level)} ({string.Join(", then ", steps)})";
    }

    /// <summary>Who assessed the service: <c>the vendor</c> or <c>a third party, Open Lens Reviews</c>.</summary>
    public static string AssessedBy(AttestationInfo attestation) =>
        attestation.AssessedBy == Attestations.AssessingParty.ThirdParty ? "third party: " + (attestation.Assessor ?? "unnamed") : "the vendor (self-attestation)";

    /// <summary>The waiver that accepts a gap, when one is active.</summary>
    public static AppliedWaiver? ActiveWaiver(EvaluationReport report, string expectationId) =>
        report.Waivers.FirstOrDefault(w => w.State == WaiverState.Active && string.Equals(w.ExpectationId, expectationId, StringComparison.Ordinal));

    /// <summary>How a waived gap is marked: <c>waived until 2027-03-31 (approver)</c>; <see langword="null"/> when the gap is not waived.</summary>
    public static string? WaivedNote(EvaluationReport report, ExpectationResult result)
    {
        if (!result.IsWaived)
        {
            return null;
        }

        // Waived is set by WaiverApplier together with an active waiver; a report built by hand may lack the waiver.
        return ActiveWaiver(report, result.Id) is { } waiver
            ? "waived until " + Date(waiver.Expires) + " (" + waiver.Approver + ")"
            : "waived";
    }

    /// <summary>What a waiver did, in words: an expired waiver says plainly that it no longer waives.</summary>
    public static string WaiverStateText(WaiverState state) => state switch
    {
        WaiverState.Active => "active — waives the gap",
        WaiverState.Expired => "expired — no longer waives",
        WaiverState.NotNeeded => "not needed — nothing to waive",
        WaiverState.BeyondHorizon => $"runs more than {WaiverApplier.MaximumHorizonMonths} months ahead — waives nothing until renewed with a nearer date",
        _ => "unknown expectation — waives nothing",
    };

    /// <summary>
    /// The place in the attestation a gap is about: the answer when there is one, otherwise the
    /// first follow-up question's pointer (for a missing answer, the answers object).
    /// </summary>
    public static string FindingPointer(ExpectationResult result) =>
        result.Status is not null ? JsonPointer.Append("/answers", result.Id)
        : result.FollowUps.Count > 0 ? result.FollowUps[0].Pointer
        : "/answers";

    /// <summary>Why an expectation does not apply: the vendor's justification or the audience it is for.</summary>
    public static string NotApplicableReason(ExpectationResult result) =>
        (result.Reasons.FirstOrDefault(r => r.Code is ReasonCodes.Justified or ReasonCodes.AudienceNotDeclared) ?? (result.Reasons.Count > 0 ? result.Reasons[0] : null))?.Message
        ?? "no reason recorded";

    /// <summary>A contradiction in one sentence.</summary>
    public static string Contradiction(Contradiction contradiction) =>
        $"claimed {Name(contradiction.Claimed)}, but {contradiction.Fact} is {contradiction.Stated} (expected {contradiction.Expected})";
}
