using System.IO;
using System.Text;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>
/// Standard error, cleaned: messages quote file names, property names and vendor names from the
/// inputs, and none of them may send escape sequences, carriage returns or bidirectional overrides
/// to the terminal (<see cref="DisplayText.CleanLines"/>). Values quoted inside a message are also
/// made single-line where the message is built (<see cref="DisplayText.Clean"/>), so none can
/// start a line of its own.
/// </summary>
internal sealed class CleaningTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine accepts null as "the default".
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => inner.Write(DisplayText.IsUnsafe(value) || value == '\r' ? '\uFFFD' : value);

    public override void Write(string? value) => inner.Write(value is null ? null : DisplayText.CleanLines(value));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : DisplayText.CleanLines(value));

    public override void Flush() => inner.Flush();

    /// <summary>Writes the tool's own terminal control sequences (the progress line), uncleaned; never text from an input.</summary>
    public void WriteControl(string sequence) => inner.Write(sequence);
}
