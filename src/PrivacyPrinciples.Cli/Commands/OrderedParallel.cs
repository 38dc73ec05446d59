using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>
/// Runs work on each item of a sequence on several threads and gives the results back in the
/// sequence's order, with a bounded number of items in flight: a batch of any size uses every core
/// without its results (or its memory) depending on which thread finished first.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// How many items may wait, done or not, per worker: one being worked on and one ready, enough
    /// to keep workers busy while the consumer writes. More only keeps more attestations and reports
    /// alive through each garbage collection: measured with four, two workers gained less.
    /// </summary>
    internal const int ItemsInFlightPerWorker = 2;

    /// <summary>
    /// The results of <paramref name="work"/> on each item, in the items' order. With one worker the
    /// work runs on the calling thread, item by item, exactly as a loop would. The items are
    /// enumerated on the calling thread; an exception from the work surfaces when its result is due.
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="work">The work on one item; runs on any thread.</param>
    /// <param name="workers">How many items are worked on at once at most.</param>
    /// <param name="weight">What an item weighs (its size in bytes), for <paramref name="budget"/>; none when <see langword="null"/>.</param>
    /// <param name="budget">
    /// The most weight in flight at once: past it, no further item starts until earlier results are
    /// given back, so that memory follows the items' size and not only the number of workers (one
    /// item always may start, whatever it weighs).
    /// </param>
    public static IEnumerable<TResult> Select<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work, int workers, Func<TItem, long>? weight = null, long budget = long.MaxValue)
    {
        if (workers <= 1)
        {
            foreach (var item in items)
            {
                yield return work(item);
            }

            yield break;
        }

        var pending = new Queue<(Task<TResult> Task, long Weight)>();
        var inFlight = 0L;
        using var slots = new SemaphoreSlim(workers);
        try
        {
            foreach (var item in items)
            {
                var weighs = Math.Max(weight?.Invoke(item) ?? 0, 0);
                while (pending.Count > 0 && (pending.Count >= workers * ItemsInFlightPerWorker || inFlight + weighs > budget))
                {
                    var (done, weighed) = pending.Dequeue();
                    inFlight -= weighed;
                    yield return done.GetAwaiter().GetResult();
                }

                pending.Enqueue((Run(item), weighs));
                inFlight += weighs;
            }

            while (pending.Count > 0)
            {
                yield return pending.Dequeue().Task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A consumer that stops early (an unreadable stream) must not leave work running behind it.
            foreach (var (task, _) in pending)
            {
                try
                {
                    task.GetAwaiter().GetResult();
                }
                catch (Exception)
                {
                    // Its result is not wanted; the consumer stopped for its own reason.
                }
            }
        }

        async Task<TResult> Run(TItem item)
        {
            await slots.WaitAsync().ConfigureAwait(false);
            try
            {
                return await Task.Run(() => work(item)).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }
    }
}
