using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Storage.Ingest;

namespace Marsad.Storage.Monitoring;

/// <summary>What one poll round did.</summary>
public sealed record WatchRound(int Number, int Polled, int NotModified, int Failed, int NewItems, int Added, int Duplicates, TimeSpan Elapsed)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"round {Number}: {Polled} sources polled, {NotModified} not modified, {Failed} failed, {NewItems} new items, {Added} articles added, {Duplicates} duplicates in {Elapsed.TotalSeconds:F1} s");
}

/// <summary>
/// Watches sources: each is polled on its own schedule (<see cref="Schedule"/>), its new items analysed and
/// stored through the idempotent <see cref="Ingestor"/>, and its state kept in the store (<see cref="WatchState"/>)
/// so a restart resumes without refetching.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A round claims the due sources a chunk at a time and polls a chunk's sources in parallel
///   (<see cref="Parallelism"/>), one request at a time per host with a gap (<see cref="HostGates"/>).</item>
/// <item>The polls' results are stored on the calling thread, one source after another: the alert hits the
///   new documents match as pending (<see cref="Storing"/>), the documents in one transaction, their hits
///   (<see cref="Stored"/>), then the source's state and items. A crash after the documents refetches the items
///   at the next poll, and the content ids make them duplicates: nothing is stored twice or lost; the hits it
///   left pending are recorded as the next round starts (<see cref="RoundStarting"/>).</item>
/// <item>On cancellation the polls under way are abandoned (their sources stay due) and the ones already
///   answered are stored; the call then returns.</item>
/// <item>All times come from the injected <see cref="TimeProvider"/>.</item>
/// </list>
/// </remarks>
public sealed class Watcher
{
    private readonly IStore _store;
    private readonly WatchState _state;
    private readonly Ingestor _ingestor;
    private readonly TimeProvider _clock;
    private int _rounds;

    public Watcher(IStore store, WatchState state, MarsadPipeline pipeline, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _store = store;
        _state = state;
        _clock = clock;
        _ingestor = new Ingestor(store, pipeline, clock);
    }

    public required IReadOnlyList<string> Sources { get; init; }

