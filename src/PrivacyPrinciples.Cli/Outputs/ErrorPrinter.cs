using System.Collections.Generic;
using System.IO;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>Prints a document's input errors, one per line, at most a screenful.</summary>
internal static class ErrorPrinter
{
    public const int MaxLines = 20;

    public static void Print(TextWriter error, string what, string source, IReadOnlyList<InputError> errors)
    {
        error.WriteLine($"{CliApplication.Name}: {source} is not a valid {what} ({Count(errors.Count)}):");
        for (var i = 0; i < errors.Count && i < MaxLines; i++)
        {
            error.WriteLine("  " + errors[i]);
        }

        if (errors.Count > MaxLines)
        {
            error.WriteLine($"  ... and {errors.Count - MaxLines} more; fix these first.");
        }
    }

    private static string Count(int n) => n == 1 ? "1 error" : $"{n} errors";
}
