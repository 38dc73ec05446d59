namespace PrivacyPrinciples.Serialization.Json;

/// <summary>A 1-based line and column (in characters) in a text document.</summary>
internal readonly record struct SourceLocation(int Line, int Column);
