using System.Linq;

namespace PrivacyPrinciples.Synthetic.Tests;

public class SyntheticRandomTests
{
    private static readonly ulong[] PinnedOutput = [17076884024894738359UL, 14659599117082462097UL, 15570927734969502UL];

    [Fact]
    public void SplitMix64_MatchesTheReferenceOutputs()
    {
        // Seed 1234567, as in the reference implementation's test vectors (Vigna, splitmix64.c).
        var state = 1234567UL;

        Enumerable.Range(0, 5).Select(_ => SyntheticRandom.SplitMix64(ref state))
            .Should().Equal(6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL);
    }

    [Fact]
    public void Xoshiro256StarStar_MatchesTheReferenceOutputs()
    {
        // State {1, 2, 3, 4}, as in the reference implementation (Blackman and Vigna, xoshiro256starstar.c).
        var random = SyntheticRandom.FromState(1, 2, 3, 4);

        Enumerable.Range(0, 5).Select(_ => random.NextUInt64())
            .Should().Equal(11520UL, 0UL, 1509978240UL, 1215971899390074240UL, 1216172134540287360UL);
    }

    [Fact]
    public void For_SameInputs_GiveTheSameSequence()
    {
        var first = SyntheticRandom.For(42, 7, SyntheticStream.Facts);
        var second = SyntheticRandom.For(42, 7, SyntheticStream.Facts);

        Enumerable.Range(0, 100).Select(_ => first.NextUInt64()).Should().Equal(Enumerable.Range(0, 100).Select(_ => second.NextUInt64()));
    }

    [Fact]
    public void For_NeighbouringIndicesSeedsAndStreams_GiveUnrelatedSequences()
    {
        var starts = new[]
        {
            SyntheticRandom.For(1, 0, SyntheticStream.Facts).NextUInt64(),
            SyntheticRandom.For(1, 1, SyntheticStream.Facts).NextUInt64(),
            SyntheticRandom.For(2, 0, SyntheticStream.Facts).NextUInt64(),
            SyntheticRandom.For(1, 0, SyntheticStream.Answers).NextUInt64(),
            SyntheticRandom.For(0, 1, SyntheticStream.Facts).NextUInt64(),
        };

        starts.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void For_Seed1Index0_KeepsItsPinnedOutput()
    {
        // The algorithm (SplitMix64 seeding xoshiro256**) is part of the reproducibility promise.
        var random = SyntheticRandom.For(1, 0, SyntheticStream.Profile);

        Enumerable.Range(0, 3).Select(_ => random.NextUInt64()).Should().Equal(PinnedOutput);
    }

    [Fact]
    public void Next_StaysInRange_AndCoversIt()
    {
        var random = SyntheticRandom.For(3, 3, SyntheticStream.Wording);

        var draws = Enumerable.Range(0, 5000).Select(_ => random.Next(7)).ToArray();

        draws.Should().OnlyContain(d => d >= 0 && d < 7);
        draws.Distinct().Should().HaveCount(7);
        draws.Count(d => d == 0).Should().BeInRange(550, 900);
    }

    [Fact]
    public void NextDouble_StaysInTheUnitInterval_WithAMeanNearOneHalf()
    {
        var random = SyntheticRandom.For(5, 0, SyntheticStream.Evidence);

        var draws = Enumerable.Range(0, 10000).Select(_ => random.NextDouble()).ToArray();

        draws.Should().OnlyContain(d => d >= 0 && d < 1);
        draws.Average().Should().BeApproximately(0.5, 0.02);
    }

    [Fact]
    public void Between_IncludesBothEnds()
    {
        var random = SyntheticRandom.For(9, 9, SyntheticStream.Identity);

        var draws = Enumerable.Range(0, 1000).Select(_ => random.Between(12, 14)).ToArray();

        draws.Distinct().Order().Should().Equal(12, 13, 14);
    }
}
