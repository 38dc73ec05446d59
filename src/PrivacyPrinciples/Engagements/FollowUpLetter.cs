using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PrivacyPrinciples.Engagements;

/// <summary>A follow-up letter to one invited vendor, in the spirit of the regulators' December 2020 update: thanks, what needs more clarity and supporting information, or an urging to respond at all. Immutable.</summary>
public sealed record FollowUpLetter
{
    private readonly IReadOnlyList<LetterQuestion> _questions = ValueList<LetterQuestion>.Empty;

    /// <summary>Results are made by the library only.</summary>
    [JsonConstructor]
    internal FollowUpLetter()
    {
    }

    /// <summary>The vendor id.</summary>
    [JsonInclude]
    public string VendorId { get; internal init; } = string.Empty;

    /// <summary>The vendor's name.</summary>
    [JsonInclude]
    public string Name { get; internal init; } = string.Empty;

    /// <summary>Where to send it, when known.</summary>
    [JsonInclude]
    public string? Contact { get; internal init; }

    /// <summary>How the vendor responded.</summary>
    [JsonInclude]
    public ResponseStatus Status { get; internal init; }

    /// <summary>The questions, in catalogue order.</summary>
    [JsonInclude]
    public IReadOnlyList<LetterQuestion> Questions { get => _questions; internal init => _questions = ValueList<LetterQuestion>.Of(value); }

    /// <summary>The whole letter as Markdown.</summary>
    [JsonInclude]
    public string Text { get; internal init; } = string.Empty;
}
