namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// A value written as one word of a POSIX shell command line, for the commands the tool suggests
/// ("then run: privacy-principles validate …"): left as it is when the shell reads it as one word
/// unchanged, in single quotes otherwise, each single quote in it written as <c>'\''</c>. A path
/// with a space, <c>$</c>, <c>;</c>, <c>&amp;</c> or a quote then pastes as the path it is. Stateless.
/// </summary>
internal static class ShellWord
{
    /// <summary>The value as one POSIX shell word; an empty value is <c>''</c>.</summary>
    /// <param name="value">The value, already made safe to show (<see cref="DisplayText.Clean"/>).</param>
    public static string Quote(string value)
    {
        if (value.Length > 0 && IsPlain(value))
        {
            return value;
        }

        return "'" + value.Replace("'", "'\\''", System.StringComparison.Ordinal) + "'";
    }

    // Characters no POSIX shell treats specially anywhere in a word (as Python's shlex.quote keeps them).
    private static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '@' or '%' or '+' or '=' or ':' or ',' or '.' or '/' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
