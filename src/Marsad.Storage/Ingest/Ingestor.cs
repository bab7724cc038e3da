using System.Diagnostics;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Reading;

namespace Marsad.Storage.Ingest;

/// <summary>Why one input, or one article of it, was not stored.</summary>
public sealed record IngestFailure(string Source, string Reason);

/// <summary>Where an ingest stands, reported after every input.</summary>
public sealed record IngestProgress(int InputsDone, int InputsTotal, int Articles, int Added, int Duplicates, int Failed, TimeSpan Elapsed)
{
    /// <summary>Articles read per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;

    /// <summary>The time left if the remaining inputs go as fast as the done ones; null before the first.</summary>
    public TimeSpan? Remaining => InputsDone == 0 ? null : Elapsed / InputsDone * (InputsTotal - InputsDone);
}

/// <summary>What an ingest did.</summary>
public sealed record IngestSummary(int Articles, int Added, int Duplicates, IReadOnlyList<IngestFailure> Failures, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Reads inputs (files, folders, URLs; text, HTML, JSON lines, RSS/Atom feeds), analyses each new article
/// and writes them to a store in batches, one transaction each.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Idempotent: an article whose id (the SHA-256 of its clean text) is stored, or already seen in
///   this run, is a duplicate and is neither analysed nor written again.</item>
/// <item>Safe to kill: a batch commits whole or not at all, so a re-run stores exactly what is missing.</item>
/// <item>Inputs of a batch are read in parallel and articles of a batch analysed in parallel (reader and
///   pipeline are thread-safe); while one batch is written (one writer at a time), the next is read and
///   analysed, which needs <see cref="IStore.Existing"/> to work while an <see cref="IStore.Add"/> runs.</item>
/// <item>Ingest timestamps come from the injected <see cref="TimeProvider"/>.</item>
/// </list>
/// </remarks>
public sealed class Ingestor
{
    public const int DefaultBatchSize = 64;

    private readonly IStore _store;
    private readonly MarsadPipeline _pipeline;
    private readonly TimeProvider _clock;

    public Ingestor(IStore store, MarsadPipeline pipeline, TimeProvider clock)
    {
        _store = store;
        _pipeline = pipeline;
        _clock = clock;
    }

    public int BatchSize { get; init; } = DefaultBatchSize;

    public ReaderOptions ReaderOptions { get; init; } = new();

    /// <summary>What the input <c>-</c> reads; when null, <c>-</c> fails with a reason.</summary>
    public Stream? StandardInput { get; init; }

    /// <summary>Fetches URL inputs; when null, URLs fail with a reason.</summary>
    public HttpClient? Http { get; init; }

    public IngestSummary Run(IReadOnlyList<string> inputs, Action<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var watch = Stopwatch.StartNew();
        var expanded = IngestInputs.Expand(inputs).Where(i => i.IsUrl || i.Name == IngestInputs.StandardInput || !IsStoreFile(i.Name)).ToList();
        var failures = new List<IngestFailure>();
        var pending = new List<SourceDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int articles = 0, added = 0, duplicates = 0, done = 0;
        Task<AddOutcome>? writing = null;

        // Batch N is written on another thread while batch N+1 is read and analysed.
        void Collect()
        {
            if (writing is not null)
            {
                var outcome = writing.GetAwaiter().GetResult();
                added += outcome.Added;
                duplicates += outcome.Duplicates;
                writing = null;
            }
        }

        void Flush()
        {
            var (records, skipped) = Prepare(pending, seen, failures);
            duplicates += skipped;
            pending.Clear();
            Collect();
            if (records.Count > 0)
            {
                writing = Task.Run(() => _store.Add(records), CancellationToken.None);
            }
        }

        try
        {
            // Inputs are read a batch at a time in parallel (decoding and HTML parsing), kept in input order.
            foreach (var chunk in expanded.Chunk(BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var results = chunk.AsParallel().AsOrdered().Select(input => Read(input).ToList()).ToList();
                foreach (var result in results.SelectMany(static r => r))
                {
                    if (result.Document is { } document)
                    {
                        articles++;
                        pending.Add(document);
                        if (pending.Count >= BatchSize)
                        {
                            Flush();
                        }
                    }
                    else
                    {
                        failures.Add(new IngestFailure(result.Source, result.Error ?? "cannot read"));
                    }
                }

                done += chunk.Length;
                if (done < expanded.Count)
                {
                    // The last report waits for the last write.
                    progress?.Invoke(new IngestProgress(done, expanded.Count, articles, added, duplicates, failures.Count, watch.Elapsed));
                }
            }

            Flush();
        }
        finally
        {
            // Never leave a write running behind the caller's back, even when reading failed; a failed
            // write is rethrown by Collect below, not here, so it does not hide the first error.
            ((IAsyncResult?)writing)?.AsyncWaitHandle.WaitOne();
        }

        Collect();
        progress?.Invoke(new IngestProgress(done, expanded.Count, articles, added, duplicates, failures.Count, watch.Elapsed));
        return new IngestSummary(articles, added, duplicates, failures, watch.Elapsed);
    }

    /// <summary>
    /// Stores documents already read (a watched feed's new items) as one batch, with the same rules as
    /// <see cref="Run"/>: those stored or repeated are duplicates, the rest are analysed in parallel and
    /// written in one transaction. Returns the summary and the records this call analysed and wrote.
    /// <paramref name="beforeWrite"/> sees those records before their transaction (alerts mark their pending hits there).
    /// </summary>
    public (IngestSummary Summary, IReadOnlyList<DocumentRecord> Written) Store(IReadOnlyList<SourceDocument> documents, Action<IReadOnlyList<DocumentRecord>>? beforeWrite = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var watch = Stopwatch.StartNew();
        var failures = new List<IngestFailure>();
        var (records, duplicates) = Prepare([.. documents], new HashSet<string>(StringComparer.Ordinal), failures);
        if (records.Count > 0)
        {
            beforeWrite?.Invoke(records);
        }

        var outcome = records.Count > 0 ? _store.Add(records) : new AddOutcome(0, 0);
        return (new IngestSummary(documents.Count, outcome.Added, duplicates + outcome.Duplicates, failures, watch.Elapsed), records);
    }

    /// <summary>The store's own files (the database, its WAL and shared memory) are never read as articles.</summary>
    private bool IsStoreFile(string path)
    {
        var full = Path.GetFullPath(path);
        var store = _store.Location;
        return full == store || (full.StartsWith(store, StringComparison.Ordinal) && full[store.Length..] is "-wal" or "-shm" or "-journal");
    }

    private IEnumerable<ReadResult> Read(IngestInput input)
    {
        if (input.Error is not null)
        {
            return [ReadResult.Failure(input.Name, input.Error)];
        }

        var (bytes, error) = input.IsUrl ? IngestInputs.Fetch(Http, input.Name)
            : input.Name == IngestInputs.StandardInput ? IngestInputs.ReadStream(StandardInput)
            : IngestInputs.ReadFile(input.Name);
        if (bytes is null)
        {
            return [ReadResult.Failure(input.Name, error ?? "cannot read")];
        }

        return FeedReader.LooksLikeFeed(bytes)
            ? FeedReader.Read(input.Name, bytes, ReaderOptions)
            : ArticleReader.Default.Read(input.Name, bytes, ReaderOptions);
    }

    /// <summary>The batch's new articles, analysed in parallel; those already stored or seen are counted as duplicates.</summary>
    private (List<DocumentRecord> Records, int Duplicates) Prepare(List<SourceDocument> batch, HashSet<string> seen, List<IngestFailure> failures)
    {
        var duplicates = 0;
        var fresh = new List<(SourceDocument Document, string Id)>();
        foreach (var document in batch)
        {
            if (string.IsNullOrWhiteSpace(document.Text))
            {
                failures.Add(new IngestFailure(document.Source, "no article text"));
                continue;
            }

            var id = MarsadPipeline.ContentId(document.Text);
            if (seen.Add(id))
            {
                fresh.Add((document, id));
            }
            else
            {
                duplicates++;
            }
        }

        if (fresh.Count == 0)
        {
            return ([], duplicates);
        }

        var stored = _store.Existing([.. fresh.Select(static f => f.Id)]);
        duplicates += fresh.Count(f => stored.Contains(f.Id));
        var now = _clock.GetUtcNow();
        var analysed = fresh
            .Where(f => !stored.Contains(f.Id))
            .AsParallel()
            .AsOrdered()
            .Select(f => Analyse(f.Document, now))
            .ToList();
        foreach (var failure in analysed.Where(static a => a.Failure is not null))
        {
            failures.Add(failure.Failure!);
        }

        return ([.. analysed.Where(static a => a.Record is not null).Select(static a => a.Record!)], duplicates);
    }

    private (DocumentRecord? Record, IngestFailure? Failure) Analyse(SourceDocument document, DateTimeOffset now)
    {
        try
        {
            return (DocumentRecord.Create(_pipeline.Analyze(document), document, now), null);
        }
#pragma warning disable CA1031 // One article that trips a fault of ours must not cost the rest of the ingest; it is reported.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return (null, new IngestFailure(document.Source, $"internal error: {e.GetType().Name}: {e.Message}"));
        }
    }
}
