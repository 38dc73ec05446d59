using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Profiles;

/// <summary>
/// Resolves a tailoring profile against its base rule set: include, then exclude, then modify, then
/// add. Principles left without an expectation are dropped. The result is validated like any rule
/// set, and problems are reported at their place in the profile. Thread-safe.
/// </summary>
public static class ProfileResolver
{
    /// <summary>Resolves a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="baseRuleSet">The rule set the profile tailors.</param>
    /// <param name="source">The name errors use for the profile, for example its file name.</param>
    /// <returns>The resolved rule set, whose <see cref="RuleSet.Profile"/> names the profile, or every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReadResult<RuleSet> Resolve(TailoringProfile profile, RuleSet baseRuleSet, string source) =>
        Resolve(profile, baseRuleSet, source, null);

    internal static ReadResult<RuleSet> Resolve(TailoringProfile profile, RuleSet baseRuleSet, string source, SourceLocations? locations)
    {
        _ = profile ?? throw new ArgumentNullException(nameof(profile));
        _ = baseRuleSet ?? throw new ArgumentNullException(nameof(baseRuleSet));
        var errors = new List<InputError>();
        void Error(string code, string message, string pointer)
        {
            var line = 0;
            var column = 0;
            var found = locations?.TryLocate(pointer, out line, out column) == true;
            errors.Add(new InputError { Code = code, Message = message, Source = source ?? string.Empty, Pointer = pointer, Line = found ? line : null, Column = found ? column : null });
        }

        var principleIds = baseRuleSet.Principles.Select(p => p.Id).ToList();
        var expectationIds = baseRuleSet.Expectations.Select(e => e.Id).ToList();
        bool Matches(string selector, Expectation e) => selector == e.Id || selector == e.Principle;
        void CheckSelectors(IReadOnlyList<string> selectors, string name)
        {
            for (var i = 0; i < selectors.Count; i++)
            {
                if (!expectationIds.Contains(selectors[i]) && !principleIds.Contains(selectors[i]))
                {
                    Error(InputErrorCodes.UnknownProfileTarget, $"'{selectors[i]}' is neither an expectation nor a principle of {baseRuleSet.Id} {baseRuleSet.Version}; expected an id such as {expectationIds.FirstOrDefault()} or {principleIds.FirstOrDefault()}", JsonPointer.Append("/" + name, i));
                }
            }
        }

        CheckSelectors(profile.Include ?? [], "include");
        CheckSelectors(profile.Exclude, "exclude");

        var kept = baseRuleSet.Expectations
            .Where(e => profile.Include is null || profile.Include.Any(s => Matches(s, e)))
            .Where(e => !profile.Exclude.Any(s => Matches(s, e)))
            .ToList();

        // Every problem is reported at once: a bad modify is skipped, the rest still resolves and is validated.
        var modifiedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < profile.Modify.Count; i++)
        {
            var change = profile.Modify[i];
            var index = kept.FindIndex(e => e.Id == change.Id);
            if (index < 0)
            {
                Error(InputErrorCodes.UnknownProfileTarget, expectationIds.Contains(change.Id)
                    ? $"'{change.Id}' is left out by this profile's include or exclude, so it cannot be modified; expected an expectation the profile keeps, or '{change.Id}' taken out of include or exclude"
                    : $"'{change.Id}' is not an expectation of {baseRuleSet.Id} {baseRuleSet.Version}; expected one of its ids, such as {expectationIds.FirstOrDefault()}", JsonPointer.Append("/modify", i) + "/id");
                continue;
            }

            modifiedAt[change.Id] = i;
            var e = kept[index];
            kept[index] = e with
            {
                Level = change.Level ?? e.Level,
                Weight = change.Weight ?? e.Weight,
                RaisedFor = change.RaisedFor ?? (change.Level is ExpectationLevel level ? [.. e.RaisedFor.Where(r => r.Level > level)] : e.RaisedFor),
                AppliesTo = change.AppliesTo ?? e.AppliesTo,
                Checks = change.Checks ?? e.Checks,
            };
        }

