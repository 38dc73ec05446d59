using System;
using System.Collections.Generic;
using System.IO;
using PrivacyPrinciples.Reporting;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>Writes a batch to every target: files atomically, standard output directly.</summary>
internal static class OutputWriter
{
    /// <returns>The number of targets that could not be written (each already explained on standard error).</returns>
    public static int WriteAll(IReadOnlyList<OutputTarget> targets, ReportBatch batch, CliContext context)
    {
        var failures = 0;
        foreach (var target in targets)
        {
            var text = new StringWriter { NewLine = "\n" };
            target.Writer.Write(batch, text);
            if (target.IsStandardOutput)
            {
                context.Out.Write(text.ToString());
                continue;
            }

            try
            {
                AtomicFile.Write(target.Path!, text.ToString());
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                context.Error.WriteLine($"{CliApplication.Name}: could not write {target.Path}: {exception.Message}");
                failures++;
            }
        }

        return failures;
    }
}
