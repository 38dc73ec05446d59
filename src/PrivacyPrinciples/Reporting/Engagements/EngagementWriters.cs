using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace PrivacyPrinciples.Reporting.Engagements;

/// <summary>Every format an engagement report is written in, by name. Thread-safe.</summary>
public static class EngagementWriters
{
    private static readonly EngagementWriter[] Writers =
    [
        new EngagementMarkdownWriter(),
        new EngagementHtmlWriter(),
        new EngagementJsonWriter(),
        new EngagementCsvWriter(),
    ];

    /// <summary>Every writer, in the order formats are listed in help.</summary>
    public static IReadOnlyList<EngagementWriter> All { get; } = Array.AsReadOnly(Writers);

    /// <summary>The format names.</summary>
    public static IReadOnlyList<string> Formats { get; } = Array.AsReadOnly(Writers.Select(w => w.Format).ToArray());

    /// <summary>Finds a writer by format name.</summary>
    /// <param name="format">The format, case-sensitive.</param>
    /// <param name="writer">The writer, when found.</param>
    /// <returns>Whether the format is known.</returns>
    public static bool TryGet(string format, [NotNullWhen(true)] out EngagementWriter? writer)
    {
        writer = Writers.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.Ordinal));
        return writer is not null;
    }
}
