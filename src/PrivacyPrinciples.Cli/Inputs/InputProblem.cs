namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>
/// A path on the command line (or in a folder) that gives no document, and why. Kept apart rather
/// than as one line of text, so that the reports can list it as an input that could not be read.
/// Immutable.
/// </summary>
/// <param name="Path">The path, as given.</param>
/// <param name="Message">Why it gives no document.</param>
internal sealed record InputProblem(string Path, string Message)
{
    /// <summary>The problem as the error output says it: <c>path: why</c>, the path neutralised.</summary>
    public override string ToString() => (Path.Length == 0 ? "''" : DisplayText.Clean(Path)) + ": " + Message;
}
