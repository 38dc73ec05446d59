using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>Prints a document's input errors, one per line, at most a screenful.</summary>
internal static class ErrorPrinter
{
    public const int MaxLines = 20;

    public static void Print(TextWriter error, string what, string source, IReadOnlyList<InputError> errors)
    {
        // The reader lists at most ReaderOptions.MaxErrors and says how many more in a last error of its own.
        var more = errors.Count > 0 && errors[errors.Count - 1].Code == InputErrorCodes.TooManyErrors ? errors[errors.Count - 1] : null;
        var listed = more is null ? errors : errors.Take(errors.Count - 1).ToArray();
        error.WriteLine($"{CliApplication.Name}: {(source.Length == 0 ? "''" : DisplayText.Clean(source))} is not a valid {what} ({Count(listed.Count)}{(more is null ? string.Empty : " and more")}):");
        for (var i = 0; i < listed.Count && i < MaxLines; i++)
        {
            error.WriteLine("  " + listed[i]);
        }

        if (listed.Count > MaxLines)
        {
            error.WriteLine($"  ... and {listed.Count - MaxLines} more listed; fix these first.");
        }

        if (more is not null)
        {
            error.WriteLine("  " + more);
        }
    }

    private static string Count(int n) => n == 1 ? "1 error" : $"{n} errors";
}
