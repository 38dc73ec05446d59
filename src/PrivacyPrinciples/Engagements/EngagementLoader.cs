using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>
/// Reads an engagement file and everything it names, relative to the file: the rule set or
/// profile, and each round's attestations (files, folders, or <c>*</c>/<c>?</c> patterns in the
/// file name), evaluated on the round's date. One bad attestation never stops the others. Thread-safe.
/// </summary>
public sealed class EngagementLoader
{
    private readonly ReaderLimits _limits;

    /// <summary>Creates a loader with the default <see cref="ReaderLimits"/> for attestations.</summary>
    public EngagementLoader()
        : this(new ReaderLimits())
    {
    }

    /// <summary>Creates a loader.</summary>
    /// <param name="limits">The limits enforced on each attestation, profile and rule set; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public EngagementLoader(ReaderLimits limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Loads an engagement and evaluates every round.</summary>
    /// <param name="path">The engagement file; sources in reports are named relative to it as given.</param>
    /// <param name="evaluationDate">Evaluate every round on this date instead of each round's own.</param>
    /// <returns>The engagement, its rule set and its rounds, or why it could not be used.</returns>
    public EngagementLoadResult Load(string path, DateTime? evaluationDate = null)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        var read = new EngagementReader().ReadFile(path);
        if (!read.Succeeded)
        {
            return new EngagementLoadResult { Errors = read.Errors };
        }

        var engagement = read.Value;
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var ruleSet = ResolveRuleSet(engagement, folder, out var errors);
        if (ruleSet is null)
        {
            return new EngagementLoadResult { Engagement = engagement, Errors = errors };
        }

        var evaluator = new AttestationEvaluator(ruleSet);
        var reader = new AttestationReader(_limits);
        var rounds = engagement.Rounds
            .Select(round => LoadRound(engagement, round, folder, evaluator, reader, evaluationDate))
            .ToArray();
        return new EngagementLoadResult { Engagement = engagement, RuleSet = ruleSet, Rounds = rounds };
    }

    private RuleSet? ResolveRuleSet(Engagement engagement, string folder, out IReadOnlyList<InputError> errors)
    {
        errors = [];
        var named = engagement.Profile ?? (engagement.RuleSet is { } r && !BuiltInRuleSets.TryGet(r, out _) ? r : null);
        if (named is not null && Outside(folder, named) is { } outside)
        {
            errors = [outside with { Pointer = engagement.Profile is null ? "/ruleSet" : "/profile", Message = $"'{named}' is outside the engagement's folder; expected a path inside it" }];
            return null;
        }

        if (engagement.Profile is string profile)
        {
            var resolved = new ProfileReader(_limits).ResolveFile(Combine(folder, profile));
            errors = resolved.Errors;
            return resolved.Value;
        }

        if (engagement.RuleSet is null || BuiltInRuleSets.TryGet(engagement.RuleSet, out _))
        {
            return engagement.RuleSet is null ? BuiltInRuleSets.VtcJointStatement2020 : BuiltInRuleSets.All.First(r => r.Id == engagement.RuleSet);
        }

        var read = new RuleSetReader(_limits).ReadFile(Combine(folder, engagement.RuleSet));
        errors = read.Errors;
        return read.Value;
    }

    private static RoundSubmissions LoadRound(Engagement engagement, EngagementRound round, string folder, AttestationEvaluator evaluator, AttestationReader reader, DateTime? evaluationDate)
    {
        var date = evaluationDate?.Date ?? EngagementAnalyzer.EvaluationDate(engagement, round);
        var reports = new List<EvaluationReport>();
        var problems = new List<InputError>();
        foreach (var file in Expand(round, folder, problems))
        {
            var result = reader.ReadFile(file);
            if (!result.Succeeded)
            {
                problems.AddRange(result.Errors);
                continue;
            }

            var report = evaluator.Evaluate(result.Value, date);
            reports.Add(report with { Attestation = report.Attestation with { Source = file.Replace('\\', '/') } });
        }

        return new RoundSubmissions { Round = round, EvaluatedOn = date, Reports = reports, Problems = problems };
    }

    // Files named by a round, in order: each entry's matches sorted ordinally, duplicates once.
    private static IEnumerable<string> Expand(EngagementRound round, string folder, List<InputError> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < round.Attestations.Count; i++)
        {
            if (Outside(folder, round.Attestations[i]) is { } outside)
            {
                problems.Add(outside with { Message = $"round '{round.Id}' names '{round.Attestations[i]}', which is outside the engagement's folder; expected a path inside it" });
                continue;
            }

            var entry = Combine(folder, round.Attestations[i]);
            IEnumerable<string> files;
            if (Directory.Exists(entry))
            {
                files = Directory.EnumerateFiles(entry, "*.json");
            }
            else if (Path.GetFileName(entry).IndexOfAny(['*', '?']) >= 0)
            {
                var directory = Path.GetDirectoryName(entry) ?? string.Empty;
                files = Directory.Exists(directory.Length == 0 ? "." : directory)
                    ? Directory.EnumerateFiles(directory.Length == 0 ? "." : directory, Path.GetFileName(entry)).Select(f => directory.Length == 0 ? Path.GetFileName(f) : f)
                    : [];
            }
            else if (File.Exists(entry))
            {
                files = [entry];
            }
            else
            {
                problems.Add(new InputError
                {
                    Code = InputErrorCodes.Unreadable,
                    Message = $"round '{round.Id}' names '{round.Attestations[i]}', which does not exist",
                    Source = entry,
                });
                continue;
            }

            foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                if (seen.Add(file))
                {
                    yield return file;
                }
            }
        }
    }

    // An engagement file comes from outside too: it may name files in its own folder and below,
    // never elsewhere (an absolute path, or '..' out of the folder), so it cannot make the tool
    // read, and quote in its errors, files it was not given.
    private static InputError? Outside(string folder, string relative)
    {
        var root = Path.GetFullPath(folder.Length == 0 ? "." : folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            ? null
            : new InputError { Code = InputErrorCodes.PathOutside, Message = string.Empty, Source = relative };
    }

    private static string Combine(string folder, string relative) => folder.Length == 0 ? relative : Path.Combine(folder, relative);
}