        // The profile's own sources and principles sit beside the base's, under ids of their own.
        CheckOwnIds(profile.Sources.Select(x => x.Id).ToList(), baseRuleSet.Sources.Select(x => x.Id).ToList(), "sources", "source document");
        CheckOwnIds(profile.Principles.Select(x => x.Id).ToList(), principleIds, "principles", "principle");
        void CheckOwnIds(List<string> own, List<string> inBase, string name, string what)
        {
            for (var i = 0; i < own.Count; i++)
            {
                if (inBase.Contains(own[i]))
                {
                    Error(InputErrorCodes.DuplicateId, $"{what} '{own[i]}' is already defined by {baseRuleSet.Id} {baseRuleSet.Version}; expected an id of the profile's own, or no entry (the base's can be cited as it is)", JsonPointer.Append("/" + name, i) + "/id");
                }
            }
        }

        var expectations = kept.Concat(profile.Add).ToArray();
        if (!expectations.Any(e => e.Lifecycle == ExpectationLifecycle.Active))
        {
            // Nothing would be evaluated: every score would be of nothing, so say so instead.
            Error(
                InputErrorCodes.EmptyProfile,
                $"the profile leaves no active expectation of {baseRuleSet.Id} {baseRuleSet.Version} to evaluate; expected include, exclude and add to keep at least one",
                profile.Include is not null ? "/include" : profile.Exclude.Count > 0 ? "/exclude" : string.Empty);
            return ReadResult<RuleSet>.Failure(errors, source ?? string.Empty);
        }

