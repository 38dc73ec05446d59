namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>What the facts say of a check, as the NRules peer's hand-written checks work it out: an unstated fact leaves it unknown, never false.</summary>
internal enum FactVerdict
{
    /// <summary>A fact it reads is not stated, and no stated fact decides it.</summary>
    Unknown,

    /// <summary>The stated facts meet it.</summary>
    Holds,

    /// <summary>A stated fact contradicts it.</summary>
    Fails,
}
