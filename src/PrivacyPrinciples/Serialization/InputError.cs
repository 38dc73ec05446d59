using System.Globalization;
using System.Text;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// One problem with an input document: which file, where (JSON Pointer and line/column), a stable
/// code, and a message saying what was expected. Immutable.
/// </summary>
/// <remarks>The codes are listed in <c>docs/errors.md</c>; they never change meaning.</remarks>
public sealed record InputError
{
    private readonly string _source = string.Empty;
    private readonly string _pointer = string.Empty;

    /// <summary>A stable code such as <c>schema-required</c> or <c>ruleset-unknown-fact</c>.</summary>
    public required string Code { get; init; }

    /// <summary>What is wrong and what was expected, in one sentence.</summary>
    public required string Message { get; init; }

    /// <summary>The file (as the caller named it) or another name for the input, such as <c>&lt;stdin&gt;</c>.</summary>
    public string Source { get => _source; init => _source = value ?? string.Empty; }

    /// <summary>The JSON Pointer of the offending value; empty for the whole document.</summary>
    public string Pointer { get => _pointer; init => _pointer = value ?? string.Empty; }

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column in characters, when known.</summary>
    public int? Column { get; init; }

    /// <summary>
    /// The error in the form compilers and CI annotations use:
    /// <c>file:line:column: error code: message (at pointer)</c>, always one line: the file name,
    /// the message (which may quote the input) and the pointer are neutralised as every output of
    /// the package is (control and bidirectional characters replaced, line breaks made spaces), so
    /// a name in a document cannot forge a line naming another file. Culture-invariant.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Source.Length == 0 ? "<input>" : DisplayText.Clean(Source));
        if (Line is int line)
        {
            text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
            if (Column is int column)
            {
                text.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
            }
        }

        text.Append(": error ").Append(Code).Append(": ").Append(DisplayText.Clean(Message));
        text.Append(Pointer.Length == 0 ? " (at the document root)" : " (at " + DisplayText.Clean(Pointer) + ")");
        return text.ToString();
    }
}
