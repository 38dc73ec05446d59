using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// What a rule set accepts of one kind of evidence, whatever the expectation: whether it can come
/// from an independent party at all, and for how long after it was issued it counts. Immutable.
/// </summary>
/// <remarks>
/// A rule set lists every <see cref="EvidenceKind"/> once, so no kind is accepted by default.
/// The age limit applies from <see cref="Evidence.Issued"/> whatever <see cref="Evidence.Expires"/>
/// says: a certificate "valid until 2099" issued in 1970 is stale.
/// </remarks>
public sealed record EvidenceKindRule
{
    /// <summary>The kind of evidence.</summary>
    public required EvidenceKind Kind { get; init; }

    /// <summary>
    /// Whether evidence of this kind can be independent (an audit, a certification, a test by an
    /// outside party). Independent evidence of a kind that cannot be is refused, not credited.
    /// </summary>
    public required bool MayBeIndependent { get; init; }

    /// <summary>How many months after it was issued evidence of this kind still counts, 1 to 120.</summary>
    public required int MaxAgeMonths { get; init; }
}
