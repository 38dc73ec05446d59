using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

        var modifiedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < profile.Modify.Count; i++)
        {
            var change = profile.Modify[i];
            var index = kept.FindIndex(e => e.Id == change.Id);
            if (index < 0)
            {
                Error(InputErrorCodes.UnknownProfileTarget, expectationIds.Contains(change.Id)
                    ? $"'{change.Id}' is left out by this profile's include or exclude, so it cannot be modified"
                    : $"'{change.Id}' is not an expectation of {baseRuleSet.Id} {baseRuleSet.Version}", JsonPointer.Append("/modify", i) + "/id");
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
            };
        }

        if (errors.Count > 0)
        {
            return ReadResult<RuleSet>.Failure(errors, source ?? string.Empty);
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
        var resolved = baseRuleSet with
        {
            Title = baseRuleSet.Title + " — " + profile.Title,
            Profile = new ProfileReference { Id = profile.Id, Version = profile.Version, Title = profile.Title },
            Principles = [.. baseRuleSet.Principles.Where(p => used.Contains(p.Id))],
            Expectations = expectations,
        };

        // Validate the result, and point each problem at the part of the profile that caused it.
        foreach (var problem in RuleSetValidator.Validate(resolved))
        {
            var pointer = Remap(problem.Pointer, kept, modifiedAt);
            Error(problem.Code, problem.Message, pointer);
        }

        return errors.Count > 0 ? ReadResult<RuleSet>.Failure(errors, source ?? string.Empty) : ReadResult<RuleSet>.Success(resolved, source ?? string.Empty, null);
    }

    private static string Remap(string pointer, List<Expectation> kept, Dictionary<string, int> modifiedAt)
    {
        const string prefix = "/expectations/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
        {
            return pointer;
        }

        var rest = pointer.Substring(prefix.Length);
        var slash = rest.IndexOf('/');
        var index = int.Parse(slash < 0 ? rest : rest.Substring(0, slash), NumberStyles.None, CultureInfo.InvariantCulture);
        var tail = slash < 0 ? string.Empty : rest.Substring(slash);
        if (index >= kept.Count)
        {
            return JsonPointer.Append("/add", index - kept.Count) + tail;
        }

        return modifiedAt.TryGetValue(kept[index].Id, out var change)
            ? JsonPointer.Append("/modify", change) + (tail.StartsWith("/id", StringComparison.Ordinal) ? "/id" : tail)
            : pointer;
    }
}
