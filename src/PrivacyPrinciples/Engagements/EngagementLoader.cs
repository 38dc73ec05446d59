using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Files;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Engagements;

/// <summary>
/// Reads an engagement file and everything it names, relative to the file: the rule set or
/// profile, and each round's attestations (files, folders, or <c>*</c>/<c>?</c> patterns in the
/// file name), evaluated on the round's date. One bad attestation never stops the others. Thread-safe.
/// </summary>
/// <remarks>
/// An engagement file comes from outside, so every path it names (including a profile's base) is
/// resolved, symbolic links followed, and refused when it leads out of the engagement's folder,
/// before anything is read (<see cref="InputErrorCodes.PathOutside"/>); only regular files are
/// read, so a named pipe or device planted in the folder cannot block or flood the tool.
/// </remarks>
public sealed class EngagementLoader
{
    private const string FolderName = "the engagement's folder";

    private readonly ReaderOptions _limits;

    /// <summary>Creates a loader with the default <see cref="ReaderOptions"/> for attestations.</summary>
    public EngagementLoader()
        : this(new ReaderOptions())
    {
    }

    /// <summary>Creates a loader.</summary>
    /// <param name="limits">The limits enforced on each attestation, profile and rule set; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public EngagementLoader(ReaderOptions limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Loads an engagement and evaluates every round on its own date (its deadline, or the engagement's).</summary>
    /// <param name="path">The engagement file; sources in reports are named relative to it as given.</param>
    /// <returns>The engagement, its rule set and its rounds, or why it could not be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public EngagementLoadResult Load(string path) => Load(path, evaluationDate: null);

    /// <summary>Loads an engagement and evaluates every round.</summary>
    /// <param name="path">The engagement file; sources in reports are named relative to it as given.</param>
    /// <param name="evaluationDate">Evaluate every round on this date instead of each round's own; <see langword="null"/> for each round's own.</param>
    /// <returns>The engagement, its rule set and its rounds, or why it could not be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public EngagementLoadResult Load(string path, DateTime? evaluationDate)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        var read = new EngagementReader().ReadFile(path);
        if (!read.Succeeded)
        {
            return new EngagementLoadResult { Errors = read.Errors };
        }

        var engagement = read.Value;
        var folder = new ConfinedFolder(Path.GetDirectoryName(path) ?? string.Empty);
        var ruleSet = ResolveRuleSet(engagement, folder, read, out var errors);
        if (ruleSet is null)
        {
            return new EngagementLoadResult { Engagement = engagement, Errors = errors };
        }

        var evaluator = new AttestationEvaluator(ruleSet);
        var files = new FileCache(folder, new AttestationReader(_limits), _limits);

