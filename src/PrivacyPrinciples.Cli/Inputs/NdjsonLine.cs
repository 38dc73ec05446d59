using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>One line of an NDJSON stream: its bytes (without the line break), or why it could not be read.</summary>
internal sealed record NdjsonLine(int Number, byte[]? Bytes, InputError? Error);
