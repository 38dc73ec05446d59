using System.Collections.Generic;

namespace PrivacyPrinciples.Rules;

/// <summary>How one expectation differs between two versions of a rule set, and why. Immutable.</summary>
public sealed class ExpectationRevision
{
    internal ExpectationRevision(string id, string title, RevisionKind kind, IReadOnlyList<string> changedAspects, ExpectationLevel? levelBefore, ExpectationLevel? levelAfter, ExpectationBasis? basisBefore, ExpectationBasis? basisAfter, IReadOnlyList<string> notes)
    {
        Id = id;
        Title = title;
        Kind = kind;
        ChangedAspects = changedAspects;
        LevelBefore = levelBefore;
        LevelAfter = levelAfter;
        BasisBefore = basisBefore;
        BasisAfter = basisAfter;
        Notes = notes;
    }

    /// <summary>The expectation's identifier.</summary>
    public string Id { get; }

    /// <summary>Its title in the newer version (the older one's when removed).</summary>
    public string Title { get; }

    /// <summary>Added, changed or removed.</summary>
    public RevisionKind Kind { get; }

    /// <summary>
    /// For a changed expectation, the rule-set format's names of what changed, for example
    /// <c>level</c>, <c>checks</c>, <c>sources</c>; see <see cref="RuleSetDiff.IsSubstantive"/>.
    /// </summary>
    public IReadOnlyList<string> ChangedAspects { get; }

    /// <summary>The level in the older version; <see langword="null"/> when added.</summary>
    public ExpectationLevel? LevelBefore { get; }

    /// <summary>The level in the newer version; <see langword="null"/> when removed.</summary>
    public ExpectationLevel? LevelAfter { get; }

    /// <summary>The basis in the older version; <see langword="null"/> when added.</summary>
    public ExpectationBasis? BasisBefore { get; }

    /// <summary>The basis in the newer version; <see langword="null"/> when removed.</summary>
    public ExpectationBasis? BasisAfter { get; }

    /// <summary>Why it changed, as the newer version's revision notes say; empty when they say nothing about it.</summary>
    public IReadOnlyList<string> Notes { get; }
}
