using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Marsad.Load;

/// <summary>
/// One bounded load run against a listening <c>marsad serve</c>: store a few articles, learn from them what to
/// read (entities, dyads), then for the duration run the reading clients and one writer side by side, and at the
/// end check that every article the writer was told is stored reads back and the store grew by exactly the
/// articles added.
/// </summary>
internal static class LoadRun
{
    public const string IngestKind = "ingest";

    /// <summary>Words found in the generated articles (their sentences are the seed article's and the TimeML reports').</summary>
    private static readonly string[] Words = ["الرئيس", "اتفاق", "وزير الخارجية", "الحكومة", "النفط", "الانتخابات", "الأسعار", "إسرائيل", "كازاخستان", "رمضان"];

    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients + 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };

        log.WriteLine($"marsad-load: generating {options.ArticleBudget} articles (corpus seed {options.CorpusSeed})");
        var articles = Articles.Generate(options.ArticleBudget, options.CorpusSeed);
        var before = await Documents(client, cancellationToken).ConfigureAwait(false);

        // Stored before the clock starts, so the readers have articles, entities and dyads to ask for.
        var written = new Writer(client, options.Key!);
        for (var i = 0; i < options.SeedArticles; i++)
        {
            await written.PostAsync(articles[i], null, null, cancellationToken).ConfigureAwait(false);
        }

        if (written.Ids.Count == 0)
        {
            throw new InvalidOperationException($"no seed article was stored; statuses {string.Join(", ", written.Statuses)}.");
        }

        var (entities, dyads) = await Discover(client, written.Ids.Take(10), cancellationToken).ConfigureAwait(false);
        log.WriteLine($"marsad-load: {written.Ids.Count} articles stored before the run; reading {entities.Count} entities and {dyads.Count} dyads");
        var mix = new ReadMix(Words, entities, dyads, written.RandomId);

        var measurements = new Measurements();
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);
        var readers = Enumerable.Range(0, options.Clients).Select(n => Task.Run(() => Read(client, mix, n, measurements, stop.Token), CancellationToken.None));
        var writer = Task.Run(() => Write(written, articles.Skip(options.SeedArticles), measurements, stop.Token), CancellationToken.None);
        await Task.WhenAll([.. readers, writer]).ConfigureAwait(false);
        var elapsed = clock.Elapsed;

        var after = await Documents(client, cancellationToken).ConfigureAwait(false);
        var missing = new List<string>();
        foreach (var id in written.Ids)
        {
            using var response = await CheckAsync(client, "/api/documents/" + id, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing.Add(id);
            }
        }

        return new LoadReport
        {
            Options = options,
            Elapsed = elapsed,
            Samples = measurements.Samples,
            TransportFailures = measurements.Failures,
            DocumentsBefore = before,
            DocumentsAfter = after,
            Added = written.Added,
            Duplicates = written.Duplicates,
            Ingested = written.Ids,
            Missing = missing,
        };
    }

    private static async Task Read(HttpClient client, ReadMix mix, int number, Measurements measurements, CancellationToken stop)
    {
        var random = new Random(number);
        var samples = new List<Sample>();
        while (!stop.IsCancellationRequested)
        {
            var (kind, path) = mix.Next(random);
            var watch = Stopwatch.StartNew();
            try
            {
                // Not cancelled by the end of the run: a request under way is finished and counted.
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), CancellationToken.None).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
                samples.Add(new Sample(kind, (int)response.StatusCode, watch.Elapsed.TotalMilliseconds));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                measurements.Failed(kind, $"{path}: {e.Message}");
            }
        }

        measurements.Add(samples);
    }

    private static async Task Write(Writer writer, IEnumerable<byte[]> articles, Measurements measurements, CancellationToken stop)
    {
        var samples = new List<Sample>();
        foreach (var article in articles)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }

            await writer.PostAsync(article, samples, measurements, CancellationToken.None).ConfigureAwait(false);
        }

        measurements.Add(samples);
    }

    /// <summary>The stored document count, from the server's own stats.</summary>
    private static async Task<long> Documents(HttpClient client, CancellationToken cancellationToken)
    {
        using var stats = JsonDocument.Parse(await CheckStringAsync(client, "/api/stats", cancellationToken).ConfigureAwait(false));
        return stats.RootElement.GetProperty("documents").GetInt64();
    }

    /// <summary>
    /// A request of the tool's own, outside the measured run (stats, discovery, the final check): a 429 is the
    /// server's rate limit, not an answer, so it waits as long as Retry-After says and asks again.
    /// </summary>
    private static async Task<HttpResponseMessage> CheckAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 60)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<string> CheckStringAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await CheckAsync(client, path, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Entities and actor-recipient pairs named in the first stored articles' analyses.</summary>
    private static async Task<(List<string> Entities, List<(string, string)> Dyads)> Discover(HttpClient client, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var dyads = new HashSet<(string, string)>();
        foreach (var id in ids)
        {
            using var document = JsonDocument.Parse(await CheckStringAsync(client, "/api/documents/" + id, cancellationToken).ConfigureAwait(false));
            var analysis = document.RootElement.GetProperty("analysis");
            foreach (var entity in analysis.GetProperty("entities").EnumerateArray().Where(static e => e.GetProperty("known").GetBoolean()))
            {
                entities.Add(entity.GetProperty("id").GetString()!);
            }

            foreach (var e in analysis.GetProperty("events").EnumerateArray())
            {
                var actor = e.GetProperty("actor").EnumerateArray().Select(static a => a.GetString()).FirstOrDefault();
                var recipient = e.GetProperty("recipient").EnumerateArray().Select(static r => r.GetString()).FirstOrDefault();
                if (actor is not null && recipient is not null && actor != recipient)
                {
                    dyads.Add((actor, recipient));
                }
            }
        }

        if (entities.Count == 0)
        {
            throw new InvalidOperationException("the stored articles name no known entity to read about.");
        }

        return ([.. entities.Order(StringComparer.Ordinal)], dyads.Count > 0 ? [.. dyads] : [(entities.First(), entities.Last())]);
    }

    /// <summary>The writing client: posts articles with the key and remembers what the server said it holds.</summary>
    private sealed class Writer(HttpClient client, string key)
    {
        private readonly List<string> _ids = [];
        private readonly Lock _lock = new();

        public List<int> Statuses { get; } = [];

        public int Added { get; private set; }

        public int Duplicates { get; private set; }

        public IReadOnlyList<string> Ids
        {
            get
            {
                lock (_lock)
                {
                    return [.. _ids];
                }
            }
        }

        /// <summary>A stored article for a reader, among those stored so far (so reads follow the writes).</summary>
        public string RandomId(Random random)
        {
            lock (_lock)
            {
                return _ids[random.Next(_ids.Count)];
            }
        }

        public async Task PostAsync(byte[] page, List<Sample>? samples, Measurements? measurements, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents?source=load", UriKind.Relative)) { Content = new ByteArrayContent(page) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/html");
            request.Headers.Add("X-Api-Key", key);
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                samples?.Add(new Sample(IngestKind, status, watch.Elapsed.TotalMilliseconds));
                Statuses.Add(status);
                if (status is 200 or 201)
                {
                    using var json = JsonDocument.Parse(body);
                    lock (_lock)
                    {
                        _ids.Add(json.RootElement.GetProperty("id").GetString()!);
                        if (status == 201)
                        {
                            Added++;
                        }
                        else
                        {
                            Duplicates++;
                        }
                    }
                }
            }
            catch (Exception e) when (measurements is not null && e is HttpRequestException or TaskCanceledException or IOException)
            {
                measurements.Failed(IngestKind, e.Message);
            }
        }
    }
}
