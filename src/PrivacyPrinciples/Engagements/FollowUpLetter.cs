using System.Collections.Generic;

namespace PrivacyPrinciples.Engagements;

/// <summary>A follow-up letter to one invited vendor, in the spirit of the regulators' December 2020 update: thanks, what needs more clarity and supporting information, or an urging to respond at all. Immutable.</summary>
public sealed record FollowUpLetter
{
    private readonly IReadOnlyList<LetterQuestion> _questions = [];

    /// <summary>The vendor id.</summary>
    public required string VendorId { get; init; }

    /// <summary>The vendor's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where to send it, when known.</summary>
    public string? Contact { get; init; }

    /// <summary>How the vendor responded.</summary>
    public required ResponseStatus Status { get; init; }

    /// <summary>The questions, in catalogue order.</summary>
    public IReadOnlyList<LetterQuestion> Questions { get => _questions; init => _questions = value ?? []; }

    /// <summary>The whole letter as Markdown.</summary>
    public required string Text { get; init; }
}
