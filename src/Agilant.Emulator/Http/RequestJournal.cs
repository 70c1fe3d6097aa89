using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator.Http;

namespace Agilant.Emulator;

/// <summary>
/// Every request the emulator received, rejected and faulted ones included, in arrival order, or the latest of them
/// when it has a capacity. A request is recorded once its exchange ends (answered, dropped or abandoned by the client).
/// </summary>
/// <param name="capacity">How many of the latest requests to keep; null keeps every one.</param>
public sealed class RequestJournal(int? capacity = null)
{
    private readonly int? capacity = capacity is < 0 ? throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A journal keeps zero requests or more.") : capacity;
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> entries = [];
    private long lastSequence;

    /// <summary>Raised after each request is recorded, on the thread that served it.</summary>
    public event EventHandler<RecordedRequest>? Recorded;

    /// <summary>Raised when a request has been read, before it is answered, on the thread that serves it.</summary>
    public event EventHandler<RecordedRequest>? Arrived;

    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    /// <summary>The requests with this method (case-insensitive; null = any) under this decoded path prefix, in whole segments (null = any).</summary>
    public IReadOnlyList<RecordedRequest> Filter(string? method = null, string? pathPrefix = null) =>
        All.Where(entry => (method is null || entry.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
                           && PathPrefix.Matches(entry.Path, pathPrefix))
            .ToList();

    /// <summary>The first recorded request that satisfies the predicate, already recorded or still to come.</summary>
    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> predicate, CancellationToken cancellationToken = default) =>
        WaitForEventAsync(handler => Recorded += handler, handler => Recorded -= handler, () => All.FirstOrDefault(predicate), predicate, cancellationToken);

    /// <summary>
    /// The first request to arrive from now on that satisfies the predicate, once its body is read and before it is
    /// answered: for tests that must act while a call is in flight (its entry in <see cref="All"/> comes when it ends).
    /// </summary>
    public Task<RecordedRequest> WaitForArrivalAsync(Func<RecordedRequest, bool> predicate, CancellationToken cancellationToken = default) =>
        WaitForEventAsync(handler => Arrived += handler, handler => Arrived -= handler, () => null, predicate, cancellationToken);

    internal void Announce(RecordedRequest arrived) => Arrived?.Invoke(this, arrived);

    private static async Task<RecordedRequest> WaitForEventAsync(
        Action<EventHandler<RecordedRequest>> subscribe,
        Action<EventHandler<RecordedRequest>> unsubscribe,
        Func<RecordedRequest?> alreadyThere,
        Func<RecordedRequest, bool> predicate,
        CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnEvent(object? sender, RecordedRequest entry)
        {
            if (predicate(entry))
            {
                found.TrySetResult(entry);
            }
        }

        subscribe(OnEvent);
        try
        {
            return alreadyThere() ?? await found.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            unsubscribe(OnEvent);
        }
    }

    internal long NextSequence() => Interlocked.Increment(ref lastSequence);

    internal void Add(RecordedRequest entry)
    {
        lock (gate)
        {
            // Exchanges can end out of arrival order (a delayed request, a slow client); keep arrival order.
            var index = entries.FindLastIndex(existing => existing.Sequence < entry.Sequence) + 1;
            entries.Insert(index, entry);
            if (capacity is { } kept && entries.Count > kept)
            {
                entries.RemoveRange(0, entries.Count - kept);
            }
        }

        Recorded?.Invoke(this, entry);
    }
}
