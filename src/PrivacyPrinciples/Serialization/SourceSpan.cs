namespace PrivacyPrinciples.Serialization;

/// <summary>A region of a text document: 1-based start line and column, and the line and column just after its end (in characters), as SARIF regions count them. Immutable.</summary>
/// <param name="StartLine">The line the region starts on.</param>
/// <param name="StartColumn">The column of its first character.</param>
/// <param name="EndLine">The line it ends on.</param>
/// <param name="EndColumn">The column after its last character.</param>
public readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn);
