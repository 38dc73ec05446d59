using System.IO;
using System.Text;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Standard error, cleaned: messages quote file names, property names and vendor names from the
/// inputs, and none of them may send escape sequences or bidirectional overrides to the terminal.
/// </summary>
internal sealed class CleaningTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(DisplayText.IsUnsafe(value) ? '\uFFFD' : value);

    public override void Write(string? value) => inner.Write(value is null ? null : DisplayText.Clean(value));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : DisplayText.Clean(value));

    public override void Flush() => inner.Flush();
}