    public TimeSpan Every { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>The least time between two requests to one host.</summary>
    public TimeSpan HostGap { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>How many sources are polled at once (hosts permitting).</summary>
    public int Parallelism { get; init; } = 16;

    /// <summary>How long a claim holds on PostgreSQL before another watcher may take the source.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(300);

    public ReaderOptions ReaderOptions { get; init; } = new();

    /// <summary>The name this watcher's leases are held under (<see cref="LeaseHolders.Name"/>).</summary>
    public string Owner { get; init; } = LeaseHolders.Current;

    /// <summary>Tells which holders of running leases have died on this machine, so a round takes their sources at once.</summary>
    public LeaseHolders Holders { get; init; } = LeaseHolders.ThisMachine;

    /// <summary>Called with the documents a poll is about to store, before their transaction (alerts mark pending hits here).</summary>
    public Action<IReadOnlyList<DocumentRecord>>? Storing { get; init; }

    /// <summary>Called with the documents each poll stored (alerts record their hits here); runs on the storing thread.</summary>
    public Action<IReadOnlyList<DocumentRecord>>? Stored { get; init; }

    /// <summary>Called as each round starts (alerts record the hits a killed watcher left pending).</summary>
    public Action? RoundStarting { get; init; }

    /// <summary>Adds the sources the store does not know yet (due at once) and sets every source's interval.</summary>
    public void Register() => _state.Register(Sources, Every, _clock.GetUtcNow());

    /// <summary>Polls every due source once and stores what is new.</summary>
    public WatchRound RunRound(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var number = Interlocked.Increment(ref _rounds);
        RoundStarting?.Invoke();
        int polled = 0, notModified = 0, failed = 0, items = 0, added = 0, duplicates = 0;
        using var fetcher = new HttpFetcher(Timeout, MaxBytes, _clock);
        var poller = new SourcePoller(fetcher, new HostGates(HostGap, _clock), _state, ReaderOptions);
        // Due by the round's start: a source polled in this round is due again later than that (its
        // interval is at least a second), so the round polls each source at most once however short it is.
        var start = _clock.GetUtcNow();
        _state.ReleaseDead(Holders, start);
        while (!cancellationToken.IsCancellationRequested)
        {
            var chunk = _state.Claim(Sources, Owner, start, _clock.GetUtcNow(), Lease, Math.Max(1, Parallelism * 4));
            if (chunk.Count == 0)
            {
                break;
            }

            foreach (var outcome in Poll(poller, chunk, cancellationToken))
            {
                var (newItems, stored) = Store(outcome);
                polled++;
                notModified += outcome.Answer.NotModified ? 1 : 0;
                failed += outcome.Failed ? 1 : 0;
                items += newItems;
                added += stored.Added;
                duplicates += stored.Duplicates;
            }
        }

        return new WatchRound(number, polled, notModified, failed, items, added, duplicates, watch.Elapsed);
    }

    /// <summary>Rounds until cancelled (or one, with <paramref name="once"/>), waiting for the next due source between them.</summary>
    public void Run(bool once, Action<WatchRound>? progress, CancellationToken cancellationToken)
    {
        Register();
        while (!cancellationToken.IsCancellationRequested)
        {
            var round = RunRound(cancellationToken);
            progress?.Invoke(round);
            if (once)
            {
                return;
            }

            // Sleep until the soonest source is due; a source another watcher holds is due already, so at
            // least a few seconds pass between rounds.
            var now = _clock.GetUtcNow();
            var next = _state.NextDue(Sources) ?? now + Every;
            var floor = Every < TimeSpan.FromSeconds(5) ? Every : TimeSpan.FromSeconds(5);
            var wait = next - now < floor ? floor : next - now;
            try
            {
                Task.Delay(wait, _clock, cancellationToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The chunk's outcomes as they arrive; polls run on the thread pool.</summary>
    private IEnumerable<PollOutcome> Poll(SourcePoller poller, IReadOnlyList<WatchSource> chunk, CancellationToken cancellationToken)
    {
        using var answered = new BlockingCollection<PollOutcome>();
        var polling = Task.Run(async () =>
        {
            try
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism), CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(chunk, options, async (source, token) => answered.Add(await poller.PollAsync(source, token).ConfigureAwait(false), CancellationToken.None)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping: the sources not answered stay due.
            }
            finally
            {
                answered.CompleteAdding();
            }
        }, CancellationToken.None);

        foreach (var outcome in answered.GetConsumingEnumerable(CancellationToken.None))
        {
            yield return outcome;
        }

        polling.GetAwaiter().GetResult();
    }

    /// <summary>Stores one poll's articles, then its state and items; returns the new items and what the store made of them.</summary>
    private (int Items, AddOutcome Stored) Store(PollOutcome outcome)
    {
        var now = _clock.GetUtcNow();
        var source = outcome.Source;
        var every = TimeSpan.FromSeconds(source.EverySeconds);
        if (outcome.Failed)
        {
            var failures = source.Failures + 1;
            _state.Record(source with
            {
                NextDue = Schedule.AfterFailure(now, every, failures, outcome.Answer.RetryAfter),
                LastPolled = now,
                LastError = outcome.Error,
                LastErrorAt = now,
                LastStatus = outcome.Answer.Status,
                Failures = failures,
                Polls = source.Polls + 1,
            }, [], now);
            return (0, new AddOutcome(0, 0));
        }

        var documents = outcome.Items.Where(static i => i.Document is not null).Select(static i => i.Document!).ToList();
        var (summary, written) = documents.Count > 0 ? _ingestor.Store(documents, Storing) : (null, []);
        if (written.Count > 0)
        {
            Stored?.Invoke(written);
        }

        var itemFailure = outcome.Failures.Concat(summary?.Failures ?? []).FirstOrDefault();
        _state.Record(source with
        {
            NextDue = Schedule.AfterSuccess(now, every),
            ETag = outcome.Complete ? outcome.Answer.ETag : null,
            LastModified = outcome.Complete ? outcome.Answer.LastModified : null,
            LastPolled = now,
            LastSuccess = now,
            LastError = itemFailure is null ? source.LastError : $"{itemFailure.Source}: {itemFailure.Reason}",
            LastErrorAt = itemFailure is null ? source.LastErrorAt : now,
            LastStatus = outcome.Answer.Status,
            Failures = 0,
            Polls = source.Polls + 1,
            ItemsSeen = source.ItemsSeen + outcome.Items.Count,
            Articles = source.Articles + (summary?.Added ?? 0),
        }, [.. outcome.Items.Select(static i => (i.Key, i.Document is { } d ? MarsadPipeline.ContentId(d.Text) : null))], now);
        return (outcome.Items.Count, new AddOutcome(summary?.Added ?? 0, summary?.Duplicates ?? 0));
    }
}
