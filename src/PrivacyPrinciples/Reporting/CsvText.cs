using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PrivacyPrinciples.Reporting;

/// <summary>Writing tidy CSV, shared by the report and engagement writers.</summary>
internal static class CsvText
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Writes one record: fields quoted as RFC 4180 says, <see langword="null"/> as an empty field, ending with <c>\n</c>.</summary>
    public static void Row(TextWriter writer, IReadOnlyList<string?> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var cell = cells[i] ?? string.Empty;
            line.Append(cell.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell);
        }

        writer.Write(line.Append('\n').ToString());
    }

    /// <summary>Text from an attestation or engagement file: a leading formula character is defused for spreadsheets, as OWASP advises.</summary>
    public static string? Defused(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>A Boolean as <c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";
}
