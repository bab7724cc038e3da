using System.Globalization;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Storage.Ingest;
using Marsad.Storage.Monitoring;

namespace Marsad.Storage.Postgres;

/// <summary>What one worker did.</summary>
public sealed record WorkerSummary(int Sources, int Articles, int Added, int Duplicates, IReadOnlyList<IngestFailure> Failures, int LeasesLost);

/// <summary>
/// An ingest worker: claims one queued source at a time, reads and analyses its articles, and stores them
/// in one transaction that also marks the source done. Many workers, on many machines, share one queue.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>While it works on a source the worker renews its lease every third of the lease time; a worker
///   that dies stops renewing, and the source is claimed again once the lease has run out.</item>
/// <item>With <see cref="ExitWhenIdle"/> the worker stops when no source is left to claim and none is
///   held by another worker (held sources may come back if their worker dies); otherwise it polls.</item>
/// <item>Articles already stored are duplicates, as in <c>marsad ingest</c>: a source claimed again after
///   a crash stores exactly what its first worker did not commit.</item>
/// </list>
/// </remarks>
public sealed class IngestWorker(PostgresStore store, MarsadPipeline pipeline, TimeProvider clock)
{
    private readonly IngestBacklog _queue = new(store);

    /// <summary>
    /// Who holds a lease: host, process and its start (<see cref="LeaseHolders.Name"/>), so an operator can tell
    /// workers apart and a worker can tell a dead holder on its own machine from a live one.
    /// </summary>
    public string Owner { get; init; } = LeaseHolders.Current;

    /// <summary>Tells which holders of running leases have died on this machine, so their sources are claimed at once.</summary>
    public LeaseHolders Holders { get; init; } = LeaseHolders.ThisMachine;

    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(2);

    public bool ExitWhenIdle { get; init; }

    public ReaderOptions ReaderOptions { get; init; } = new();

    public HttpClient? Http { get; init; }

    public WorkerSummary Run(Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        int sources = 0, articles = 0, added = 0, duplicates = 0, lost = 0;
        var failures = new List<IngestFailure>();
        var release = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            // At start and whenever nothing was left to claim: a worker killed on this machine holds sources until its
            // lease runs out, and a worker started in its place (or a neighbour) takes them now instead.
            if (release)
            {
                _queue.ReleaseDead(Holders);
            }

            var item = _queue.Claim(Owner, 1, Lease).SingleOrDefault();
            release = item is null;
            if (item is null)
            {
                var counts = _queue.Counts();
                if (ExitWhenIdle && counts.Queued == 0 && counts.Leased == 0)
                {
                    break;
                }

                cancellationToken.WaitHandle.WaitOne(Poll);
                continue;
            }

            using var renewal = new Timer(_ => Renew(item), null, Lease / 3, Lease / 3);
            try
            {
                var (read, failure) = ReadAndAnalyse(item.Source);
                if (failure is not null)
                {
                    _queue.Fail(item, Owner, failure);
                    failures.Add(new IngestFailure(item.Source, failure));
                    log?.Invoke($"failed {item.Source}: {failure}");
                    continue;
                }

                var outcome = store.Add(read.Records, (transaction, result) => IngestBacklog.Complete(transaction, item, Owner, read.Articles, result));
                sources++;
                articles += read.Articles;
                added += outcome.Added;
                duplicates += outcome.Duplicates + read.Skipped;
                failures.AddRange(read.Failures);
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"done {item.Source}: {read.Articles} articles, {outcome.Added} new"));
            }
            catch (LeaseLostException e)
            {
                lost++;
                log?.Invoke(e.Message);
            }
        }

        return new WorkerSummary(sources, articles, added, duplicates, failures, lost);
    }

    private void Renew(QueueItem item)
    {
        try
        {
            _queue.Renew(Owner, [item.Id], Lease);
        }
        catch (Npgsql.NpgsqlException)
        {
            // A missed renewal only risks the lease; the completing transaction checks it.
        }
    }

    private sealed record Read(List<DocumentRecord> Records, int Articles, int Skipped, List<IngestFailure> Failures);

    private (Read Read, string? Failure) ReadAndAnalyse(string source)
    {
        var input = IngestInputs.Expand([source]).FirstOrDefault() ?? new IngestInput(source, IngestInputs.IsUrl(source), "nothing to read");
        if (input.Error is not null)
        {
            return (null!, input.Error);
        }

        var (bytes, error) = input.IsUrl ? IngestInputs.Fetch(Http, input.Name) : IngestInputs.ReadFile(input.Name);
        if (bytes is null)
        {
            return (null!, error ?? "cannot read");
        }

        var results = FeedReader.LooksLikeFeed(bytes)
            ? FeedReader.Read(input.Name, bytes, ReaderOptions)
            : ArticleReader.Default.Read(input.Name, bytes, ReaderOptions);
        var failures = new List<IngestFailure>();
        var documents = new List<SourceDocument>();
        foreach (var result in results)
        {
            if (result.Document is { Text.Length: > 0 } document && !string.IsNullOrWhiteSpace(document.Text))
            {
                documents.Add(document);
            }
            else
            {
                failures.Add(new IngestFailure(result.Source, result.Error ?? "no article text"));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fresh = documents.Where(d => seen.Add(MarsadPipeline.ContentId(d.Text))).ToList();
        var stored = store.Existing([.. seen]);
        var now = clock.GetUtcNow();
        var records = fresh
            .Where(d => !stored.Contains(MarsadPipeline.ContentId(d.Text)))
            .AsParallel()
            .AsOrdered()
            .Select(d => DocumentRecord.Create(pipeline.Analyze(d), d, now))
            .ToList();
        return (new Read(records, documents.Count, documents.Count - records.Count, failures), null);
    }
}
