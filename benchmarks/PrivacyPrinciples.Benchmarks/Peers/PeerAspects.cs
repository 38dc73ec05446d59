using System;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// The aspects of assurance a peer decides: which of achieve, monitor and independent validation
/// current, fitting evidence covers. The evaluator reports the same as
/// <see cref="Evaluation.ExpectationResult.AssuranceAspects"/>; a set of flags compares by value.
/// </summary>
[Flags]
public enum PeerAspects
{
    /// <summary>No evidence counts: the claim rests on the vendor's word, or earns no credit.</summary>
    None = 0,

    /// <summary>Evidence of how the measure is achieved.</summary>
    Achieve = 1,

    /// <summary>Evidence of how it is monitored, including the vendor's own validation.</summary>
    Monitor = 2,

    /// <summary>Independent evidence that validates it.</summary>
    Validate = 4,
}
