using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>One format written to one place: a file, or standard output when <see cref="Path"/> is null.</summary>
internal sealed record OutputTarget(ReportWriter Writer, string? Path)
{
    public bool IsStandardOutput => Path is null;
}
