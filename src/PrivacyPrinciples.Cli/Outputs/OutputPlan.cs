using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Pairs --format and --output values: the n-th format goes to the n-th output; a format left
/// without an output goes to standard output (at most one may); an output without a format takes
/// it from its extension; no option at all means text on standard output.
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

    public static (List<OutputTarget> Targets, string? Problem) Create(IReadOnlyList<string> formats, IReadOnlyList<string> outputs, Func<string, IReportWriter?> resolve) =>
        Create(formats, outputs, resolve, "text", ReportWriters.Formats, (writer, path) => new OutputTarget(writer, path));

    /// <summary>The same pairing for any kind of writer.</summary>
    public static (List<TTarget> Targets, string? Problem) Create<TWriter, TTarget>(IReadOnlyList<string> formats, IReadOnlyList<string> outputs, Func<string, TWriter?> resolve, string defaultFormat, IReadOnlyList<string> known, Func<TWriter, string?, TTarget> target)
        where TWriter : class
    {
        if (outputs.Count > formats.Count && formats.Count > 0)
        {
            return ([], $"there are more --output values ({outputs.Count}) than --format values ({formats.Count}); expected one output per format, and at most one format without an output (it goes to standard output)");
        }

        if (outputs.FirstOrDefault(o => o.Length == 0 || o.Trim().Length == 0) is { } blank)
        {
            return ([], $"--output '{DisplayText.Clean(blank)}' is not a file name; expected a path, or - for standard output");
        }

        var pairs = new List<(TWriter Writer, string? Path)>();
        if (formats.Count == 0)
        {
            if (outputs.Count == 0)
            {
                return ([target(resolve(defaultFormat)!, null)], null);
            }

            foreach (var output in outputs)
            {
                if (!FormatsByExtension.TryGetValue(Path.GetExtension(output), out var inferred) || resolve(inferred) is not { } inferredWriter)
                {
                    return ([], $"cannot tell the format of --output '{DisplayText.Clean(output)}' from its extension; add --format (one of {string.Join(", ", known)})");
                }

                pairs.Add((inferredWriter, output == "-" ? null : output));
            }
        }
        else
        {
            for (var i = 0; i < formats.Count; i++)
            {
                var writer = resolve(formats[i]);
                if (writer is null)
                {
                    return ([], $"unknown format '{DisplayText.Clean(formats[i])}'; expected one of {string.Join(", ", known)}");
                }

                pairs.Add((writer, i < outputs.Count && outputs[i] != "-" ? outputs[i] : null));
            }
        }

        if (pairs.Count(p => p.Path is null) > 1)
        {
            return ([], "more than one format would go to standard output; give an --output file for all but one --format");
        }

        var duplicate = pairs.Where(p => p.Path is not null).GroupBy(p => FullPath(p.Path!), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? ([.. pairs.Select(p => target(p.Writer, p.Path))], null) : ([], $"--output '{DisplayText.Clean(duplicate.First().Path!)}' is named more than once");
    }

    // A path the system refuses to make full (too long, invalid) is compared as given; writing it then fails with one line.
    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
