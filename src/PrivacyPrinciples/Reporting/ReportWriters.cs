using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace PrivacyPrinciples.Reporting;

/// <summary>Every report format the package writes, by name. Thread-safe.</summary>
public static class ReportWriters
{
    private static readonly ReportWriter[] Writers =
    [
        new TextReportWriter(),
        new JsonReportWriter(),
        new MarkdownReportWriter(),
        new SarifReportWriter(),
        new JUnitReportWriter(),
        new HtmlReportWriter(),
        new CsvReportWriter(),
    ];

    /// <summary>Every writer, in the order formats are listed in help.</summary>
    public static IReadOnlyList<ReportWriter> All { get; } = Array.AsReadOnly(Writers);

    /// <summary>The format names, in help order: <c>text</c>, <c>json</c>, <c>markdown</c>, <c>sarif</c>, <c>junit</c>, <c>html</c>, <c>csv</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = Array.AsReadOnly(Writers.Select(w => w.Format).ToArray());

    /// <summary>Finds a writer by format name.</summary>
    /// <param name="format">The format, case-sensitive.</param>
    /// <param name="writer">The writer, when found.</param>
    /// <returns>Whether the format is known.</returns>
    public static bool TryGet(string format, [NotNullWhen(true)] out ReportWriter? writer)
    {
        writer = Writers.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.Ordinal));
        return writer is not null;
    }
}
