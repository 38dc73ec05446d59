using System.Collections.Generic;

namespace PrivacyPrinciples.Synthetic;

/// <summary>The independent random streams of one generated attestation, so that, for example, a vendor's name does not change when the rule set does.</summary>
internal enum SyntheticStream
{
    Profile = 1,
    Identity = 2,
    Facts = 3,
    Answers = 4,
    Evidence = 5,
    Wording = 6,
    FollowUp = 7,
    FollowUpEvidence = 8,
    Engagement = 9,
}

/// <summary>
/// A small pseudo-random generator (xoshiro256**, seeded through SplitMix64) whose output is fixed
/// by its inputs on every platform and runtime, unlike <see cref="System.Random"/>, whose algorithm
/// is an implementation detail. Uses only integer arithmetic and exactly rounded floating-point
/// operations. Not thread-safe; each attestation uses its own instances.
/// </summary>
internal sealed class SyntheticRandom
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;
    private const double TwoToMinus53 = 1.0 / 9007199254740992.0;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private SyntheticRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    private SyntheticRandom(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        _s0 = s0;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
    }

    /// <summary>The stream <paramref name="stream"/> of attestation <paramref name="index"/> under <paramref name="seed"/>, independent of every other index.</summary>
    public static SyntheticRandom For(int seed, int index, SyntheticStream stream)
    {
        unchecked
        {
            // (seed, index) fills 64 bits exactly, so every pair gets its own key; mixing spreads
            // neighbouring keys across the whole state space before the stream is added.
            var key = ((ulong)(uint)seed << 32) | (uint)index;
            return new SyntheticRandom(Mix(key) + (Mix((ulong)stream) * GoldenGamma));
        }
    }

    /// <summary>A generator in the given xoshiro256** state, for checking the algorithm against its reference outputs.</summary>
    internal static SyntheticRandom FromState(ulong s0, ulong s1, ulong s2, ulong s3) => new(s0, s1, s2, s3);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A whole number from 0 to <paramref name="maxExclusive"/> − 1; 0 when <paramref name="maxExclusive"/> is 1 or less.</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            _ = NextUInt64();
            return 0;
        }

        // The top 32 bits scaled to the range: the bias is below 2^-32 × range, far below anything a simulation can see.
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Between(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * TwoToMinus53;

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>One item, chosen uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Shuffles the list in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>One step of SplitMix64: advances <paramref name="state"/> and returns the next output.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            state += GoldenGamma;
            return Mix(state);
        }
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong value, int count) => (value << count) | (value >> (64 - count));
}
