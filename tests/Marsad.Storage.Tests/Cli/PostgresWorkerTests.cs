using System.Diagnostics;
using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Storage.Postgres;
using Marsad.Storage.Tests.Support;
using Npgsql;

namespace Marsad.Storage.Tests.Cli;

/// <summary>
/// Scale-out against a real PostgreSQL server: three real <c>marsad worker</c> processes share one queue,
/// one is killed while it holds a source, and the store ends exactly as one <c>marsad ingest</c> leaves it.
/// </summary>
public sealed class PostgresWorkerTests : IDisposable
{
    private const int Articles = 90;
    private readonly TempFolder _folder = new();
    private readonly string _prefix = "workers_" + Guid.NewGuid().ToString("N")[..10];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Three_workers_one_killed_part_way_store_what_one_ingest_stores_with_no_duplicate()
    {
        var corpus = _folder.File("corpus");
        CorpusGenerator.Write(corpus, Articles, TestData.Sentences);
        var expected = StoreFigures.DistinctArticles(corpus);
        var shared = PostgresServer.Database(_prefix + "_shared");
        var single = PostgresServer.Database(_prefix + "_single");

        var queued = CliRun.Of("enqueue", corpus, "--db", shared).AssertExit(0);
        Assert.Contains($"queued {Articles} sources", queued.Stdout, StringComparison.Ordinal);
        Assert.Contains("queued 0 sources", CliRun.Of("enqueue", corpus, "--db", shared).AssertExit(0).Stdout, StringComparison.Ordinal);

        // Whichever worker claims the held article stops on it, holding its lease, while the others go on.
        string[] workerArgs = ["worker", "--db", shared, "--exit-when-idle", "--lease", "3", "--poll", "1"];
        var held = HeldArticle.Hold(corpus, Articles / 3);
        var workers = Enumerable.Range(0, 3).Select(_ => CliRun.Start(workerArgs)).ToList();
        var outputs = workers.Select(w => (Out: w.StandardOutput.ReadToEndAsync(), Err: w.StandardError.ReadToEndAsync())).ToList();
        Process victim;
        try
        {
            // Kill the worker that holds the held article once the queue is well under way.
            string? owner = null;
            var holding = PostgresChecks.WaitFor(
                () => Scalar(shared, "SELECT count(*) FROM ingest_queue WHERE state = 'done'") >= 10
                      && (owner = PostgresChecks.Text(shared, $"SELECT lease_owner FROM ingest_queue WHERE source = '{held.Path}' AND state = 'queued'")) is not null,
                TimeSpan.FromMinutes(5),
                10);
            Assert.True(holding, "no worker claimed the held article after ten sources were done");
            victim = workers.Single(w => owner!.StartsWith($"{Environment.MachineName}:{w.Id}:", StringComparison.Ordinal));
            Assert.False(victim.HasExited, "the worker holding the article exited");
            victim.Kill(entireProcessTree: true);
            victim.WaitForExit();
            Assert.True(Scalar(shared, "SELECT count(*) FROM ingest_queue WHERE state = 'done'") < Articles, "everything was done before the kill");

            // A survivor with nothing left to claim frees the dead worker's lease (same machine), claims the article
            // again and reads it.
            held.Release();
            foreach (var survivor in workers.Where(w => w != victim))
            {
                Assert.True(survivor.WaitForExit(TimeSpan.FromMinutes(5)), "a worker did not stop when the queue was empty");
                Assert.Equal(0, survivor.ExitCode);
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                if (!worker.HasExited)
                {
                    worker.Kill(entireProcessTree: true);
                }

                worker.Dispose();
            }

            held.Dispose();
        }

        Assert.All(outputs.Where((_, i) => workers[i] != victim), o => Assert.DoesNotContain("   at ", o.Err.Result, StringComparison.Ordinal));
        CliRun.Of("ingest", corpus, "--db", single).AssertExit(0);

        Assert.Equal(expected, Scalar(shared, "SELECT count(*) FROM documents"));
        Assert.Equal(expected, Scalar(shared, "SELECT count(DISTINCT id) FROM documents"));
        Assert.Equal(Articles, Scalar(shared, "SELECT count(*) FROM ingest_queue WHERE state = 'done'"));
        Assert.Equal(0, Scalar(shared, "SELECT count(*) FROM events e WHERE sources <> (SELECT count(DISTINCT doc_key) FROM event_sources s WHERE s.event_key = e.event_key)"));
        Assert.Equal(StoreFigures.Stats(single), StoreFigures.Stats(shared));
        Assert.True(Scalar(shared, "SELECT max(attempts) FROM ingest_queue") >= 2, "no source was claimed again after the kill");
    }

    [Fact]
    public void Search_finds_the_same_documents_in_SQLite_and_PostgreSQL()
    {
        var corpus = _folder.File("corpus");
        CorpusGenerator.Write(corpus, 40, TestData.Sentences);
        var sqlite = _folder.File("search.db");
        var postgres = PostgresServer.Database(_prefix + "_search");
        CliRun.Of("ingest", corpus, "--db", sqlite).AssertExit(0);
        CliRun.Of("ingest", corpus, "--db", postgres).AssertExit(0);

        string[] queries = ["اتفاق", "الاتفاقيات", "إسرائيل", "اسرائيل", "كازاخستان", "علاقات دبلوماسية", "الرئيس", "2020", "وزير الخارجية", "\"قمة", "عقوبات OR"];
        var found = 0;
        foreach (var query in queries)
        {
            var inSqlite = Found(sqlite, query);
            Assert.Equal(inSqlite, Found(postgres, query));
            found += inSqlite.Length > 0 ? 1 : 0;
        }

        Assert.True(found >= queries.Length - 3, $"only {found} of {queries.Length} queries found anything");
    }

    private static string[] Found(string db, string query)
    {
        var run = CliRun.Of("search", query, "--db", db, "--limit", "1000", "--format", "json").AssertExit(0);
        return [.. run.Lines.Select(hit => hit.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }

    private static long Scalar(string url, string sql)
    {
        using var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(url));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