        // Rounds evaluated on the same date share each file's report (reports are immutable): an
        // engagement of many rounds over one folder costs one evaluation per file and date, not
        // one per round.
        var evaluated = new Dictionary<(string Resolved, string File, DateTime Date), EvaluationReport>();
        var rounds = engagement.Rounds
            .Select(round => LoadRound(engagement, round, files, evaluator, evaluationDate, evaluated))
            .ToArray();
        return new EngagementLoadResult { Engagement = engagement, RuleSet = ruleSet, Rounds = rounds };
    }

    private RuleSet? ResolveRuleSet(Engagement engagement, ConfinedFolder folder, ReadResult<Engagement> read, out IReadOnlyList<InputError> errors)
    {
        errors = [];
        RuleSet? builtIn = null;
        var named = engagement.Profile ?? (engagement.RuleSet is { } r && !BuiltInRuleSets.TryGet(r, out builtIn) ? r : null);
        if (named is null)
        {
            return builtIn ?? BuiltInRuleSets.VtcJointStatement2020;
        }

        if (engagement.Profile is null && BuiltInRuleSets.IsBuiltInReference(named))
        {
            var id = named.Split(BuiltInRuleSets.VersionSeparator)[0];
            errors = [At(read, "/ruleSet", new InputError { Code = InputErrorCodes.UnknownBuiltIn, Message = $"'{named}' names a version of the built-in rule set {id} that is not shipped; expected one of {string.Join(", ", BuiltInRuleSets.VersionsOf(id).Select(v => id + BuiltInRuleSets.VersionSeparator + v))}", Source = read.Source })];
            return null;
        }

        var pointer = engagement.Profile is null ? "/ruleSet" : "/profile";
        if (Locate(folder, named, out var file, out var resolved) is { } refused)
        {
            errors = [At(read, pointer, refused with { Message = $"'{named}' {refused.Message}" })];
            return null;
        }

        if (engagement.Profile is not null)
        {
            var reader = new ProfileReader(_limits);
            var profile = reader.ReadFile(resolved, file);
            var resolvedProfile = reader.Resolve(profile, folder, Path.GetDirectoryName(named) ?? string.Empty, FolderName);
            errors = resolvedProfile.Errors;
            return resolvedProfile.Value;
        }

        var ruleSet = new RuleSetReader(_limits).ReadFile(resolved, file);
        errors = ruleSet.Errors;
        return ruleSet.Value;
    }

    private static RoundSubmissions LoadRound(Engagement engagement, EngagementRound round, FileCache files, AttestationEvaluator evaluator, DateTime? evaluationDate, Dictionary<(string Resolved, string File, DateTime Date), EvaluationReport> evaluated)
    {
        var date = evaluationDate?.Date ?? EngagementAnalyzer.EvaluationDate(engagement, round);
        var reports = new List<EvaluationReport>();
        var problems = new List<InputError>();
        var unreadable = new List<UnreadableResponse>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, resolved) in round.Attestations.SelectMany(entry => Expand(round, entry, files, problems)).Where(f => seen.Add(f.Resolved)))
        {
            var result = files.Read(resolved, file);
            if (!result.Succeeded)
            {
                problems.AddRange(result.Errors);

                // A broken file is still a response, when it says whose: the vendor is not silent.
                if (files.VendorOf(resolved, result.Errors) is { } vendorId)
                {
                    unreadable.Add(new UnreadableResponse { VendorId = vendorId, Source = file.Replace('\\', '/'), Errors = result.Errors });
                }

                continue;
            }

            if (!evaluated.TryGetValue((resolved, file, date), out var report))
            {
                report = evaluator.Evaluate(result.WithSource(file.Replace('\\', '/')), date);
                evaluated[(resolved, file, date)] = report;
            }

            reports.Add(report);
        }

        return new RoundSubmissions { Round = round, EvaluatedOn = date, Reports = OneResponsePerService(round, date, reports, problems), Problems = problems, UnreadableResponses = unreadable };
    }

    // One response per service (vendor id, service and tier) in a round: two would each be listed,
    // and the vendor's letter would merge them ("no answer for SEC-03" beside "SEC-03 is
    // implemented"). The one attested later is used (the first in file order when both are
    // attested the same day), and each other is a problem of the round, so the run says so. A
    // response dated after the round's evaluation date is postdated: the date it claims had not
    // come when its evidence was judged, so it could be made to win simply by dating it far ahead.
    // It never replaces one dated on or before the evaluation date; between two postdated ones,
    // the one dated nearer the evaluation date is used.
    private static List<EvaluationReport> OneResponsePerService(EngagementRound round, DateTime date, List<EvaluationReport> reports, List<InputError> problems)
    {
        var used = new List<EvaluationReport>(reports.Count);
        var place = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var key = Comparison.ReportComparison.Key(report);
            if (!place.TryGetValue(key, out var at))
            {
                place[key] = used.Count;
                used.Add(report);
                continue;
            }

            var earlier = used[at];
            var (kept, dropped) = Prefers(report, earlier, date) ? (report, earlier) : (earlier, report);
            used[at] = kept;
            var service = kept.Attestation.Vendor + " — " + kept.Attestation.Service + (kept.Attestation.Tier is { } tier ? $" ({tier})" : string.Empty);
            var postdated = IsPostdated(dropped, date) && !IsPostdated(kept, date)
                ? $", dated {Day(dropped.Attestation.AttestedOn)}, after the round's evaluation date {Day(date)}, and a response dated after the evaluation date never replaces one dated on or before it"
                : string.Empty;
            problems.Add(new InputError
            {
                Code = InputErrorCodes.DuplicateResponse,
                Message = $"round '{round.Id}' holds two responses of {service}: this one{postdated} and {kept.Attestation.Source}, attested {Day(kept.Attestation.AttestedOn)}, which is used; expected one response per service in a round",
                Source = dropped.Attestation.Source ?? string.Empty,
            });
        }

        return used;
    }

    // Whether a response replaces the one kept so far: one dated on or before the evaluation date
    // beats a postdated one; otherwise the later one wins among those dated on or before it, the
    // earlier among postdated ones; on the same day the one kept so far (the first in file order) stays.
    private static bool Prefers(EvaluationReport candidate, EvaluationReport kept, DateTime date)
    {
        bool candidatePostdated = IsPostdated(candidate, date), keptPostdated = IsPostdated(kept, date);
        if (candidatePostdated != keptPostdated)
        {
            return !candidatePostdated;
        }

        return candidatePostdated
            ? candidate.Attestation.AttestedOn.Date < kept.Attestation.AttestedOn.Date
            : candidate.Attestation.AttestedOn.Date > kept.Attestation.AttestedOn.Date;
    }

    private static bool IsPostdated(EvaluationReport report, DateTime date) => report.Attestation.AttestedOn.Date > date.Date;

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // The files one entry of a round names, sorted ordinally: each as the engagement names it (for
    // messages and reports) and where it leads. Entries are expanded one at a time as the round is
    // read, so problems come in the order of the entries.
    private static IEnumerable<(string File, string Resolved)> Expand(EngagementRound round, string entry, FileCache files, List<InputError> problems)
    {
        var folder = files.Folder;
        var name = Path.GetFileName(entry);
        var isPattern = name.IndexOfAny(['*', '?']) >= 0;
        var directoryPart = isPattern ? Path.GetDirectoryName(entry) ?? string.Empty : entry;
        if (!folder.TryResolve(directoryPart.Length == 0 ? "." : directoryPart, out _, out var resolved))
        {
            problems.Add(Refusal(round, entry, folder.Folder, "is outside the engagement's folder; expected a path inside it", InputErrorCodes.PathOutside));
            yield break;
        }

        var probe = FileProbe.Of(resolved);
        // Each candidate with the key it is resolved under: the real folder and the name, for names a folder listing gave.
        List<(string Relative, string Key)> candidates;
        if (probe.Kind == FileKind.Directory)
        {
            var (names, failure) = files.List(resolved, isPattern ? name : JsonFiles.Pattern, exact: isPattern);
            if (failure is not null)
            {
                problems.Add(Refusal(round, entry, folder.Folder, "is a folder that could not be listed: " + failure, InputErrorCodes.Unreadable));
                yield break;
            }

            candidates = [.. names.Select(n => (directoryPart.Length == 0 ? n : Path.Combine(directoryPart, n), resolved + "\0" + n))];
            if (isPattern && candidates.Count == 0 && MatchesIgnoringCase(resolved, name))
            {
                // A folder with no answers yet is a round nobody answered; a pattern that matches
                // files only in another case ("*.JSON") is mistyped, and would call every vendor silent.
                problems.Add(Refusal(round, entry, folder.Folder, "matches no file, though files match it in another case; names are matched exactly, upper and lower case included", InputErrorCodes.Unreadable));
                yield break;
            }
        }
        else if (isPattern || probe.Kind == FileKind.Missing)
        {
            problems.Add(Refusal(round, entry, folder.Folder, "does not exist", InputErrorCodes.Unreadable));
            yield break;
        }
        else
        {
            candidates = [(entry, entry)];
        }

        foreach (var (candidate, key) in candidates.OrderBy(c => c.Relative, StringComparer.Ordinal))
        {
            // A link inside a listed folder may lead anywhere: each file is resolved on its own.
            var (refused, file, target) = files.Locate(candidate, key);
            if (refused is not null)
            {
                problems.Add(Refusal(round, candidate, folder.Folder, refused.Message, refused.Code));
            }
            else
            {
                yield return (file, target);
            }
        }
    }

    // Whether a path the engagement names may be read: inside the folder, every link followed, and a regular file.
    private static InputError? Locate(ConfinedFolder folder, string relative, out string file, out string resolved)
    {
        if (!folder.TryResolve(relative, out file, out resolved))
        {
            return new InputError { Code = InputErrorCodes.PathOutside, Message = "is outside the engagement's folder; expected a path inside it", Source = file };
        }

        var probe = FileProbe.Of(resolved);
        return probe.Kind == FileKind.Missing ? new InputError { Code = InputErrorCodes.Unreadable, Message = "does not exist", Source = file }
            : !probe.IsRegularFile ? new InputError { Code = InputErrorCodes.Unreadable, Message = $"is {FileProbe.Describe(probe.Kind)}, not a regular file; expected a JSON file", Source = file }
            : null;
    }

    // What one load has already listed, resolved and read: an engagement may name the same folder,
    // Whether a folder holds names a pattern matches when case is ignored.
    private static bool MatchesIgnoringCase(string directory, string pattern)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(directory).Any(entry => Matches(Path.GetFileName(entry), 0, pattern, 0));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // A name against a pattern of * and ?, ignoring case; a * backtracks over at most the name's length.
    private static bool Matches(string name, int n, string pattern, int p)
    {
        int star = -1, resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(name[n])))
            {
                n++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    // pattern or file in many entries and rounds, and each costs its work once, so a small file
    // cannot make the tool list a folder or read a file over and over.
    private sealed class FileCache(ConfinedFolder folder, AttestationReader reader, ReaderOptions limits)
    {
        private readonly ReaderOptions _limits = limits;
        private readonly Dictionary<string, string?> _vendors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (List<string> Names, string? Failure)> _listings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (InputError? Refused, string File, string Resolved)> _located = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ReadResult<Attestation>> _reads = new(StringComparer.Ordinal);

        public ConfinedFolder Folder { get; } = folder;

        // The names in a folder that match a pattern, without reading any file.
        public (List<string> Names, string? Failure) List(string directory, string pattern, bool exact)
        {
            var key = directory + "\0" + pattern + (exact ? "\0exact" : string.Empty);
            if (!_listings.TryGetValue(key, out var listing))
            {
                try
                {
                    // A folder's own *.json matches in any case; a pattern the engagement writes, exactly.
                    listing = ([.. JsonFiles.Entries(directory, pattern, exact).Select(f => Path.GetFileName(f)!)], null);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    listing = ([], exception is UnauthorizedAccessException ? "permission denied" : exception.Message);
                }

                _listings[key] = listing;
            }

            return listing;
        }

        // The same file reached through many spellings of its folder is resolved once.
        public (InputError? Refused, string File, string Resolved) Locate(string relative, string key)
        {
            if (!_located.TryGetValue(key, out var located))
            {
                var refused = EngagementLoader.Locate(Folder, relative, out var file, out var resolved);
                located = (refused, file, resolved);
                _located[key] = located;
            }

            return located.Refused is null ? located : (located.Refused, Folder.Folder.Length == 0 ? relative : Path.Combine(Folder.Folder, relative), located.Resolved);
        }

        // The vendor a file that could not be read names, asked once per file: not for a file that
        // could not be opened or is over the size limit, whose bytes are not to be read again.
        public string? VendorOf(string resolved, IReadOnlyList<InputError> errors)
        {
            if (errors.Any(e => e.Code is InputErrorCodes.Unreadable or InputErrorCodes.TooLarge))
            {
                return null;
            }

            if (!_vendors.TryGetValue(resolved, out var vendorId))
            {
                vendorId = ResponseIdentity.VendorOf(resolved, _limits);
                _vendors[resolved] = vendorId;
            }

            return vendorId;
        }

        public ReadResult<Attestation> Read(string resolved, string file)
        {
            if (!_reads.TryGetValue(resolved, out var read))
            {
                read = reader.ReadFile(resolved, file);

                // Another kind of document matched by a round's pattern (the engagement file itself,
                // a profile beside the attestations) is named as such, as the command line names it,
                // rather than explained by an attestation's rules ("upgrade it with migrate").
                if (!read.Succeeded && !read.Errors.Any(e => e.Code is InputErrorCodes.Unreadable or InputErrorCodes.TooLarge)
                    && DocumentKindHint.OfFile(resolved, _limits) is { } kind)
                {
                    read = ReadResult<Attestation>.Failure(
                        [new InputError { Code = InputErrorCodes.WrongKind, Message = $"this is {kind}, not an attestation; a round names attestations only, so name them so that this file is left out (for example round-1/*.json)", Source = file }],
                        file);
                }

                _reads[resolved] = read;
            }

            return read;
        }
    }

    private static InputError Refusal(EngagementRound round, string entry, string folder, string why, string code) => new()
    {
        Code = code,
        Message = $"round '{round.Id}' names '{entry}', which {why}",
        Source = folder.Length == 0 ? entry : Path.Combine(folder, entry),
    };

    private static InputError At(ReadResult<Engagement> read, string pointer, InputError error)
    {
        read.Locations!.TryLocate(pointer, out var line, out var column);
        return error with { Source = read.Source, Pointer = pointer, Line = line, Column = column };
    }
}
