using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>
/// What a second thread can gain on the measuring machine, for work that does not allocate and for
/// work that allocates short-lived small objects as an evaluation does: the ceiling against which
/// <see cref="BatchBenchmarks"/>' ratio of two workers to one is read. Each benchmark does two equal
/// units of work, one after the other on one thread or side by side on two; the ratio of the two
/// within a category is what the second thread gives.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ParallelCeilingBenchmarks
{
    // About 0.1 s a unit here: long enough to hide starting a task, short enough for a dry run.
    private const int ComputeSteps = 80_000_000;

    // About 100 MB a unit, in objects of 48 bytes; an evaluation allocates 30 to 50 KB, mostly small.
    private const int Allocations = 2_000_000;

    // How many of the allocated objects stay reachable at once, as an attestation in flight keeps its
    // results alive until it is written.
    private const int Live = 4_096;

    /// <summary>Two units of arithmetic with no allocation, one after the other.</summary>
    [Benchmark(Baseline = true, Description = "compute, one thread")]
    [BenchmarkCategory("compute")]
    public ulong ComputeOneThread() => Compute() ^ Compute();

    /// <summary>The same two units on two threads.</summary>
    [Benchmark(Description = "compute, two threads")]
    [BenchmarkCategory("compute")]
    public ulong ComputeTwoThreads() => OnTwoThreads(Compute);

    /// <summary>Two units of small short-lived allocations, one after the other.</summary>
    [Benchmark(Baseline = true, Description = "allocate, one thread")]
    [BenchmarkCategory("allocate")]
    public ulong AllocateOneThread() => Allocate() ^ Allocate();

    /// <summary>The same two units on two threads: each collection stops both.</summary>
    [Benchmark(Description = "allocate, two threads")]
    [BenchmarkCategory("allocate")]
    public ulong AllocateTwoThreads() => OnTwoThreads(Allocate);

    private static ulong OnTwoThreads(System.Func<ulong> unit)
    {
        var other = Task.Run(unit);
        var mine = unit();
        return mine ^ other.GetAwaiter().GetResult();
    }

    // A hash chain: each step needs the one before, so nothing is folded away. (It wraps by design.)
    private static ulong Compute()
    {
        unchecked
        {
            var hash = 14695981039346656037ul;
            for (var i = 0; i < ComputeSteps; i++)
            {
                hash = (hash ^ (ulong)i) * 1099511628211ul;
            }

            return hash;
        }
    }

    // Objects kept in a ring, so each lives a while and escapes, as an evaluation's results do.
    private static ulong Allocate()
    {
        var ring = new object[Live][];
        var total = 0ul;
        for (var i = 0; i < Allocations; i++)
        {
            var item = new object[4];
            ring[i & (Live - 1)] = item;
            total += (ulong)item.Length;
        }

        return total;
    }
}
