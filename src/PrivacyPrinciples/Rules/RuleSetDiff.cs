using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// Compares two versions of a rule set expectation by expectation, and puts beside each difference
/// the reason the newer version gives for it (<see cref="RuleSet.Revision"/>). Thread-safe.
/// </summary>
public static class RuleSetDiff
{
    // Wording and citations change in every revision; the rule-set-wide note explains those. Any
    // other difference changes what a service must do, and the revision must say why.
    private static readonly string[] Substantive =
    [
        "principle", "level", "weight", "raisedFor", "appliesTo", "checks", "evidenceClass", "notApplicable", "notApplicableWhen", "lifecycle", "replacedBy", "basis",
    ];

    /// <summary>Compares an older and a newer rule set.</summary>
    /// <param name="older">The older version, for example <c>vtc-joint-statement-2020@1.0.0</c>.</param>
    /// <param name="newer">The newer version.</param>
    /// <returns>Every expectation added, removed or changed, in the newer version's catalogue order (removed ones last), with the newer version's notes.</returns>
    /// <exception cref="ArgumentNullException">A rule set is <see langword="null"/>.</exception>
    public static RuleSetChanges Compare(RuleSet older, RuleSet newer)
    {
        _ = older ?? throw new ArgumentNullException(nameof(older));
        _ = newer ?? throw new ArgumentNullException(nameof(newer));

        // Notes explain the step from the version they name; for any other pair they still say why, so keep them.
        var notes = newer.Revision?.Notes ?? [];
        var olderById = older.Expectations.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var newerIds = new HashSet<string>(newer.Expectations.Select(e => e.Id), StringComparer.Ordinal);
        var changes = new List<ExpectationRevision>();
        foreach (var expectation in newer.Expectations)
        {
            var reasons = notes.Where(n => string.Equals(n.Expectation, expectation.Id, StringComparison.Ordinal)).Select(n => n.Note).ToArray();
            if (!olderById.TryGetValue(expectation.Id, out var before))
            {
                changes.Add(new ExpectationRevision(expectation.Id, expectation.Title, RevisionKind.Added, [], null, expectation.Level, null, expectation.Basis, reasons));
                continue;
            }

            var aspects = ChangedAspects(before, expectation);
            if (aspects.Count > 0)
            {
                changes.Add(new ExpectationRevision(expectation.Id, expectation.Title, RevisionKind.Changed, aspects, before.Level, expectation.Level, before.Basis, expectation.Basis, reasons));
            }
        }

        foreach (var removed in older.Expectations.Where(e => !newerIds.Contains(e.Id)))
        {
            changes.Add(new ExpectationRevision(removed.Id, removed.Title, RevisionKind.Removed, [], removed.Level, null, removed.Basis, null, []));
        }

        return new RuleSetChanges(older.Id, older.Version, newer.Id, newer.Version, changes, [.. notes.Where(n => n.Expectation is null).Select(n => n.Note)]);
    }

    /// <summary>Whether a changed aspect changes what a service must do (rather than wording or citations).</summary>
    /// <param name="aspect">An aspect from <see cref="ExpectationRevision.ChangedAspects"/>.</param>
    /// <returns><see langword="true"/> for every aspect but the texts and the sources.</returns>
    public static bool IsSubstantive(string aspect) => Array.IndexOf(Substantive, aspect) >= 0;

    private static List<string> ChangedAspects(Expectation before, Expectation after)
    {
        // Compare as the rule-set format writes them: the serialization is deterministic, so equal
        // values are equal text, and lists compare by content rather than by reference.
        using var a = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(before, RulesJsonContext.Default.Expectation));
        using var b = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(after, RulesJsonContext.Default.Expectation));
        var names = a.RootElement.EnumerateObject().Select(p => p.Name)
            .Concat(b.RootElement.EnumerateObject().Select(p => p.Name))
            .Distinct(StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var name in names)
        {
            var left = a.RootElement.TryGetProperty(name, out var l) ? l.GetRawText() : null;
            var right = b.RootElement.TryGetProperty(name, out var r) ? r.GetRawText() : null;
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                changed.Add(name);
            }
        }

        return changed;
    }
}