        var used = new HashSet<string>(expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).Select(e => e.Principle), StringComparer.Ordinal);
        var basePrinciples = baseRuleSet.Principles.Where(p => used.Contains(p.Id)).ToArray();
        var resolved = baseRuleSet with
        {
            Title = baseRuleSet.Title + " — " + profile.Title,
            Profile = new ProfileReference
            {
                Id = profile.Id,
                Version = profile.Version,
                Title = profile.Title,
                BaseDigest = baseRuleSet.Profile is null ? RuleSetDigest.Compute(baseRuleSet) : null,
                Changes = Changes(baseRuleSet, expectations),
            },
            Sources = [.. baseRuleSet.Sources, .. profile.Sources],
            Principles = [.. basePrinciples, .. profile.Principles],
            Expectations = expectations,

            // What changed between the base's versions is not what the profile changed.
            Revision = null,
        };

        // Validate the result, and point each problem at the part of the profile that caused it;
        // one the profile's own errors above already explain is not repeated.
        var map = new PointerMap(kept, modifiedAt, baseRuleSet.Sources.Count, basePrinciples.Length);
        foreach (var problem in RuleSetValidator.Validate(resolved))
        {
            var pointer = map.Remap(problem.Pointer);
            if (!errors.Any(x => x.Pointer == pointer && x.Code == problem.Code))
            {
                Error(problem.Code, problem.Message, pointer);
            }
        }

        return errors.Count > 0 ? ReadResult<RuleSet>.Failure(errors, source ?? string.Empty) : ReadResult<RuleSet>.Success(resolved, source ?? string.Empty, null);
    }

    // Every difference between the base rule set and the tailored one, in the base's order, then the additions.
    private static TailoringChange[] Changes(RuleSet baseRuleSet, Expectation[] tailored)
    {
        // Duplicates are reported by validation afterwards; here the first of each id stands.
        var byId = new Dictionary<string, Expectation>(StringComparer.Ordinal);
        foreach (var expectation in tailored)
        {
            if (!byId.TryGetValue(expectation.Id, out _))
            {
                byId[expectation.Id] = expectation;
            }
        }

        var changes = new List<TailoringChange>();
        foreach (var before in baseRuleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active))
        {
            if (!byId.TryGetValue(before.Id, out var after))
            {
                changes.Add(new TailoringChange { ExpectationId = before.Id, Kind = TailoringChangeKind.Excluded });
                continue;
            }

            if (after.Level != before.Level)
            {
                changes.Add(new TailoringChange { ExpectationId = before.Id, Kind = after.Level < before.Level ? TailoringChangeKind.LevelLowered : TailoringChangeKind.LevelRaised, From = FactCatalog.JsonName(before.Level), To = FactCatalog.JsonName(after.Level) });
            }

            if (!after.Weight.Equals(before.Weight))
            {
                changes.Add(new TailoringChange { ExpectationId = before.Id, Kind = after.Weight < before.Weight ? TailoringChangeKind.WeightLowered : TailoringChangeKind.WeightRaised, From = Number(before.Weight), To = Number(after.Weight) });
            }

            if (!after.RaisedFor.SequenceEqual(before.RaisedFor) || !after.AppliesTo.SequenceEqual(before.AppliesTo))
            {
                changes.Add(new TailoringChange { ExpectationId = before.Id, Kind = TailoringChangeKind.AudiencesChanged });
            }

            if (!after.Checks.SequenceEqual(before.Checks))
            {
                changes.Add(new TailoringChange { ExpectationId = before.Id, Kind = TailoringChangeKind.ChecksReplaced });
            }

            if (after.NotApplicable != before.NotApplicable || !after.NotApplicableWhen.SequenceEqual(before.NotApplicableWhen))
            {
                changes.Add(new TailoringChange { ExpectationId = before.Id, Kind = TailoringChangeKind.NotApplicableChanged, From = FactCatalog.JsonName(before.NotApplicable), To = FactCatalog.JsonName(after.NotApplicable) });
            }

            if (!string.Equals(after.EvidenceClass, before.EvidenceClass, StringComparison.Ordinal))
            {
                changes.Add(new TailoringChange { ExpectationId = before.Id, Kind = TailoringChangeKind.EvidenceClassChanged, From = before.EvidenceClass, To = after.EvidenceClass });
            }
        }

        var inBase = new HashSet<string>(baseRuleSet.Expectations.Select(e => e.Id), StringComparer.Ordinal);
        changes.AddRange(tailored.Where(e => !inBase.Contains(e.Id)).Select(e => new TailoringChange { ExpectationId = e.Id, Kind = TailoringChangeKind.Added }));
        return [.. changes];

        static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Turns a pointer into the resolved rule set into one into the profile.</summary>
    private sealed class PointerMap(List<Expectation> kept, Dictionary<string, int> modifiedAt, int baseSources, int basePrinciples)
    {
        public string Remap(string pointer)
        {
            if (Split(pointer, "/expectations/") is var (index, tail) && index >= 0)
            {
                if (index >= kept.Count)
                {
                    return JsonPointer.Append("/add", index - kept.Count) + tail;
                }

                return modifiedAt.TryGetValue(kept[index].Id, out var change)
                    ? JsonPointer.Append("/modify", change) + (tail.StartsWith("/id", StringComparison.Ordinal) ? "/id" : tail)
                    : "/base";
            }

            if (Split(pointer, "/sources/") is var (source, sourceTail) && source >= baseSources)
            {
                return JsonPointer.Append("/sources", source - baseSources) + sourceTail;
            }

            if (Split(pointer, "/principles/") is var (principle, principleTail) && principle >= basePrinciples)
            {
                return JsonPointer.Append("/principles", principle - basePrinciples) + principleTail;
            }

            return pointer;
        }

        private static (int Index, string Tail) Split(string pointer, string prefix)
        {
            if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (-1, string.Empty);
            }

            var rest = pointer.Substring(prefix.Length);
            var slash = rest.IndexOf('/');
            var digits = slash < 0 ? rest : rest.Substring(0, slash);
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? (index, slash < 0 ? string.Empty : rest.Substring(slash))
                : (-1, string.Empty);
        }
    }
}
