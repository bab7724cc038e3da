using System.Diagnostics;
using System.Globalization;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Storage.Ingest;
using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Support;

namespace Marsad.Bench;

/// <summary>
/// The store's figures for docs/STORAGE.md: ingest rate on a generated folder of articles, and search
/// latency (median and 95th percentile of repeated queries) on the store it fills.
/// </summary>
internal static class StoreBench
{
    private static readonly string[] Queries =
    [
        "اتفاق", "إسرائيل", "الانتخابات الرئاسية", "الصواريخ", "أسعار النفط", "العلاقات الدبلوماسية", "رمضان", "الاتفاقيات التجارية",
    ];

    public static int Corpus(string folder, int count)
    {
        var sentences = CorpusGenerator.Sentences(
            Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt"),
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "TimeML"));
        var watch = Stopwatch.StartNew();
        var paths = CorpusGenerator.Write(folder, count, sentences);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {paths.Count} articles from {sentences.Count} sentences to {folder} in {watch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    /// <summary>Where ingest time goes: reading, analysing (in parallel, as ingest does) and writing, each timed alone.</summary>
    public static int Stages(string folder, string database)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var watch = Stopwatch.StartNew();
        var documents = IngestInputs.Expand([folder])
            .SelectMany(i => Marsad.Reading.ArticleReader.Default.Read(i.Name, File.ReadAllBytes(i.Name), new Marsad.Reading.ReaderOptions()))
            .Select(r => r.Document!)
            .ToList();
        var read = watch.Elapsed;
        watch.Restart();
        var analyses = documents.AsParallel().AsOrdered().Select(d => (Document: d, Analysis: pipeline.Analyze(d))).ToList();
        var analyse = watch.Elapsed;
        watch.Restart();
        var records = analyses.AsParallel().AsOrdered().Select(a => DocumentRecord.Create(a.Analysis, a.Document, DateTimeOffset.UnixEpoch)).ToList();
        var prepare = watch.Elapsed;
        watch.Restart();
        using (var store = SqliteStore.Open(database))
        {
            foreach (var batch in records.Chunk(Ingestor.DefaultBatchSize))
            {
                store.Add(batch);
            }
        }

        var write = watch.Elapsed;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{documents.Count} articles: read {read.TotalSeconds:F2} s, analyse {analyse.TotalSeconds:F2} s, prepare (terms, MinHash, JSON) {prepare.TotalSeconds:F2} s, write {write.TotalSeconds:F2} s"));
        return 0;
    }

    public static int Store(string folder, string database)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        using (var store = SqliteStore.Open(database))
        {
            var summary = new Ingestor(store, pipeline, TimeProvider.System).Run([folder]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest: {summary.Articles} articles, {summary.Added} added, {summary.Duplicates} duplicates, {summary.Failures.Count} failed in {summary.Elapsed.TotalSeconds:F1} s = {summary.Rate:F1} articles/s"));
            var again = new Ingestor(store, pipeline, TimeProvider.System).Run([folder]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"re-ingest: {again.Added} added, {again.Duplicates} duplicates in {again.Elapsed.TotalSeconds:F1} s = {again.Rate:F1} articles/s"));
            var stats = store.Stats();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"store: {stats.Documents} documents, {stats.Clusters} clusters ({stats.ClusteredDocuments} documents in a cluster of 2+), {stats.Entities} entities, {stats.Mentions} mentions, {stats.Events} events from {stats.EventReports} reports ({stats.MergedEvents} reported 2+), {new FileInfo(database).Length / (1024.0 * 1024):F1} MiB"));

            Searches(store);
        }

        return 0;
    }

    /// <summary>Search latency on an existing store: each query 50 times after one warm-up, median and 95th percentile.</summary>
    public static int Search(string database)
    {
        using var store = SqliteStore.Open(database);
        Searches(store);
        return 0;
    }

    private static void Searches(SqliteStore store)
    {
        var queries = Queries.Select(static q => (Name: q, Query: new SearchQuery(q))).Concat(
        [
            ("اتفاق --from 2025-07-01", new SearchQuery("اتفاق") { From = new DateOnly(2025, 7, 1) }),
            ("اتفاق --entity ISR", new SearchQuery("اتفاق") { Entity = "ISR" }),
            ("اتفاق --type SUPPORT", new SearchQuery("اتفاق") { EventType = "SUPPORT" }),
        ]);
        const int Rounds = 50;
        foreach (var (name, query) in queries)
        {
            store.Search(query);
            var times = new List<double>();
            var hits = 0;
            for (var i = 0; i < Rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                hits = store.Search(query).Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"search {name}: {hits} hits (top 10), median {times[Rounds / 2]:F2} ms, p95 {times[Rounds * 95 / 100]:F2} ms"));
        }
    }
}
