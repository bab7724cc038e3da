using Marsad.Storage;
using Marsad.Storage.Postgres;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;

namespace Marsad.Web.Hosting;

/// <summary>
/// Opens the store for one request. A <see cref="SqliteStore"/> is one connection used from one thread, so
/// each request has its own; SQLite in WAL mode lets them read while one writes. A <see cref="PostgresStore"/>
/// is thread-safe and pools its connections, so all requests share one, opened (and migrated) once.
/// </summary>
internal sealed class StoreProvider(string location) : IDisposable
{
    private readonly Lazy<PostgresStore>? _shared = PostgresLocation.IsPostgres(location)
        ? new Lazy<PostgresStore>(() => PostgresStore.Open(location), LazyThreadSafetyMode.ExecutionAndPublication)
        : null;

    public string Location { get; } = location;

    /// <summary>A store for one request; disposing it closes a SQLite connection and leaves a shared store open.</summary>
    public IStore Open() => _shared is null ? SqliteStore.Open(Location) : new Borrowed(_shared.Value);

    /// <summary>
    /// Runs <paramref name="work"/> on a store of its own, away from the request, and waits for it only while the
    /// request may wait: when the request times out (or the client leaves) the caller gets an
    /// <see cref="OperationCanceledException"/> at once. SQLite cannot be interrupted from here (a read waiting on a
    /// lock waits out its busy timeout), so the work is abandoned, not stopped: it finishes on its own and closes
    /// its store. It is given no HttpContext, which by then may be serving another request.
    /// </summary>
    public Task<T> RunAsync<T>(Func<IStore, T> work, CancellationToken cancellationToken)
    {
        var running = Task.Run(
            () =>
            {
                using var store = Open();
                return work(store);
            },
            CancellationToken.None);
        return running.WaitAsync(cancellationToken);
    }

    /// <summary>The store itself behind a lent one (the monitoring tables open from the backend's own store).</summary>
    public static IStore Unwrap(IStore store) => store is Borrowed borrowed ? borrowed.Inner : store;

    public void Dispose()
    {
        if (_shared is { IsValueCreated: true })
        {
            _shared.Value.Dispose();
        }
    }

    /// <summary>The shared store lent to one request: everything but Dispose goes through.</summary>
    private sealed class Borrowed(IStore store) : IStore
    {
        public IStore Inner => store;

        public string Location => store.Location;

        public IReadOnlySet<string> Existing(IReadOnlyCollection<string> documentIds) => store.Existing(documentIds);

        public AddOutcome Add(IReadOnlyList<DocumentRecord> batch) => store.Add(batch);

        public StoreStats Stats() => store.Stats();

        public IReadOnlyList<SearchHit> Search(SearchQuery query) => store.Search(query);

        public IReadOnlyList<StoredEvent> Events(EventQuery query) => store.Events(query);

        public EntityProfile? Entity(string entityId, int top) => store.Entity(entityId, top);

        public IEnumerable<string> AnalysisLines() => store.AnalysisLines();

        public IReadOnlyList<StoredDocument> Cluster(long clusterId) => store.Cluster(clusterId);

        public StoredDocument? Document(string documentId) => store.Document(documentId);

        public string? Text(string documentId) => store.Text(documentId);

        public string? AnalysisJson(string documentId) => store.AnalysisJson(documentId);

        public FacetCounts Facets(IReadOnlyCollection<string> documentIds) => store.Facets(documentIds);

        public void Dispose()
        {
            // Lent, not owned: the provider closes the shared store when the app stops.
        }
    }
}
