using System.Collections.Generic;
using System.IO;

namespace PrivacyPrinciples.Reporting;

/// <summary>Writing tidy CSV, shared by the report and engagement writers.</summary>
internal static class CsvText
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>
    /// Writes one record: fields quoted as RFC 4180 says, <see langword="null"/> as an empty field,
    /// ending with <c>\n</c>. Every field is a single-line value neutralised by
    /// <see cref="DisplayText.Clean"/>, and defused (<see cref="Defused"/>) unless it is a plain
    /// number, so no column, whatever it holds, can carry a formula or a control character.
    /// </summary>
    public static void Row(TextWriter writer, IReadOnlyList<string?> cells)
    {
        WriteFields(writer, cells);
        writer.Write('\n');
    }

    /// <summary>
    /// The fields of a record as <see cref="Row(TextWriter, IReadOnlyList{string})"/> writes them, without the line end: for
    /// the cells every row of a report shares, made once and written with <see cref="Row(TextWriter, string, IReadOnlyList{string})"/>.
    /// </summary>
    public static string Fields(IReadOnlyList<string?> cells)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteFields(text, cells);
        return text.ToString();
    }

    /// <summary>Writes one record that begins with fields made by <see cref="Fields"/>, then <paramref name="cells"/>.</summary>
    public static void Row(TextWriter writer, string leadingFields, IReadOnlyList<string?> cells)
    {
        writer.Write(leadingFields);
        writer.Write(',');
        Row(writer, cells);
    }

    // Straight to the writer, a field at a time: a batch writes tens of rows per report, and a line built first would be garbage at once.
    private static void WriteFields(TextWriter writer, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            if (cells[i] is not { } value)
            {
                continue;
            }

            var cell = Field(value);
            if (cell.IndexOfAny(NeedsQuotes) >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\""));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }
    }

    /// <summary>Text from an attestation or engagement file: a leading formula character is defused for spreadsheets, as OWASP advises.</summary>
    public static string? Defused(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    // Negative numbers start with '-' but are data, not formulas: only they are left as they are.
    // Defused before it is neutralised, so a leading carriage return still marks the cell.
    private static string Field(string value) => IsNumber(value) ? value : DisplayText.Clean(Defused(value)!);

    private static bool IsNumber(string text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var digits = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            if (text[i] is >= '0' and <= '9')
            {
                digits++;
            }
            else if (text[i] == '.' && !point && digits > 0)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && text[text.Length - 1] != '.';
    }

    /// <summary>A Boolean as <c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";
}
