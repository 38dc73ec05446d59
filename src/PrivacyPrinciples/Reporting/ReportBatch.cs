using System;
using System.Collections.Generic;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// What a report writer renders: the reports of one run, the rule set they used (for rule help
/// text), where each attestation's answers sit in its file, and the tool that produced them.
/// Immutable.
/// </summary>
public sealed record ReportBatch
{
    private readonly IReadOnlyDictionary<string, SourceLocations> _locations = new Dictionary<string, SourceLocations>(StringComparer.Ordinal);

    /// <summary>The reports, in the order they should appear.</summary>
    public required IReadOnlyList<EvaluationReport> Reports { get; init; }

    /// <summary>The rule set the reports were evaluated against.</summary>
    public required RuleSet RuleSet { get; init; }

    /// <summary>Source locations of each attestation, keyed by <see cref="AttestationInfo.Source"/>; missing entries point at line 1.</summary>
    public IReadOnlyDictionary<string, SourceLocations> Locations { get => _locations; init => _locations = value ?? new Dictionary<string, SourceLocations>(StringComparer.Ordinal); }

    /// <summary>Whether the batch came from one input document: JSON then writes one report object instead of an array.</summary>
    public bool AsSingleReport { get; init; }

    /// <summary>The producing tool's name, as SARIF and JUnit record it.</summary>
    public string ToolName { get; init; } = "PrivacyPrinciples";

    /// <summary>The producing tool's version. The default value is this package's version.</summary>
    public string ToolVersion { get; init; } = PackageVersion.Value;

    /// <summary>Finds the span of a pointer's value (or property name) in a report's attestation; line 1, columns 1 to 2 when unknown.</summary>
    /// <param name="report">The report.</param>
    /// <param name="pointer">A JSON Pointer into the attestation.</param>
    /// <param name="atName">Whether to span the property name rather than the value.</param>
    /// <returns>The span.</returns>
    public SourceSpan LocateSpan(EvaluationReport report, string pointer, bool atName)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        return report.Attestation.Source is string source
            && Locations.TryGetValue(source, out var locations)
            && locations.TryLocateSpan(pointer, atName, out var span)
            ? span
            : new SourceSpan(1, 1, 1, 2);
    }

    /// <summary>Finds the line and column of a pointer in a report's attestation, or (1, 1) when unknown.</summary>
    /// <param name="report">The report.</param>
    /// <param name="pointer">A JSON Pointer into the attestation.</param>
    /// <returns>The 1-based line and column.</returns>
    public (int Line, int Column) Locate(EvaluationReport report, string pointer)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        return report.Attestation.Source is string source
            && Locations.TryGetValue(source, out var locations)
            && locations.TryLocate(pointer, out var line, out var column)
            ? (line, column)
            : (1, 1);
    }
}
