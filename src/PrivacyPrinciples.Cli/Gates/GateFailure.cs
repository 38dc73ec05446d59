namespace PrivacyPrinciples.Cli.Gates;

/// <summary>One reason the build should fail, already worded for the user.</summary>
internal sealed record GateFailure(string Gate, string Message);
