namespace PrivacyPrinciples.Cli;

/// <summary>The tool's exit codes, documented in the README and in --help.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and evaluated, and every gate passed.</summary>
    public const int Success = 0;

    /// <summary>A gate failed (score under threshold, baseline gap, regression).</summary>
    public const int GateFailed = 1;

    /// <summary>An input was invalid or unreadable, or the command line was wrong.</summary>
    public const int InvalidInput = 2;

    /// <summary>The tool itself failed; this is a bug.</summary>
    public const int InternalError = 3;

    /// <summary>
    /// Standard output's reader went away (<c>| head</c>): the run stopped quietly, as a process
    /// ended by SIGPIPE does (128 + 13, what shells show for git or cat in the same place), so
    /// <c>set -o pipefail</c> scripts can tell it from success and from a failure of their own.
    /// </summary>
    public const int OutputClosed = 141;
}
