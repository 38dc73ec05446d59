namespace PrivacyPrinciples.Comparison;

/// <summary>How one principle's score changed. Immutable.</summary>
public sealed record PrincipleChange
{
    /// <summary>The principle.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>The score before, when the principle had one.</summary>
    public double? Before { get; init; }

    /// <summary>The score now, when the principle has one.</summary>
    public double? After { get; init; }

    /// <summary>After minus before, when both exist.</summary>
    public double? Delta { get; init; }
}
