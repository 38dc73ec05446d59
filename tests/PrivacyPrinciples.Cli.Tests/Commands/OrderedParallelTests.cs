using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PrivacyPrinciples.Cli.Commands;

namespace PrivacyPrinciples.Cli.Tests.Commands;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Results_ComeInTheItemsOrder_WhicheverFinishesFirst(int workers)
    {
        // Early items take longest, so finishing order is the reverse of the input order.
        var results = OrderedParallel.Select(Enumerable.Range(0, 40), i =>
        {
            Thread.Sleep((40 - i) % 7);
            return i * 10;
        }, workers).ToList();

        results.Should().Equal(Enumerable.Range(0, 40).Select(i => i * 10));
    }

    [Fact]
    public void NoMoreThanTheWorkersRunAtOnce_AndSeveralDo()
    {
        var running = 0;
        var most = 0;
        var results = OrderedParallel.Select(Enumerable.Range(0, 30), i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);

            // The first two items wait for each other (up to a generous limit), so overlap is shown
            // however loaded the machine is; run one at a time, they would only time out.
            if (i < 2)
            {
                SpinWait.SpinUntil(() => Volatile.Read(ref running) >= 2, TimeSpan.FromSeconds(10));
            }

            Thread.Sleep(1);
            Interlocked.Decrement(ref running);
            return i;
        }, workers: 3).ToList();

        results.Should().HaveCount(30);
        most.Should().BeLessThanOrEqualTo(3).And.BeGreaterThan(1, "three workers were asked for, so items overlap");
    }

    [Fact]
    public void TheWeightInFlight_StaysWithinTheBudget_WhateverTheWorkers_AndAHeavyItemStillRuns()
    {
        // Eight workers, items of 10 and a budget of 25: no more than two may be in flight at once,
        // and an item heavier than the whole budget still runs (alone).
        var running = 0;
        var most = 0;
        var weights = Enumerable.Range(0, 30).Select(i => i == 20 ? 100L : 10L).ToArray();
        var results = OrderedParallel.Select(Enumerable.Range(0, 30), i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(1);
            Interlocked.Decrement(ref running);
            return i;
        }, workers: 8, weight: i => weights[i], budget: 25).ToList();

        results.Should().Equal(Enumerable.Range(0, 30));
        most.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    public void OneWorker_RunsOnTheCallingThread()
    {
        var caller = Environment.CurrentManagedThreadId;

        OrderedParallel.Select(Enumerable.Range(0, 5), _ => Environment.CurrentManagedThreadId, workers: 1)
            .Should().OnlyContain(thread => thread == caller);
    }

    [Fact]
    public void TheItemsInFlight_AreBounded_SoABatchOfAnySizeRunsInBoundedMemory()
    {
        var taken = 0;
        var mostAhead = 0;
        var consumed = 0;
        IEnumerable<int> Items()
        {
            for (var i = 0; i < 200; i++)
            {
                taken++;
                mostAhead = Math.Max(mostAhead, taken - consumed);
                yield return i;
            }
        }

        foreach (var _ in OrderedParallel.Select(Items(), i => i, workers: 2))
        {
            consumed++;
        }

        consumed.Should().Be(200);
        mostAhead.Should().BeLessThanOrEqualTo((2 * OrderedParallel.ItemsInFlightPerWorker) + 1);
    }

    [Fact]
    public void AConsumerThatStopsEarly_LeavesNoWorkRunning()
    {
        var finished = 0;
        var started = 0;
        foreach (var result in OrderedParallel.Select(Enumerable.Range(0, 100), i =>
        {
            Interlocked.Increment(ref started);
            Thread.Sleep(2);
            Interlocked.Increment(ref finished);
            return i;
        }, workers: 2))
        {
            if (result == 3)
            {
                break;
            }
        }

        var afterStop = Volatile.Read(ref finished);
        afterStop.Should().Be(Volatile.Read(ref started), "every item started was waited for before the loop ended");
        Thread.Sleep(50);
        Volatile.Read(ref finished).Should().Be(afterStop, "nothing runs after the consumer stopped");
    }

    [Fact]
    public void AnExceptionFromTheWork_SurfacesWhenItsResultIsDue()
    {
        var seen = new List<int>();
        var act = () =>
        {
            foreach (var result in OrderedParallel.Select(Enumerable.Range(0, 10), i => i == 4 ? throw new InvalidOperationException("item 4") : i, workers: 2))
            {
                seen.Add(result);
            }
        };

        act.Should().Throw<InvalidOperationException>().WithMessage("item 4");
        seen.Should().Equal(0, 1, 2, 3);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
