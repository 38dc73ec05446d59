using System;
using System.IO;
using System.Text;

namespace PrivacyPrinciples.Cli.Tests.Support;

/// <summary>Runs the tool in-process with captured streams and a fixed clock.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Today = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? standardInput, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext
        {
            Out = output,
            Error = error,
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? string.Empty)),
            Clock = new FixedClock(Today),
        };

        var exit = CliApplication.Run(args, context);
        return new Result(exit, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
