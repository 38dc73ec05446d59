using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Files;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Decides where each format goes, without pairing options by position: an --output names its
/// format (<c>sarif=results.sarif</c>) or has an extension that does (<c>results.sarif</c>); a lone
/// --format with a lone --output go together; a --format no output names goes to standard output
/// (at most one may); no option at all means text on standard output.
/// </summary>
internal static class OutputPlan
{
    private static readonly Dictionary<string, string> FormatsByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text",
        [".json"] = "json",
        [".md"] = "markdown",
        [".sarif"] = "sarif",
        [".xml"] = "junit",
        [".html"] = "html",
        [".htm"] = "html",
        [".csv"] = "csv",
    };

    /// <summary>How the rules read in every verb's help.</summary>
    public const string Help =
        "Each --output names its format, as FORMAT=PATH (sarif=results.sarif) or by its extension (.txt, .json, .md, .sarif, .xml, .html, .csv); "
        + "one --format with one --output go together whatever the extension; a --format no --output names goes to standard output (at most one); - means standard output.";

    /// <summary>The formats named anywhere: by --format, or by an --output's FORMAT= prefix (extensions name only report formats).</summary>
    public static HashSet<string> FormatsNamed(IReadOnlyList<string> formats, IReadOnlyList<string> outputs, IReadOnlyList<string> known)
    {
        var named = new HashSet<string>(formats, StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            var separator = output.IndexOf('=', StringComparison.Ordinal);
            if (separator > 0 && known.Contains(output.Substring(0, separator), StringComparer.Ordinal))
            {
                named.Add(output.Substring(0, separator));
            }
        }

        return named;
    }

    public static (List<OutputTarget> Targets, string? Problem) Create(IReadOnlyList<string> formats, IReadOnlyList<string> outputs, Func<string, ReportWriter?> resolve, FileProbe standardOutput = default) =>
        Create(formats, outputs, resolve, "text", ReportWriters.Formats, (writer, path) => new OutputTarget(writer, path), standardOutput);

    /// <summary>
    /// The same rules for any kind of writer. <paramref name="standardOutput"/> is what standard
    /// output is: a file that an output also names (as <c>/dev/stdout</c>, or by its path) is named twice.
    /// </summary>
    public static (List<TTarget> Targets, string? Problem) Create<TWriter, TTarget>(IReadOnlyList<string> formats, IReadOnlyList<string> outputs, Func<string, TWriter?> resolve, string defaultFormat, IReadOnlyList<string> known, Func<TWriter, string?, TTarget> target, FileProbe standardOutput = default)
        where TWriter : class
    {
        if (formats.FirstOrDefault(f => resolve(f) is null) is { } unknown)
        {
            return ([], $"unknown format '{DisplayText.Clean(unknown)}'; expected one of {string.Join(", ", known)}");
        }

        if (formats.Count == 0 && outputs.Count == 0)
        {
            return ([target(resolve(defaultFormat)!, null)], null);
        }

        // Each output with the format it names, if it names one.
        var named = new List<(string? Format, string Path)>();
        foreach (var output in outputs)
        {
            var separator = output.IndexOf('=', StringComparison.Ordinal);
            var (format, path) = separator > 0 && known.Contains(output.Substring(0, separator), StringComparer.Ordinal)
                ? (output.Substring(0, separator), output.Substring(separator + 1))
                : ((string?)null, output);
            if (format is null && separator > 0 && MistypedFormat(output.Substring(0, separator), known) is { } meant)
            {
                var prefix = DisplayText.Clean(output.Substring(0, separator));
                return ([], $"--output '{DisplayText.Clean(output)}': '{prefix}' is not a format (did you mean {meant}?); expected FORMAT=PATH with FORMAT one of {string.Join(", ", known)}; a file whose name has '=' in it can be given as ./{DisplayText.Clean(output)}");
            }
            if (path.Trim().Length == 0)
            {
                return ([], $"--output '{DisplayText.Clean(output)}' is not a file name; expected a path, FORMAT=PATH, or - for standard output");
            }

            named.Add((format, path));
        }

        var wanted = formats.Distinct(StringComparer.Ordinal).ToList();
        var pairs = new List<(string Format, string? Path)>();
        if (wanted.Count == 1 && named.Count == 1 && named[0].Format is null)
        {
            // One of each: nothing to pair, whatever the file is called.
            pairs.Add((wanted[0], named[0].Path));
        }
        else
        {
            foreach (var (format, path) in named)
            {
                var chosen = format;
                if (chosen is null)
                {
                    if (OutputPaths.IsStandardOutput(path))
                    {
                        return ([], "--output - does not say which format goes to standard output; leave that --format without an --output, or write FORMAT=-");
                    }

                    if (!FormatsByExtension.TryGetValue(Path.GetExtension(path), out var inferred) || resolve(inferred) is null)
                    {
                        return ([], $"cannot tell the format of --output '{DisplayText.Clean(path)}' from its extension; name it: FORMAT={DisplayText.Clean(path)}, with FORMAT one of {string.Join(", ", known)}");
                    }

                    if (wanted.Count > 0 && !wanted.Contains(inferred, StringComparer.Ordinal))
                    {
                        return ([], $"--output '{DisplayText.Clean(path)}' would be {inferred} (its extension), which no --format asks for; name its format: FORMAT={DisplayText.Clean(path)}");
                    }

                    chosen = inferred;
                }

                pairs.Add((chosen, path));
            }

            // A format asked for that no output names goes to standard output.
            pairs.AddRange(wanted.Where(f => !pairs.Any(p => p.Format == f)).Select(f => (f, (string?)null)));
        }

        var resolved = pairs.Select(p => (Writer: resolve(p.Format)!, Path: OutputPaths.IsStandardOutput(p.Path) ? null : p.Path)).ToList();
        if (resolved.Count(p => p.Path is null) > 1)
        {
            return ([], "more than one format would go to standard output; give all but one an --output (FORMAT=PATH)");
        }

        // The same file named twice, however (a link, a second path, /dev/stdout beside -), would
        // hold only the last output written to it.
        var duplicate = resolved.Where(p => p.Path is not null || IsFile(standardOutput)).GroupBy(p => Identity(p.Path, standardOutput), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? ([.. resolved.Select(p => target(p.Writer, p.Path))], null)
            : ([], $"--output '{DisplayText.Clean(duplicate.FirstOrDefault(p => p.Path is not null).Path ?? "-")}' is named more than once{(duplicate.Any(p => p.Path is null) ? " (it is standard output)" : string.Empty)}");
    }

    /// <summary>
    /// The format a FORMAT= prefix was probably meant to name, when it names none: the same name in
    /// another case (<c>SARIF</c>), an extension's name (<c>md</c>, <c>txt</c>), or a word at most two
    /// edits from a format (<c>sarf</c>, <c>jsno</c>). Such an output was written, with exit code 0,
    /// to a file named after the whole argument (<c>sarf=results.sarif</c>), and the file the user
    /// meant was never made, or an old one was left in its place. Any other prefix is part of a
    /// file name (<c>a=b.csv</c>), as before.
    /// </summary>
    internal static string? MistypedFormat(string prefix, IReadOnlyList<string> known)
    {
        // Only a word can be a format's name; "./a=b", "x.y=z" or "my file=1" are names.
        if (prefix.Length < 2 || !prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        if (known.FirstOrDefault(f => string.Equals(f, prefix, StringComparison.OrdinalIgnoreCase)) is { } sameName)
        {
            return sameName;
        }

        if (FormatsByExtension.TryGetValue("." + prefix, out var byExtension) && known.Contains(byExtension, StringComparer.Ordinal))
        {
            return byExtension;
        }

        // A short format allows one edit (or two letters swapped), a longer one two, so that a short
        // word that merely shares letters with "csv" or "json" ("abc", "data") stays a file name;
        // the start of a format's name ("oscal", "mark") names it too.
        var lower = prefix.ToLowerInvariant();
        return prefix.Length < 3 ? null
            : known.Select(f => (Format: f, Distance: f.StartsWith(lower, StringComparison.Ordinal) || IsSwap(lower, f) ? 1 : CliApplication.EditDistance(lower, f)))
                .Where(c => c.Distance <= (c.Format.Length <= 4 ? 1 : 2))
                .OrderBy(c => c.Distance).ThenBy(c => c.Format, StringComparer.Ordinal).Select(c => c.Format).FirstOrDefault();
    }

    // Whether two strings differ only by two neighbouring characters swapped ("jsno", "json").
    private static bool IsSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = 0;
        while (first < a.Length && a[first] == b[first])
        {
            first++;
        }

        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
            && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
    }

    // What an output is: an existing regular file by its identity (links and other paths to it
    // included), standard output by the identity of the file it is, anything else by its full path.
    internal static string Identity(string? path, FileProbe standardOutput)
    {
        var probe = path is null ? standardOutput : FileProbe.Of(path);
        return IsFile(probe) ? $"{probe.Device}:{probe.Inode}" : FullPath(path!);
    }

    private static bool IsFile(FileProbe probe) => probe.HasIdentity && probe.Kind == FileKind.Regular;

    // A path the system refuses to make full (too long, invalid) is compared as given; writing it
    // then fails with one line. A link is compared by where it leads, even when nothing is there yet.
    private static string FullPath(string path) => OutputPaths.FullOrAsGiven(path);
}
