using System.Collections.Generic;

namespace PrivacyPrinciples.Rules;

/// <summary>What changed between two versions of a rule set (<see cref="RuleSetDiff.Compare"/>). Immutable.</summary>
public sealed class RuleSetChanges
{
    internal RuleSetChanges(string olderId, string olderVersion, string newerId, string newerVersion, IReadOnlyList<ExpectationRevision> expectations, IReadOnlyList<string> generalNotes)
    {
        OlderId = olderId;
        OlderVersion = olderVersion;
        NewerId = newerId;
        NewerVersion = newerVersion;
        Expectations = expectations;
        GeneralNotes = generalNotes;
    }

    /// <summary>The older rule set's identifier.</summary>
    public string OlderId { get; }

    /// <summary>The older rule set's version.</summary>
    public string OlderVersion { get; }

    /// <summary>The newer rule set's identifier.</summary>
    public string NewerId { get; }

    /// <summary>The newer rule set's version.</summary>
    public string NewerVersion { get; }

    /// <summary>Every expectation added, changed or removed: the newer version's catalogue order, removed ones last.</summary>
    public IReadOnlyList<ExpectationRevision> Expectations { get; }

    /// <summary>The newer version's notes on the rule set as a whole.</summary>
    public IReadOnlyList<string> GeneralNotes { get; }
}
