using System;

namespace PrivacyPrinciples.Waivers;

/// <summary>
/// An accepted gap: an expectation a team has decided not to meet for now, with the reason, who
/// approved it, and the date it stops applying. A waived gap does not fail a gate but stays
/// visible in every report. Immutable.
/// </summary>
public sealed record Waiver
{
    /// <summary>The expectation waived, for example <c>SEC-03</c>.</summary>
    public required string ExpectationId { get; init; }

    /// <summary>Why the gap is accepted. Required: a waiver without a reason is refused.</summary>
    public required string Justification { get; init; }

    /// <summary>Who approved it, by name or role: someone answers for every accepted gap.</summary>
    public required string Approver { get; init; }

    /// <summary>The last date the waiver applies (time of day is ignored); after it the gap counts again.</summary>
    public required DateTime Expires { get; init; }
}
